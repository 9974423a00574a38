import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readJsonFile, repoRoot, validateTeamsAppYaml } from '../../scripts/lib/teams-schemas.js';
import { loadEnv, placeholdersIn } from '../../scripts/package-app.js';
import { loadConfig } from '../../server/config.js';

const root = repoRoot();
const text = (file: string): string => readFileSync(path.join(root, file), 'utf8');

interface Step {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface TeamsAppYaml {
  version: string;
  provision: Step[];
  deploy: Step[];
  publish: Step[];
}

const yamlText = text('teamsapp.yml');
const doc = parse(yamlText) as TeamsAppYaml;
const usesOf = (steps: Step[]): string[] => steps.map((step) => step.uses);

describe('teamsapp.yml', () => {
  it('declares the v1.13 schema on its first line and version v1.13', () => {
    expect(yamlText.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://aka.ms/teams-toolkit/v1.13/yaml.schema.json',
    );
    expect(doc.version).toBe('v1.13');
  });

  it('validates against the v1.13 teamsapp.yml schema with zero errors', () => {
    expect(validateTeamsAppYaml(doc).errors).toEqual([]);
  });

  it('is checked strictly: a field the v1.13 schema does not know is refused', () => {
    const altered = structuredClone(doc);
    const zip = altered.provision.findIndex((step) => step.uses === 'teamsApp/zipAppPackage');
    altered.provision[zip] = {
      uses: 'teamsApp/zipAppPackage',
      with: { manifestPath: './manifest/manifest.json', outputJsonPath: './x.json' },
    };
    expect(validateTeamsAppYaml(altered).errors.sort()).toEqual([
      `/provision/${zip}/with must NOT have additional properties (outputJsonPath)`,
      `/provision/${zip}/with must have required property 'outputFolder'`,
      `/provision/${zip}/with must have required property 'outputZipPath'`,
    ]);
  });

  it('provisions in dependency order: apps first, then Azure, then the Entra manifest that needs TAB_DOMAIN, then the package', () => {
    expect(usesOf(doc.provision)).toEqual([
      'teamsApp/create',
      'aadApp/create',
      'botAadApp/create',
      'arm/deploy',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
  });

  it('deploys built and pruned: npm ci, npm run build, npm prune --omit=dev, then a zip deploy', () => {
    expect(usesOf(doc.deploy)).toEqual([
      'cli/runNpmCommand',
      'cli/runNpmCommand',
      'cli/runNpmCommand',
      'azureAppService/zipDeploy',
    ]);
    expect(doc.deploy.slice(0, 3).map((step) => step.with?.args)).toEqual([
      'ci',
      'run build',
      'prune --omit=dev',
    ]);
    expect(doc.deploy[3]?.with?.resourceId).toBe('${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}');
    // The package keeps the built output and the runtime dependencies.
    const ignored = text('infra/.webappignore').split('\n');
    expect(ignored).not.toContain('dist');
    expect(ignored).not.toContain('node_modules');
  });

  it('publishes the package to the tenant app catalogue last', () => {
    expect(usesOf(doc.publish).at(-1)).toBe('teamsApp/publishAppPackage');
  });

  it('packages manifest/ into appPackage/build, where npm run package writes too', () => {
    const zips = [...doc.provision, ...doc.publish].filter(
      (step) => step.uses === 'teamsApp/zipAppPackage',
    );
    expect(zips).toHaveLength(2);
    for (const step of zips) {
      expect(step.with).toEqual({
        manifestPath: './manifest/manifest.json',
        outputZipPath: './appPackage/build/appPackage.${{TEAMSFX_ENV}}.zip',
        outputFolder: './appPackage/build',
      });
    }
  });

  it('defines every variable the project files use: in env/.env.dev, written by an action, or built in', () => {
    const bicepOutputs = [...text('infra/azure.bicep').matchAll(/^output (\w+) /gm)].map(
      (m) => m[1],
    );
    const written = [...doc.provision, ...doc.deploy, ...doc.publish].flatMap((step) =>
      Object.values(step.writeToEnvironmentFile ?? {}),
    );
    // TEAMSFX_ENV is set by the Toolkit; aadApp/update generates the scope id on first run.
    const builtIn = ['TEAMSFX_ENV', 'AAD_APP_ACCESS_AS_USER_PERMISSION_ID'];
    const known = new Set([
      ...Object.keys(loadEnv('dev', root, {}).fileVars),
      ...bicepOutputs,
      ...written,
      ...builtIn,
    ]);
    const used = placeholdersIn(
      [
        yamlText,
        text('aad.manifest.json'),
        text('infra/azure.parameters.json'),
        text('manifest/manifest.json'),
        text('manifest/ar.json'),
        text('manifest/en.json'),
      ].join('\n'),
    );
    expect(used.filter((name) => !known.has(name))).toEqual([]);
  });

  it('keeps secrets out of the committed env files', () => {
    for (const env of ['local', 'dev']) {
      const keys = Object.keys(loadEnv(env, root, {}).fileVars);
      expect(keys.filter((key) => key.startsWith('SECRET_'))).toEqual([]);
    }
  });
});

describe('the Entra app manifest (aad.manifest.json)', () => {
  const aad = readJsonFile(path.join(root, 'aad.manifest.json')) as {
    identifierUris: string[];
    api: {
      requestedAccessTokenVersion: number;
      oauth2PermissionScopes: { id: string; value: string; type: string; isEnabled: boolean }[];
      preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[];
    };
    optionalClaims: { accessToken: { name: string }[] };
  };
  const scopeId = '${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}';

  it('exposes access_as_user under the Application ID URI api://<tab domain>/<client id>', () => {
    expect(aad.identifierUris).toEqual(['api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}']);
    expect(aad.api.oauth2PermissionScopes).toEqual([
      expect.objectContaining({
        id: scopeId,
        value: 'access_as_user',
        type: 'User',
        isEnabled: true,
      }),
    ]);
  });

  it('pre-authorises the Teams desktop/mobile and web clients for that scope', () => {
    expect(aad.api.preAuthorizedApplications).toEqual([
      { appId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', delegatedPermissionIds: [scopeId] },
      { appId: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', delegatedPermissionIds: [scopeId] },
    ]);
  });

  it('issues v2 access tokens carrying the acct claim that tells guests from members', () => {
    expect(aad.api.requestedAccessTokenVersion).toBe(2);
    expect(aad.optionalClaims.accessToken.map((claim) => claim.name)).toContain('acct');
  });
});

describe('the Azure hosting (infra/)', () => {
  const bicep = text('infra/azure.bicep');
  const parameters = readJsonFile(path.join(root, 'infra/azure.parameters.json')) as {
    parameters: Record<string, { value: string }>;
  };

  it('gives arm/deploy a value for every Bicep parameter without a default, and no other', () => {
    const params = [...bicep.matchAll(/^param (\w+) \w+( =)?/gm)];
    const required = params.filter((m) => m[2] === undefined).map((m) => m[1] ?? '');
    const all = params.map((m) => m[1] ?? '');
    const given = Object.keys(parameters.parameters);
    expect(required.filter((name) => !given.includes(name))).toEqual([]);
    expect(given.filter((name) => !all.includes(name))).toEqual([]);
  });

  it('runs a Linux App Service on a supported Node LTS, from the built server, in Microsoft 365 mode with the bot, Entra and Graph settings', () => {
    // Node 20 reached its end of life on 2026-04-30; App Service names Linux stacks NODE|<major>-lts.
    expect(bicep).toContain("linuxFxVersion: 'NODE|24-lts'");
    expect(bicep).toContain("appCommandLine: 'node dist/node/server/main.js'");
    expect(bicep).toContain('reserved: true');
    for (const setting of [
      "COPIL_MODE: 'm365'",
      'BOT_ID: botAadAppClientId',
      'BOT_PASSWORD: botAadAppClientSecret',
      'AAD_APP_CLIENT_ID: aadAppClientId',
      'AAD_APP_CLIENT_SECRET: aadAppClientSecret',
      'AAD_APP_TENANT_ID: aadAppTenantId',
      // Required in Microsoft 365 mode: without them the server exits at startup (code 2).
      'GRAPH_SITE_URL: graphSiteUrl',
      'GRAPH_CALENDAR_MAILBOX: graphCalendarMailbox',
    ]) {
      expect(bicep).toContain(setting);
    }
  });

  it('gives the server app settings that make a Microsoft 365 configuration it accepts', () => {
    const block =
      /name: 'appsettings'\n\s*properties: \{\n([\s\S]*?)\n {2}\}/.exec(bicep)?.[1] ?? '';
    const guid = '11111111-2222-4333-8444-555555555555';
    const samples: Record<string, string> = {
      botAadAppClientId: guid,
      aadAppClientId: guid,
      aadAppTenantId: guid,
      'tenant().tenantId': guid,
      botAadAppClientSecret: 'secret',
      aadAppClientSecret: 'secret',
      aadAppOauthAuthorityHost: 'https://login.microsoftonline.com',
      graphSiteUrl: 'https://contoso.sharepoint.com/sites/copil',
      graphCalendarMailbox: 'secretariat@contoso.example',
      siteHost: 'ogpcopil.azurewebsites.net',
    };
    const settings = Object.fromEntries(
      [...block.matchAll(/^\s+(\w+): (.+)$/gm)].map(([, key, value]) => [
        key,
        (samples[value ?? ''] ?? value ?? '')
          .replace(/^'(.*)'$/, '$1')
          .replace('${siteHost}', samples.siteHost ?? ''),
      ]),
    );
    expect(loadConfig(settings)).toMatchObject({ COPIL_MODE: 'm365', HOST: '0.0.0.0' });
  });

  it('registers the /api/messages endpoint as an Azure Bot with the Teams channel', () => {
    expect(bicep).toContain("endpoint: 'https://${siteHost}/api/messages'");
    expect(bicep).toContain("channelName: 'MsTeamsChannel'");
  });

  it('passes secrets only into @secure() parameters', () => {
    const secret = Object.entries(parameters.parameters)
      .filter(([, { value }]) => value.includes('${{SECRET_'))
      .map(([name]) => name);
    expect(secret.sort()).toEqual(['aadAppClientSecret', 'botAadAppClientSecret']);
    for (const name of secret) {
      expect(bicep).toMatch(new RegExp(`@secure\\(\\)\\n(@description\\(.*\\)\\n)?param ${name} `));
    }
  });
});
