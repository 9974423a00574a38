import type { College } from '../model/common.js';
import type { Cessation, CessationCause, SeatStatus } from '../model/seat.js';
import { checkSeatComposition } from '../rules/r3-1-seat-composition.js';
import { checkDesignationLetter } from '../rules/r4-1-designation-letter.js';
import { localDay } from '../time.js';
import { firstViolation, type Violation } from '../verdict.js';
import { checkCessation, checkCessationApplies } from '../rules/r12-2-cessation-proposals.js';
import type { StateNames, WorkflowContext } from './workflow.js';
import { notAllowed } from './workflow.js';

export interface SeatState {
  status: SeatStatus;
  pendingSince?: string | undefined;
  withdrawnAt?: string | undefined;
  college: College;
  organisationId: string;
  titularId?: string | undefined;
  alternateId?: string | undefined;
  designationLetterId?: string | undefined;
  cessation?: Cessation | undefined;
}

export type SeatEvent =
  | { type: 'SeatActivated' }
  /** R3.2: the seat that restores parity was added (or a cessation made room): active now. */
  | { type: 'ParityRestored' }
  /** The secretariat sets aside a seat still waiting for parity; it never served. */
  | { type: 'PendingSeatWithdrawn' }
  | {
      type: 'CessationProposed';
      cause: CessationCause;
      by: string;
      letterDocumentId?: string;
      note?: string;
    }
  | { type: 'CessationDismissed' }
  | { type: 'CessationConfirmed'; by: string; letterDocumentId?: string };

export const SEAT_STATE_NAMES: StateNames<SeatStatus> = {
  draft: { fr: 'en préparation', ar: 'قيد الإعداد', en: 'draft' },
  pending: { fr: 'en attente de parité', ar: 'في انتظار التكافؤ', en: 'pending parity' },
  active: { fr: 'actif', ar: 'نشط', en: 'active' },
  ceased: { fr: 'cessé', ar: 'منته', en: 'ceased' },
  withdrawn: { fr: 'retiré', ar: 'مسحوب', en: 'withdrawn' },
};

/**
 * The seat workflow (R3, R4.1, R12): a seat becomes active with its titular, alternate and —
 * for the administration — designation letter; a civil-society seat's cessation is proposed
 * (by the secretariat or detected, R12.2) with its cause, then confirmed, which frees the seat.
 *
 * R3.2: a seat whose addition would break parity is created `pending` (with `pendingSince`);
 * it becomes active (`ParityRestored`) in the step that adds the seat restoring parity, as
 * `planParity` decides for the whole register, or the secretariat withdraws it. A cessation is
 * never refused for parity: it is a fact, and the imbalance it leaves is flagged.
 */
export function transitionSeat<S extends SeatState>(
  state: S,
  event: SeatEvent,
  now: string,
  _context?: WorkflowContext,
): S | Violation {
  const refuse = () => notAllowed('R3', SEAT_STATE_NAMES, state.status, event.type);
  switch (event.type) {
    case 'SeatActivated': {
      if (state.status !== 'draft') return refuse();
      const verdict = firstViolation(checkSeatComposition(state), checkDesignationLetter(state));
      if (!verdict.ok) return verdict;
      return { ...state, status: 'active' };
    }
    case 'ParityRestored':
      if (state.status !== 'pending') return refuse();
      return { ...state, status: 'active', pendingSince: undefined };
    case 'PendingSeatWithdrawn':
      if (state.status !== 'pending') return refuse();
      return { ...state, status: 'withdrawn', withdrawnAt: now };
    case 'CessationProposed': {
      if (state.status !== 'active' || state.cessation) return refuse();
      const verdict = firstViolation(
        checkCessationApplies(state.college),
        checkCessation({ cause: event.cause, letterDocumentId: event.letterDocumentId }),
      );
      if (!verdict.ok) return verdict;
      const cessation: Cessation = {
        cause: event.cause,
        proposedAt: now,
        proposedBy: event.by,
        ...(event.letterDocumentId ? { letterDocumentId: event.letterDocumentId } : {}),
        ...(event.note ? { note: event.note } : {}),
      };
      return { ...state, cessation };
    }
    case 'CessationDismissed':
      if (state.status !== 'active' || !state.cessation) return refuse();
      return { ...state, cessation: undefined };
    case 'CessationConfirmed': {
      if (state.status !== 'active' || !state.cessation) return refuse();
      const letterDocumentId = event.letterDocumentId ?? state.cessation.letterDocumentId;
      const verdict = checkCessation({ cause: state.cessation.cause, letterDocumentId });
      if (!verdict.ok) return verdict;
      return {
        ...state,
        status: 'ceased',
        cessation: {
          ...state.cessation,
          confirmedAt: now,
          confirmedBy: event.by,
          effectiveOn: localDay(now),
          ...(letterDocumentId ? { letterDocumentId } : {}),
        },
      };
    }
  }
}
