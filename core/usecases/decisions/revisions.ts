import {
  CreateRevisionRequestSchema,
  FileRevisionRequestSchema,
  SubjectVoteRequestSchema,
  type RevisionView,
} from '../../contracts/decisions.js';
import { IdSchema } from '../../model/common.js';
import type { Decision } from '../../model/decision.js';
import type { RevisionRequest } from '../../model/revision.js';
import type { Stored } from '../../ports/repository.js';
import { revisionSupportRequired, revisionWindow } from '../../rules/r13-1-revision-request.js';
import {
  checkRevisionDecidedAt,
  revisionMeeting,
  type CommitteeMeetingRef,
} from '../../rules/r13-3-revision-next-meeting.js';
import type { NationalActionPlan } from '../../model/nap.js';
import { localDay } from '../../time.js';
import { transitionRevision, type RevisionEvent } from '../../workflows/revision.js';
import { isViolation } from '../../workflows/workflow.js';
import type { Actor } from '../actor.js';
import { canReadCommittee } from '../actor.js';
import { canSeeRevision } from '../../rules/visibility.js';
import { viewerOf } from '../viewer.js';
import { createAudited, updateAudited } from '../audited-write.js';
import type { AppPorts } from '../meetings/app-ports.js';
import { loadContext } from '../meetings/load.js';
import { committeeRecipients, enqueue, fanOut } from '../meetings/outbox.js';
import { isMember } from '../meetings/views.js';
import {
  conflict,
  forbidden,
  guard,
  invalid,
  invalidField,
  notFound,
  refusedByRule,
  repeated,
  success,
  parseCommand,
  type Outcome,
} from '../outcome.js';
import {
  ALLOWED,
  byRole,
  byStep,
  byVerdict,
  firstRefusal,
  permissionsView,
  refused,
  type Permission,
} from '../permission.js';
import { NOT_A_MEMBER } from '../register/composition.js';
import { putSubjectToVote } from './decisions.js';
import { CHAIR_ONLY, isChair } from './permissions.js';
import { personOf } from './views.js';

const REVISION = { fr: 'demande de révision', ar: 'طلب المراجعة', en: 'revision request' };
const MEMBERS = {
  fr: 'Seuls les membres du comité présentent ou soutiennent une demande de révision du manuel (art. 13).',
  ar: 'لا يقدم طلب مراجعة الدليل أو يدعمه إلا أعضاء اللجنة (المادة 13).',
  en: 'Only committee members file or support a request to revise the manual (art. 13).',
};
const NO_PLAN = {
  fr: "Aucun plan d'action national en cours : la fenêtre de révision (art. 13) se calcule sur sa fin.",
  ar: 'لا توجد خطة عمل وطنية جارية: تحسب فترة المراجعة (المادة 13) على أساس نهايتها.',
  en: 'No current national action plan: the revision window (art. 13) is computed from its end.',
};

const AUTHOR_OR_CHAIR = {
  fr: 'Seuls l’auteur de la demande de révision et la présidence la déposent (art. 13).',
  ar: 'لا يودع طلب المراجعة إلا صاحبه أو الرئاسة (المادة 13).',
  en: 'Only the author of the revision request and the chair file it (art. 13).',
};
const ALREADY_SUPPORTED = {
  fr: 'Vous soutenez déjà cette demande de révision.',
  ar: 'أنتم تدعمون طلب المراجعة هذا مسبقا.',
  en: 'You already support this revision request.',
};

/*
 * Who may do what with a revision request (R13.1–R13.3), written once: each use case below
 * refuses with these permissions and the view shows them (`can.*`, `cannot.*`).
 */

/** The manual's window is computed on the current plan: without one, nothing can be filed. */
function noPlan(status: RevisionRequest['status'] | undefined): Permission {
  return refused(
    invalidField('plan', NO_PLAN),
    status === undefined || status === 'collecting_support' ? 'rule' : 'step',
  );
}

/** R13: a member starts a request to revise the manual, while a national action plan runs. */
export function mayRequestRevision(actor: Actor, plan: NationalActionPlan | undefined): Permission {
  return firstRefusal(
    () => byRole(isMember(actor), MEMBERS),
    () => (plan ? ALLOWED : noPlan(undefined)),
  );
}

/** R13.1: a member supports a request collecting support (once: a repeat is acknowledged). */
export function maySupportRevision(actor: Actor, r: RevisionRequest, now: string): Permission {
  return firstRefusal(
    () => byRole(isMember(actor), MEMBERS),
    () =>
      r.supporterIds.includes(actor.personId)
        ? refused(conflict(ALREADY_SUPPORTED), 'step')
        : ALLOWED,
    () => byStep(transitionRevision(r, { type: 'SupportGiven', personId: actor.personId }, now)),
  );
}

