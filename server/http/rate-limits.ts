import type { NextFunction, Request, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Ports } from '../../core/ports/store.js';
import { uploadAllowance } from '../../core/usecases/register/documents.js';
import type { Config } from '../config.js';
import { sendProblem } from './problem.js';

/**
 * The rate limits (issue 10, item 6), with express-rate-limit's in-memory store: per instance,
 * which is enough to stop a runaway client or a script (the upload quota, below, is counted
 * from the store instead); the numbers are settings (config.ts).
 * A refusal is a 429 problem with `Retry-After` (seconds) and the draft-8 `RateLimit` headers.
 */

const TOO_MANY = {
  fr: 'Trop de demandes en peu de temps : réessayez dans un moment.',
  ar: 'طلبات كثيرة في وقت قصير: يرجى إعادة المحاولة بعد قليل.',
  en: 'Too many requests in a short time: please try again in a moment.',
};

const clientAddress = (req: Request) => ipKeyGenerator(req.socket.remoteAddress ?? 'unknown');

function limiter(
  config: Config,
  limit: number,
  name: string,
  keyGenerator: (req: Request) => string,
) {
  return rateLimit({
    windowMs: config.COPIL_RATE_WINDOW_SECONDS * 1000,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    identifier: name,
    keyGenerator,
    // `trust proxy` is off: the key is the socket's address, never a forwarded header.
    validate: { trustProxy: false, xForwardedForHeader: false },
    handler: (_req: Request, res: Response) =>
      sendProblem(res, 'too_many_requests', { message: TOO_MANY }),
  });
}

/** The bot's key: one conversation and one user (a committee voting at once is not a flood). */
function botKey(req: Request): string {
  const body = req.body as
    { conversation?: { id?: unknown }; from?: { id?: unknown; aadObjectId?: unknown } } | undefined;
  const conversation = body?.conversation?.id;
  const user = body?.from?.aadObjectId ?? body?.from?.id;
  return typeof conversation === 'string' && typeof user === 'string'
    ? `${conversation}|${user}`
    : `address:${clientAddress(req)}`;
}

export interface RateLimits {
  /** `POST /auth/local/token`, per client address. */
  signIn: (req: Request, res: Response, next: NextFunction) => void;
  /** `POST /api/documents`, per person (after authentication). */
  uploads: (req: Request, res: Response, next: NextFunction) => void;
  /**
   * Missing or bad tokens on the API, per client address (no token guessing): `authenticate`
   * calls it for refused tokens only, so one bad client behind a shared address never locks
   * out the people whose tokens are good.
   */
  badTokens: (req: Request, res: Response, next: NextFunction) => void;
  /** `POST /api/messages`, per conversation and user (after the body is parsed). */
  bot: (req: Request, res: Response, next: NextFunction) => void;
}

export function rateLimits(config: Config): RateLimits {
  return {
    signIn: limiter(config, config.COPIL_RATE_SIGN_IN, 'sign-in', clientAddress),
    uploads: limiter(config, config.COPIL_RATE_UPLOADS, 'uploads', (req) =>
      req.actor ? `person:${req.actor.personId}` : `address:${clientAddress(req)}`,
    ),
    bot: limiter(config, config.COPIL_RATE_BOT, 'bot', botKey),
    badTokens: limiter(config, config.COPIL_RATE_BAD_TOKENS, 'bad-tokens', clientAddress),
  };
}

const QUOTA_REACHED = (limitBytes: number) => {
  const mib = (limitBytes / (1024 * 1024)).toFixed(0);
  return {
    fr: `Quota de téléversement atteint : ${mib} Mio par personne et par jour. Réessayez demain ou adressez-vous au secrétariat.`,
    ar: `تم بلوغ حصة الرفع: ${mib} ميغابايت لكل شخص في اليوم. أعيدوا المحاولة غداً أو تواصلوا مع الكتابة.`,
    en: `Upload quota reached: ${mib} MiB per person per day. Try again tomorrow or contact the secretariat.`,
  };
};

/**
 * The bytes a person may upload per rolling day (COPIL_UPLOAD_QUOTA_BYTES_PER_DAY), counted
 * from the documents they stored (core/usecases/register/documents.ts `uploadAllowance`), so
 * it holds across restarts and instances. `check` refuses (429 with `Retry-After`) an upload
 * that would go over.
 */
export function uploadQuota(ports: Ports, limitBytes: number) {
  return {
    /** True when the upload may proceed; otherwise the refusal has been sent. */
    async check(res: Response, personId: string, bytes: number): Promise<boolean> {
      const allowance = await uploadAllowance(ports, personId, bytes, limitBytes);
      if (allowance.allowed) return true;
      const seconds = (Date.parse(allowance.retryAt) - Date.parse(ports.clock.now())) / 1000;
      res.set('Retry-After', String(Math.max(1, Math.ceil(seconds))));
      sendProblem(res, 'too_many_requests', {
        message: QUOTA_REACHED(limitBytes),
        details: {
          quotaBytesPerDay: limitBytes,
          usedBytes: allowance.usedBytes,
          requestedBytes: bytes,
        },
      });
      return false;
    },
  };
}
