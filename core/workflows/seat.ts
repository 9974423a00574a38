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
  college: College;
  organisationId: string;
  titularId?: string | undefined;
  alternateId?: string | undefined;
  designationLetterId?: string | undefined;
  cessation?: Cessation | undefined;
}

export type SeatEvent =
  | { type: 'SeatActivated' }
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
  active: { fr: 'actif', ar: 'نشط', en: 'active' },
  ceased: { fr: 'cessé', ar: 'منته', en: 'ceased' },
};

/**
 * The seat workflow (R3, R4.1, R12): a seat becomes active with its titular, alternate and —
 * for the administration — designation letter; a civil-society seat's cessation is proposed
 * (by the secretariat or detected, R12.2) with its cause, then confirmed, which frees the seat.
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
