import type { Decision, Vote } from '../../model/decision.js';
import { checkVotingRight } from '../../rules/r5-4-voting-eligibility.js';
import { checkBallotOnTime, checkSeatInVote } from '../../rules/r13-2-double-majority.js';
import { transitionDecision, type DecisionEvent } from '../../workflows/decision.js';
import type { Actor } from '../actor.js';
import { canManageRegister } from '../actor.js';
import { conflict } from '../outcome.js';
import {
  ALLOWED,
  byRole,
  byStep,
  byVerdict,
  firstRefusal,
  refused,
  type Permission,
} from '../permission.js';

/*
 * Who may do what with a decision and its vote (R5.4, R5.7, R13.2), written once: the use cases
 * refuse with these permissions and the views show them (`can.*`, `cannot.*`).
 */

/** R5.4: the chair (the Secretary-General) conducts decisions and votes. */
export const isChair = (actor: Actor) => actor.roles.includes('chair');

export const CHAIR_ONLY = {
  fr: 'Seule la présidence du comité (art. 5) conduit le consensus et ouvre ou clôt un vote.',
  ar: 'لا تدير التوافق وتفتح التصويت أو تغلقه إلا رئاسة اللجنة (المادة 5).',
  en: 'Only the committee chair (art. 5) conducts consensus and opens or closes a vote.',
};
export const RECORDERS = {
  fr: 'Seuls la présidence et le secrétariat consignent les décisions du comité.',
  ar: 'لا يسجل قرارات اللجنة إلا الرئاسة والكتابة.',
  en: 'Only the chair and the secretariat record the committee’s decisions.',
};
export const VOTE_ALREADY_CLOSED = {
  fr: 'Ce vote est déjà clos.',
  ar: 'هذا التصويت مغلق مسبقا.',
  en: 'This vote is already closed.',
};

/** The chair and the secretariat record the committee's decisions. */
export const mayRecordDecisions = (actor: Actor): Permission =>
  byRole(isChair(actor) || canManageRegister(actor), RECORDERS);

/**
 * R5.7: a step of a decision — consensus recorded, consensus efforts recorded as exhausted, a
 * vote opened (refused with R5.7 until consensus is exhausted), a withdrawal. The chair takes
 * each step; the secretariat may also withdraw a decision it recorded.
 */
export function mayStepDecision(
  actor: Actor,
  decision: Decision,
  event: DecisionEvent,
  now: string,
): Permission {
  return firstRefusal(
    () => mayConductDecision(actor, event),
    () => byStep(transitionDecision(decision, event, now)),
  );
}

/** The role part of `mayStepDecision`, checked before the decision is read. */
export function mayConductDecision(actor: Actor, event: DecisionEvent): Permission {
  const withdrawal = event.type === 'DecisionWithdrawn';
  return byRole(isChair(actor) || (withdrawal && canManageRegister(actor)), CHAIR_ONLY);
}

/** The seat a person votes for, as the voting rules read it. */
export interface VoterSeat {
  seatId: string;
  college: 'administration' | 'civil_society';
  role: 'titular' | 'alternate';
  status: 'active' | 'ceased';
}

/**
 * R13.2: a ballot is received from a person with the right to vote (R5.4, R6, R12.2), for a
 * seat active when the vote opened, until the closing time. A closed vote takes no ballot:
 * not a step to explain, as the result is shown instead.
 */
export function mayCastBallot(
  actor: Actor,
  vote: Vote,
  seat: VoterSeat | undefined,
  now: string,
): Permission {
  return firstRefusal(
    () =>
      byVerdict(
        checkVotingRight({
          roles: actor.roles,
          ...(seat ? { seat: { status: seat.status, role: seat.role } } : {}),
        }),
      ),
    () => byVerdict(checkSeatInVote(vote.seats, seat?.seatId ?? '')),
    () => {
      const onTime = byVerdict(checkBallotOnTime(vote, now));
      return !onTime.allowed && vote.status === 'closed' ? refused(onTime.refusal, 'step') : onTime;
    },
  );
}

/** The chair closes an open vote before its time (the scheduler closes it at its time). */
export function mayCloseVote(actor: Actor, vote: Vote): Permission {
  return firstRefusal(
    () => byRole(isChair(actor), CHAIR_ONLY),
    () => (vote.status === 'closed' ? refused(conflict(VOTE_ALREADY_CLOSED), 'step') : ALLOWED),
  );
}
