import { z } from 'zod';
import type { GraphCredentialSettings } from '../graph/credentials.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const M365 = 'in Microsoft 365 mode';

/** A message for a missing key (`why`), zod's own for a malformed one. */
const missing = (why: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? `required ${why}` : undefined,
});
const guid = (why?: string) => (why ? z.uuid(missing(why)) : z.uuid());
const csv = z.string().transform((s) =>
  s
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean),
);
const flag = z
  .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
  .default(false);
/** An https origin (scheme, host, optional port; no path), written without its trailing slash. */
const httpsOrigin = z
  .url({ protocol: /^https$/, error: 'must be an https URL' })
  .refine((value) => new URL(value).pathname.replace(/\/$/, '') === '', 'must have no path')
  .transform((value) => value.replace(/\/$/, ''));
const httpsUrl = (why?: string) =>
  z.url({
    protocol: /^https$/,
    error: (issue) =>
      why && issue.input === undefined ? `required ${why}` : 'must be an https URL',
  });

/**
 * Bot Framework public-cloud endpoints (botframework-connector's AuthenticationConstants). A
 * sovereign cloud (e.g. US Government: login.botframework.azure.us, api.botframework.us) sets
 * its own.
 */
export const BOT_FRAMEWORK_PUBLIC_CLOUD = {
  openIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
  tokenIssuer: 'https://api.botframework.com',
  loginUrl: 'https://login.microsoftonline.com/botframework.com',
  oauthScope: 'https://api.botframework.com',
} as const;

/**
 * The HTTP limits (issue 10, item 6), all in one place: requests per window per key, and the
 * bytes a person may upload per day. The defaults leave room for a whole committee voting at
 * once from one machine (the bot's key is the conversation and the user, not the address).
 */
const limits = {
  /** Length of a rate-limit window, in seconds. */
  COPIL_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /** Local sign-in tokens (`POST /auth/local/token`) per client address per window. */
  COPIL_RATE_SIGN_IN: z.coerce.number().int().min(1).default(60),
  /** Document uploads (`POST /api/documents`) per person per window. */
  COPIL_RATE_UPLOADS: z.coerce.number().int().min(1).default(30),
  /** Requests refused for a missing or bad token (401) per client address per window. */
  COPIL_RATE_BAD_TOKENS: z.coerce.number().int().min(1).default(60),
  /** Bot activities (`POST /api/messages`) per conversation and user per window. */
  COPIL_RATE_BOT: z.coerce.number().int().min(1).default(120),
  /** Bytes a person may upload per day (rolling 24 hours); 200 MiB by default. */
  COPIL_UPLOAD_QUOTA_BYTES_PER_DAY: z.coerce
    .number()
    .int()
    .min(0)
    .default(200 * 1024 * 1024),
};

/** What both modes share: where to listen, logs, the built tab, the scheduler, the limits. */
const server = {
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /** Public base URL of the app (tab links in cards), as teamsapp.yml names it. Defaults to http://localhost:PORT. */
  TAB_ENDPOINT: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Folder of the built tab. */
  COPIL_TAB_DIR: z.string().min(1).default('./dist/tab'),
  /** Seconds between scheduler ticks (reminders, outbox, Outlook sync); 0 turns it off. */
  COPIL_TICK_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  ...limits,
};

/** The Azure Bot registration and the Bot Framework cloud it talks to. */
const bot = (botIdRequired: boolean) => ({
  BOT_ID: botIdRequired ? guid(`${M365} (Azure Bot registration)`) : guid().optional(),
  BOT_PASSWORD: z.string().min(1).optional(),
  BOT_TENANT_ID: guid().optional(),
  BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  /** Where the channel's signing keys are published (ToBotFromChannelOpenIdMetadataUrl). */
  BOT_OPENID_METADATA_URL: httpsUrl().default(BOT_FRAMEWORK_PUBLIC_CLOUD.openIdMetadataUrl),
  /** The issuer of the channel's tokens (ToBotFromChannelTokenIssuer). */
  BOT_TOKEN_ISSUER: z.url().default(BOT_FRAMEWORK_PUBLIC_CLOUD.tokenIssuer),
  /** The Entra authority the bot gets its outgoing tokens from (ToChannelFromBotLoginUrl). */
  BOT_LOGIN_URL: httpsUrl().default(BOT_FRAMEWORK_PUBLIC_CLOUD.loginUrl),
  /** The audience of the bot's outgoing tokens (ToChannelFromBotOAuthScope). */
  BOT_OAUTH_SCOPE: z.url().default(BOT_FRAMEWORK_PUBLIC_CLOUD.oauthScope),
});

/**
 * How the server reaches Microsoft Graph, app-only: the cloud (Graph endpoint and Entra
 * authority) and the credential. `npm run provision` needs exactly this.
 */
