import type { Ports } from '../ports/store.js';
import type { Actor } from './actor.js';
import { resolveActor } from './actor.js';

/**
 * Finds the actor for a verified identity, by its Entra object id only. A token whose object id
 * is not in the register gets no actor, whatever its e-mail, `preferred_username` or `upn`
 * claims say: those are mutable and not meant for authorization, and binding by them let
 * whoever first presented a pending member's e-mail take the seat (issue 10). The register
 * learns a person's object id at registration, from the directory (core/ports/directory.ts).
 */
export async function identify(
  ports: Pick<Ports, 'people' | 'seats'>,
  identity: { oid: string },
): Promise<Actor | undefined> {
  return resolveActor(ports, identity.oid);
}
