import {
  ObjectRequestSchema,
  PublishCommunicationRequestSchema,
  SubjectVoteRequestSchema,
  SubmitCommunicationRequestSchema,
  type CommunicationView,
} from '../../contracts/decisions.js';
import { IdSchema } from '../../model/common.js';
import type { CommunicationRequest } from '../../model/communication.js';
import type { Decision } from '../../model/decision.js';
import type { Stored } from '../../ports/repository.js';
import { DEFAULT_POLICY } from '../../policy.js';
import {
  checkObjectionWindowOpen,
  communicationObjectionDeadline,
} from '../../rules/r10-1-communication-validation.js';
import { canSeeCommunication } from '../../rules/visibility.js';
import { localDay } from '../../time.js';
import type { ConfirmedHolidays } from '../../workflows/workflow.js';
import { transitionCommunication } from '../../workflows/communication.js';
import { isViolation } from '../../workflows/workflow.js';
import type { Actor } from '../actor.js';
import { canManageRegister, canReadCommittee } from '../actor.js';
import { createAudited, updateAudited } from '../audited-write.js';
import type { AppPorts } from '../meetings/app-ports.js';
import { confirmedHolidays } from '../meetings/holidays.js';
import { loadContext } from '../meetings/load.js';
import { committeeRecipients, enqueue, fanOut } from '../meetings/outbox.js';
import { isMember } from '../meetings/views.js';
import {
  conflict,
  forbidden,
  guard,
  invalid,
  notFound,
  refusedByRule,
  repeated,
  success,
  parseCommand,
  type Outcome,
} from '../outcome.js';
import {
  ALLOWED,
  allowedStep,
  byRole,
  byStep,
  firstRefusal,
  permissionsView,
  refused,
  type Permission,
} from '../permission.js';
import { NOT_A_MEMBER } from '../register/composition.js';
import { checkDocument } from '../register/documents.js';
import { redactContacts, viewerOf } from '../viewer.js';
import { putSubjectToVote } from './decisions.js';
import { CHAIR_ONLY, isChair } from './permissions.js';
import { personOf } from './views.js';

const COMMUNICATION = { fr: 'communication', ar: 'التواصل', en: 'communication' };

const COMMITTEE_ONLY = {
  fr: 'Seuls les membres du comité, la présidence et le secrétariat soumettent une communication au nom du comité.',
  ar: 'لا يقدم تواصلا باسم اللجنة إلا أعضاؤها والرئاسة والكتابة.',
  en: 'Only committee members, the chair and the secretariat submit a communication in the committee’s name.',
};
const MEMBERS_OBJECT = {
  fr: 'Seuls les membres du comité (titulaires et suppléants) font objection à une communication (art. 10).',
  ar: 'لا يعترض على تواصل إلا أعضاء اللجنة (الرسميون والمناوبون) (المادة 10).',
  en: 'Only committee members (titulars and alternates) object to a communication (art. 10).',
};
const SECRETARIAT_PUBLISHES = {
  fr: 'Seul le secrétariat marque une communication du comité comme publiée (art. 6).',
  ar: 'لا تؤشر على نشر تواصل اللجنة إلا الكتابة (المادة 6).',
  en: 'Only the secretariat marks a committee communication as published (art. 6).',
};
const ALREADY_OBJECTED = {
  fr: 'Vous avez déjà fait objection à cette communication.',
  ar: 'سبق لكم الاعتراض على هذا التواصل.',
  en: 'You have already objected to this communication.',
};

/*
 * Who may do what with a communication (R10.1), written once: each use case below refuses
 * with these permissions and the view shows them (`can.*`, `cannot.*`).
 */

/** R10.1: the committee's members, the chair and the secretariat submit (not observers). */
export const maySubmitCommunication = (actor: Actor): Permission =>
  byRole(canReadCommittee(actor) && !actor.roles.includes('observer'), COMMITTEE_ONLY);

