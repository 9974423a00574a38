import type { SeatView } from '../../contracts/register.js';
import { AddSeatRequestSchema } from '../../contracts/register.js';
import type { Seat } from '../../model/seat.js';
import type { Ports } from '../../ports/store.js';
import type { Actor } from '../actor.js';
import { canManageRegister } from '../actor.js';
import { createAudited } from '../audited-write.js';
import {
  forbidden,
  guard,
  invalid,
  invalidField,
  refusedByRule,
  success,
  type Outcome,
} from '../outcome.js';
import { checkDocument } from './documents.js';
import { parityWarnings } from './parity-warning.js';
import { activatePendingSeats, parityMembers } from './parity.js';
import { planParity } from '../../rules/r3-2-parity.js';
import { isRefusal, resolveOrganisation, resolvePerson } from './people.js';
import { checkSeatRules } from './seat-rules.js';
import { loadRegister } from './snapshot.js';
import { seatView } from './views.js';
import { SECRETARIAT_ONLY } from './seat-permissions.js';

export { SECRETARIAT_ONLY };

/**
 * Adds a seat — an organisation's mandate with its titular and alternate — to the register.
 * parse → authorize (secretariat, R6) → rules (R3.1, R3.3, R4.1 letter, R4.7) → save → audit.
 * R3.2: a seat that would break parity is saved `pending` (not active, not invited, not
 * counted); a seat that lets the register balance is saved active together with the oldest
 * pending seats of the other college, each activation audited (`ParityRestored`). An
 * imbalance left by a cessation is still reported as a warning.
 */
export async function addSeat(
  ports: Ports,
  actor: Actor,
  body: unknown,
): Promise<Outcome<SeatView>> {
  const parsed = AddSeatRequestSchema.safeParse(body);
  if (!parsed.success) return invalid(parsed.error);
  if (!canManageRegister(actor)) return forbidden(SECRETARIAT_ONLY);
  const input = parsed.data;

  return guard(async () => {
    const organisation = await resolveOrganisation(ports, input.organisation, input.college);
    if (isRefusal(organisation)) return organisation;
    const titular = await resolvePerson(ports, input.titular, 'titular');
    if (isRefusal(titular)) return titular;
    const alternate = await resolvePerson(ports, input.alternate, 'alternate');
    if (isRefusal(alternate)) return alternate;
    if (titular.isNew && alternate.isNew && titular.person.email === alternate.person.email) {
      return invalidField('alternate.email', {
        fr: 'Le titulaire et le suppléant ont la même adresse.',
        ar: 'للعضو الرسمي والمناوب العنوان نفسه.',
        en: 'The titular and the alternate have the same address.',
      });
    }
    if (input.designationLetterId) {
      const letter = await checkDocument(ports, input.designationLetterId, 'designation-letter');
      if (letter) return letter;
    }

    const at = ports.clock.now();
    const draft: Seat = {
      id: ports.ids.newId(),
      college: input.college,
      organisationId: organisation.organisation.id,
      titularId: titular.person.id,
      alternateId: alternate.person.id,
      mandateStart: input.mandateStart,
      mandateEnd: input.mandateEnd,
      status: 'pending',
      pendingSince: at,
      ...(input.designationLetterId ? { designationLetterId: input.designationLetterId } : {}),
    };
    const snapshot = await loadRegister(ports);
    const others = snapshot.seats.map((s) => s.value);
    const verdict = await checkSeatRules(ports, draft, others);
    if (!verdict.ok) return refusedByRule(verdict);
    // R3.2: the seat is active only if the register can balance with it (with the oldest
    // pending seats of the other college, activated below in this same use case); otherwise
    // it is saved pending: not invited, not counted, shown with its reason.
    const { pendingSince: _since, ...activeSeat } = draft;
    const seat: Seat = planParity(parityMembers([...others, draft])).activate.includes(draft.id)
      ? { ...activeSeat, status: 'active' }
      : draft;

    if (organisation.isNew) {
      const change = { actor, action: 'OrganisationAdded', at };
      await createAudited(ports, 'organisations', change, organisation.organisation);
      snapshot.organisations.set(organisation.organisation.id, organisation.organisation);
    }
    for (const resolved of [titular, alternate]) {
      if (!resolved.isNew) continue;
      await createAudited(ports, 'people', { actor, action: 'PersonAdded', at }, resolved.person);
      snapshot.people.set(resolved.person.id, resolved.person);
    }
    await createAudited(ports, 'seats', { actor, action: 'SeatAdded', at }, seat);
    // Settled on the register as stored now, so a seat another instance added meanwhile
    // (e.g. the other college's, saved pending while this one was not yet there) pairs too.
    snapshot.seats = await activatePendingSeats(ports, { actor, at }, await ports.seats.list());
    const stored = snapshot.seats.find((s) => s.value.id === seat.id);
    if (!stored) throw new Error(`seat ${seat.id} vanished after it was saved`);
    const all = snapshot.seats.map((s) => s.value);
    return success(seatView(stored, snapshot, actor, at), parityWarnings(all));
  });
}