/** What filing a request reads besides the request: the plan and the seats (R13.1). */
export interface FilingFacts {
  plan: NationalActionPlan | undefined;
  activeSeats: number;
  /** Distinct active seats among the supporters (R13.1 counts members, i.e. seats). */
  supportingSeats: number;
}

/**
 * R13.1: the author or the chair files the request — refused without the support of a third of
 * the seats, or outside the last quarter of the plan's final year.
 */
export function mayFileRevision(
  actor: Actor,
  r: RevisionRequest,
  facts: FilingFacts,
  now: string,
): Permission {
  return firstRefusal(
    () => byRole(r.authorId === actor.personId || isChair(actor), AUTHOR_OR_CHAIR),
    () =>
      facts.plan
        ? byStep(transitionRevision(r, filingEvent({ ...facts, plan: facts.plan }), now))
        : noPlan(r.status),
  );
}

const filingEvent = (facts: FilingFacts & { plan: NationalActionPlan }): RevisionEvent => ({
  type: 'RevisionFiled',
  planEnd: facts.plan.end,
  activeSeats: facts.activeSeats,
  supportingSeats: facts.supportingSeats,
});

/** What opening the vote on a request reads: its meeting's day and the committee's meetings. */
export interface VoteMeetingFacts {
  meetingDay: string | undefined;
  meetings: CommitteeMeetingRef[];
}

/**
 * R13.2/R13.3: the chair opens the vote on a scheduled request, at the next meeting after its
 * filing.
 */
export function mayOpenRevisionVote(
  actor: Actor,
  r: RevisionRequest,
  facts: VoteMeetingFacts,
  now: string,
): Permission {
  return firstRefusal(
    () => byRole(isChair(actor), CHAIR_ONLY),
    () => byStep(transitionRevision(r, { type: 'VoteOpened', decisionId: 'next' }, now)),
    () =>
      r.filedOn && facts.meetingDay
        ? byVerdict(checkRevisionDecidedAt(r.filedOn, facts.meetingDay, facts.meetings))
        : ALLOWED,
  );
}

async function filingFacts(ports: AppPorts, r: RevisionRequest): Promise<FilingFacts> {
  const [plan, supportingSeats, active] = await Promise.all([
    currentPlan(ports),
    supportingSeatCount(ports, r.supporterIds),
    ports.seats.findBy('status', 'active'),
  ]);
  return { plan, activeSeats: active.length, supportingSeats };
}

async function voteMeetingFacts(ports: AppPorts, r: RevisionRequest): Promise<VoteMeetingFacts> {
  const meeting = r.meetingId ? await ports.meetings.get(r.meetingId) : undefined;
  if (!meeting) return { meetingDay: undefined, meetings: [] };
  const meetings = (await ports.meetings.list()).map((m) => ({
    id: m.value.id,
    day: localDay(m.value.start),
    status: m.value.status === 'cancelled' ? ('cancelled' as const) : ('scheduled' as const),
  }));
  return { meetingDay: localDay(meeting.value.start), meetings };
}

async function currentPlan(ports: AppPorts) {
  const [plan] = await ports.plans.findBy('status', 'current');
  return plan?.value;
}

/** R13.1: supporters counted by seat — two people of one seat are one supporting member. */
async function supportingSeatCount(
  ports: AppPorts,
  supporterIds: readonly string[],
): Promise<number> {
  const seats = (await ports.seats.findBy('status', 'active')).map((s) => s.value);
  const supporting = new Set<string>();
  for (const id of supporterIds) {
    const seat = seats.find((s) => s.titularId === id || s.alternateId === id);
    if (seat) supporting.add(seat.id);
  }
  return supporting.size;
}

async function view(
  ports: AppPorts,
  actor: Actor,
  stored: Stored<RevisionRequest>,
): Promise<RevisionView> {
  const r = stored.value;
  const context = await loadContext(ports);
  const filing = await filingFacts(ports, r);
  const window = revisionWindow(filing.plan?.end ?? localDay(context.now));
  // The meetings are read only when a vote could open (a scheduled request).
  const voting =
    r.status === 'scheduled'
      ? await voteMeetingFacts(ports, r)
      : { meetingDay: undefined, meetings: [] };
  return {
    id: r.id,
    version: stored.version,
    author: personOf(context.people, r.authorId) ?? {
      id: r.authorId,
      displayName: '',
      email: '',
      guest: false,
    },
    text: r.text,
    createdAt: r.createdAt,
    status: r.status,
    ...(r.filedOn ? { filedOn: r.filedOn } : {}),
    supporters: r.supporterIds.flatMap((id) => personOf(context.people, id) ?? []),
    support: {
      seats: filing.supportingSeats,
      needed: revisionSupportRequired(filing.activeSeats),
    },
    window,
    ...(r.meetingId ? { meetingId: r.meetingId } : {}),
    ...(r.decisionId ? { decisionId: r.decisionId } : {}),
    ...permissionsView({
      support: maySupportRevision(actor, r, context.now),
      file: mayFileRevision(actor, r, filing, context.now),
      openVote: mayOpenRevisionVote(actor, r, voting, context.now),
    }),
  };
}

