import type { Ports } from '../ports/store.js';
import type { Actor } from './actor.js';

/** Appends who did what to which record, with the state before and after (RULES.md "Audit"). */
export async function audit(
  ports: Pick<Ports, 'auditLog' | 'clock'>,
  actor: Actor | { personId: string },
  action: string,
  subject: { type: string; id: string },
  before: unknown,
  after: unknown,
  at: string = ports.clock.now(),
): Promise<void> {
  await ports.auditLog.append({
    at,
    actorId: actor.personId,
    action,
    subject,
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  });
}
