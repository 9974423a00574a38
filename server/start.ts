import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import { createBot, type Bot } from '../bot/index.js';
import type { Ports } from '../core/ports/store.js';
import { createApp } from './app.js';
import { createEntraVerifier } from './auth/entra.js';
import { createLocalIssuer, type LocalIssuer } from './auth/local-issuer.js';
import { botEndpointWithKey, loadOrCreateBotEndpointKey } from './auth/bot-endpoint-key.js';
import type { TokenVerifier } from './auth/token-verifier.js';
import type { JWTVerifyGetKey } from 'jose';
import { describeConfig, publicUrl, type Config } from './config.js';
import { isEmpty, loadExampleCommittee } from './example-committee.js';
import { createLogger, type Logger } from './logger.js';
import { warnOnRuntimeTimeZone } from './tz-check.js';
import { systemClock } from './system.js';
import type { Notifier } from '../core/ports/notifier.js';
import type { AppPorts } from '../core/usecases/meetings/app-ports.js';
import { deliverOutbox, runScheduledWork } from '../core/usecases/meetings/index.js';
import { reconcileAudit, type Reconciliation } from '../core/usecases/audit-reconciler.js';
import { calendarFeedRoutes, retireSharedFeedKey } from './http/calendar-feed.js';
import { openPorts, type PortsOptions } from './ports.js';

/**
 * What tests and the benchmark may inject besides the configuration: the ports factory's
 * options (clock, ids, Graph transport and authentication, ports opened by the caller, which
 * the server then neither opens nor closes) and the following. The entry point (server/main.ts)
 * passes none: everything it reaches is named by the configuration.
 */
export interface StartOptions extends PortsOptions {
  logger?: Logger;
  /** Signing keys for Entra tokens (tests: locally made keys shaped like Entra's JWKS). */
  entraKeys?: JWTVerifyGetKey;
}