/**
 * R10.1: a member objects while the communication waits for validation, until the window's
 * last day. One objection per person: a second one is acknowledged, not recorded again.
 */
export function mayObject(
  actor: Actor,
  c: CommunicationRequest,
  now: string,
  confirmed: ConfirmedHolidays,
): Permission {
  return firstRefusal(
    () => byRole(isMember(actor), MEMBERS_OBJECT),
    () =>
      c.objections.some((o) => o.personId === actor.personId)
        ? refused(conflict(ALREADY_OBJECTED), 'step')
        : ALLOWED,
    () =>
      byStep(
        transitionCommunication(
          c,
          { type: 'ObjectionRaised', personId: actor.personId, reason: '' },
          now,
          { confirmed },
        ),
      ),
  );
}

/** R10.1 by vote: after an objection the chair puts the communication to a vote. */
export function mayOpenCommunicationVote(
  actor: Actor,
  c: CommunicationRequest,
  now: string,
): Permission {
  return firstRefusal(
    () => byRole(isChair(actor), CHAIR_ONLY),
    () => byStep(transitionCommunication(c, { type: 'VoteOpened', decisionId: 'next' }, now)),
  );
}

/** R10.1: the secretariat marks it published once validated — never before. */
export function mayPublishCommunication(
  actor: Actor,
  c: CommunicationRequest,
  now: string,
): Permission {
  return firstRefusal(
    () => byRole(canManageRegister(actor), SECRETARIAT_PUBLISHES),
    () => byStep(transitionCommunication(c, { type: 'CommunicationPublished' }, now)),
  );
}

async function view(
  ports: AppPorts,
  actor: Actor,
  stored: Stored<CommunicationRequest>,
): Promise<CommunicationView> {
  const c = stored.value;
  const context = await loadContext(ports);
  const deadline = communicationObjectionDeadline(localDay(c.submittedAt), context.confirmed);
  const waiting = c.status === 'submitted' || c.status === 'objected';
  const windowOpen = checkObjectionWindowOpen(
    localDay(c.submittedAt),
    localDay(context.now),
    context.confirmed,
  ).ok;
  return {
    id: c.id,
    version: stored.version,
    requester: personOf(context.people, c.requesterId) ?? {
      id: c.requesterId,
      displayName: '',
      email: '',
      guest: false,
    },
    text: c.text,
    ...(c.visualDocumentId ? { visualDocumentId: c.visualDocumentId } : {}),
    channel: c.channel,
    plannedDay: c.plannedDay,
    submittedAt: c.submittedAt,
    status: c.status,
    objectionDeadline: deadline,
    objectionOpen: waiting && windowOpen,
    objections: c.objections.map((o) => ({
      person: personOf(context.people, o.personId) ?? {
        id: o.personId,
        displayName: '',
        email: '',
        guest: false,
      },
      at: o.at,
      reason: o.reason,
    })),
    ...(c.decisionId ? { decisionId: c.decisionId } : {}),
    hashtag: DEFAULT_POLICY.hashtag,
    ...permissionsView({
      object: mayObject(actor, c, context.now, context.confirmed),
      openVote: mayOpenCommunicationVote(actor, c, context.now),
      publish: mayPublishCommunication(actor, c, context.now),
    }),
  };
}

