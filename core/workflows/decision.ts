import type { DecisionStatus } from '../model/decision.js';
import { checkVoteMayOpen } from '../rules/r5-7-consensus-first.js';
import type { Violation } from '../verdict.js';
import type { StateNames, WorkflowContext } from './workflow.js';
import { notAllowed } from './workflow.js';

export interface DecisionState {
  status: DecisionStatus;
  consensusRecordedAt?: string | undefined;
  consensusExhaustedAt?: string | undefined;
  consensusExhaustedBy?: string | undefined;
  voteId?: string | undefined;
}

export type DecisionEvent =
  | { type: 'ConsensusRecorded' }
  | { type: 'ConsensusExhausted'; by: string }
  | { type: 'VoteOpened'; voteId: string }
  | { type: 'VoteClosed'; adopted: boolean }
  | { type: 'DecisionWithdrawn' };

export const DECISION_STATE_NAMES: StateNames<DecisionStatus> = {
  under_discussion: { fr: 'en discussion', ar: 'قيد المناقشة', en: 'under discussion' },
  consensus: { fr: 'adoptée par consensus', ar: 'معتمد بالتوافق', en: 'adopted by consensus' },
  consensus_exhausted: {
    fr: 'consensus épuisé',
    ar: 'استنفاد جهود التوافق',
    en: 'consensus exhausted',
  },
  vote_open: { fr: 'vote ouvert', ar: 'التصويت مفتوح', en: 'vote open' },
  adopted: { fr: 'adoptée par vote', ar: 'معتمد بالتصويت', en: 'adopted by vote' },
  rejected: { fr: 'rejetée', ar: 'مرفوض', en: 'rejected' },
  withdrawn: { fr: 'retirée', ar: 'مسحوب', en: 'withdrawn' },
};

/**
 * The decision workflow (R5.7, R13.2): decisions are taken by consensus; a vote is opened only
 * after the chair recorded that consensus efforts were exhausted, and is decided by double
 * majority (the `adopted` flag comes from `doubleMajority` over the ballots).
 */
export function transitionDecision<S extends DecisionState>(
  state: S,
  event: DecisionEvent,
  now: string,
  _context?: WorkflowContext,
): S | Violation {
  const refuse = () => notAllowed('R5.7', DECISION_STATE_NAMES, state.status, event.type);
  switch (event.type) {
    case 'ConsensusRecorded':
      if (state.status !== 'under_discussion') return refuse();
      return { ...state, status: 'consensus', consensusRecordedAt: now };
    case 'ConsensusExhausted':
      if (state.status !== 'under_discussion') return refuse();
      return {
        ...state,
        status: 'consensus_exhausted',
        consensusExhaustedAt: now,
        consensusExhaustedBy: event.by,
      };
    case 'VoteOpened': {
      // A decision taken, withdrawn or already voted on opens no vote: not a step of its state.
      if (state.status !== 'under_discussion' && state.status !== 'consensus_exhausted') {
        return refuse();
      }
      // R5.7: under discussion, refused with the rule's sentence until the chair records that
      // consensus efforts were exhausted.
      const verdict = checkVoteMayOpen({ consensusExhaustedAt: state.consensusExhaustedAt });
      if (!verdict.ok) return verdict;
      if (state.status !== 'consensus_exhausted') return refuse();
      return { ...state, status: 'vote_open', voteId: event.voteId };
    }
    case 'VoteClosed':
      if (state.status !== 'vote_open') return refuse();
      return { ...state, status: event.adopted ? 'adopted' : 'rejected' };
    case 'DecisionWithdrawn':
      if (state.status !== 'under_discussion' && state.status !== 'consensus_exhausted') {
        return refuse();
      }
      return { ...state, status: 'withdrawn' };
  }
}
