import type { z } from 'zod';
import type { RevisionStatusSchema } from '../model/revision.js';
import { checkRevisionRequest } from '../rules/r13-1-revision-request.js';
import { localDay } from '../time.js';
import type { Violation } from '../verdict.js';
import type { StateNames, WorkflowContext } from './workflow.js';
import { notAllowed } from './workflow.js';

type RevisionStatus = z.infer<typeof RevisionStatusSchema>;

export interface RevisionState {
  status: RevisionStatus;
  supporterIds: string[];
  filedOn?: string | undefined;
  meetingId?: string | undefined;
  decisionId?: string | undefined;
}

export type RevisionEvent =
  | { type: 'SupportGiven'; personId: string }
  | { type: 'SupportWithdrawn'; personId: string }
  /** `supportingSeats`: distinct active seats among the supporters (R13.1 counts members). */
  | { type: 'RevisionFiled'; planEnd: string; activeSeats: number; supportingSeats?: number }
  | { type: 'RevisionScheduled'; meetingId: string }
  | { type: 'VoteOpened'; decisionId: string }
  | { type: 'VoteClosed'; adopted: boolean }
  | { type: 'RevisionWithdrawn' };

export const REVISION_STATE_NAMES: StateNames<RevisionStatus> = {
  collecting_support: { fr: 'recueil des soutiens', ar: 'جمع الدعم', en: 'collecting support' },
  filed: { fr: 'déposée', ar: 'مودع', en: 'filed' },
  scheduled: { fr: 'inscrite à l’ordre du jour', ar: 'مدرج في جدول الأعمال', en: 'scheduled' },
  vote_open: { fr: 'vote ouvert', ar: 'التصويت مفتوح', en: 'vote open' },
  adopted: { fr: 'adoptée', ar: 'معتمد', en: 'adopted' },
  rejected: { fr: 'rejetée', ar: 'مرفوض', en: 'rejected' },
  withdrawn: { fr: 'retirée', ar: 'مسحوب', en: 'withdrawn' },
};

/**
 * The manual-revision workflow (R13): support is collected, the request is filed only with a
 * third of the members in the last quarter of the plan (R13.1), scheduled at the next meeting
 * (R13.3) and decided by a double-majority vote (R13.2).
 */
export function transitionRevision<S extends RevisionState>(
  state: S,
  event: RevisionEvent,
  now: string,
  _context?: WorkflowContext,
): S | Violation {
  const refuse = () => notAllowed('R13', REVISION_STATE_NAMES, state.status, event.type);
  switch (event.type) {
    case 'SupportGiven':
      if (state.status !== 'collecting_support') return refuse();
      if (state.supporterIds.includes(event.personId)) return state; // idempotent
      return { ...state, supporterIds: [...state.supporterIds, event.personId] };
    case 'SupportWithdrawn':
      if (state.status !== 'collecting_support') return refuse();
      return { ...state, supporterIds: state.supporterIds.filter((id) => id !== event.personId) };
    case 'RevisionFiled': {
      if (state.status !== 'collecting_support') return refuse();
      const filedOn = localDay(now);
      const verdict = checkRevisionRequest({
        planEnd: event.planEnd,
        filedOn,
        supporters: event.supportingSeats ?? state.supporterIds.length,
        activeSeats: event.activeSeats,
      });
      if (!verdict.ok) return verdict;
      return { ...state, status: 'filed', filedOn };
    }
    case 'RevisionScheduled':
      if (state.status !== 'filed') return refuse();
      return { ...state, status: 'scheduled', meetingId: event.meetingId };
    case 'VoteOpened':
      if (state.status !== 'scheduled') return refuse();
      return { ...state, status: 'vote_open', decisionId: event.decisionId };
    case 'VoteClosed':
      if (state.status !== 'vote_open') return refuse();
      return { ...state, status: event.adopted ? 'adopted' : 'rejected' };
    case 'RevisionWithdrawn':
      if (!['collecting_support', 'filed', 'scheduled'].includes(state.status)) return refuse();
      return { ...state, status: 'withdrawn' };
  }
}
