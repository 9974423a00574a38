import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { AppPorts } from '../core/usecases/meetings/app-ports.js';
import { meetingRoutes } from './http/meeting-routes.js';
import { decisionRoutes } from './http/decision-routes.js';
import { publicRoutes } from './http/public-routes.js';
import type { Ports } from '../core/ports/store.js';
import type { LocalIssuer } from './auth/local-issuer.js';
import { LOCAL_CLIENT_ID } from './auth/local-issuer.js';
import type { TokenVerifier } from './auth/token-verifier.js';
import type { Config } from './config.js';
import { apiRoutes } from './http/api-routes.js';
import { authenticate } from './http/authenticate.js';
import { localSignInRoutes } from './http/local-sign-in.js';
import { sendProblem } from './http/problem.js';
import { securityHeaders, staticTab } from './http/static-tab.js';
import { hostGuard, jsonOnly, noStore, originGuard } from './http/request-guards.js';
import type { ClientConfig, Health } from './http/health.js';
import { openApiDocument, openApiOptionsFor } from './http/openapi/document.js';
import { rateLimits, uploadQuota } from './http/rate-limits.js';
import { BOT_KEY_PARAMETER, botKeyMatches } from './auth/bot-endpoint-key.js';
import type { Logger } from './logger.js';

export interface AppDependencies {
  config: Config;
  ports: Ports;
  logger: Logger;
  verifier: TokenVerifier;
  /** Embedded mode only. */
  localIssuer?: LocalIssuer;
  /** The ports of the meetings workflow (storage + calendar + notifier). */
  appPorts: AppPorts;
  /** Runs after a successful change (delivers the outbox without waiting for the tick). */
  afterChange: () => void;
  /** Embedded mode: the ICS feed of the meetings and its URL for members. */
  calendarFeed?: { publicRouter: Router; apiRouter: Router };
  /** The bot endpoint handler (`bot/`), mounted at POST /api/messages. */
  botHandler: (req: Request, res: Response) => Promise<void>;
  /**
   * Embedded mode without an Azure Bot: the per-install secret the local chat client sends in
   * the endpoint's query string (server/auth/bot-endpoint-key.ts).
   */
  botKey?: string;
  version: string;
}

/** The one route whose body is not JSON: a document's bytes, with the file's content type. */
const DOCUMENT_UPLOAD_PATH = '/api/documents';

const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** The HTTP application: health, tab API, bot endpoint, sign-in (embedded) and the tab. */
export function createApp(deps: AppDependencies) {
  const { config, ports, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);

  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      logger.info(
        {
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });
    next();
  });
  // Issue 10: no DNS rebinding, no cross-site change, every answer with its policy.
  app.use(hostGuard(config));
  app.use(securityHeaders);
  app.use(originGuard(config));
  app.use(jsonOnly([DOCUMENT_UPLOAD_PATH]));
  app.use(['/api', '/auth', '/calendar.ics', '/calendar'], noStore);
  const limits = rateLimits(config);

  app.get('/healthz', (_req, res) => {
    const health: Health = { status: 'ok', mode: config.COPIL_MODE, version: deps.version };
    res.json(health);
  });

  app.get('/api/config', (_req, res) => {
    const clientConfig: ClientConfig = {
      mode: config.COPIL_MODE,
      signIn: deps.localIssuer ? 'local' : 'teams',
      aadClientId: config.COPIL_MODE === 'm365' ? config.AAD_APP_CLIENT_ID : LOCAL_CLIENT_ID,
      version: deps.version,
    };
    res.json(clientConfig);
  });

  // The API's description (server/http/openapi/): what this server mounts, no sign-in needed.
  const openApi = openApiOptionsFor(
    config,
    { localSignIn: Boolean(deps.localIssuer), calendarFeed: Boolean(deps.calendarFeed) },
    deps.version,
  );
  let openApiJson: string | undefined;
  app.get('/api/openapi.json', (_req, res) => {
    openApiJson ??= JSON.stringify(openApiDocument(openApi));
    res.type('application/json').send(openApiJson);
  });

  // The Playground checks the endpoint with a HEAD before connecting.
  app.head('/api/messages', (_req, res) => {
    res.status(200).end();
  });

  // The Bot Framework channel. Without an app id the bot is anonymous: only the Playground on
  // this machine may talk to it (ARCHITECTURE.md "Modes").
  // With an app id, botbuilder requires the channel's JWT (Microsoft 365 mode always has one).
  app.post(
    '/api/messages',
    (req, res, next) => {
      if (config.BOT_ID) return next();
      if (!LOOPBACK_ADDRESSES.has(req.socket.remoteAddress ?? '')) {
        return sendProblem(res, 'forbidden', {
          detail: 'anonymous bot traffic is accepted from this machine only; configure BOT_ID',
        });
      }
      // A web page on this machine can reach loopback too, but cannot know the install's key.
      if (!deps.botKey || !botKeyMatches(req.query[BOT_KEY_PARAMETER], deps.botKey)) {
        return sendProblem(res, 'unauthenticated', {
          detail: `the local bot endpoint needs its key: start the chat client with npm run playground`,
        });
      }
      next();
    },
    express.json({ limit: '1mb' }),
    limits.bot,
    async (req, res) => {
      await deps.botHandler(req, res);
    },
  );

  if (deps.localIssuer) {
    app.post('/auth/local/token', limits.signIn);
    app.use('/auth/local', localSignInRoutes(ports, deps.localIssuer));
  }

  app.use('/public', publicRoutes(ports));
  if (deps.calendarFeed) app.use(deps.calendarFeed.publicRouter);

  const signedIn = authenticate(ports, deps.verifier, logger, limits.badTokens);
  app.use(
    '/api',
    signedIn,
    apiRoutes(ports, {
      uploadLimit: limits.uploads,
      uploadQuota: uploadQuota(ports, config.COPIL_UPLOAD_QUOTA_BYTES_PER_DAY),
    }),
  );
  app.use('/api', signedIn, meetingRoutes(deps.appPorts, deps.afterChange));
  app.use('/api', signedIn, decisionRoutes(deps.appPorts, deps.afterChange));
  if (deps.calendarFeed) app.use('/api', signedIn, deps.calendarFeed.apiRouter);
  app.use('/api', (_req, res) => sendProblem(res, 'not_found', { detail: 'no such API route' }));

  app.use(staticTab(config.COPIL_TAB_DIR));

  app.use((_req: Request, res: Response) => {
    res.status(404).type('text/plain').send('Not found');
  });

  // Malformed JSON, bodies over the limit, and anything unexpected: a problem, never a stack.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: number }).status;
    const type = (error as { type?: string }).type;
    if (status === 400 && type === 'entity.parse.failed') {
      return sendProblem(res, 'invalid', { detail: 'the body is not valid JSON' });
    }
    if (status === 413) {
      return sendProblem(res, 'invalid', { detail: 'the body is too large' });
    }
    if (status && status >= 400 && status < 500) {
      return sendProblem(res, 'invalid', { detail: (error as Error).message });
    }
    logger.error({ err: error, path: req.path }, 'unhandled error');
    if (res.headersSent) return;
    sendProblem(res, 'internal', { detail: 'an internal error occurred; it has been logged' });
  });

  return app;
}
