import express, { Router } from 'express';
import { z } from 'zod';
import type { Ports } from '../../core/ports/store.js';
import { RoleSchema } from '../../core/contracts/register.js';
import { CollegeSchema, IdSchema } from '../../core/model/common.js';
import { actorFor } from '../../core/usecases/actor.js';
import type { LocalIssuer } from '../auth/local-issuer.js';
import { sendProblem } from './problem.js';

export const TokenRequestSchema = z.object({ personId: z.string().min(1).max(128) }).strict();

/** One person the sign-in page offers (`GET /auth/local/people`). */
export const SignInPersonSchema = z.object({
  id: IdSchema,
  displayName: z.string(),
  roles: z.array(RoleSchema),
  /** The college of the person's active seat, if they hold one. */
  college: CollegeSchema.optional(),
  /** True for the fictional example committee's people. */
  example: z.boolean(),
});
export type SignInPerson = z.infer<typeof SignInPersonSchema>;

/** A token from the local issuer (`POST /auth/local/token`), shaped like an Entra ID v2 token. */
export const LocalTokenSchema = z.object({
  accessToken: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});

/** The local issuer's public keys (RFC 7517 JWK Set), to verify its tokens. */
export const JwkSetSchema = z.object({
  keys: z.array(z.looseObject({ kty: z.string(), kid: z.string().optional() })),
});

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
      people.map(async ({ value: person }): Promise<SignInPerson> => {
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
