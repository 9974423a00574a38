import { canSeeContactDetails, type Viewer } from '../rules/visibility.js';
import type { Actor } from './actor.js';

/**
 * The actor as the visibility rule sees them (core/rules/visibility.ts). The e-mail, when the
 * caller has the register at hand, is how an external participant is known on a meeting (R5.4).
 */
export function viewerOf(actor: Actor, email?: string): Viewer {
  return { roles: actor.roles, personId: actor.personId, ...(email ? { email } : {}) };
}

const isPersonView = (
  value: Record<string, unknown>,
): value is { id: string; displayName: string; email?: string; guest: boolean } =>
  typeof value.id === 'string' &&
  typeof value.displayName === 'string' &&
  typeof value.guest === 'boolean' &&
  'email' in value;

/**
 * A view with every person's e-mail left out where the viewer may not see it (law 09-08;
 * `canSeeContactDetails`): observers, scorers and externals get names (and, in the views that
 * carry them, organisations) only. Applied by the read use cases to the views they return, so
 * every person in a view — holders, roster, proposers, voters — goes through the one rule.
 */
export function redactContacts<T>(value: T, viewer: Viewer): T {
  if (Array.isArray(value)) return value.map((v: unknown) => redactContacts(v, viewer)) as T;
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (Object.getPrototypeOf(record) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(record)) out[key] = redactContacts(v, viewer);
  if (isPersonView(record) && !canSeeContactDetails(viewer, record)) delete out.email;
  return out as T;
}