const graphAccess = {
  AAD_APP_CLIENT_ID: guid(`${M365} (Teams SSO and Graph)`),
  AAD_APP_TENANT_ID: guid(M365),
  /** Entra authority host; sovereign clouds: https://login.microsoftonline.us, https://login.chinacloudapi.cn. */
  AAD_APP_OAUTH_AUTHORITY_HOST: httpsOrigin.default('https://login.microsoftonline.com'),
  /** Microsoft Graph; sovereign clouds: https://graph.microsoft.us, https://microsoftgraph.chinacloudapi.cn. */
  GRAPH_ENDPOINT: httpsOrigin.default('https://graph.microsoft.com'),
  AAD_APP_CLIENT_SECRET: z.string().min(1).optional(),
  AAD_APP_CLIENT_CERTIFICATE_PATH: z.string().min(1).optional(),
  /**
   * Use the host's managed identity (App Service: IDENTITY_ENDPOINT and IDENTITY_HEADER, read
   * by @azure/identity) instead of a secret or certificate.
   */
  GRAPH_USE_MANAGED_IDENTITY: flag,
  GRAPH_MANAGED_IDENTITY_CLIENT_ID: guid().optional(),
};

const EmbeddedSchema = z.object({
  COPIL_MODE: z.literal('embedded'),
  ...server,
  // ARCHITECTURE.md: the embedded sign-in has no password; it must not face a network.
  HOST: server.HOST.refine(
    (host) => LOOPBACK.has(host),
    'embedded mode signs people in without a password and only binds a loopback address (127.0.0.1, localhost, ::1); use COPIL_MODE=m365 with Entra ID to serve a network',
  ),
  COPIL_DATA_DIR: z.string().min(1).default('./data'),
  /** `auto`: load the fictional example committee when the store is empty; `off`: never. */
  COPIL_EXAMPLE: z.enum(['auto', 'off']).default('auto'),
  // An Azure Bot in front of an embedded server (e.g. through a dev tunnel) is allowed.
  ...bot(false),
});

const M365Schema = z.object({
  COPIL_MODE: z.literal('m365'),
  ...server,
  ...bot(true),
  ...graphAccess,
  /** Public host of the tab (the SSO Application ID URI is api://TAB_DOMAIN/AAD_APP_CLIENT_ID). */
  TAB_DOMAIN: z.string().min(1).optional(),
  /** Application ID URI (the v1 token audience); defaults to api://TAB_DOMAIN/AAD_APP_CLIENT_ID. */
  AAD_APP_ID_URI: z.string().startsWith('api://').optional(),
  /** Tenants whose tokens are accepted (comma-separated); defaults to AAD_APP_TENANT_ID. */
  AAD_ALLOWED_TENANTS: csv.pipe(z.array(z.uuid())).optional(),
  /** The committee's SharePoint site, e.g. https://contoso.sharepoint.com/sites/copil. */
  GRAPH_SITE_URL: httpsUrl(`${M365} (the committee site)`),
  /** The secretariat mailbox whose calendar holds the meetings (UPN or object id). */
  GRAPH_CALENDAR_MAILBOX: z
    .string(missing(`${M365} (the secretariat mailbox for meetings)`))
    .min(3),
  /** The Outlook category that marks a committee meeting scheduled directly in Outlook. */
  COPIL_OUTLOOK_CATEGORY: z.string().min(1).max(255).default('Copil'),
});

/**
 * The server's configuration, one shape per mode (STYLE.md §8): each mode has exactly its
 * settings. Parsed once at startup by `loadConfig`; secrets are never logged (`describeConfig`).
 */
export const ConfigSchema = z
  .discriminatedUnion('COPIL_MODE', [EmbeddedSchema, M365Schema], {
    error: 'must be embedded or m365',
  })
  .superRefine((env, ctx) => {
    for (const [key, message] of crossFieldProblems(env)) {
      ctx.addIssue({ code: 'custom', path: [key], message });
    }
  });

export type Config = z.output<typeof ConfigSchema>;
export type EmbeddedConfig = Extract<Config, { COPIL_MODE: 'embedded' }>;
export type M365Config = Extract<Config, { COPIL_MODE: 'm365' }>;

