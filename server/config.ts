import { z } from 'zod';
import type { GraphCredentialSettings } from '../graph/credentials.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const csv = z.string().transform((s) =>
  s
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean),
);
const guid = z.uuid();

/**
 * The server's configuration, parsed once from the environment (STYLE.md §8). Every missing or
 * malformed key is listed at startup; secrets are never logged (see `describeConfig`).
 */
export const ConfigSchema = z
  .object({
    COPIL_MODE: z.enum(['embedded', 'm365']).default('embedded'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    COPIL_DATA_DIR: z.string().min(1).default('./data'),
    /** Public base URL of the app (tab links in cards), as teamsapp.yml names it. Defaults to http://localhost:PORT. */
    TAB_ENDPOINT: z.url().optional(),
    /** Public host of the tab (the SSO Application ID URI is api://TAB_DOMAIN/AAD_APP_CLIENT_ID). */
    TAB_DOMAIN: z.string().min(1).optional(),
    /** `auto`: load the fictional example committee when the store is empty; `off`: never. */
    COPIL_EXAMPLE: z.enum(['auto', 'off']).default('auto'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    /** Folder of the built tab. */
    COPIL_TAB_DIR: z.string().min(1).default('./dist/tab'),

    // Bot Framework (Azure Bot registration). Absent: anonymous, loopback only.
    BOT_ID: guid.optional(),
    BOT_PASSWORD: z.string().min(1).optional(),
    BOT_TENANT_ID: guid.optional(),
    BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),

    // Entra ID (Microsoft 365 mode): the tab's API app registration.
    AAD_APP_CLIENT_ID: guid.optional(),
    /** Application ID URI (the v1 token audience); defaults to api://TAB_DOMAIN/AAD_APP_CLIENT_ID. */
    AAD_APP_ID_URI: z.string().startsWith('api://').optional(),
    AAD_APP_TENANT_ID: guid.optional(),
    /** Tenants whose tokens are accepted (comma-separated); defaults to AAD_APP_TENANT_ID. */
    AAD_ALLOWED_TENANTS: csv.pipe(z.array(guid)).optional(),
    AAD_APP_OAUTH_AUTHORITY_HOST: z.url().default('https://login.microsoftonline.com'),

    // Microsoft Graph (Microsoft 365 mode): the committee site and the app-only credential.
    /** The committee's SharePoint site, e.g. https://contoso.sharepoint.com/sites/copil. */
    GRAPH_SITE_URL: z.url().startsWith('https://').optional(),
    AAD_APP_CLIENT_SECRET: z.string().min(1).optional(),
    AAD_APP_CLIENT_CERTIFICATE_PATH: z.string().min(1).optional(),
    /** Use the App Service's managed identity instead of a secret or certificate. */
    GRAPH_USE_MANAGED_IDENTITY: z
      .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
      .default(false),
    GRAPH_MANAGED_IDENTITY_CLIENT_ID: guid.optional(),
    /** The secretariat mailbox whose calendar holds the meetings (UPN or object id). */
    GRAPH_CALENDAR_MAILBOX: z.string().min(3).optional(),
    /** The Outlook category that marks a committee meeting scheduled directly in Outlook. */
    COPIL_OUTLOOK_CATEGORY: z.string().min(1).max(255).default('Copil'),
    /** Seconds between scheduler ticks (reminders, outbox, Outlook sync); 0 turns it off. */
    COPIL_TICK_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  })
  .superRefine((env, ctx) => {
    for (const [key, message] of crossFieldProblems(env)) {
      ctx.addIssue({ code: 'custom', path: [key], message });
    }
  });

/**
 * The settings that depend on each other. Reads raw values too (presence only), so that a
 * configuration with malformed keys still gets all its problems listed at once.
 */
function crossFieldProblems(env: Record<string, unknown>): [string, string][] {
  const problems: [string, string][] = [];
  const has = (key: string) => env[key] !== undefined && env[key] !== '';
  const need = (key: string, why: string) => {
    if (!has(key)) problems.push([key, `required ${why}`]);
  };
  const mode = env.COPIL_MODE ?? 'embedded';
  if (mode === 'm365') {
    need('AAD_APP_CLIENT_ID', 'in Microsoft 365 mode (Teams SSO)');
    if (!has('AAD_APP_ID_URI')) need('TAB_DOMAIN', 'in Microsoft 365 mode (or AAD_APP_ID_URI)');
    need('AAD_APP_TENANT_ID', 'in Microsoft 365 mode');
    need('BOT_ID', 'in Microsoft 365 mode (Azure Bot registration)');
    need('GRAPH_SITE_URL', 'in Microsoft 365 mode (the committee site)');
    need('GRAPH_CALENDAR_MAILBOX', 'in Microsoft 365 mode (the secretariat mailbox for meetings)');
    const managed =
      env.GRAPH_USE_MANAGED_IDENTITY === true || env.GRAPH_USE_MANAGED_IDENTITY === 'true';
    if (!managed && !has('AAD_APP_CLIENT_SECRET') && !has('AAD_APP_CLIENT_CERTIFICATE_PATH')) {
      problems.push([
        'AAD_APP_CLIENT_SECRET',
        'Microsoft 365 mode needs a Graph credential: AAD_APP_CLIENT_SECRET, AAD_APP_CLIENT_CERTIFICATE_PATH or GRAPH_USE_MANAGED_IDENTITY=true',
      ]);
    }
  }
  const botType = env.BOT_TYPE ?? 'MultiTenant';
  if (has('BOT_ID') && botType !== 'UserAssignedMSI') need('BOT_PASSWORD', 'with BOT_ID');
  if (botType === 'SingleTenant') need('BOT_TENANT_ID', 'with BOT_TYPE=SingleTenant');
  // ARCHITECTURE.md: the embedded sign-in has no password; it must not face a network.
  if (mode === 'embedded' && has('HOST') && !LOOPBACK.has(String(env.HOST))) {
    problems.push([
      'HOST',
      'embedded mode signs people in without a password and only binds a loopback address (127.0.0.1, localhost, ::1); use COPIL_MODE=m365 with Entra ID to serve a network',
    ]);
  }
  return problems;
}

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment, throwing a `ConfigError` that lists every problem at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const relevant = Object.fromEntries(
    Object.keys(ConfigSchema.shape).flatMap((key) =>
      env[key] === undefined || env[key] === '' ? [] : [[key, env[key]]],
    ),
  );
  const result = ConfigSchema.safeParse(relevant);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(config)'}: ${issue.message}`,
    );
    // When a key is malformed zod stops before the cross-field checks: run them on the raw values.
    for (const [key, message] of crossFieldProblems(relevant)) {
      const line = `${key}: ${message}`;
      if (!problems.includes(line)) problems.push(line);
    }
    throw new ConfigError(problems);
  }
  return result.data;
}

