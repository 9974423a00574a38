import type { SeatView } from '../../contracts/register.js';
import { ReplaceHolderRequestSchema } from '../../contracts/register.js';
import type { Seat } from '../../model/seat.js';
import type { Ports } from '../../ports/store.js';
import type { Actor } from '../actor.js';
import { canManageRegister } from '../actor.js';
import { createAudited, updateAudited } from '../audited-write.js';
import { revokeCalendarFeedsOfFormerHolders } from '../feeds/calendar-feeds.js';
import { guard, refusedByRule, success, parseCommand, type Outcome } from '../outcome.js';
import { mayReplaceHolder, SECRETARIAT_ONLY } from './seat-permissions.js';
import { isStored, loadSeatForChange } from './load-seat.js';
import { parityWarnings } from './parity-warning.js';
import { isRefusal, resolvePerson } from './people.js';
import { checkSeatRules } from './seat-rules.js';
import { loadRegister } from './snapshot.js';
import { seatView } from './views.js';

/** Replaces a seat's titular or alternate (R3.1, R4.7 checked; audited). */
export async function replaceSeatHolder(
  ports: Ports,
  actor: Actor,
  seatId: string,
  body: unknown,
): Promise<Outcome<SeatView>> {
  const command = parseCommand(seatId, body, ReplaceHolderRequestSchema, {
    allowed: canManageRegister(actor),
    denial: SECRETARIAT_ONLY,
  });
  if (!command.ok) return command;
  const { id, parsed } = command;
  const input = parsed.data;

  return guard(async () => {
    const stored = await loadSeatForChange(ports, id.data, input.version);
    if (!isStored(stored)) return stored;
    const permission = mayReplaceHolder(actor, stored.value);
    if (!permission.allowed) return permission.refusal;
    const person = await resolvePerson(ports, input.person, 'person');
    if (isRefusal(person)) return person;

    const field = input.role === 'titular' ? 'titularId' : 'alternateId';
    const next: Seat = { ...stored.value, [field]: person.person.id };
    const snapshot = await loadRegister(ports);
    const others = snapshot.seats.map((s) => s.value).filter((s) => s.id !== next.id);
    const verdict = await checkSeatRules(ports, next, others);
    if (!verdict.ok) return refusedByRule(verdict);

    const at = ports.clock.now();
    if (person.isNew) {
      await createAudited(ports, 'people', { actor, action: 'PersonAdded', at }, person.person);
      snapshot.people.set(person.person.id, person.person);
    }
    const change = { actor, action: 'SeatHolderReplaced', at };
    const saved = await updateAudited(ports, 'seats', change, next, stored);
    // The replaced holder no longer reads the committee's calendar, unless another seat or
    // role still entitles them to it.
    const replaced = stored.value[field];
    if (replaced && replaced !== person.person.id) {
      await revokeCalendarFeedsOfFormerHolders(ports, { actor, at }, [replaced], 'replaced');
    }
    const index = snapshot.seats.findIndex((s) => s.value.id === next.id);
    snapshot.seats[index] = saved;
    return success(seatView(saved, snapshot, actor, at), parityWarnings([...others, next]));
  });
}
