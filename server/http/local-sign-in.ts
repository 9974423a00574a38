import express, { Router } from 'express';
import { z } from 'zod';
import type { Ports } from '../../core/ports/store.js';
import { actorFor } from '../../core/usecases/actor.js';
import type { LocalIssuer } from '../auth/local-issuer.js';
import { sendProblem } from './problem.js';

const TokenRequestSchema = z.object({ personId: z.string().min(1).max(128) }).strict();

/**
 * Embedded mode's sign-in (no tenant): the page lists the committee's people; choosing one
 * gets a token from the local issuer. Mounted only in embedded mode, which binds loopback only.
 */
export function localSignInRoutes(ports: Ports, issuer: LocalIssuer): Router {
  const router = Router();

  router.get('/people', async (_req, res) => {
    const [people, seats] = await Promise.all([ports.people.list(), ports.seats.list()]);
    const activeSeats = seats.filter((s) => s.value.status === 'active').map((s) => s.value);
    const list = await Promise.all(
      people.map(async ({ value: person }) => {
        const actor = await actorFor(ports, person);
        const seat = activeSeats.find(
          (s) => s.titularId === person.id || s.alternateId === person.id,
        );
        return {
          id: person.id,
          displayName: person.displayName,
          roles: actor.roles,
          ...(seat ? { college: seat.college } : {}),
          example: person.example,
        };
      }),
    );
    res.json(list.sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr')));
  });

  router.post('/token', express.json({ limit: '4kb', type: () => true }), async (req, res) => {
    const parsed = TokenRequestSchema.safeParse(req.body);
    if (!parsed.success) {
      return sendProblem(res, 'invalid', {
        detail: 'expected { personId }',
        issues: parsed.error.issues.map((i) => ({
          path: i.path.join('.') || '(body)',
          message: i.message,
        })),
      });
    }
    const stored = await ports.people.get(parsed.data.personId);
    if (!stored) {
      return sendProblem(res, 'not_found', {
        message: {
          fr: "Cette personne n'est pas dans le registre.",
          ar: 'هذا الشخص غير مسجل.',
          en: 'This person is not in the register.',
        },
      });
    }
    const person = stored.value;
    res.json(
      await issuer.issue({
        oid: person.aadObjectId,
        name: person.displayName,
        username: person.email,
        guest: person.guest,
      }),
    );
  });

  router.get('/keys', (_req, res) => res.json(issuer.jwks));
  return router;
}