async function apply(
  ports: AppPorts,
  actor: { personId: string },
  stored: Stored<RevisionRequest>,
  event: RevisionEvent,
  action: string,
): Promise<Outcome<Stored<RevisionRequest>>> {
  const now = ports.clock.now();
  const next = transitionRevision(stored.value, event, now);
  if (isViolation(next)) return refusedByRule(next);
  return success(await updateAudited(ports, 'revisions', { actor, action, at: now }, next, stored));
}

/** R13: a member starts a request to revise the manual; the author supports it. */
export async function createRevision(
  ports: AppPorts,
  actor: Actor,
  body: unknown,
): Promise<Outcome<RevisionView>> {
  const parsed = CreateRevisionRequestSchema.safeParse(body);
  if (!parsed.success) return invalid(parsed.error);
  if (!isMember(actor)) return forbidden(MEMBERS);
  return guard(async () => {
    const plan = await currentPlan(ports);
    const permission = mayRequestRevision(actor, plan);
    if (!permission.allowed) return permission.refusal;
    if (!plan) throw new Error('mayRequestRevision admits a current plan only');
    const now = ports.clock.now();
    const request: RevisionRequest = {
      id: ports.ids.newId(),
      napId: plan.id,
      authorId: actor.personId,
      text: parsed.data.text,
      createdAt: now,
      supporterIds: [actor.personId],
      status: 'collecting_support',
    };
    const change = { actor, action: 'RevisionRequested', at: now };
    const stored = await createAudited(ports, 'revisions', change, request);
    const context = await loadContext(ports);
    await enqueue(
      ports,
      fanOut(
        `revision-support:${request.id}`,
        committeeRecipients(context).filter((id) => id !== actor.personId),
        { kind: 'revision-support', revisionId: request.id },
      ),
    );
    return success(await view(ports, actor, stored));
  });
}

/** R13.1: a member supports the request (from the card or the tab); supporting twice is once. */
export async function supportRevision(
  ports: AppPorts,
  actor: Actor,
  revisionId: string,
): Promise<Outcome<RevisionView>> {
  const id = IdSchema.safeParse(revisionId);
  if (!id.success) return invalid(id.error);
  if (!isMember(actor)) return forbidden(MEMBERS);
  return guard(async () => {
    const stored = await ports.revisions.get(id.data);
    if (!stored) return notFound(REVISION);
    // Supporting twice is once: a double click or a replay is acknowledged, not recorded again
    // (the view then says `cannot.support`: already done).
    if (stored.value.supporterIds.includes(actor.personId))
      return repeated(await view(ports, actor, stored));
    const permission = maySupportRevision(actor, stored.value, ports.clock.now());
    if (!permission.allowed) return permission.refusal;
    const outcome = await apply(
      ports,
      actor,
      stored,
      { type: 'SupportGiven', personId: actor.personId },
      'RevisionSupported',
    );
    if (!outcome.ok) return outcome;
    return success(await view(ports, actor, outcome.value));
  });
}

/**
 * R13.1/R13.3: files the request — refused without a third of the seats or outside the last
 * quarter of the plan — and schedules it at the next meeting when there is one.
 */
export async function fileRevision(
  ports: AppPorts,
  actor: Actor,
  revisionId: string,
  body: unknown,
): Promise<Outcome<RevisionView>> {
  const command = parseCommand(revisionId, body, FileRevisionRequestSchema);
  if (!command.ok) return command;
  const { id, parsed } = command;
  return guard(async () => {
    const stored = await ports.revisions.get(id.data);
    if (!stored) return notFound(REVISION);
    const author = byRole(
      stored.value.authorId === actor.personId || isChair(actor),
      AUTHOR_OR_CHAIR,
    );
    if (!author.allowed) return author.refusal;
    if (stored.version !== parsed.data.version) return conflict();
    // Supporters are counted by seat (R13.1 counts members, i.e. seats).
    const facts = await filingFacts(ports, stored.value);
    const permission = mayFileRevision(actor, stored.value, facts, ports.clock.now());
    if (!permission.allowed) return permission.refusal;
    if (!facts.plan) throw new Error('mayFileRevision admits a current plan only');
    const outcome = await apply(
      ports,
      actor,
      stored,
      filingEvent({ ...facts, plan: facts.plan }),
      'RevisionFiled',
    );
    if (!outcome.ok) return outcome;
    const scheduled = await scheduleAtNextMeeting(ports, actor, outcome.value);
    return success(await view(ports, actor, scheduled));
  });
}

