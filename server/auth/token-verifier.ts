import { decodeJwt, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

/** Who a verified access token says the caller is. */
export interface Identity {
  /** Entra object id (in the resource tenant; a guest's guest object id). */
  oid: string;
  tid: string;
  name?: string;
  /** `acct` optional claim: 1 = guest (B2B). Undefined when the tenant does not emit it. */
  guest?: boolean;
  tokenVersion: '1.0' | '2.0';
}

export interface VerifierOptions {
  /** Signing keys: Entra's JWKS, or the local issuer's key. */
  keys: JWTVerifyGetKey;
  /** Tenants whose tokens are accepted. */
  allowedTenants: readonly string[];
  /** Accepted audiences: the client id (v2 tokens) and the Application ID URI (v1 tokens). */
  audiences: readonly string[];
  /** The issuer for a tenant and token version (Entra: sts.windows.net / login.microsoftonline.com). */
  issuerFor: (tenantId: string, version: '1.0' | '2.0') => string;
  /** Delegated scope the token must carry (Teams SSO: `access_as_user`). */
  requiredScope: string;
  clockToleranceSeconds?: number;
}

export type VerificationFailure =
  | 'missing'
  | 'malformed'
  | 'signature'
  | 'expired'
  | 'not-yet-valid'
  | 'issuer'
  | 'audience'
  | 'tenant'
  | 'scope'
  | 'claims';

export class TokenRejected extends Error {
  constructor(
    readonly reason: VerificationFailure,
    detail: string,
  ) {
    super(`access token rejected (${reason}): ${detail}`);
    this.name = 'TokenRejected';
  }
}

/** Entra ID's issuers (PLATFORM_NOTES §6): v1 sts.windows.net, v2 login.microsoftonline.com. */
export function entraIssuer(authorityHost: string) {
  return (tenantId: string, version: '1.0' | '2.0') =>
    version === '1.0'
      ? `https://sts.windows.net/${tenantId}/`
      : `${authorityHost.replace(/\/$/, '')}/${tenantId}/v2.0`;
}

/**
 * Verifies an access token exactly as for Entra ID, whoever issued it: signature (RS256 from
 * the JWKS), issuer matching the token's own tenant and version, audience, tenant allow-list,
 * expiry and not-before, and the delegated scope. Embedded mode uses the same code with the
 * local issuer's key and issuer.
 */
export function createTokenVerifier(options: VerifierOptions) {
  const tolerance = options.clockToleranceSeconds ?? 60;
  return async function verify(token: string | undefined): Promise<Identity> {
    if (!token) throw new TokenRejected('missing', 'no bearer token');
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      throw new TokenRejected('malformed', 'not a JWT');
    }
    const tid = typeof unverified.tid === 'string' ? unverified.tid : undefined;
    const version = unverified.ver === '1.0' ? '1.0' : '2.0';
    if (!tid) throw new TokenRejected('claims', 'no tid claim');
    if (!options.allowedTenants.includes(tid)) {
      throw new TokenRejected('tenant', `tenant ${tid} is not allowed`);
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, options.keys, {
        algorithms: ['RS256'],
        issuer: options.issuerFor(tid, version),
        audience: [...options.audiences],
        clockTolerance: tolerance,
        requiredClaims: ['exp', 'iat', 'oid', 'tid'],
      }));
    } catch (error) {
      throw translate(error);
    }
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes(options.requiredScope)) {
      throw new TokenRejected('scope', `scope ${options.requiredScope} missing`);
    }
    const claim = (name: string) =>
      typeof payload[name] === 'string' ? (payload[name] as string) : undefined;
    // `preferred_username`, `upn` and `email` are not read: they are mutable and not meant for
    // authorization; a person is known by `oid` only (issue 10).
    const name = claim('name');
    const acct = payload.acct;
    return {
      oid: claim('oid') as string,
      tid,
      tokenVersion: version,
      ...(name ? { name } : {}),
      ...(acct === undefined ? {} : { guest: String(acct) === '1' }),
    };
  };
}

function translate(error: unknown): TokenRejected {
  if (error instanceof errors.JWTExpired) return new TokenRejected('expired', error.message);
  if (error instanceof errors.JWTClaimValidationFailed) {
    const reason: VerificationFailure =
      error.claim === 'iss'
        ? 'issuer'
        : error.claim === 'aud'
          ? 'audience'
          : error.claim === 'nbf'
            ? 'not-yet-valid'
            : 'claims';
    return new TokenRejected(reason, error.message);
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey
  ) {
    return new TokenRejected('signature', 'signature does not verify');
  }
  if (error instanceof errors.JOSEError) return new TokenRejected('malformed', error.message);
  throw error;
}

export type TokenVerifier = ReturnType<typeof createTokenVerifier>;