/** Every variable either mode reads. */
const KEYS = [...new Set([...Object.keys(EmbeddedSchema.shape), ...Object.keys(M365Schema.shape)])];

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
  if (env.COPIL_MODE === 'm365') {
    if (!has('AAD_APP_ID_URI')) need('TAB_DOMAIN', `${M365} (or AAD_APP_ID_URI)`);
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
  if (botType === 'UserAssignedMSI') {
    // botbuilder refuses a password with a managed identity and needs its tenant.
    if (has('BOT_PASSWORD'))
      problems.push(['BOT_PASSWORD', 'must not be set with BOT_TYPE=UserAssignedMSI']);
    need('BOT_TENANT_ID', 'with BOT_TYPE=UserAssignedMSI');
  } else if (has('BOT_ID')) {
    need('BOT_PASSWORD', 'with BOT_ID');
  }
  if (botType === 'SingleTenant') need('BOT_TENANT_ID', 'with BOT_TYPE=SingleTenant');
  return problems;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The variables a mode reads, as set (empty means unset). */
function relevant(env: Record<string, string | undefined>): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const key of KEYS) {
    const value = env[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  picked.COPIL_MODE ??= 'embedded';
  return picked;
}

function problemsOf(error: z.ZodError, raw: Record<string, unknown>): string[] {
  const problems = error.issues.map(
    (issue) => `${issue.path.join('.') || '(config)'}: ${issue.message}`,
  );
  // When a key is malformed zod stops before the cross-field checks: run them on the raw values.
  for (const [key, message] of crossFieldProblems(raw)) {
    const line = `${key}: ${message}`;
    if (!problems.includes(line)) problems.push(line);
  }
  return problems;
}

/**
 * Parses the environment into the configuration of its mode, once, at startup; throws a
 * `ConfigError` that lists every problem at once.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const raw = relevant(env);
  const result = ConfigSchema.safeParse(raw);
  if (!result.success) throw new ConfigError(problemsOf(result.error, raw));
  return result.data;
}

const GraphAccessSchema = z.object(graphAccess).superRefine((env, ctx) => {
  for (const [key, message] of crossFieldProblems({
    ...env,
    COPIL_MODE: 'm365',
    TAB_DOMAIN: '-',
  })) {
    ctx.addIssue({ code: 'custom', path: [key], message });
  }
});
export type GraphAccess = z.output<typeof GraphAccessSchema>;

/** The Graph settings alone (`npm run provision`, which runs before any server is set up). */
export function loadGraphAccess(
  env: Record<string, string | undefined> = process.env,
): GraphAccess {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(graphAccess)) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const result = GraphAccessSchema.safeParse(raw);
  if (!result.success) {
    throw new ConfigError(
      problemsOf(result.error, { ...raw, COPIL_MODE: 'm365', TAB_DOMAIN: '-' }).filter((line) =>
        Object.keys(graphAccess).some((key) => line.startsWith(`${key}:`)),
      ),
    );
  }
  return result.data;
}

/** The Application ID URI a v1 Teams SSO token carries as audience. */
export function applicationIdUri(config: M365Config): string | undefined {
  if (config.AAD_APP_ID_URI) return config.AAD_APP_ID_URI;
  return config.TAB_DOMAIN ? `api://${config.TAB_DOMAIN}/${config.AAD_APP_CLIENT_ID}` : undefined;
}

/** The app-only Graph credential the configuration names (Microsoft 365 mode). */
export function graphCredentialSettings(config: GraphAccess): GraphCredentialSettings {
  const authorityHost = config.AAD_APP_OAUTH_AUTHORITY_HOST;
  if (config.GRAPH_USE_MANAGED_IDENTITY) {
    return config.GRAPH_MANAGED_IDENTITY_CLIENT_ID
      ? { kind: 'managed-identity', clientId: config.GRAPH_MANAGED_IDENTITY_CLIENT_ID }
      : { kind: 'managed-identity' };
  }
  const { AAD_APP_TENANT_ID: tenantId, AAD_APP_CLIENT_ID: clientId } = config;
  if (config.AAD_APP_CLIENT_CERTIFICATE_PATH) {
    return {
      kind: 'certificate',
      tenantId,
      clientId,
      authorityHost,
      certificatePath: config.AAD_APP_CLIENT_CERTIFICATE_PATH,
    };
  }
  if (config.AAD_APP_CLIENT_SECRET) {
    return {
      kind: 'secret',
      tenantId,
      clientId,
      authorityHost,
      clientSecret: config.AAD_APP_CLIENT_SECRET,
    };
  }
  // The schema refuses a configuration without one; this keeps the function total.
  throw new ConfigError(['a Graph credential is required (see README, Microsoft 365 mode)']);
}

export const isLoopbackHost = (host: string) => LOOPBACK.has(host);

/** The public base URL of the app. */
export function publicUrl(config: Config, port: number): string {
  return (config.TAB_ENDPOINT ?? `http://localhost:${port}`).replace(/\/$/, '');
}

/** What the startup line prints: modes and non-secret settings. */
export function describeConfig(config: Config) {
  const common = {
    mode: config.COPIL_MODE,
    bot: config.BOT_ID ? `Azure Bot ${config.BOT_ID}` : 'anonymous (loopback only)',
    host: config.HOST,
    port: config.PORT,
  };
  return config.COPIL_MODE === 'embedded'
    ? {
        ...common,
        store: `SQLite in ${config.COPIL_DATA_DIR}`,
        signIn: 'local issuer (loopback only)',
      }
    : {
        ...common,
        store: `SharePoint (Graph ${config.GRAPH_ENDPOINT})`,
        signIn: `Teams SSO (Entra ID ${config.AAD_APP_OAUTH_AUTHORITY_HOST})`,
      };
}
