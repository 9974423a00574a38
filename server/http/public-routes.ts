import { Router } from 'express';
import type { Ports } from '../../core/ports/store.js';
import { publicDocument, publicMeetings } from '../../core/usecases/meetings/index.js';

/**
 * What the public reads (R5.6, R2.1): exactly the published meetings — agenda, participant
 * list, minutes — for the national portal to take up. No sign-in.
 */
export function publicRoutes(ports: Ports): Router {
  const router = Router();
  router.get('/meetings', async (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json(await publicMeetings(ports));
  });
  router.get('/documents/:id', async (req, res) => {
    const found = await publicDocument(ports, String(req.params.id));
    if (!found) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    res
      .status(200)
      .type(found.ref.contentType)
      .set('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(found.ref.name)}`)
      .set('X-Content-SHA256', found.ref.sha256)
      .send(Buffer.from(found.bytes));
  });
  return router;
}
