import type { Ports } from '../ports/store.js';
import type { Actor } from './actor.js';
import { actorFor, resolveActor } from './actor.js';
import { updateAudited } from './audited-write.js';
import { UNBOUND_PREFIX } from './register/people.js';

/**
 * Finds the actor for a verified identity. A person registered by e-mail before their first
 * sign-in has no Entra object id yet: the first token whose verified username matches that
 * e-mail binds the object id to the person (audited). Identity always comes from the token.
 */
export async function identify(
  ports: Ports,
  identity: { oid: string; username?: string | undefined },
): Promise<Actor | undefined> {
  const known = await resolveActor(ports, identity.oid);
  if (known || !identity.username) return known;
  const [candidate] = await ports.people.findBy('email', identity.username.toLowerCase());
  if (!candidate || !candidate.value.aadObjectId.startsWith(UNBOUND_PREFIX)) return undefined;
  const bound = { ...candidate.value, aadObjectId: identity.oid };
  const change = { actor: { personId: bound.id }, action: 'IdentityBound', at: ports.clock.now() };
  await updateAudited(ports, 'people', change, bound, candidate);
  return actorFor(ports, bound);
}
