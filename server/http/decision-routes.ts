import express, { type Request, type Response, Router } from 'express';
import type { Actor } from '../../core/usecases/actor.js';
import {
  castBallot,
  closeVote,
  createDecision,
  createRevision,
  fileRevision,
  getCommunication,
  getDecision,
  getRevision,
  getVote,
  listCommunications,
  listDecisions,
  listRevisions,
  objectToCommunication,
  openCommunicationVote,
  openRevisionVote,
  openVote,
  policyView,
  publishCommunication,
  recordConsensus,
  recordConsensusExhausted,
  submitCommunication,
  supportRevision,
  withdrawDecision,
} from '../../core/usecases/decisions/index.js';
import type { AppPorts } from '../../core/usecases/meetings/app-ports.js';
import type { Outcome } from '../../core/usecases/outcome.js';
import { actorOf } from './authenticate.js';
import { sendOutcome } from './problem.js';

type Change = (
  ports: AppPorts,
  actor: Actor,
  id: string,
  body: unknown,
) => Promise<Outcome<unknown>>;

/** Decisions and votes (R5.7, R13.2), communications (R10), manual revisions (R13). */
export function decisionRoutes(ports: AppPorts, afterChange: () => void): Router {
  const router = Router();
  const json = express.json({ limit: '256kb', strict: true, type: () => true });
  const param = (req: Request) => String(req.params.id ?? '');
  const change =
    (useCase: Change, status = 200) =>
    async (req: Request, res: Response) => {
      const outcome = await useCase(ports, actorOf(req), param(req), req.body);
      sendOutcome(res, outcome, { status, change: true });
      if (outcome.ok) afterChange();
    };
  const create =
    (useCase: (ports: AppPorts, actor: Actor, body: unknown) => Promise<Outcome<unknown>>) =>
    async (req: Request, res: Response) => {
      const outcome = await useCase(ports, actorOf(req), req.body);
      sendOutcome(res, outcome, { status: 201, change: true });
      if (outcome.ok) afterChange();
    };

  router.get('/policy', (_req, res) => {
    res.json(policyView());
  });
  router.get('/decisions', async (req, res) =>
    sendOutcome(
      res,
      await listDecisions(
        ports,
        actorOf(req),
        typeof req.query.meetingId === 'string' ? req.query.meetingId : undefined,
      ),
    ),
  );
  router.post(
    '/decisions',
    json,
    create((p, a, b) => createDecision(p, a, b)),
  );
  router.get('/decisions/:id', async (req, res) =>
    sendOutcome(res, await getDecision(ports, actorOf(req), param(req))),
  );
  router.post('/decisions/:id/consensus', json, change(recordConsensus));
  router.post('/decisions/:id/consensus-exhausted', json, change(recordConsensusExhausted));
  router.post('/decisions/:id/withdraw', json, change(withdrawDecision));
  router.post('/decisions/:id/vote', json, change(openVote));

  router.get('/votes/:id', async (req, res) =>
    sendOutcome(res, await getVote(ports, actorOf(req), param(req))),
  );
  router.post('/votes/:id/ballot', json, change(castBallot));
  router.post('/votes/:id/close', json, change(closeVote));

  router.get('/communications', async (req, res) =>
    sendOutcome(res, await listCommunications(ports, actorOf(req))),
  );
  router.post('/communications', json, create(submitCommunication));
  router.get('/communications/:id', async (req, res) =>
    sendOutcome(res, await getCommunication(ports, actorOf(req), param(req))),
  );
  router.post('/communications/:id/objections', json, change(objectToCommunication));
  router.post('/communications/:id/vote', json, change(openCommunicationVote));
  router.post('/communications/:id/publish', json, change(publishCommunication));

  router.get('/revisions', async (req, res) =>
    sendOutcome(res, await listRevisions(ports, actorOf(req))),
  );
  router.post('/revisions', json, create(createRevision));
  router.get('/revisions/:id', async (req, res) =>
    sendOutcome(res, await getRevision(ports, actorOf(req), param(req))),
  );
  router.post(
    '/revisions/:id/support',
    json,
    change((p, a, id) => supportRevision(p, a, id)),
  );
  router.post('/revisions/:id/file', json, change(fileRevision));
  router.post('/revisions/:id/vote', json, change(openRevisionVote));
  return router;
}
