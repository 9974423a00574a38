import type { Decision } from '../../model/decision.js';
import type { Actor } from '../actor.js';
import type { AppPorts } from '../meetings/app-ports.js';
import { communicationVoteClosed } from './communications.js';
import { closeDueVotesWith, closeVoteWith } from './decisions.js';
import { revisionVoteClosed } from './revisions.js';

export {
  castBallot,
  createDecision,
  getDecision,
  getVote,
  listDecisions,
  openVote,
  policyView,
  putSubjectToVote,
  recordConsensus,
  recordConsensusExhausted,
  withdrawDecision,
} from './decisions.js';
export * from './communications.js';
export * from './revisions.js';
export { isChair, tallyOf } from './views.js';

/** What a closed vote decides besides its decision: a communication (R10.1), a revision (R13). */
const onSubjectVoteClosed = (ports: AppPorts) => async (decision: Decision, adopted: boolean) => {
  await communicationVoteClosed(ports, decision, adopted);
  await revisionVoteClosed(ports, decision, adopted);
};

/** The chair closes a vote (R13.2); its subject follows the outcome. */
export const closeVote = (ports: AppPorts, actor: Actor, voteId: string, body: unknown) =>
  closeVoteWith(ports, actor, voteId, body, onSubjectVoteClosed(ports));

/** Scheduler: closes the votes past their closing time. */
export const closeDueVotes = (ports: AppPorts) =>
  closeDueVotesWith(ports, onSubjectVoteClosed(ports));
