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
import { isRefusal, resolveOrganisation, resolvePerson } from './people.js';
import { checkSeatRules } from './seat-rules.js';
import { loadRegister } from './snapshot.js';
import { seatView } from './views.js';

export const SECRETARIAT_ONLY = {
  fr: 'Seul le secrétariat du comité (art. 6) peut modifier le registre des membres.',
  ar: 'لا يمكن تعديل سجل الأعضاء إلا لكتابة اللجنة (المادة 6).',
  en: 'Only the committee secretariat (art. 6) can change the member register.',
};

/**
 * Adds a seat — an organisation's mandate with its titular and alternate — to the register.
 * parse → authorize (secretariat, R6) → rules (R3.1, R3.3, R4.1 letter, R4.7) → save → audit;
 * parity (R3.2) is reported as a warning when the change breaks it.
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

    const seat: Seat = {
      id: ports.ids.newId(),
      college: input.college,
      organisationId: organisation.organisation.id,
      titularId: titular.person.id,
      alternateId: alternate.person.id,
      mandateStart: input.mandateStart,
      mandateEnd: input.mandateEnd,
      status: 'active',
      ...(input.designationLetterId ? { designationLetterId: input.designationLetterId } : {}),
    };
    const snapshot = await loadRegister(ports);
    const others = snapshot.seats.map((s) => s.value);
    const verdict = await checkSeatRules(ports, seat, others);
    if (!verdict.ok) return refusedByRule(verdict);

    const at = ports.clock.now();
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
    const stored = await createAudited(ports, 'seats', { actor, action: 'SeatAdded', at }, seat);
    snapshot.seats.push(stored);
    return success(seatView(stored, snapshot), parityWarnings([...others, seat]));
  });
}
