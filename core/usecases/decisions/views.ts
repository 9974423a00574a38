import type { DecisionView, Tally, VoteView } from '../../contracts/decisions.js';
import type { PersonView } from '../../contracts/register.js';
import type { Ballot, Decision, Vote, VoteResult } from '../../model/decision.js';
import type { Person } from '../../model/person.js';
import type { Stored } from '../../ports/repository.js';
import type { Ports } from '../../ports/store.js';
import { checkVotingRight } from '../../rules/r5-4-voting-eligibility.js';
import {
  checkBallotOnTime,
  countBallots,
  majorityReached,
} from '../../rules/r13-2-double-majority.js';
import type { Actor } from '../actor.js';
import { canManageRegister } from '../actor.js';
import { permissionsView } from '../permission.js';
import { personView } from '../register/views.js';
import {
  isChair,
  mayCastBallot,
  mayCloseVote,
  mayStepDecision,
  type VoterSeat,
} from './permissions.js';

export { isChair };

export function personOf(
  people: Map<string, Person>,
  id: string | undefined,
): PersonView | undefined {
  if (!id) return undefined;
  const person = people.get(id);
  return person ? personView(person) : { id, displayName: id, email: '', guest: false };
}

/** The seat a person votes for, if any (from the register: never from a request). */
export async function voterSeat(
  ports: Pick<Ports, 'seats'>,
  actor: Actor,
): Promise<VoterSeat | undefined> {
  for (const field of ['titularId', 'alternateId'] as const) {
    const seats = await ports.seats.findBy(field, actor.personId);
    const seat =
      seats.find((s) => s.value.status === 'active') ??
      seats.find((s) => s.value.status === 'ceased');
    if (seat) {
      return {
        seatId: seat.value.id,
        college: seat.value.college,
        role: field === 'titularId' ? 'titular' : 'alternate',
        status: seat.value.status === 'active' ? 'active' : 'ceased',
      };
    }
  }
  return undefined;
}

/** R13.2: the tally recomputed from the ballots — never a counter — over the vote's seats. */
export function tallyOf(vote: Vote, ballots: Ballot[]): { tally: Tally; counted: Ballot[] } {
  const count = countBallots(
    ballots.map((b) => ({
      seatId: b.seatId,
      college: b.college,
      voter: b.voter,
      choice: b.choice,
      castAt: b.castAt,
    })),
    vote.seats,
    { doubleMajorityThreshold: vote.threshold },
  );
  const college = (name: 'administration' | 'civilSociety') => ({
    seats: count.tally[name].seats,
    yes: count.tally[name].yes,
    no: count.tally[name].no,
    abstain: count.tally[name].abstain,
    voted: count.tally[name].yes + count.tally[name].no + count.tally[name].abstain,
    reached: majorityReached(count.tally[name], count.outcome.needed[name]),
  });
  const counted = count.counted.flatMap(
    (c) => ballots.find((b) => b.seatId === c.seatId && b.voter === c.voter) ?? [],
  );
  return {
    tally: {
      administration: college('administration'),
      civilSociety: college('civilSociety'),
      needed: count.outcome.needed,
      adopted: count.outcome.adopted,
      threshold: vote.threshold,
    },
    counted,
  };
}

/** A closed vote's stored result as the view shows it: each college's `voted` and `reached`. */
export function resultView(result: VoteResult): Tally {
  const college = (name: 'administration' | 'civilSociety') => ({
    ...result[name],
    voted: result[name].yes + result[name].no + result[name].abstain,
    reached: majorityReached(result[name], result.needed[name]),
  });
  return {
    administration: college('administration'),
    civilSociety: college('civilSociety'),
    needed: result.needed,
    adopted: result.adopted,
    threshold: result.threshold,
  };
}

