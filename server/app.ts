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
  version: string;
}

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
  app.use(securityHeaders);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', mode: config.COPIL_MODE, version: deps.version });
  });

  app.get('/api/config', (_req, res) => {
    res.json({
      mode: config.COPIL_MODE,
      signIn: deps.localIssuer ? 'local' : 'teams',
      aadClientId: config.COPIL_MODE === 'm365' ? config.AAD_APP_CLIENT_ID : LOCAL_CLIENT_ID,
      version: deps.version,
    });
  });

  // The Playground checks the endpoint with a HEAD before connecting.
  app.head('/api/messages', (_req, res) => {
    res.status(200).end();
  });

  // The Bot Framework channel. Without an app id the bot is anonymous: only the Playground on
  // this machine may talk to it (ARCHITECTURE.md "Modes").
  app.post('/api/messages', express.json({ limit: '1mb', type: () => true }), async (req, res) => {
    if (!config.BOT_ID && !LOOPBACK_ADDRESSES.has(req.socket.remoteAddress ?? '')) {
      return sendProblem(res, 'forbidden', {
        detail: 'anonymous bot traffic is accepted from this machine only; configure BOT_ID',
      });
    }
    await deps.botHandler(req, res);
  });

  if (deps.localIssuer) app.use('/auth/local', localSignInRoutes(ports, deps.localIssuer));

  app.use('/public', publicRoutes(ports));
  if (deps.calendarFeed) app.use(deps.calendarFeed.publicRouter);

  const signedIn = authenticate(ports, deps.verifier, logger);
  app.use('/api', signedIn, apiRoutes(ports));
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
