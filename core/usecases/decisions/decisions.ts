import {
  CastBallotRequestSchema,
  CloseVoteRequestSchema,
  CreateDecisionRequestSchema,
  DecisionStepRequestSchema,
  OpenVoteRequestSchema,
  type DecisionView,
  type PolicyView,
  type VoteView,
} from '../../contracts/decisions.js';
import { IdSchema } from '../../model/common.js';
import type { Ballot, Decision, Vote } from '../../model/decision.js';
import { Conflict, Duplicate } from '../../ports/errors.js';
import type { Stored } from '../../ports/repository.js';
import { DEFAULT_POLICY } from '../../policy.js';
import { compareInstants, toMoroccoWallClock } from '../../time.js';
import { canSeeDecision } from '../../rules/visibility.js';
import { transitionDecision, type DecisionEvent } from '../../workflows/decision.js';
import { isViolation } from '../../workflows/workflow.js';
import type { Actor } from '../actor.js';
import { createAudited, updateAudited } from '../audited-write.js';
import type { AppPorts } from '../meetings/app-ports.js';
import { loadContext } from '../meetings/load.js';
import { committeeRecipients, enqueue, fanOut } from '../meetings/outbox.js';
import { mayRecordDecisionAt } from '../meetings/permissions.js';
import {
  conflict,
  guard,
  invalid,
  invalidField,
  notFound,
  success,
  parseCommand,
  type Outcome,
} from '../outcome.js';
import { allowedStep } from '../permission.js';
import { redactContacts, viewerOf } from '../viewer.js';
import {
  CHAIR_ONLY,
  isChair,
  mayCastBallot,
  mayCloseVote,
  mayConductDecision,
  mayRecordDecisions,
  mayStepDecision,
  VOTE_ALREADY_CLOSED,
} from './permissions.js';
import { decisionView, tallyOf, voterSeat, voteView } from './views.js';

const DECISION = { fr: 'décision', ar: 'القرار', en: 'decision' };
const VOTE = { fr: 'vote', ar: 'التصويت', en: 'vote' };

async function people(ports: AppPorts) {
  return (await loadContext(ports)).people;
}

/** Records a decision to take (on a meeting's agenda, or on its own), under discussion. */
export async function createDecision(
  ports: AppPorts,
  actor: Actor,
  body: unknown,
  subject?: Decision['subject'],
): Promise<Outcome<DecisionView>> {
  const parsed = CreateDecisionRequestSchema.safeParse(body);
  if (!parsed.success) return invalid(parsed.error);
  const permission = mayRecordDecisions(actor);
  if (!permission.allowed) return permission.refusal;
  return guard(async () => {
    if (parsed.data.meetingId) {
      const meeting = await ports.meetings.get(parsed.data.meetingId);
      if (!meeting) return notFound({ fr: 'réunion', ar: 'الاجتماع', en: 'meeting' });
      const atMeeting = mayRecordDecisionAt(permission, meeting.value);
      if (!atMeeting.allowed) return atMeeting.refusal;
    }
    const now = ports.clock.now();
    const decision: Decision = {
      id: ports.ids.newId(),
      text: parsed.data.text,
      status: 'under_discussion',
      createdAt: now,
      ...(parsed.data.meetingId ? { meetingId: parsed.data.meetingId } : {}),
      ...(subject ? { subject } : {}),
    };
    const change = { actor, action: 'DecisionRecorded', at: now };
    const stored = await createAudited(ports, 'decisions', change, decision);
    return success(await decisionView(ports, actor, stored, await people(ports), now));
  });
}

async function step(
  ports: AppPorts,
  actor: Actor,
  decisionId: string,
  body: unknown,
  event: DecisionEvent,
  action: string,
): Promise<Outcome<DecisionView>> {
  const command = parseCommand(decisionId, body, DecisionStepRequestSchema);
  if (!command.ok) return command;
  const { id, parsed } = command;
  // The role is checked before the record is read (a refusal tells nothing about it).
  const role = mayConductDecision(actor, event);
  if (!role.allowed) return role.refusal;
  return guard(async () => {
    const stored = await ports.decisions.get(id.data);
    if (!stored) return notFound(DECISION);
    if (stored.version !== parsed.data.version) return conflict();
    const now = ports.clock.now();
    const permission = mayStepDecision(actor, stored.value, event, now);
    if (!permission.allowed) return permission.refusal;
    const next = allowedStep(transitionDecision(stored.value, event, now));
    const saved = await updateAudited(ports, 'decisions', { actor, action, at: now }, next, stored);
    return success(await decisionView(ports, actor, saved, await people(ports), now));
  });
}

