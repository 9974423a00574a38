import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  graphCredentialSettings,
  loadConfig,
  loadGraphAccess,
} from '../../server/config.js';

const TENANT = '11111111-2222-4333-8444-555555555555';
const OTHER_TENANT = '22222222-2222-4222-8222-222222222222';
const CLIENT_ID = '66666666-7777-4888-8999-000000000000';
const BOT_ID = '99999999-8888-4777-8666-555555555555';

/** A complete Microsoft 365 configuration, as App Service would pass it. */
const m365 = {
  COPIL_MODE: 'm365',
  HOST: '0.0.0.0',
  AAD_APP_CLIENT_ID: CLIENT_ID,
  AAD_APP_TENANT_ID: TENANT,
  AAD_APP_CLIENT_SECRET: 'client-secret',
  TAB_DOMAIN: 'copil.example.org',
  BOT_ID,
  BOT_PASSWORD: 'bot-secret',
  GRAPH_SITE_URL: 'https://contoso.sharepoint.com/sites/copil',
  GRAPH_CALENDAR_MAILBOX: 'secretariat@contoso.example',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('server configuration', () => {
  it('runs on the embedded default with no environment at all', () => {
    expect(loadConfig({})).toMatchObject({
      COPIL_MODE: 'embedded',
      HOST: '127.0.0.1',
      PORT: 3978,
      COPIL_DATA_DIR: './data',
    });
  });

  it('gives each mode exactly its settings', () => {
    const embedded = loadConfig({ GRAPH_SITE_URL: 'https://contoso.sharepoint.com/sites/x' });
    expect(embedded).not.toHaveProperty('GRAPH_SITE_URL');
    expect(embedded).not.toHaveProperty('AAD_APP_OAUTH_AUTHORITY_HOST');
    const cloud = loadConfig({ ...m365, COPIL_DATA_DIR: './elsewhere', COPIL_EXAMPLE: 'off' });
    expect(cloud).not.toHaveProperty('COPIL_DATA_DIR');
    expect(cloud).not.toHaveProperty('COPIL_EXAMPLE');
  });

  it('parses a Microsoft 365 configuration once, with the tenant allow-list as a list', () => {
    const config = loadConfig({ ...m365, AAD_ALLOWED_TENANTS: `${TENANT}, ${OTHER_TENANT}` });
    expect(config).toMatchObject({
      COPIL_MODE: 'm365',
      AAD_ALLOWED_TENANTS: [TENANT, OTHER_TENANT],
      GRAPH_ENDPOINT: 'https://graph.microsoft.com',
      AAD_APP_OAUTH_AUTHORITY_HOST: 'https://login.microsoftonline.com',
      BOT_OPENID_METADATA_URL: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
      BOT_OAUTH_SCOPE: 'https://api.botframework.com',
    });
  });

  it('takes a sovereign cloud: Graph endpoint, Entra authority and Bot Framework endpoints', () => {
    const config = loadConfig({
      ...m365,
      GRAPH_ENDPOINT: 'https://graph.microsoft.us/',
      AAD_APP_OAUTH_AUTHORITY_HOST: 'https://login.microsoftonline.us',
      BOT_OPENID_METADATA_URL:
        'https://login.botframework.azure.us/v1/.well-known/openidconfiguration',
      BOT_TOKEN_ISSUER: 'https://api.botframework.us',
      BOT_LOGIN_URL: 'https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us',
      BOT_OAUTH_SCOPE: 'https://api.botframework.us',
    });
    expect(config).toMatchObject({
      GRAPH_ENDPOINT: 'https://graph.microsoft.us',
      BOT_TOKEN_ISSUER: 'https://api.botframework.us',
    });
    if (config.COPIL_MODE !== 'm365') throw new Error('expected m365');
    expect(graphCredentialSettings(config)).toMatchObject({
      kind: 'secret',
      authorityHost: 'https://login.microsoftonline.us',
    });
  });

  it('lists every missing or bad key at once', () => {
    const problems = problemsOf({ COPIL_MODE: 'm365', PORT: 'eighty', BOT_ID: 'not-a-guid' }).join(
      '\n',
    );
    for (const key of [
      'PORT',
      'BOT_ID',
      'AAD_APP_CLIENT_ID',
      'AAD_APP_TENANT_ID',
      'TAB_DOMAIN',
      'GRAPH_SITE_URL',
      'GRAPH_CALENDAR_MAILBOX',
      'AAD_APP_CLIENT_SECRET',
    ]) {
      expect(problems).toContain(key);
    }
    expect(problems).toContain(
      'GRAPH_SITE_URL: required in Microsoft 365 mode (the committee site)',
    );
  });

  it('says which mode names are known', () => {
    expect(problemsOf({ COPIL_MODE: 'cloud' })).toEqual(['COPIL_MODE: must be embedded or m365']);
  });

  it('refuses a Graph endpoint or an authority that is not https', () => {
    const problems = problemsOf({
      ...m365,
      GRAPH_ENDPOINT: 'http://graph.example',
      AAD_APP_OAUTH_AUTHORITY_HOST: 'https://login.example/tenant',
    });
    expect(problems).toEqual([
      'AAD_APP_OAUTH_AUTHORITY_HOST: must have no path',
      'GRAPH_ENDPOINT: must be an https URL',
    ]);
  });

  it('refuses to serve the password-less embedded sign-in on a network address', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/HOST: embedded mode/);
  });

  it('requires the bot password with a bot id', () => {
    expect(() => loadConfig({ BOT_ID: '11111111-1111-4111-8111-111111111111' })).toThrow(
      /BOT_PASSWORD/,
    );
  });

  it('takes a bot on a user-assigned managed identity without a password, with its tenant', () => {
    const { BOT_PASSWORD: _password, ...rest } = m365;
    expect(problemsOf({ ...rest, BOT_TYPE: 'UserAssignedMSI' })).toEqual([
      'BOT_TENANT_ID: required with BOT_TYPE=UserAssignedMSI',
    ]);
    expect(problemsOf({ ...m365, BOT_TYPE: 'UserAssignedMSI', BOT_TENANT_ID: TENANT })).toEqual([
      'BOT_PASSWORD: must not be set with BOT_TYPE=UserAssignedMSI',
    ]);
    expect(
      loadConfig({ ...rest, BOT_TYPE: 'UserAssignedMSI', BOT_TENANT_ID: TENANT }),
    ).toMatchObject({ BOT_TYPE: 'UserAssignedMSI' });
  });

  it('never puts a secret in a problem', () => {
    const problems = problemsOf({ ...m365, PORT: '-1', BOT_PASSWORD: 'bot-secret' }).join('\n');
    expect(problems).not.toContain('bot-secret');
    expect(problems).not.toContain('client-secret');
  });
});

describe('Graph access alone (npm run provision)', () => {
  it('needs the app, its tenant and a credential, and nothing of the server', () => {
    expect(() => loadGraphAccess({})).toThrow(/AAD_APP_CLIENT_ID[\s\S]*AAD_APP_TENANT_ID/);
    const access = loadGraphAccess({
      AAD_APP_CLIENT_ID: CLIENT_ID,
      AAD_APP_TENANT_ID: TENANT,
      GRAPH_USE_MANAGED_IDENTITY: 'true',
    });
    expect(graphCredentialSettings(access)).toEqual({ kind: 'managed-identity' });
  });
});
