import express, { type NextFunction, type Request, type Response, Router } from 'express';
import type { Ports } from '../../core/ports/store.js';
import {
  addSeat,
  confirmCessation,
  dismissCessation,
  downloadDocument,
  getComposition,
  getMe,
  setMyLanguage,
  listOrganisations,
  listPeople,
  lookUpDirectory,
  proposeCessation,
  recordDesignationLetter,
  replaceSeatHolder,
  uploadDocument,
  withdrawPendingSeat,
} from '../../core/usecases/register/index.js';
import { DOCUMENT_MAX_BYTES } from '../../core/usecases/register/documents.js';
import { actorOf } from './authenticate.js';
import { sendOutcome } from './problem.js';
import type { uploadQuota } from './rate-limits.js';

const param = (req: Request, name: string) => String(req.params[name] ?? '');

export interface ApiLimits {
  /** Uploads per person per window (server/http/rate-limits.ts). */
  uploadLimit?: (req: Request, res: Response, next: NextFunction) => void;
  /** Bytes per person per day. */
  uploadQuota?: ReturnType<typeof uploadQuota>;
}

/**
 * The tab's JSON API. Each route is one use case call: the use case parses, authorizes,
 * checks the manual's rules, saves and audits; the route only renders its outcome.
 */
export function apiRoutes(ports: Ports, limits: ApiLimits = {}): Router {
  const router = Router();
  const json = express.json({ limit: '256kb', strict: true, type: () => true });

  router.get('/me', async (req, res) => sendOutcome(res, await getMe(ports, actorOf(req))));
  // Issue 3/8 item 2: the person's language, for everything the app sends them.
  router.put('/me/language', json, async (req, res) =>
    sendOutcome(res, await setMyLanguage(ports, actorOf(req), req.body)),
  );
  router.get('/composition', async (req, res) =>
    sendOutcome(res, await getComposition(ports, actorOf(req))),
  );
  router.get('/organisations', async (req, res) =>
    sendOutcome(res, await listOrganisations(ports, actorOf(req))),
  );
  router.get('/people', async (req, res) =>
    sendOutcome(res, await listPeople(ports, actorOf(req))),
  );
  router.get('/directory', async (req, res) =>
    sendOutcome(res, await lookUpDirectory(ports, actorOf(req), { ...req.query })),
  );

  router.post('/seats', json, async (req, res) =>
    sendOutcome(res, await addSeat(ports, actorOf(req), req.body), { status: 201, change: true }),
  );
  const seatChange =
    (
      useCase: (
        ports: Ports,
        actor: ReturnType<typeof actorOf>,
        id: string,
        body: unknown,
      ) => Promise<Parameters<typeof sendOutcome>[1]>,
    ) =>
    async (req: Request, res: Response) =>
      sendOutcome(res, await useCase(ports, actorOf(req), param(req, 'id'), req.body), {
        change: true,
      });
  router.post('/seats/:id/holders', json, seatChange(replaceSeatHolder));
  router.post('/seats/:id/designation-letter', json, seatChange(recordDesignationLetter));
  router.post('/seats/:id/cessation', json, seatChange(proposeCessation));
  router.post('/seats/:id/cessation/confirm', json, seatChange(confirmCessation));
  router.post('/seats/:id/cessation/dismiss', json, seatChange(dismissCessation));
  // R3.2: a seat still pending for parity can be withdrawn (an active one ends by cessation).
  router.post('/seats/:id/withdraw', json, seatChange(withdrawPendingSeat));

  const noLimit = (_req: Request, _res: Response, next: NextFunction) => next();
  router.post(
    '/documents',
    limits.uploadLimit ?? noLimit,
    express.raw({ type: () => true, limit: DOCUMENT_MAX_BYTES }),
    async (req, res) => {
      const body: unknown = req.body;
      const bytes = body instanceof Buffer ? new Uint8Array(body) : new Uint8Array();
      const actor = actorOf(req);
      if (
        limits.uploadQuota &&
        !(await limits.uploadQuota.check(res, actor.personId, bytes.length))
      ) {
        return;
      }
      const outcome = await uploadDocument(ports, actor, {
        name: String(req.query.name ?? ''),
        purpose: String(req.query.purpose ?? ''),
        contentType: (req.get('content-type') ?? '').split(';')[0]?.trim() ?? '',
        bytes,
      });
      sendOutcome(res, outcome, { status: 201 });
    },
  );
  router.get('/documents/:id', async (req, res) => {
    const outcome = await downloadDocument(ports, actorOf(req), param(req, 'id'));
    if (!outcome.ok) return sendOutcome(res, outcome);
    const { ref, bytes } = outcome.value;
    res
      .status(200)
      .type(ref.contentType)
      .set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(ref.name)}`)
      .set('X-Content-SHA256', ref.sha256)
      .send(Buffer.from(bytes));
  });
  return router;
}