/** R13.3: the next meeting after the filing decides it. */
async function scheduleAtNextMeeting(
  ports: AppPorts,
  actor: { personId: string },
  stored: Stored<RevisionRequest>,
) {
  if (stored.value.status !== 'filed' || !stored.value.filedOn) return stored;
  const meetings = (await ports.meetings.list()).map((m) => ({
    id: m.value.id,
    day: localDay(m.value.start),
    status:
      m.value.status === 'cancelled'
        ? ('cancelled' as const)
        : ['held', 'minutes_shared', 'amendment_closed', 'published'].includes(m.value.status)
          ? ('held' as const)
          : ('scheduled' as const),
  }));
  const next = revisionMeeting({ filedOn: stored.value.filedOn, meetings });
  if (!next) return stored;
  const outcome = await apply(
    ports,
    actor,
    stored,
    { type: 'RevisionScheduled', meetingId: next.id },
    'RevisionScheduled',
  );
  return outcome.ok ? outcome.value : stored;
}

/** Scheduler: a filed request waiting for a meeting is scheduled once one exists (R13.3). */
export async function scheduleFiledRevisions(ports: AppPorts): Promise<number> {
  let count = 0;
  for (const stored of await ports.revisions.findBy('status', 'filed')) {
    const after = await scheduleAtNextMeeting(ports, { personId: 'system' }, stored);
    if (after.value.status === 'scheduled') count += 1;
  }
  return count;
}

/** R13.2/R13.3: at that meeting the chair opens the double-majority vote on the revision. */
export async function openRevisionVote(
  ports: AppPorts,
  actor: Actor,
  revisionId: string,
  body: unknown,
): Promise<Outcome<RevisionView>> {
  const command = parseCommand(revisionId, body, SubjectVoteRequestSchema, {
    allowed: isChair(actor),
    denial: CHAIR_ONLY,
  });
  if (!command.ok) return command;
  const { id, parsed } = command;
  return guard(async () => {
    const stored = await ports.revisions.get(id.data);
    if (!stored) return notFound(REVISION);
    if (stored.version !== parsed.data.version) return conflict();
    const r = stored.value;
    const facts = await voteMeetingFacts(ports, r);
    const permission = mayOpenRevisionVote(actor, r, facts, ports.clock.now());
    if (!permission.allowed) return permission.refusal;
    const motion = parsed.data.motion ?? `Réviser le manuel : « ${r.text.slice(0, 200)} »`;
    const opened = await putSubjectToVote(ports, actor, {
      subject: { type: 'revision', id: r.id },
      motion,
      closesAt: parsed.data.closesAt,
      ...(r.meetingId ? { meetingId: r.meetingId } : {}),
    });
    if (!opened.ok) return opened;
    const decision = opened;
    const outcome = await apply(
      ports,
      actor,
      stored,
      { type: 'VoteOpened', decisionId: decision.value.id },
      'RevisionVoteOpened',
    );
    if (!outcome.ok) return outcome;
    return success(await view(ports, actor, outcome.value));
  });
}

export async function revisionVoteClosed(ports: AppPorts, decision: Decision, adopted: boolean) {
  if (decision.subject?.type !== 'revision') return;
  const stored = await ports.revisions.get(decision.subject.id);
  if (stored)
    await apply(
      ports,
      { personId: 'system' },
      stored,
      { type: 'VoteClosed', adopted },
      adopted ? 'RevisionAdopted' : 'RevisionRejected',
    );
}

export async function listRevisions(
  ports: AppPorts,
  actor: Actor,
): Promise<Outcome<RevisionView[]>> {
  if (!canReadCommittee(actor)) return forbidden(NOT_A_MEMBER);
  const viewer = viewerOf(actor);
  const all = (await ports.revisions.list()).filter((r) => canSeeRevision(viewer, r.value));
  return success(await Promise.all(all.map((r) => view(ports, actor, r))));
}

export async function getRevision(
  ports: AppPorts,
  actor: Actor,
  revisionId: string,
): Promise<Outcome<RevisionView>> {
  const id = IdSchema.safeParse(revisionId);
  if (!id.success) return invalid(id.error);
  if (!canReadCommittee(actor)) return forbidden(NOT_A_MEMBER);
  const stored = await ports.revisions.get(id.data);
  if (!stored || !canSeeRevision(viewerOf(actor), stored.value)) return notFound(REVISION);
  return success(await view(ports, actor, stored));
}
