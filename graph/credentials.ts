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
  | { kind: 'secret'; tenantId: string; clientId: string; clientSecret: string }
  | { kind: 'certificate'; tenantId: string; clientId: string; certificatePath: string }
  | { kind: 'managed-identity'; clientId?: string };

export function createCredential(settings: GraphCredentialSettings): TokenCredential {
  switch (settings.kind) {
    case 'secret':
      return new ClientSecretCredential(
        settings.tenantId,
        settings.clientId,
        settings.clientSecret,
      );
    case 'certificate':
      return new ClientCertificateCredential(settings.tenantId, settings.clientId, {
        certificatePath: settings.certificatePath,
      });
    case 'managed-identity':
      return settings.clientId
        ? new ManagedIdentityCredential({ clientId: settings.clientId })
        : new ManagedIdentityCredential();
  }
}

/** App-only tokens for Graph: the `.default` scope carries the application permissions granted. */
export function graphAuthProvider(settings: GraphCredentialSettings): AuthenticationProvider {
  return new TokenCredentialAuthenticationProvider(createCredential(settings), {
    scopes: ['https://graph.microsoft.com/.default'],
  });
}