/** The Application ID URI a v1 Teams SSO token carries as audience. */
export function applicationIdUri(config: Config): string | undefined {
  if (config.AAD_APP_ID_URI) return config.AAD_APP_ID_URI;
  return config.TAB_DOMAIN && config.AAD_APP_CLIENT_ID
    ? `api://${config.TAB_DOMAIN}/${config.AAD_APP_CLIENT_ID}`
    : undefined;
}

/** The app-only Graph credential the configuration names (Microsoft 365 mode). */
export function graphCredentialSettings(config: Config): GraphCredentialSettings {
  if (config.GRAPH_USE_MANAGED_IDENTITY) {
    return config.GRAPH_MANAGED_IDENTITY_CLIENT_ID
      ? { kind: 'managed-identity', clientId: config.GRAPH_MANAGED_IDENTITY_CLIENT_ID }
      : { kind: 'managed-identity' };
  }
  const tenantId = config.AAD_APP_TENANT_ID;
  const clientId = config.AAD_APP_CLIENT_ID;
  if (!tenantId || !clientId) {
    throw new ConfigError(['AAD_APP_TENANT_ID and AAD_APP_CLIENT_ID are required for Graph']);
  }
  if (config.AAD_APP_CLIENT_CERTIFICATE_PATH) {
    return {
      kind: 'certificate',
      tenantId,
      clientId,
      certificatePath: config.AAD_APP_CLIENT_CERTIFICATE_PATH,
    };
  }
  if (config.AAD_APP_CLIENT_SECRET) {
    return { kind: 'secret', tenantId, clientId, clientSecret: config.AAD_APP_CLIENT_SECRET };
  }
  throw new ConfigError(['a Graph credential is required (see README, Microsoft 365 mode)']);
}

export const isLoopbackHost = (host: string) => LOOPBACK.has(host);

/** The public base URL of the app. */
export function publicUrl(config: Config, port: number): string {
  return (config.TAB_ENDPOINT ?? `http://localhost:${port}`).replace(/\/$/, '');
}

/** What the startup line prints: modes and non-secret settings. */
export function describeConfig(config: Config) {
  return {
    mode: config.COPIL_MODE,
    store:
      config.COPIL_MODE === 'embedded'
        ? `SQLite in ${config.COPIL_DATA_DIR}`
        : 'SharePoint (Graph)',
    signIn:
      config.COPIL_MODE === 'embedded' ? 'local issuer (loopback only)' : 'Teams SSO (Entra ID)',
    bot: config.BOT_ID ? `Azure Bot ${config.BOT_ID}` : 'anonymous (loopback only)',
    host: config.HOST,
    port: config.PORT,
  };
}
