import express, { type Request, type Response } from 'express';
import type { Actor } from '../../core/usecases/actor.js';
import type { AppPorts } from '../../core/usecases/meetings/app-ports.js';
import type { Outcome } from '../../core/usecases/outcome.js';
import { actorOf } from './authenticate.js';
import { sendOutcome } from './problem.js';

type OnRecord = (
  ports: AppPorts,
  actor: Actor,
  id: string,
  body: unknown,
) => Promise<Outcome<unknown>>;
type NewRecord = (ports: AppPorts, actor: Actor, body: unknown) => Promise<Outcome<unknown>>;

/**
 * Route handlers that only call a use case and render its outcome; `afterChange` runs after a
 * successful change (the server delivers the outbox then, rather than at the next tick).
 */
export function useCaseRoutes(ports: AppPorts, afterChange: () => void, bodyLimit = '256kb') {
  const param = (req: Request) => String(req.params.id ?? '');
  const render = (res: Response, outcome: Outcome<unknown>, status: number) => {
    sendOutcome(res, outcome, { status, change: true });
    if (outcome.ok) afterChange();
  };
  return {
    json: express.json({ limit: bodyLimit, strict: true, type: () => true }),
    param,
    /** A change to the record named by `:id`. */
    change:
      (useCase: OnRecord, status = 200) =>
      async (req: Request, res: Response) =>
        render(res, await useCase(ports, actorOf(req), param(req), req.body), status),
    /** A new record (201). */
    create: (useCase: NewRecord) => async (req: Request, res: Response) =>
      render(res, await useCase(ports, actorOf(req), req.body), 201),
  };
}