export interface RunningServer {
  url: string;
  port: number;
  /** The bot endpoint a local chat client is given (with the install's key when anonymous). */
  botEndpoint: string;
  config: Config;
  ports: Ports;
  appPorts: AppPorts;
  logger: Logger;
  /** Runs one scheduler tick now (reminders, outbox, Outlook sync). */
  tick(): Promise<void>;
  close(): Promise<void>;
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * Builds and starts the whole app for a parsed configuration (`loadConfig`, once, at startup):
 * ports (`openPorts`: embedded SQLite or Microsoft Graph), sign-in, bot and HTTP.
 */
export async function startServer(
  config: Config,
  options: StartOptions = {},
): Promise<RunningServer> {
  const { logger: givenLogger, entraKeys, ...portsOptions } = options;
  const clock = portsOptions.clock ?? systemClock;
  const logger = givenLogger ?? createLogger(config.LOG_LEVEL);
  warnOnRuntimeTimeZone(logger, clock.now());

  const opened = await openPorts(config, { ...portsOptions, clock });
  const { ports, calendar } = opened;
  let localIssuer: LocalIssuer | undefined;
  let botKey: string | undefined;
  let verifier: TokenVerifier;
  let calendarFeed: ReturnType<typeof calendarFeedRoutes> | undefined;
  // The public URL is known once listening (PORT=0 picks a free port).
  let baseUrl = '';
  if (config.COPIL_MODE === 'embedded') {
    const dataDir = resolve(config.COPIL_DATA_DIR);
    // The example is for a newcomer's first run on this machine, never for a tenant.
    if (config.COPIL_EXAMPLE === 'auto' && (await isEmpty(ports))) {
      await loadExampleCommittee(ports);
      logger.info('empty store: loaded the fictional example committee');
    }
    localIssuer = await createLocalIssuer(dataDir);
    // The anonymous bot answers only the local chat client that knows this key.
    if (!config.BOT_ID) botKey = await loadOrCreateBotEndpointKey(dataDir);
    verifier = localIssuer.verifier;
    await retireSharedFeedKey(dataDir);
    calendarFeed = calendarFeedRoutes(ports, () => baseUrl);
  } else {
    verifier = createEntraVerifier(config, entraKeys);
  }

  // A change saved while its audit entry could not be appended is completed before serving.
  logRecovered(logger, await reconcileAudit(ports));

  // The bot is built once the port, hence the public URL for its links, is known; until
  // then (and if a notification comes before) nobody can be reached.
  const built: { bot?: Bot } = {};
  const notifier: Notifier = {
    send: async (recipient, notification) => {
      if (!built.bot) return { delivered: false, reason: 'no-conversation' };
      return built.bot.notifier.send(recipient, notification);
    },
  };
  const appPorts: AppPorts = { ...ports, calendar, notifier };

  // Work is serialised per instance; across instances the outbox's conditional writes decide.
  let running: Promise<void> = Promise.resolve();
  const serially = (work: () => Promise<unknown>) => {
    running = running.then(work).then(
      () => undefined,
      (error: unknown) => logger.error({ err: error }, 'scheduled work failed'),
    );
    return running;
  };
  const tick = () =>
    serially(async () => logRecovered(logger, (await runScheduledWork(appPorts)).audit));
  const deliverNow = () => void serially(() => deliverOutbox(appPorts));

  const app = createApp({
    config,
    ports,
    logger,
    verifier,
    ...(localIssuer ? { localIssuer } : {}),
    ...(botKey ? { botKey } : {}),
    botHandler: async (req, res) => {
      if (!built.bot) throw new Error('the bot is not ready yet');
      await built.bot.handle(req, res);
    },
    version: packageVersion(),
    appPorts,
    afterChange: deliverNow,
    ...(calendarFeed ? { calendarFeed } : {}),
  });

  const server: Server = await new Promise((resolveListen, reject) => {
    const listening = app.listen(config.PORT, config.HOST, (error?: Error) =>
      error ? reject(error) : resolveListen(listening),
    );
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = publicUrl(config, port);
  built.bot = createBot({
    ports: appPorts,
    afterChange: deliverNow,
    logger,
    config: {
      ...(config.BOT_ID ? { appId: config.BOT_ID } : {}),
      ...(config.BOT_PASSWORD ? { appPassword: config.BOT_PASSWORD } : {}),
      ...(config.BOT_TENANT_ID ? { tenantId: config.BOT_TENANT_ID } : {}),
      appType: config.BOT_TYPE,
      cloud: {
        openIdMetadataUrl: config.BOT_OPENID_METADATA_URL,
        tokenIssuer: config.BOT_TOKEN_ISSUER,
        loginUrl: config.BOT_LOGIN_URL,
        oauthScope: config.BOT_OAUTH_SCOPE,
      },
    },
    tabUrl: `${baseUrl}/members`,
  });
  logger.info({ ...describeConfig(config), port, url: baseUrl }, 'ogp-copil started');
  const timer =
    config.COPIL_TICK_SECONDS > 0
      ? setInterval(() => void tick(), config.COPIL_TICK_SECONDS * 1000)
      : undefined;
  timer?.unref();

  const url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
  return {
    url,
    port,
    botEndpoint: botKey ? botEndpointWithKey(url, botKey) : `${url}/api/messages`,
    config,
    ports,
    appPorts,
    logger,
    tick,
    close: async () => {
      if (timer) clearInterval(timer);
      await running;
      await new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      });
      opened.close();
    },
  };
}

function logRecovered(logger: Logger, reconciliation: Reconciliation): void {
  if (reconciliation.recovered > 0) {
    logger.warn(
      reconciliation,
      'audit: appended the entries of changes that were saved while the audit log could not be written',
    );
  }
}

export const DATA_DIR_FILES = (dataDir: string) => ({
  database: join(dataDir, 'copil.db'),
  files: join(dataDir, 'files'),
  keys: join(dataDir, 'keys'),
});
