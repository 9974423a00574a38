import type { z } from 'zod';
import type { CommunicationStatusSchema } from '../model/communication.js';
import {
  checkCommunicationValidated,
  checkObjectionWindowElapsed,
  checkObjectionWindowOpen,
} from '../rules/r10-1-communication-validation.js';
import { localDay } from '../time.js';
import type { Violation } from '../verdict.js';
import type { StateNames, WorkflowContext } from './workflow.js';
import { contextDefaults, notAllowed } from './workflow.js';

type CommunicationStatus = z.infer<typeof CommunicationStatusSchema>;

export interface CommunicationState {
  status: CommunicationStatus;
  submittedAt: string;
  objections: { personId: string; at: string; reason: string }[];
  decisionId?: string | undefined;
  validatedAt?: string | undefined;
}

export type CommunicationEvent =
  | { type: 'ObjectionRaised'; personId: string; reason: string }
  | { type: 'ObjectionWindowElapsed' }
  | { type: 'VoteOpened'; decisionId: string }
  | { type: 'VoteClosed'; adopted: boolean }
  | { type: 'CommunicationPublished' }
  | { type: 'CommunicationWithdrawn' };

export const COMMUNICATION_STATE_NAMES: StateNames<CommunicationStatus> = {
  submitted: { fr: 'soumise', ar: 'مقدم', en: 'submitted' },
  objected: { fr: 'objection reçue', ar: 'تم الاعتراض', en: 'objected' },
  vote_open: { fr: 'vote ouvert', ar: 'التصويت مفتوح', en: 'vote open' },
  validated: { fr: 'validée', ar: 'مصادق عليه', en: 'validated' },
  rejected: { fr: 'rejetée', ar: 'مرفوض', en: 'rejected' },
  published: { fr: 'publiée', ar: 'منشور', en: 'published' },
  withdrawn: { fr: 'retirée', ar: 'مسحوب', en: 'withdrawn' },
};

/**
 * The communication-request workflow (R10.1): every communication in the committee's name is
 * validated before it goes out — by no objection within the policy window (business days) or
 * by a vote. Nothing is publishable before validation.
 */
export function transitionCommunication<S extends CommunicationState>(
  state: S,
  event: CommunicationEvent,
  now: string,
  context?: WorkflowContext,
): S | Violation {
  const { policy, confirmed } = contextDefaults(context);
  const refuse = () => notAllowed('R10.1', COMMUNICATION_STATE_NAMES, state.status, event.type);
  const submittedDay = localDay(state.submittedAt);
  const today = localDay(now);

  switch (event.type) {
    case 'ObjectionRaised': {
      if (state.status !== 'submitted' && state.status !== 'objected') return refuse();
      const verdict = checkObjectionWindowOpen(submittedDay, today, confirmed, policy);
      if (!verdict.ok) return verdict;
      return {
        ...state,
        status: 'objected',
        objections: [
          ...state.objections,
          { personId: event.personId, at: now, reason: event.reason },
        ],
      };
    }
    case 'ObjectionWindowElapsed': {
      if (state.status !== 'submitted') return refuse();
      const verdict = checkObjectionWindowElapsed(submittedDay, today, confirmed, policy);
      if (!verdict.ok) return verdict;
      return { ...state, status: 'validated', validatedAt: now };
    }
    case 'VoteOpened':
      if (state.status !== 'objected') return refuse();
      return { ...state, status: 'vote_open', decisionId: event.decisionId };
    case 'VoteClosed':
      if (state.status !== 'vote_open') return refuse();
      return event.adopted
        ? { ...state, status: 'validated', validatedAt: now }
        : { ...state, status: 'rejected' };
    case 'CommunicationPublished': {
      // Published, rejected or withdrawn: publishing is not a step of those states.
      if (['published', 'rejected', 'withdrawn'].includes(state.status)) return refuse();
      // R10.1: before validation (window open, objection pending, vote open), the rule refuses.
      const verdict = checkCommunicationValidated(state.status);
      if (!verdict.ok) return verdict;
      return { ...state, status: 'published' };
    }
    case 'CommunicationWithdrawn':
      if (!['submitted', 'objected'].includes(state.status)) return refuse();
      return { ...state, status: 'withdrawn' };
  }
}