/** R5.7: the rule — the decision is taken by consensus. */
export const recordConsensus = (ports: AppPorts, actor: Actor, id: string, body: unknown) =>
  step(ports, actor, id, body, { type: 'ConsensusRecorded' }, 'ConsensusRecorded');

/** R5.7: the chair records that every effort to reach consensus was exhausted. */
export const recordConsensusExhausted = (
  ports: AppPorts,
  actor: Actor,
  id: string,
  body: unknown,
) =>
  step(
    ports,
    actor,
    id,
    body,
    { type: 'ConsensusExhausted', by: actor.personId },
    'ConsensusExhausted',
  );

export const withdrawDecision = (ports: AppPorts, actor: Actor, id: string, body: unknown) =>
  step(ports, actor, id, body, { type: 'DecisionWithdrawn' }, 'DecisionWithdrawn');

/**
 * R5.7/R13.2: the chair opens a double-majority vote — refused unless consensus was recorded
 * as exhausted. The active seats are frozen as the vote's denominator; every member gets the
 * vote card.
 */
export async function openVote(
  ports: AppPorts,
  actor: Actor,
  decisionId: string,
  body: unknown,
): Promise<Outcome<DecisionView>> {
  const command = parseCommand(decisionId, body, OpenVoteRequestSchema, {
    allowed: isChair(actor),
    denial: CHAIR_ONLY,
  });
  if (!command.ok) return command;
  const { id, parsed } = command;
  const input = parsed.data;
  return guard(async () => {
    const stored = await ports.decisions.get(id.data);
    if (!stored) return notFound(DECISION);
    if (stored.version !== input.version) return conflict();
    const now = ports.clock.now();
    const voteId = ports.ids.newId();
    const event = { type: 'VoteOpened', voteId } as const;
    // R5.7 first: the chair learns the rule before any detail of the form.
    const permission = mayStepDecision(actor, stored.value, event, now);
    if (!permission.allowed) return permission.refusal;
    if (compareInstants(input.closesAt, now) <= 0) {
      return invalidField('closesAt', {
        fr: 'La clôture du vote doit être dans le futur.',
        ar: 'يجب أن يكون موعد إغلاق التصويت في المستقبل.',
        en: 'The vote must close in the future.',
      });
    }
    const next = allowedStep(transitionDecision(stored.value, event, now));
    const seats = await ports.seats.findBy('status', 'active');
    const vote: Vote = {
      id: voteId,
      decisionId: stored.value.id,
      motion: input.motion,
      openedAt: now,
      openedBy: actor.personId,
      closesAt: input.closesAt,
      status: 'open',
      threshold: DEFAULT_POLICY.doubleMajorityThreshold,
      seats: seats.map((s) => ({ seatId: s.value.id, college: s.value.college })),
    };
    await createAudited(ports, 'votes', { actor, action: 'VoteOpened', at: now }, vote);
    const change = { actor, action: 'VoteOpenedOnDecision', at: now };
    const saved = await updateAudited(ports, 'decisions', change, next, stored);
    const context = await loadContext(ports);
    await enqueue(
      ports,
      fanOut(
        `vote-opened:${vote.id}`,
        committeeRecipients(context),
        { kind: 'vote-opened', voteId: vote.id },
        true,
      ),
    );
    return success(await decisionView(ports, actor, saved, context.people, now));
  });
}

const MAX_BALLOT_ATTEMPTS = 8;

/**
 * R13.2: a member casts or changes their ballot while the vote is open. Identity, seat and
 * role come from the register; one record per (vote, seat, titular/alternate), so a double
 * click, a retry or a replay rewrites the same ballot and is counted once.
 */
export async function castBallot(
  ports: AppPorts,
  actor: Actor,
  voteId: string,
  body: unknown,
): Promise<Outcome<VoteView>> {
  const command = parseCommand(voteId, body, CastBallotRequestSchema);
  if (!command.ok) return command;
  const { id, parsed } = command;
  return guard(async () => {
    const stored = await ports.votes.get(id.data);
    if (!stored) return notFound(VOTE);
    const vote = stored.value;
    const now = ports.clock.now();
    const seat = await voterSeat(ports, actor);
    const permission = mayCastBallot(actor, vote, seat, now);
    if (!permission.allowed) return permission.refusal;
    if (!seat) throw new Error('checkVotingRight admits seat holders only');
    const key = `${vote.id}:${seat.seatId}:${seat.role}`;
    for (let attempt = 0; attempt < MAX_BALLOT_ATTEMPTS; attempt += 1) {
      const existing = await ports.ballots.findByUniqueKey(key);
      if (existing && existing.value.choice === parsed.data.choice) break; // idempotent
      const ballot: Ballot = {
        id: existing?.value.id ?? ports.ids.newId(),
        voteId: vote.id,
        seatId: seat.seatId,
        college: seat.college,
        voterId: actor.personId,
        voter: seat.role,
        choice: parsed.data.choice,
        castAt: now,
      };
      try {
        const change = { actor, action: existing ? 'BallotChanged' : 'BallotCast', at: now };
        if (existing) await updateAudited(ports, 'ballots', change, ballot, existing);
        else await createAudited(ports, 'ballots', change, ballot);
        break;
      } catch (error) {
        // Another click of the same person landed first: read it and decide again.
        if (error instanceof Duplicate || error instanceof Conflict) continue;
        throw error;
      }
    }
    return success(await voteView(ports, actor, stored, undefined, now));
  });
}

