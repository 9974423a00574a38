import { chmod, readFile, writeFile } from 'node:fs/promises';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../../embedded/private-files.js';
import { join } from 'node:path';
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { createTokenVerifier, type TokenVerifier } from './token-verifier.js';

/**
 * Embedded mode's sign-in: a local issuer that signs tokens shaped like Entra ID v2 access
 * tokens with a key pair made at first start (kept in `<dataDir>/keys`). The server verifies
 * them with the very verifier it uses for Entra tokens — only the keys and issuer differ.
 * It has no password: embedded mode binds loopback only (server/config.ts).
 */
export const LOCAL_TENANT_ID = '00000000-0000-4000-8000-0000000000aa';
export const LOCAL_CLIENT_ID = '00000000-0000-4000-8000-0000000000bb';
export const LOCAL_AUDIENCE = `api://localhost/${LOCAL_CLIENT_ID}`;
/** `.invalid` (RFC 2606): this issuer can never be confused with a real one. */
export const localIssuerFor = (tenantId: string, version: '1.0' | '2.0') =>
  `https://local-issuer.ogp-copil.invalid/${tenantId}/${version === '1.0' ? '' : 'v2.0'}`;

const TOKEN_LIFETIME_SECONDS = 8 * 60 * 60;
const KID = 'ogp-copil-local-1';

export interface LocalIssuer {
  issue(claims: { oid: string; name: string; username: string; guest: boolean }): Promise<{
    accessToken: string;
    expiresAt: string;
  }>;
  verifier: TokenVerifier;
  jwks: { keys: JWK[] };
}

async function loadOrCreateKey(dataDir: string): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const dir = join(dataDir, 'keys');
  const file = join(dir, 'local-issuer.jwk.json');
  try {
    return JSON.parse(await readFile(file, 'utf8')) as { privateJwk: JWK; publicJwk: JWK };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey, publicKey } = await generateKeyPair('RS256', {
    modulusLength: 2048,
    extractable: true,
  });
  const privateJwk = { ...(await exportJWK(privateKey)), kid: KID, alg: 'RS256' };
  const publicJwk = { ...(await exportJWK(publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  ensurePrivateDir(dir);
  await writeFile(file, JSON.stringify({ privateJwk, publicJwk }), { mode: PRIVATE_FILE_MODE });
  await chmod(file, PRIVATE_FILE_MODE);
  return { privateJwk, publicJwk };
}

export async function createLocalIssuer(dataDir: string): Promise<LocalIssuer> {
  const { privateJwk, publicJwk } = await loadOrCreateKey(dataDir);
  const signingKey = await importJWK(privateJwk, 'RS256');
  const jwks = { keys: [publicJwk] };
  const verifier = createTokenVerifier({
    keys: createLocalJWKSet(jwks),
    allowedTenants: [LOCAL_TENANT_ID],
    audiences: [LOCAL_CLIENT_ID, LOCAL_AUDIENCE],
    issuerFor: localIssuerFor,
    requiredScope: 'access_as_user',
  });
  return {
    jwks,
    verifier,
    async issue({ oid, name, username, guest }) {
      const now = Math.floor(Date.now() / 1000);
      const accessToken = await new SignJWT({
        tid: LOCAL_TENANT_ID,
        oid,
        name,
        preferred_username: username,
        scp: 'access_as_user',
        ver: '2.0',
        acct: guest ? 1 : 0,
      })
        .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' })
        .setIssuer(localIssuerFor(LOCAL_TENANT_ID, '2.0'))
        .setAudience(LOCAL_CLIENT_ID)
        .setSubject(oid)
        .setIssuedAt(now)
        .setNotBefore(now)
        .setExpirationTime(now + TOKEN_LIFETIME_SECONDS)
        .sign(signingKey);
      return {
        accessToken,
        expiresAt: new Date((now + TOKEN_LIFETIME_SECONDS) * 1000).toISOString(),
      };
    },
  };
}