/** R10.1: a communication in the committee's name is submitted for validation. */
export async function submitCommunication(
  ports: AppPorts,
  actor: Actor,
  body: unknown,
): Promise<Outcome<CommunicationView>> {
  const parsed = SubmitCommunicationRequestSchema.safeParse(body);
  if (!parsed.success) return invalid(parsed.error);
  const permission = maySubmitCommunication(actor);
  if (!permission.allowed) return permission.refusal;
  const input = parsed.data;
  return guard(async () => {
    if (input.visualDocumentId) {
      const missing = await checkDocument(ports, input.visualDocumentId, 'visual');
      if (missing) return missing;
    }
    const now = ports.clock.now();
    const request: CommunicationRequest = {
      id: ports.ids.newId(),
      requesterId: actor.personId,
      text: input.text,
      channel: input.channel,
      plannedDay: input.plannedDay,
      submittedAt: now,
      status: 'submitted',
      objections: [],
      ...(input.visualDocumentId ? { visualDocumentId: input.visualDocumentId } : {}),
    };
    const submitted = { actor, action: 'CommunicationSubmitted', at: now };
    const stored = await createAudited(ports, 'communications', submitted, request);
    const context = await loadContext(ports);
    await enqueue(
      ports,
      fanOut(
        `communication:${request.id}`,
        committeeRecipients(context),
        { kind: 'communication-submitted', communicationId: request.id },
        true,
      ),
    );
    return success(await view(ports, actor, stored));
  });
}

/**
 * One step of a communication's workflow. A person's step is checked by its `permission` (the
 * one its view shows); the scheduler's steps by the workflow alone.
 */
async function change(
  ports: AppPorts,
  actor: { personId: string },
  id: string,
  event: Parameters<typeof transitionCommunication>[1],
  action: string,
  options: {
    version?: string;
    permission?: (c: CommunicationRequest, now: string, confirmed: ConfirmedHolidays) => Permission;
  } = {},
): Promise<Outcome<Stored<CommunicationRequest>>> {
  const stored = await ports.communications.get(id);
  if (!stored) return notFound(COMMUNICATION);
  if (options.version !== undefined && stored.version !== options.version) return conflict();
  const now = ports.clock.now();
  const confirmed = await confirmedHolidays(ports);
  if (options.permission) {
    const permission = options.permission(stored.value, now, confirmed);
    if (!permission.allowed) return permission.refusal;
  }
  const next = transitionCommunication(stored.value, event, now, { confirmed });
  if (options.permission) allowedStep(next);
  if (isViolation(next)) return refusedByRule(next);
  const step = { actor, action, at: now };
  return success(await updateAudited(ports, 'communications', step, next, stored));
}

/** R10.1: a member objects within the window; the communication then needs a vote. */
export async function objectToCommunication(
  ports: AppPorts,
  actor: Actor,
  communicationId: string,
  body: unknown,
): Promise<Outcome<CommunicationView>> {
  const command = parseCommand(communicationId, body, ObjectRequestSchema, {
    allowed: isMember(actor),
    denial: MEMBERS_OBJECT,
  });
  if (!command.ok) return command;
  const { id, parsed } = command;
  return guard(async () => {
    const current = await ports.communications.get(id.data);
    if (current?.value.objections.some((o) => o.personId === actor.personId)) {
      // One objection per person: a double click or a replay is acknowledged, not recorded
      // again (the view then says `cannot.object`: already done).
      return repeated(await view(ports, actor, current));
    }
    const outcome = await change(
      ports,
      actor,
      id.data,
      { type: 'ObjectionRaised', personId: actor.personId, reason: parsed.data.reason },
      'CommunicationObjected',
      { permission: (c, now, confirmed) => mayObject(actor, c, now, confirmed) },
    );
    if (!outcome.ok) return outcome;
    return success(await view(ports, actor, outcome.value));
  });
}

/**
 * R10.1 by vote: after an objection the chair puts the communication to a double-majority
 * vote (consensus was not reached: recorded as exhausted by the chair).
 */
