import { Router } from 'express';
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
import { actorOf } from './authenticate.js';
import { sendOutcome } from './problem.js';
import { useCaseRoutes } from './use-case-routes.js';

/** Decisions and votes (R5.7, R13.2), communications (R10), manual revisions (R13). */
export function decisionRoutes(ports: AppPorts, afterChange: () => void): Router {
  const router = Router();
  const { json, param, change, create } = useCaseRoutes(ports, afterChange, '256kb');

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
