import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createTokenVerifier,
  entraIssuer,
  TokenRejected,
  type TokenVerifier,
} from '../../server/auth/token-verifier.js';

const TENANT = '72f988bf-0000-4000-8000-000000000001';
const OTHER_TENANT = '72f988bf-0000-4000-8000-000000000002';
const CLIENT_ID = '6a1b2c3d-0000-4000-8000-000000000003';
const APP_ID_URI = `api://copil.example.org/${CLIENT_ID}`;
const AUTHORITY = 'https://login.microsoftonline.com';

let keyPair: Awaited<ReturnType<typeof generateKeyPair>>;
let strangerKey: Awaited<ReturnType<typeof generateKeyPair>>;
let verify: TokenVerifier;

/** A token shaped like an Entra ID access token (PLATFORM_NOTES §6), v1 or v2. */
async function entraToken(
  version: '1.0' | '2.0',
  overrides: Record<string, unknown> = {},
  key = keyPair.privateKey,
) {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    ver: version,
    tid: TENANT,
    oid: 'guest-object-id',
    name: 'Amina Imaginaire',
    scp: 'access_as_user',
    iss: entraIssuer(AUTHORITY)(TENANT, version),
    aud: version === '1.0' ? APP_ID_URI : CLIENT_ID,
    iat: now,
    nbf: now,
    exp: now + 3600,
    ...(version === '1.0'
      ? { upn: 'amina@example.org' }
      : { preferred_username: 'amina@example.org' }),
    ...overrides,
  };
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1', typ: 'JWT' }).sign(key);
}

beforeAll(async () => {
  keyPair = await generateKeyPair('RS256', { extractable: true });
  strangerKey = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(keyPair.publicKey)), kid: 'k1', alg: 'RS256' };
  verify = createTokenVerifier({
    keys: createLocalJWKSet({ keys: [jwk] }),
    allowedTenants: [TENANT],
    audiences: [CLIENT_ID, APP_ID_URI],
    issuerFor: entraIssuer(AUTHORITY),
    requiredScope: 'access_as_user',
  });
});

async function rejection(token: Promise<string> | string | undefined) {
  try {
    await verify(await token);
  } catch (error) {
    if (error instanceof TokenRejected) return error.reason;
    throw error;
  }
  return 'accepted';
}

describe('access token verification (Entra ID v1 and v2, and the local issuer)', () => {
  it('accepts a v2 token (login.microsoftonline.com issuer, client-id audience)', async () => {
    const identity = await verify(await entraToken('2.0'));
    expect(identity).toMatchObject({ oid: 'guest-object-id', tid: TENANT, tokenVersion: '2.0' });
    // The e-mail claims are not authorization data (issue 10): the identity does not carry them.
    expect(JSON.stringify(identity)).not.toContain('amina@example.org');
  });

  it('accepts a v1 token (sts.windows.net issuer, Application ID URI audience)', async () => {
    expect(await verify(await entraToken('1.0'))).toMatchObject({ tokenVersion: '1.0' });
  });

  it('recognises a guest from the acct claim', async () => {
    expect((await verify(await entraToken('2.0', { acct: 1 }))).guest).toBe(true);
    expect((await verify(await entraToken('2.0', { acct: 0 }))).guest).toBe(false);
  });

  it.each([
    ['a missing token', undefined, 'missing'],
    ['garbage', 'not.a.jwt', 'malformed'],
  ])('rejects %s', async (_label, token, reason) => {
    expect(await rejection(token)).toBe(reason);
  });

  it('rejects a v1 issuer on a v2 token and a foreign issuer', async () => {
    expect(await rejection(entraToken('2.0', { iss: `https://sts.windows.net/${TENANT}/` }))).toBe(
      'issuer',
    );
    expect(await rejection(entraToken('2.0', { iss: 'https://evil.example.org/v2.0' }))).toBe(
      'issuer',
    );
  });

  it('rejects another audience', async () => {
    expect(await rejection(entraToken('2.0', { aud: 'api://someone-else' }))).toBe('audience');
  });

  it('rejects a tenant outside the allow-list, even correctly signed', async () => {
    expect(
      await rejection(
        entraToken('2.0', { tid: OTHER_TENANT, iss: entraIssuer(AUTHORITY)(OTHER_TENANT, '2.0') }),
      ),
    ).toBe('tenant');
  });

  it('rejects an expired token and one not yet valid', async () => {
    const past = Math.floor(Date.now() / 1000) - 7200;
    expect(await rejection(entraToken('2.0', { iat: past, nbf: past, exp: past + 600 }))).toBe(
      'expired',
    );
    const future = Math.floor(Date.now() / 1000) + 7200;
    expect(await rejection(entraToken('2.0', { nbf: future }))).toBe('not-yet-valid');
  });

  it('rejects a token signed by another key', async () => {
    expect(await rejection(entraToken('2.0', {}, strangerKey.privateKey))).toBe('signature');
  });

  it('rejects a token without the access_as_user scope (e.g. an app-only token)', async () => {
    expect(await rejection(entraToken('2.0', { scp: undefined, roles: ['Sites.Selected'] }))).toBe(
      'scope',
    );
  });
});
