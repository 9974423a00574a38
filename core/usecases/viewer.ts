import type { Viewer } from '../rules/visibility.js';
import type { Actor } from './actor.js';

/**
 * The actor as the visibility rule sees them (core/rules/visibility.ts). The e-mail, when the
 * caller has the register at hand, is how an external participant is known on a meeting (R5.4).
 */
export function viewerOf(actor: Actor, email?: string): Viewer {
  return { roles: actor.roles, personId: actor.personId, ...(email ? { email } : {}) };
}
