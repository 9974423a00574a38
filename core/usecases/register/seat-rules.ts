import type { Seat } from '../../model/seat.js';
import type { Ports } from '../../ports/store.js';
import {
  checkPersonHoldsOneSeat,
  checkSeatComposition,
} from '../../rules/r3-1-seat-composition.js';
import { checkAdministrationCommitment } from '../../rules/r3-3-administration-commitment.js';
import { checkMandateTerm, checkNewMandate } from '../../rules/r4-7-mandate-limit.js';
import { OK, firstViolation, type Verdict } from '../../verdict.js';
import { previousMandates } from './views.js';

/** R4.7: the civil-society mandates a person held before `seat` (as titular or alternate). */
function previousMandatesOfPerson(personId: string, seat: Seat, seats: readonly Seat[]) {
  return seats
    .filter(
      (other) =>
        other.id !== seat.id &&
        other.college === 'civil_society' &&
        other.status !== 'draft' &&
        other.status !== 'withdrawn' &&
        (other.titularId === personId || other.alternateId === personId) &&
        other.mandateStart < seat.mandateStart,
    )
    .map((other) => ({ start: other.mandateStart, end: other.mandateEnd }));
}

/**
 * Every register rule a seat must satisfy after a change, given all other seats:
 * R3.1 (one organisation, titular and alternate, different people, one seat per person),
 * R4.7 (mandate length; at most two consecutive civil-society mandates, for the organisation
 * and for each person) and R3.3 (a public body owns a commitment of the current plan).
 */
export async function checkSeatRules(
  ports: Pick<Ports, 'plans'>,
  seat: Seat,
  otherSeats: readonly Seat[],
): Promise<Verdict> {
  const all = [...otherSeats.filter((s) => s.id !== seat.id), seat];
  const holders = all.map((s) => ({
    seatId: s.id,
    // A pending seat (R3.2) holds its people already; a withdrawn one never served.
    active: s.status !== 'ceased' && s.status !== 'withdrawn',
    ...(s.titularId ? { titularId: s.titularId } : {}),
    ...(s.alternateId ? { alternateId: s.alternateId } : {}),
  }));
  const structural = firstViolation(
    checkSeatComposition(seat),
    ...[seat.titularId, seat.alternateId]
      .filter((id): id is string => id !== undefined)
      .map((id) => checkPersonHoldsOneSeat(id, holders)),
    checkMandateTerm({ start: seat.mandateStart, end: seat.mandateEnd }),
  );
  if (!structural.ok) return structural;

  if (seat.college === 'civil_society') {
    const rotation = firstViolation(
      checkNewMandate(previousMandates(seat, otherSeats), seat.mandateStart),
      ...[seat.titularId, seat.alternateId]
        .filter((id): id is string => id !== undefined)
        .map((id) =>
          checkNewMandate(previousMandatesOfPerson(id, seat, otherSeats), seat.mandateStart),
        ),
    );
    if (!rotation.ok) return rotation;
    return OK;
  }

  const [plan] = await ports.plans.findBy('status', 'current');
  if (!plan) return OK; // No current plan recorded yet: R3.3 cannot be checked.
  return checkAdministrationCommitment({
    organisationId: seat.organisationId,
    commitments: plan.value.commitments,
  });
}
