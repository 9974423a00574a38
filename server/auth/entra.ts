import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import { applicationIdUri, type M365Config } from '../config.js';
import { createTokenVerifier, entraIssuer, type TokenVerifier } from './token-verifier.js';

/**
 * Microsoft 365 mode: Teams SSO access tokens from Entra ID (PLATFORM_NOTES §6). Keys come
 * from the tenant-independent JWKS; issuer v1 or v2 for the token's tenant; audience the
 * client id (v2) or the Application ID URI (v1); tenants from the allow-list.
 */
export function createEntraVerifier(config: M365Config, keys?: JWTVerifyGetKey): TokenVerifier {
  const authority = config.AAD_APP_OAUTH_AUTHORITY_HOST;
  return createTokenVerifier({
    // The authority's JWKS (its OpenID metadata's jwks_uri), e.g. login.microsoftonline.us's.
    keys: keys ?? createRemoteJWKSet(new URL(`${authority}/common/discovery/v2.0/keys`)),
    allowedTenants: config.AAD_ALLOWED_TENANTS ?? [config.AAD_APP_TENANT_ID],
    audiences: [config.AAD_APP_CLIENT_ID, applicationIdUri(config)].filter(
      (a): a is string => a !== undefined,
    ),
    issuerFor: entraIssuer(authority),
    requiredScope: 'access_as_user',
  });
}
