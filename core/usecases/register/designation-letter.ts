import type { SeatView } from '../../contracts/register.js';
import { DesignationLetterRequestSchema } from '../../contracts/register.js';
import type { Seat } from '../../model/seat.js';
import type { Ports } from '../../ports/store.js';
import type { Actor } from '../actor.js';
import { canManageRegister } from '../actor.js';
import { updateAudited } from '../audited-write.js';
import { guard, success, type Outcome, parseCommand } from '../outcome.js';
import { mayRecordLetter, SECRETARIAT_ONLY } from './seat-permissions.js';
import { checkDocument } from './documents.js';
import { isStored, loadSeatForChange } from './load-seat.js';
import { loadRegister } from './snapshot.js';
import { seatView } from './views.js';

/** R4.1: records the official letter by which a public body designated its representatives. */
export async function recordDesignationLetter(
  ports: Ports,
  actor: Actor,
  seatId: string,
  body: unknown,
): Promise<Outcome<SeatView>> {
  const command = parseCommand(seatId, body, DesignationLetterRequestSchema, {
    allowed: canManageRegister(actor),
    denial: SECRETARIAT_ONLY,
  });
  if (!command.ok) return command;
  const { id, parsed } = command;
  const input = parsed.data;

  return guard(async () => {
    const stored = await loadSeatForChange(ports, id.data, input.version);
    if (!isStored(stored)) return stored;
    const permission = mayRecordLetter(actor, stored.value);
    if (!permission.allowed) return permission.refusal;
    const missing = await checkDocument(ports, input.documentId, 'designation-letter');
    if (missing) return missing;
    const next: Seat = { ...stored.value, designationLetterId: input.documentId };
    const change = { actor, action: 'DesignationLetterRecorded', at: ports.clock.now() };
    const saved = await updateAudited(ports, 'seats', change, next, stored);
    const snapshot = await loadRegister(ports);
    return success(seatView(saved, snapshot, actor, change.at));
  });
}