/** Reads a vote as `actor` sees it (their ballot, their right to vote, the tally if chair). */
export async function getVote(
  ports: AppPorts,
  actor: Actor,
  voteId: string,
): Promise<Outcome<VoteView>> {
  const id = IdSchema.safeParse(voteId);
  if (!id.success) return invalid(id.error);
  const stored = await ports.votes.get(id.data);
  if (!stored) return notFound(VOTE);
  // A vote is read as its decision is (core/rules/visibility.ts): whoever may not see the
  // decision gets 404, as for the decision itself. The others get their view: externals
  // invited to the meeting and the secretariat see why they do not vote (the view's
  // eligibility), and no live tally; names without e-mails for those kept from them.
  const decision = await ports.decisions.get(stored.value.decisionId);
  if (!decision || !(await mayRead(ports, actor, [decision])).length) return notFound(VOTE);
  return success(
    redactContacts(
      await voteView(ports, actor, stored, undefined, ports.clock.now()),
      viewerOf(actor),
    ),
  );
}

/**
 * Closes a vote: the result per college and the double-majority outcome (R13.2, with the
 * policy in force) are computed from the ballots, stored, audited and announced; the decision
 * (and its subject: a communication, a revision) moves on.
 */
export async function closeVoteWith(
  ports: AppPorts,
  actor: Actor,
  voteId: string,
  body: unknown,
  onClosed?: (decision: Decision, adopted: boolean) => Promise<void>,
): Promise<Outcome<VoteView>> {
  const command = parseCommand(voteId, body, CloseVoteRequestSchema, {
    allowed: isChair(actor),
    denial: CHAIR_ONLY,
  });
  if (!command.ok) return command;
  const { id, parsed } = command;
  return guard(async () => {
    const stored = await ports.votes.get(id.data);
    if (!stored) return notFound(VOTE);
    if (stored.version !== parsed.data.version) return conflict();
    const permission = mayCloseVote(actor, stored.value);
    if (!permission.allowed) return permission.refusal;
    const closed = await closeStoredVote(ports, actor.personId, stored, onClosed);
    if (!closed.ok) return closed;
    return success(
      await voteView(ports, actor, closed.value, await people(ports), ports.clock.now()),
    );
  });
}

async function closeStoredVote(
  ports: AppPorts,
  actorId: string,
  stored: Stored<Vote>,
  onClosed?: (decision: Decision, adopted: boolean) => Promise<void>,
): Promise<Outcome<Stored<Vote>>> {
  const vote = stored.value;
  // The scheduler closes without an actor; the chair's closing was checked by mayCloseVote.
  if (vote.status === 'closed') return conflict(VOTE_ALREADY_CLOSED);
  const now = ports.clock.now();
  const ballots = (await ports.ballots.findBy('voteId', vote.id)).map((b) => b.value);
  const { tally } = tallyOf(vote, ballots);
  const result = {
    administration: {
      seats: tally.administration.seats,
      yes: tally.administration.yes,
      no: tally.administration.no,
      abstain: tally.administration.abstain,
    },
    civilSociety: {
      seats: tally.civilSociety.seats,
      yes: tally.civilSociety.yes,
      no: tally.civilSociety.no,
      abstain: tally.civilSociety.abstain,
    },
    needed: tally.needed,
    adopted: tally.adopted,
    threshold: vote.threshold,
  };
  const closedVote: Vote = { ...vote, status: 'closed', closedAt: now, result };
  const closer = { personId: actorId };
  const closing = { actor: closer, action: 'VoteClosed', at: now };
  const saved = await updateAudited(ports, 'votes', closing, closedVote, stored);
  const decision = await ports.decisions.get(vote.decisionId);
  if (decision) {
    const next = transitionDecision(
      decision.value,
      { type: 'VoteClosed', adopted: result.adopted },
      now,
    );
    if (!isViolation(next)) {
      const decided = { actor: closer, action: 'DecisionDecidedByVote', at: now };
      await updateAudited(ports, 'decisions', decided, next, decision);
      await onClosed?.(next, result.adopted);
    }
  }
  const context = await loadContext(ports);
  await enqueue(
    ports,
    fanOut(
      `vote-closed:${vote.id}`,
      committeeRecipients(context),
      { kind: 'vote-closed', voteId: vote.id },
      true,
    ),
  );
  return success(saved);
}

