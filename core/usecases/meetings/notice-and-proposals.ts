import {
  AnswerProposalRequestSchema,
  SendNoticeRequestSchema,
  SubmitProposalRequestSchema,
  type MeetingDetail,
  type ProposalView,
} from '../../contracts/meetings.js';
import type { Meeting, Proposal } from '../../model/meeting.js';
import { transitionMeeting } from '../../workflows/meeting.js';
import type { Actor } from '../actor.js';
import { createOnceAudited, updateAudited } from '../audited-write.js';
import {
  conflict,
  guard,
  notFound,
  repeated,
  success,
  parseCommand,
  type Outcome,
} from '../outcome.js';
import { allowedStep } from '../permission.js';
import type { AppPorts } from './app-ports.js';
import { isLoaded, loadContext, loadMeeting } from './load.js';
import { committeeRecipients, enqueue, fanOut, secretariatRecipients } from './outbox.js';
import {
  canRunMeetings,
  isMember,
  mayAnswerProposal,
  mayPropose,
  maySendNotice,
  MEMBERS_PROPOSE,
  SECRETARIAT_RUNS_MEETINGS,
} from './permissions.js';
import { meetingDetail, proposalView } from './views.js';

/**
 * R5.2: sends the notice — refused with the rule's sentence when fewer than 10 days remain
 * (the chair can then only postpone). Sent, it is queued to every member and the committee
 * channel; the proposal window (R5.3) opens.
 */
export async function sendNotice(
  ports: AppPorts,
  actor: Actor,
  meetingId: string,
  body: unknown,
): Promise<Outcome<MeetingDetail>> {
  const command = parseCommand(meetingId, body, SendNoticeRequestSchema, {
    allowed: canRunMeetings(actor),
    denial: SECRETARIAT_RUNS_MEETINGS,
  });
  if (!command.ok) return command;
  const { id, parsed } = command;
  return guard(async () => {
    const stored = await loadMeeting(ports, id.data, parsed.data.version);
    if (!isLoaded(stored)) return stored;
    const now = ports.clock.now();
    const permission = maySendNotice(actor, stored.value, now);
    if (!permission.allowed) return permission.refusal;
    const next = allowedStep(transitionMeeting(stored.value, { type: 'NoticeSent' }, now));
    const change = { actor, action: 'NoticeSent', at: now };
    const saved = await updateAudited(ports, 'meetings', change, next, stored);
    const context = await loadContext(ports);
    await enqueue(
      ports,
      fanOut(
        `notice:${next.id}:${now}`,
        committeeRecipients(context),
        { kind: 'meeting-notice', meetingId: next.id },
        true,
      ),
    );
    return success(await meetingDetail(ports, actor, saved, context));
  });
}

/**
 * R5.3: a member proposes an agenda item or another date while the window is open. The same
 * text from the same person twice (a double click, a replayed card action) is one proposal.
 */
export async function submitProposal(
  ports: AppPorts,
  actor: Actor,
  meetingId: string,
  body: unknown,
): Promise<Outcome<ProposalView>> {
  const command = parseCommand(meetingId, body, SubmitProposalRequestSchema, {
    allowed: isMember(actor),
    denial: MEMBERS_PROPOSE,
  });
  if (!command.ok) return command;
  const { id, parsed } = command;
  const input = parsed.data;
  return guard(async () => {
    const stored = await loadMeeting(ports, id.data);
    if (!isLoaded(stored)) return stored;
    const meeting = stored.value;
    const now = ports.clock.now();
    const permission = mayPropose(actor, meeting, now);
    if (!permission.allowed) return permission.refusal;
    const context = await loadContext(ports);
    const proposal: Proposal = {
      id: ports.ids.newId(),
      meetingId: meeting.id,
      proposerId: actor.personId,
      kind: input.kind,
      text: input.text,
      ...(input.proposedStart ? { proposedStart: input.proposedStart } : {}),
      submittedAt: now,
      status: 'pending',
    };
    // The unique key (meeting, proposer, kind, text) makes a double click or replay one proposal.
    const change = { actor, action: 'ProposalSubmitted', at: now };
    const { stored: created, created: isNew } = await createOnceAudited(
      ports,
      'proposals',
      change,
      proposal,
    );
    if (!isNew) return repeated(proposalView(created, context, actor));
    await enqueue(
      ports,
      fanOut(`proposal:${proposal.id}`, secretariatRecipients(context), {
        kind: 'proposal-received',
        proposalId: proposal.id,
      }),
    );
    return success(proposalView(created, context, actor));
  });
}

/**
 * The secretariat accepts or rejects a proposal with its reason (OGP's reasoned response); an
 * accepted agenda item joins the agenda; the proposer is told.
 */
export async function answerProposal(
  ports: AppPorts,
  actor: Actor,
  proposalId: string,
  body: unknown,
): Promise<Outcome<ProposalView>> {
  const command = parseCommand(proposalId, body, AnswerProposalRequestSchema, {
    allowed: canRunMeetings(actor),
    denial: SECRETARIAT_RUNS_MEETINGS,
  });
  if (!command.ok) return command;
  const { id, parsed } = command;
  const input = parsed.data;
  return guard(async () => {
    const stored = await ports.proposals.get(id.data);
    if (!stored) return notFound({ fr: 'proposition', ar: 'الاقتراح', en: 'proposal' });
    if (stored.version !== input.version) return conflict();
    const permission = mayAnswerProposal(actor, stored.value);
    if (!permission.allowed) return permission.refusal;
    const now = ports.clock.now();
    const answered: Proposal = {
      ...stored.value,
      status: input.decision,
      response: { reason: input.reason, by: actor.personId, at: now },
    };
    if (input.decision === 'accepted' && answered.kind === 'agenda_item') {
      const meeting = await loadMeeting(ports, answered.meetingId);
      if (!isLoaded(meeting)) return meeting;
      const next: Meeting = {
        ...meeting.value,
        agenda: [
          ...meeting.value.agenda,
          { id: ports.ids.newId(), title: answered.text, documentIds: [], proposalId: answered.id },
        ],
      };
      await updateAudited(
        ports,
        'meetings',
        { actor, action: 'AgendaItemAdded', at: now },
        next,
        meeting,
      );
    }
    const change = { actor, action: 'ProposalAnswered', at: now };
    const saved = await updateAudited(ports, 'proposals', change, answered, stored);
    await enqueue(ports, [
      {
        key: `proposal-answered:${answered.id}`,
        recipient: { personId: answered.proposerId },
        notification: { kind: 'proposal-answered', proposalId: answered.id },
      },
    ]);
    return success(proposalView(saved, await loadContext(ports), actor));
  });
}
