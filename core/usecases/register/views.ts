import type { OrganisationView, PersonView, SeatView } from '../../contracts/register.js';
import type { Organisation } from '../../model/organisation.js';
import type { Person } from '../../model/person.js';
import type { Seat } from '../../model/seat.js';
import type { DocumentRef } from '../../ports/documents.js';
import type { Stored } from '../../ports/repository.js';
import { consecutiveChain } from '../../rules/r4-7-mandate-limit.js';
import { checkDesignationLetter } from '../../rules/r4-1-designation-letter.js';
import type { Violation } from '../../verdict.js';
import type { Actor } from '../actor.js';
import { permissionsView } from '../permission.js';
import { pendingReason } from './parity.js';
import {
  mayConfirmCessation,
  mayDismissCessation,
  mayProposeCessation,
  mayRecordLetter,
  mayReplaceHolder,
  mayWithdrawPendingSeat,
} from './seat-permissions.js';

/** Everything a view of the register needs, read once. */
export interface RegisterSnapshot {
  seats: Stored<Seat>[];
  organisations: Map<string, Organisation>;
  people: Map<string, Person>;
  documents: Map<string, DocumentRef>;
}

export function personView(person: Person): PersonView {
  return {
    id: person.id,
    displayName: person.displayName,
    email: person.email,
    guest: person.guest,
  };
}

export function organisationView(organisation: Organisation): OrganisationView {
  return {
    id: organisation.id,
    name: organisation.name,
    college: organisation.college,
    example: organisation.example,
    ...(organisation.acronym ? { acronym: organisation.acronym } : {}),
    ...(organisation.region ? { region: organisation.region } : {}),
  };
}

/** The organisation's mandates before `seat`, as R4.7 counts them. */
export function previousMandates(seat: Seat, seats: readonly Seat[]) {
  return seats
    .filter(
      (other) =>
        other.id !== seat.id &&
        other.organisationId === seat.organisationId &&
        other.status !== 'draft' &&
        other.status !== 'withdrawn' &&
        other.mandateStart < seat.mandateStart,
    )
    .map((other) => ({ start: other.mandateStart, end: other.mandateEnd }));
}

/** R4.7: the rank of this mandate in its organisation's unbroken chain (1 = first). */
export function termOf(seat: Seat, seats: readonly Seat[]): number {
  return consecutiveChain(previousMandates(seat, seats), seat.mandateStart).length + 1;
}

/**
 * A seat as `actor` sees it, with what they may change on it now (./seat-permissions.ts, the
 * checks the register's use cases refuse with). `now` is the clock of the view.
 */
export function seatView(
  stored: Stored<Seat>,
  snapshot: RegisterSnapshot,
  actor: Actor,
  now: string,
): SeatView {
  const seat = stored.value;
  const organisation = snapshot.organisations.get(seat.organisationId);
  const unknownOrganisation: Organisation = {
    id: seat.organisationId,
    name: seat.organisationId,
    college: seat.college,
    status: 'active',
    example: false,
  };
  const titular = seat.titularId ? snapshot.people.get(seat.titularId) : undefined;
  const alternate = seat.alternateId ? snapshot.people.get(seat.alternateId) : undefined;
  const letter = seat.designationLetterId
    ? snapshot.documents.get(seat.designationLetterId)
    : undefined;
  const findings: Violation[] = [];
  if (seat.status === 'active') {
    const verdict = checkDesignationLetter(seat);
    if (!verdict.ok) findings.push(verdict);
  }
  const cessation = seat.cessation;
  const cessationLetter = cessation?.letterDocumentId
    ? snapshot.documents.get(cessation.letterDocumentId)
    : undefined;
  return {
    id: seat.id,
    version: stored.version,
    college: seat.college,
    status: seat.status,
    organisation: organisationView(organisation ?? unknownOrganisation),
    ...(titular ? { titular: personView(titular) } : {}),
    ...(alternate ? { alternate: personView(alternate) } : {}),
    mandateStart: seat.mandateStart,
    mandateEnd: seat.mandateEnd,
    term: termOf(
      seat,
      snapshot.seats.map((s) => s.value),
    ),
    ...(letter ? { designationLetter: letter } : {}),
    ...(cessation
      ? {
          cessation: {
            cause: cessation.cause,
            proposedAt: cessation.proposedAt,
            ...(cessation.confirmedAt ? { confirmedAt: cessation.confirmedAt } : {}),
            ...(cessation.effectiveOn ? { effectiveOn: cessation.effectiveOn } : {}),
            ...(cessationLetter ? { letter: cessationLetter } : {}),
            ...(cessation.note ? { note: cessation.note } : {}),
          },
        }
      : {}),
    ...(seat.status === 'pending'
      ? {
          pending: pendingView(
            seat,
            snapshot.seats.map((s) => s.value),
          ),
        }
      : {}),
    ...(seat.withdrawnAt ? { withdrawnAt: seat.withdrawnAt } : {}),
    findings,
    ...permissionsView({
      replaceHolder: mayReplaceHolder(actor, seat),
      recordLetter: mayRecordLetter(actor, seat),
      proposeCessation: mayProposeCessation(actor, seat),
      confirmCessation: mayConfirmCessation(actor, seat),
      dismissCessation: mayDismissCessation(actor, seat, now),
      withdraw: mayWithdrawPendingSeat(actor, seat, now),
    }),
  };
}

/** R3.2: since when a pending seat waits, and why (in codes, rendered by the edges). */
function pendingView(seat: Seat, seats: readonly Seat[]): NonNullable<SeatView['pending']> {
  const reason = pendingReason(seat, seats);
  return {
    ...(seat.pendingSince ? { since: seat.pendingSince } : {}),
    ...(reason.ok ? {} : { reason: { rule: reason.rule, key: reason.key, params: reason.params } }),
  };
}
