import type { NextFunction, Request, Response } from 'express';
import type { Ports } from '../../core/ports/store.js';
import type { Actor } from '../../core/usecases/actor.js';
import { identify } from '../../core/usecases/identity.js';
import { TokenRejected, type TokenVerifier } from '../auth/token-verifier.js';
import type { Logger } from '../logger.js';
import { sendProblem } from './problem.js';

declare module 'express-serve-static-core' {
  interface Request {
    actor?: Actor;
  }
}

const NOT_REGISTERED = {
  fr: 'Vous êtes authentifié, mais vous ne figurez pas dans le registre du comité. Adressez-vous au secrétariat.',
  ar: 'تمت المصادقة عليكم، لكنكم غير مسجلين في سجل اللجنة. يرجى التواصل مع الكتابة.',
  en: 'You are signed in but not in the committee register. Please contact the secretariat.',
};

const SIGN_IN = {
  fr: 'Connexion requise ou expirée : reconnectez-vous.',
  ar: 'يلزم تسجيل الدخول أو انتهت صلاحيته: أعيدوا تسجيل الدخول.',
  en: 'Sign-in required or expired: please sign in again.',
};

/**
 * Verifies the bearer token and resolves the actor from the store. Identity and roles come
 * from the token and the register only — never from the request body.
 */
export function authenticate(
  ports: Ports,
  verify: TokenVerifier,
  logger: Logger,
  /**
   * Counts a refused token (server/http/rate-limits.ts): calls `next` to answer 401, or answers
   * 429 itself once the client has presented too many. Requests with a good token never count.
   */
  limitRejected?: (req: Request, res: Response, next: NextFunction) => void,
) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const header = req.get('authorization') ?? '';
    const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
    try {
      const identity = await verify(token);
      const actor = await identify(ports, identity);
      if (!actor) return sendProblem(res, 'forbidden', { message: NOT_REGISTERED });
      req.actor = actor;
      next();
    } catch (error) {
      if (error instanceof TokenRejected) {
        logger.info({ reason: error.reason }, 'access token rejected');
        const refuse = () =>
          sendProblem(res, 'unauthenticated', { message: SIGN_IN, detail: error.message });
        return limitRejected ? limitRejected(req, res, refuse) : refuse();
      }
      next(error);
    }
  };
}

/** The actor of an authenticated request (set by `authenticate`). */
export function actorOf(req: Request): Actor {
  if (!req.actor) throw new Error('authenticate() must run before this route');
  return req.actor;
}
