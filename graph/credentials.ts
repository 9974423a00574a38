import {
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
  type TokenCredential,
} from '@azure/identity';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials/index.js';
import type { AuthenticationProvider } from '@microsoft/microsoft-graph-client';

/** How the server proves itself to Microsoft Graph (app-only, on a Sites.Selected grant). */
export type GraphCredentialSettings =
  | {
      kind: 'secret';
      tenantId: string;
      clientId: string;
      clientSecret: string;
      /** The Entra authority host (sovereign clouds); @azure/identity defaults to the public one. */
      authorityHost?: string;
    }
  | {
      kind: 'certificate';
      tenantId: string;
      clientId: string;
      certificatePath: string;
      authorityHost?: string;
    }
  /** The host's managed identity; on App Service @azure/identity reads IDENTITY_ENDPOINT/IDENTITY_HEADER. */
  | { kind: 'managed-identity'; clientId?: string };

export function createCredential(settings: GraphCredentialSettings): TokenCredential {
  switch (settings.kind) {
    case 'secret':
      return new ClientSecretCredential(
        settings.tenantId,
        settings.clientId,
        settings.clientSecret,
        settings.authorityHost ? { authorityHost: settings.authorityHost } : {},
      );
    case 'certificate':
      return new ClientCertificateCredential(
        settings.tenantId,
        settings.clientId,
        { certificatePath: settings.certificatePath },
        settings.authorityHost ? { authorityHost: settings.authorityHost } : {},
      );
    case 'managed-identity':
      return settings.clientId
        ? new ManagedIdentityCredential({ clientId: settings.clientId })
        : new ManagedIdentityCredential();
  }
}

export const PUBLIC_GRAPH_ENDPOINT = 'https://graph.microsoft.com';

/**
 * App-only tokens for Graph: the `.default` scope of the Graph endpoint in use (its cloud's:
 * https://graph.microsoft.us/.default in US Government) carries the application permissions
 * granted.
 */
export function graphAuthProvider(
  settings: GraphCredentialSettings,
  graphEndpoint: string = PUBLIC_GRAPH_ENDPOINT,
): AuthenticationProvider {
  return new TokenCredentialAuthenticationProvider(createCredential(settings), {
    scopes: [`${graphEndpoint.replace(/\/$/, '')}/.default`],
  });
}
