import { z } from 'zod';

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
    /** Public base URL of the app (tab links in cards, manifest). Defaults to http://localhost:PORT. */
    COPIL_PUBLIC_URL: z.url().optional(),
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
    /** Application ID URI, `api://<domain>/<client id>` (the v1 token audience). */
    AAD_APP_ID_URI: z.string().startsWith('api://').optional(),
    AAD_TENANT_ID: guid.optional(),
    /** Tenants whose tokens are accepted (comma-separated); defaults to AAD_TENANT_ID. */
    AAD_ALLOWED_TENANTS: csv.pipe(z.array(guid)).optional(),
    AAD_AUTHORITY_HOST: z.url().default('https://login.microsoftonline.com'),
  })
  .superRefine((env, ctx) => {
    const need = (key: keyof typeof env, why: string) => {
      if (env[key] === undefined)
        ctx.addIssue({ code: 'custom', path: [key], message: `required ${why}` });
    };
    if (env.COPIL_MODE === 'm365') {
      need('AAD_APP_CLIENT_ID', 'in Microsoft 365 mode (Teams SSO)');
      need('AAD_APP_ID_URI', 'in Microsoft 365 mode (Teams SSO)');
      need('AAD_TENANT_ID', 'in Microsoft 365 mode');
      need('BOT_ID', 'in Microsoft 365 mode (Azure Bot registration)');
    }
    if (env.BOT_ID && env.BOT_TYPE !== 'UserAssignedMSI') need('BOT_PASSWORD', 'with BOT_ID');
    if (env.BOT_TYPE === 'SingleTenant') need('BOT_TENANT_ID', 'with BOT_TYPE=SingleTenant');
    // ARCHITECTURE.md: the embedded sign-in has no password; it must not face a network.
    if (env.COPIL_MODE === 'embedded' && !LOOPBACK.has(env.HOST)) {
      ctx.addIssue({
        code: 'custom',
        path: ['HOST'],
        message:
          'embedded mode signs people in without a password and only binds a loopback address (127.0.0.1, localhost, ::1); use COPIL_MODE=m365 with Entra ID to serve a network',
      });
    }
  });

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
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(config)'}: ${issue.message}`),
    );
  }
  return result.data;
}

export const isLoopbackHost = (host: string) => LOOPBACK.has(host);

/** The public base URL of the app. */
export function publicUrl(config: Config, port: number): string {
  return (config.COPIL_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
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