export async function openCommunicationVote(
  ports: AppPorts,
  actor: Actor,
  communicationId: string,
  body: unknown,
): Promise<Outcome<CommunicationView>> {
  const command = parseCommand(communicationId, body, SubjectVoteRequestSchema, {
    allowed: isChair(actor),
    denial: CHAIR_ONLY,
  });
  if (!command.ok) return command;
  const { id, parsed } = command;
  return guard(async () => {
    const stored = await ports.communications.get(id.data);
    if (!stored) return notFound(COMMUNICATION);
    if (stored.version !== parsed.data.version) return conflict();
    const permission = mayOpenCommunicationVote(actor, stored.value, ports.clock.now());
    if (!permission.allowed) return permission.refusal;
    const motion =
      parsed.data.motion ?? `Valider la communication : « ${stored.value.text.slice(0, 200)} »`;
    const opened = await putSubjectToVote(ports, actor, {
      subject: { type: 'communication', id: stored.value.id },
      motion,
      closesAt: parsed.data.closesAt,
    });
    if (!opened.ok) return opened;
    const decision = opened;
    const outcome = await change(
      ports,
      actor,
      id.data,
      { type: 'VoteOpened', decisionId: decision.value.id },
      'CommunicationVoteOpened',
    );
    if (!outcome.ok) return outcome;
    return success(await view(ports, actor, outcome.value));
  });
}

/** Once validated, the secretariat marks it published (never before, R10.1). */
export async function publishCommunication(
  ports: AppPorts,
  actor: Actor,
  communicationId: string,
  body: unknown,
): Promise<Outcome<CommunicationView>> {
  const command = parseCommand(communicationId, body, PublishCommunicationRequestSchema, {
    allowed: canManageRegister(actor),
    denial: SECRETARIAT_PUBLISHES,
  });
  if (!command.ok) return command;
  const { id, parsed } = command;
  return guard(async () => {
    const outcome = await change(
      ports,
      actor,
      id.data,
      { type: 'CommunicationPublished' },
      'CommunicationPublished',
      {
        version: parsed.data.version,
        permission: (c, now) => mayPublishCommunication(actor, c, now),
      },
    );
    if (!outcome.ok) return outcome;
    return success(await view(ports, actor, outcome.value));
  });
}

export async function listCommunications(
  ports: AppPorts,
  actor: Actor,
): Promise<Outcome<CommunicationView[]>> {
  if (!canReadCommittee(actor)) return forbidden(NOT_A_MEMBER);
  const viewer = viewerOf(actor);
  const all = (await ports.communications.list()).filter((c) =>
    canSeeCommunication(viewer, c.value),
  );
  return success(
    redactContacts(
      (await Promise.all(all.map((c) => view(ports, actor, c)))).sort((a, b) =>
        b.submittedAt.localeCompare(a.submittedAt),
      ),
      viewer,
    ),
  );
}

export async function getCommunication(
  ports: AppPorts,
  actor: Actor,
  communicationId: string,
): Promise<Outcome<CommunicationView>> {
  const id = IdSchema.safeParse(communicationId);
  if (!id.success) return invalid(id.error);
  if (!canReadCommittee(actor)) return forbidden(NOT_A_MEMBER);
  const viewer = viewerOf(actor);
  const stored = await ports.communications.get(id.data);
  if (!stored || !canSeeCommunication(viewer, stored.value)) return notFound(COMMUNICATION);
  return success(redactContacts(await view(ports, actor, stored), viewer));
}

/** Scheduler: a communication without objection is validated once its window has passed. */
export async function validateSilentCommunications(ports: AppPorts): Promise<number> {
  let validated = 0;
  for (const stored of await ports.communications.findBy('status', 'submitted')) {
    const outcome = await change(
      ports,
      { personId: 'system' },
      stored.value.id,
      { type: 'ObjectionWindowElapsed' },
      'CommunicationValidatedBySilence',
    );
    if (outcome.ok) validated += 1;
  }
  return validated;
}

/** When a vote on a communication closes, the communication is validated or rejected. */
export async function communicationVoteClosed(
  ports: AppPorts,
  decision: Decision,
  adopted: boolean,
) {
  if (decision.subject?.type !== 'communication') return;
  await change(
    ports,
    { personId: 'system' },
    decision.subject.id,
    { type: 'VoteClosed', adopted },
    adopted ? 'CommunicationValidatedByVote' : 'CommunicationRejectedByVote',
  );
}
