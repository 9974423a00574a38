import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import { createBot, type Bot } from '../bot/index.js';
import type { Ports } from '../core/ports/store.js';
import { openEmbeddedPorts } from '../embedded/index.js';
import { createApp } from './app.js';
import { createEntraVerifier } from './auth/entra.js';
import { createLocalIssuer, type LocalIssuer } from './auth/local-issuer.js';
import type { TokenVerifier } from './auth/token-verifier.js';
import type { JWTVerifyGetKey } from 'jose';
import { createGraphClient, openGraphPorts } from '../graph/index.js';
import { graphAuthProvider } from '../graph/credentials.js';
import type { AuthenticationProvider, Middleware } from '../graph/client.js';
import {
  ConfigSchema,
  describeConfig,
  graphCredentialSettings,
  publicUrl,
  type Config,
} from './config.js';
import { isEmpty, loadExampleCommittee } from './example-committee.js';
import { createLogger, type Logger } from './logger.js';
import { randomIds, systemClock } from './system.js';

/** What tests (and only tests) may inject besides the configuration. */
export interface StartOptions {
  logger?: Logger;
  /** The Graph client's last middleware (tests: the loopback Graph fake). */
  graphTransport?: Middleware;
  /** Graph authentication (tests: a fixed token, so nothing asks Entra ID for one). */
  graphAuth?: AuthenticationProvider;
  /** Signing keys for Entra tokens (tests: locally made keys shaped like Entra's JWKS). */
  entraKeys?: JWTVerifyGetKey;
}

export interface RunningServer {
  url: string;
  port: number;
  config: Config;
  ports: Ports;
  logger: Logger;
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
 * Builds and starts the whole app for a configuration: ports (embedded SQLite or Microsoft
 * Graph), sign-in, bot and HTTP. Tests call it with overrides (`{ COPIL_DATA_DIR, PORT: 0 }`).
 */
export async function startServer(
  overrides: Partial<Config> & StartOptions = {},
): Promise<RunningServer> {
  const { logger: givenLogger, graphTransport, graphAuth, entraKeys, ...settings } = overrides;
  const config = ConfigSchema.parse({ ...settings });
  const logger = givenLogger ?? createLogger(config.LOG_LEVEL);
  const dataDir = resolve(config.COPIL_DATA_DIR);

  let ports: Ports;
  let closePorts = () => {};
  let localIssuer: LocalIssuer | undefined;
  let verifier: TokenVerifier;
  if (config.COPIL_MODE === 'embedded') {
    const embedded = openEmbeddedPorts({ dataDir, clock: systemClock, ids: randomIds });
    ports = embedded;
    closePorts = () => embedded.close();
    // The example is for a newcomer's first run on this machine, never for a tenant.
    if (config.COPIL_EXAMPLE === 'auto' && (await isEmpty(ports))) {
      await loadExampleCommittee(ports);
      logger.info('empty store: loaded the fictional example committee');
    }
    localIssuer = await createLocalIssuer(dataDir);
    verifier = localIssuer.verifier;
  } else {
    const client = createGraphClient({
      authProvider: graphAuth ?? graphAuthProvider(graphCredentialSettings(config)),
      ...(graphTransport ? { transport: graphTransport } : {}),
    });
    ports = await openGraphPorts({
      client,
      siteUrl: config.GRAPH_SITE_URL as string,
      clock: systemClock,
      ids: randomIds,
    });
    verifier = createEntraVerifier(config, entraKeys);
  }

  // The bot is built once the port, hence the public URL for its links, is known.
  const built: { bot?: Bot } = {};
  const app = createApp({
    config,
    ports,
    logger,
    verifier,
    ...(localIssuer ? { localIssuer } : {}),
    botHandler: async (req, res) => {
      if (!built.bot) throw new Error('the bot is not ready yet');
      await built.bot.handle(req, res);
    },
    version: packageVersion(),
  });

  const server: Server = await new Promise((resolveListen, reject) => {
    const listening = app.listen(config.PORT, config.HOST, (error?: Error) =>
      error ? reject(error) : resolveListen(listening),
    );
  });
  const port = (server.address() as AddressInfo).port;
  const baseUrl = publicUrl(config, port);
  built.bot = createBot({
    ports,
    logger,
    config: {
      ...(config.BOT_ID ? { appId: config.BOT_ID } : {}),
      ...(config.BOT_PASSWORD ? { appPassword: config.BOT_PASSWORD } : {}),
      ...(config.BOT_TENANT_ID ? { tenantId: config.BOT_TENANT_ID } : {}),
      appType: config.BOT_TYPE,
    },
    tabUrl: `${baseUrl}/members`,
  });
  logger.info({ ...describeConfig(config), port, url: baseUrl }, 'ogp-copil started');

  return {
    url: `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`,
    port,
    config,
    ports,
    logger,
    close: async () => {
      await new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      });
      closePorts();
    },
  };
}

export const DATA_DIR_FILES = (dataDir: string) => ({
  database: join(dataDir, 'copil.db'),
  files: join(dataDir, 'files'),
  keys: join(dataDir, 'keys'),
});