/** Scheduler: closes every open vote whose closing time has passed. */
export async function closeDueVotesWith(
  ports: AppPorts,
  onClosed?: (decision: Decision, adopted: boolean) => Promise<void>,
): Promise<number> {
  const now = ports.clock.now();
  let closed = 0;
  for (const stored of await ports.votes.findBy('status', 'open')) {
    if (compareInstants(now, stored.value.closesAt) < 0) continue;
    try {
      const outcome = await closeStoredVote(ports, 'system', stored, onClosed);
      if (outcome.ok) closed += 1;
    } catch (error) {
      if (error instanceof Conflict) continue; // another instance closed it
      throw error;
    }
  }
  return closed;
}

export async function getDecision(
  ports: AppPorts,
  actor: Actor,
  decisionId: string,
): Promise<Outcome<DecisionView>> {
  const id = IdSchema.safeParse(decisionId);
  if (!id.success) return invalid(id.error);
  // No role check first: the visibility rule decides, an invited external included (R5.4).
  const stored = await ports.decisions.get(id.data);
  if (!stored || !(await mayRead(ports, actor, [stored])).length) return notFound(DECISION);
  const view = await decisionView(ports, actor, stored, await people(ports), ports.clock.now());
  return success(redactContacts(view, viewerOf(actor)));
}

/** The decisions `actor` may see: each follows its meeting (core/rules/visibility.ts). */
async function mayRead(
  ports: AppPorts,
  actor: Actor,
  decisions: Stored<Decision>[],
): Promise<Stored<Decision>[]> {
  const [person, all] = await Promise.all([
    ports.people.get(actor.personId),
    ports.meetings.list(),
  ]);
  // The e-mail is how an invited external participant is known on a meeting (R5.4).
  const viewer = viewerOf(actor, person?.value.email);
  const meetings = new Map(all.map((m) => [m.value.id, m.value]));
  return decisions.filter((d) =>
    canSeeDecision(
      viewer,
      d.value,
      d.value.meetingId ? meetings.get(d.value.meetingId) : undefined,
    ),
  );
}

export async function listDecisions(
  ports: AppPorts,
  actor: Actor,
  meetingId?: string,
): Promise<Outcome<DecisionView[]>> {
  // The visibility rule filters: an invited external sees their meetings' decisions (R5.4).
  const all: Stored<Decision>[] = meetingId
    ? await ports.decisions.findBy('meetingId', meetingId)
    : await ports.decisions.list();
  const map = await people(ports);
  const now = ports.clock.now();
  const visible = await mayRead(ports, actor, all);
  return success(
    redactContacts(
      await Promise.all(visible.map((d) => decisionView(ports, actor, d, map, now))),
      viewerOf(actor),
    ),
  );
}

/**
 * R10.1 / R13.2: puts a communication or a revision to a double-majority vote — recorded as a
 * decision whose consensus the chair records as exhausted (an objection, a revision request),
 * then the vote opens. Returns the decision, or the first refusal.
 */
export async function putSubjectToVote(
  ports: AppPorts,
  actor: Actor,
  input: {
    subject: NonNullable<Decision['subject']>;
    motion: string;
    closesAt: string;
    meetingId?: string;
  },
): Promise<Outcome<DecisionView>> {
  const decision = await createDecision(
    ports,
    actor,
    { text: input.motion, ...(input.meetingId ? { meetingId: input.meetingId } : {}) },
    input.subject,
  );
  if (!decision.ok) return decision;
  const exhausted = await recordConsensusExhausted(ports, actor, decision.value.id, {
    version: decision.value.version,
  });
  if (!exhausted.ok) return exhausted;
  return openVote(ports, actor, decision.value.id, {
    version: exhausted.value.version,
    motion: input.motion,
    // The request form is Morocco's wall clock (core/time.ts); `input.closesAt` is the instant
    // already converted from it.
    closesAt: toMoroccoWallClock(input.closesAt).wallClock,
  });
}

/** The policy in force, as the UI shows it next to the rules it sets. */
export function policyView(): PolicyView {
  const p = DEFAULT_POLICY;
  return {
    noticeMinDays: p.noticeMinDays,
    proposalWindowDays: p.proposalWindowDays,
    minutesShareBusinessDays: p.minutesShareBusinessDays,
    amendmentBusinessDays: p.amendmentBusinessDays,
    communicationObjectionBusinessDays: p.communicationObjectionBusinessDays,
    doubleMajorityThreshold: p.doubleMajorityThreshold,
    hashtag: p.hashtag,
    timeZone: p.timeZone,
  };
}