export async function voteView(
  ports: Ports,
  actor: Actor,
  stored: Stored<Vote>,
  people: Map<string, Person> | undefined,
  now: string,
): Promise<VoteView> {
  const vote = stored.value;
  const seat = await voterSeat(ports, actor);
  const seesTally = vote.status === 'closed' || isChair(actor) || canManageRegister(actor);
  // A member's view needs only their seat's ballots; the tally needs them all.
  const ballots = (
    seesTally || !seat
      ? await ports.ballots.findBy('voteId', vote.id)
      : (await ports.ballots.findBy('seatId', seat.seatId)).filter(
          (b) => b.value.voteId === vote.id,
        )
  ).map((b) => b.value);
  const opener = people?.get(vote.openedBy) ?? (await ports.people.get(vote.openedBy))?.value;
  const eligibility = checkVotingRight({
    roles: actor.roles,
    ...(seat ? { seat: { status: seat.status, role: seat.role } } : {}),
  });
  const inVote = seat !== undefined && vote.seats.some((s) => s.seatId === seat.seatId);
  const { tally, counted } = tallyOf(vote, ballots);
  const mine = seat
    ? ballots.find((b) => b.seatId === seat.seatId && b.voterId === actor.personId)
    : undefined;
  const seatCounted = seat ? counted.find((b) => b.seatId === seat.seatId) : undefined;
  const canVote = eligibility.ok && inVote;
  return {
    asOf: now,
    id: vote.id,
    version: stored.version,
    decisionId: vote.decisionId,
    motion: vote.motion,
    openedAt: vote.openedAt,
    openedBy: opener
      ? personView(opener)
      : { id: vote.openedBy, displayName: vote.openedBy, email: '', guest: false },
    closesAt: vote.closesAt,
    status: vote.status,
    ballotsOpen: checkBallotOnTime(vote, now).ok,
    threshold: vote.threshold,
    eligibility: eligibility.ok ? { canVote } : { canVote: false, violation: eligibility },
    ...(mine
      ? {
          myBallot: {
            choice: mine.choice,
            castAt: mine.castAt,
            voter: mine.voter,
            counted: seatCounted?.id === mine.id,
          },
        }
      : {}),
    ...(seatCounted ? { seatCountedVoter: seatCounted.voter } : {}),
    ...(seesTally ? { tally } : {}),
    ...(vote.result ? { result: resultView(vote.result) } : {}),
    ...(vote.closedAt ? { closedAt: vote.closedAt } : {}),
    ...permissionsView({
      vote: mayCastBallot(actor, vote, seat, now),
      close: mayCloseVote(actor, vote),
    }),
  };
}

export async function decisionView(
  ports: Ports,
  actor: Actor,
  stored: Stored<Decision>,
  people: Map<string, Person>,
  now: string,
): Promise<DecisionView> {
  const d = stored.value;
  const vote = d.voteId ? await ports.votes.get(d.voteId) : undefined;
  const step = (event: Parameters<typeof mayStepDecision>[2]) =>
    mayStepDecision(actor, d, event, now);
  return {
    asOf: now,
    id: d.id,
    version: stored.version,
    ...(d.meetingId ? { meetingId: d.meetingId } : {}),
    text: d.text,
    ...(d.createdAt ? { createdAt: d.createdAt } : {}),
    status: d.status,
    ...(d.consensusRecordedAt ? { consensusRecordedAt: d.consensusRecordedAt } : {}),
    ...(d.consensusExhaustedAt ? { consensusExhaustedAt: d.consensusExhaustedAt } : {}),
    ...(d.consensusExhaustedBy
      ? { consensusExhaustedBy: personOf(people, d.consensusExhaustedBy) }
      : {}),
    ...(d.subject ? { subject: d.subject } : {}),
    ...(vote ? { vote: await voteView(ports, actor, vote, people, now) } : {}),
    ...permissionsView({
      recordConsensus: step({ type: 'ConsensusRecorded' }),
      recordExhausted: step({ type: 'ConsensusExhausted', by: actor.personId }),
      // The vote's id is made when it opens; the permission depends only on the decision.
      openVote: step({ type: 'VoteOpened', voteId: 'next' }),
      withdraw: step({ type: 'DecisionWithdrawn' }),
    }),
  };
}
