import { parseArgs } from 'node:util';
import { graphAuthProvider } from '../graph/credentials.js';
import { createGraphClient, provisionSite } from '../graph/index.js';
import { ConfigError, graphCredentialSettings, loadGraphAccess } from '../server/config.js';

/**
 * `npm run provision -- --site https://contoso.sharepoint.com/sites/copil`
 * Creates or updates the committee site's lists, columns and indexes (graph/list-schema.ts),
 * idempotently, printing each step. Credentials come from the environment, as for the server
 * (AAD_APP_TENANT_ID, AAD_APP_CLIENT_ID and AAD_APP_CLIENT_SECRET or a certificate, or a
 * managed identity); the app needs the `manage` role on the site (Sites.Selected).
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { site: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help || !values.site) {
    console.log('usage: npm run provision -- --site https://<tenant>.sharepoint.com/sites/<name>');
    return values.help ? 0 : 2;
  }
  let access;
  try {
    access = loadGraphAccess();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(
        `${error.message}\nSet AAD_APP_TENANT_ID, AAD_APP_CLIENT_ID and AAD_APP_CLIENT_SECRET (or a certificate or managed identity).`,
      );
      return 2;
    }
    throw error;
  }
  const client = createGraphClient({
    authProvider: graphAuthProvider(graphCredentialSettings(access), access.GRAPH_ENDPOINT),
    endpoint: access.GRAPH_ENDPOINT,
  });
  console.log(`Provisioning ${values.site} …`);
  await provisionSite(client, values.site, (line) => console.log(`  ${line}`));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Provisioning failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
