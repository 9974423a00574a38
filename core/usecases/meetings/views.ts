import type {
  AmendmentView,
  AttendanceView,
  MeetingDetail,
  MeetingSummary,
  ProposalView,
} from '../../contracts/meetings.js';
import type { PersonView } from '../../contracts/register.js';
import type { Amendment, Attendance, Meeting, Proposal } from '../../model/meeting.js';
import type { Person } from '../../model/person.js';
import type { Stored } from '../../ports/repository.js';
import type { Actor } from '../actor.js';
import { mayRecordDecisions } from '../decisions/permissions.js';
import { permissionsView } from '../permission.js';
import { personView } from '../register/views.js';
import { meetingDeadlines, meetingFlags } from './deadlines.js';
import { noticeDeliveryView, type DeliveryViewPorts } from './delivery-view.js';
import { documentsById, type MeetingContext } from './load.js';
import {
  amendmentsOpen,
  canRunMeetings,
  isMember,
  mayAmend,
  mayAnswerAmendment,
  mayAnswerProposal,
  mayAnswerProposals,
  mayCancelMeeting,
  mayEditMeeting,
  mayJustifyAbsences,
  mayPropose,
  mayPublishMeeting,
  mayRecordAttendance,
  mayRecordDecisionAt,
  maySendNotice,
  mayShareMinutes,
  proposalsOpen,
} from './permissions.js';

export { canRunMeetings, isMember };

function who(context: MeetingContext, personId: string): PersonView {
  const person = context.people.get(personId);
  return person
    ? personView(person)
    : { id: personId, displayName: personId, email: '', guest: false };
}

export function meetingSummary(stored: Stored<Meeting>, context: MeetingContext): MeetingSummary {
  const m = stored.value;
  return {
    id: m.id,
    version: stored.version,
    title: m.title,
    start: m.start,
    end: m.end,
    ...(m.location ? { location: m.location } : {}),
    online: m.online,
    ...(m.joinUrl ? { joinUrl: m.joinUrl } : {}),
    status: m.status,
    source: m.source,
    ...(m.noticeSentAt ? { noticeSentAt: m.noticeSentAt } : {}),
    ...(m.publishedAt ? { publishedAt: m.publishedAt } : {}),
    deadlines: meetingDeadlines(m, context.confirmed),
    flags: meetingFlags(m, context.confirmed, context.now),
  };
}

/**
 * Who is expected: every titular and alternate of an active seat (both are invited, R3.1), the
 * chair, the secretariat and the external invitees (R5.4), with what was recorded for them.
 */
export function roster(
  meeting: Meeting,
  context: MeetingContext,
  attendance: Attendance[],
): AttendanceView[] {
  const recorded = new Map(attendance.map((a) => [a.personId, a]));
  const rows: AttendanceView[] = [];
  const add = (person: Person | undefined, row: Omit<AttendanceView, 'person'>) => {
    if (!person || rows.some((r) => r.person.id === person.id)) return;
    const entry = recorded.get(person.id);
    rows.push({
      person: personView(person),
      ...row,
      ...(entry ? { status: entry.status } : {}),
      ...(entry?.justification ? { justification: entry.justification } : {}),
    });
  };
  for (const role of ['chair', 'secretariat'] as const) {
    for (const person of context.people.values()) {
      if (person.roles.includes(role)) add(person, { capacity: role });
    }
  }
  const seats = [...context.activeSeats].sort((a, b) => a.college.localeCompare(b.college));
  for (const seat of seats) {
    const organisation = context.organisations.get(seat.organisationId);
    for (const capacity of ['titular', 'alternate'] as const) {
      const id = capacity === 'titular' ? seat.titularId : seat.alternateId;
      add(id ? context.people.get(id) : undefined, {
        capacity,
        seatId: seat.id,
        college: seat.college,
        ...(organisation ? { organisation } : {}),
      });
    }
  }
  const byEmail = new Map([...context.people.values()].map((p) => [p.email, p]));
  for (const invitee of meeting.externalInvitees) {
    add(byEmail.get(invitee.email.toLowerCase()), {
      capacity: 'external',
      ...(invitee.organisation ? { organisation: invitee.organisation } : {}),
    });
  }
  // People recorded but no longer on the roster (e.g. a seat ceased since) stay visible.
  for (const entry of attendance) {
    add(context.people.get(entry.personId), {
      capacity: entry.capacity,
      ...(entry.seatId ? { seatId: entry.seatId } : {}),
    });
  }
  return rows;
}

export function proposalView(
  stored: Stored<Proposal>,
  context: MeetingContext,
  actor: Actor,
): ProposalView {
  const p = stored.value;
  return {
    id: p.id,
    version: stored.version,
    meetingId: p.meetingId,
    proposer: who(context, p.proposerId),
    kind: p.kind,
    text: p.text,
    ...(p.proposedStart ? { proposedStart: p.proposedStart } : {}),
    submittedAt: p.submittedAt,
    status: p.status,
    ...(p.response
      ? {
          response: {
            reason: p.response.reason,
            at: p.response.at,
            by: who(context, p.response.by),
          },
        }
      : {}),
    ...permissionsView({ answer: mayAnswerProposal(actor, p) }),
  };
}

export function amendmentView(
  stored: Stored<Amendment>,
  context: MeetingContext,
  actor: Actor,
): AmendmentView {
  const a = stored.value;
  return {
    id: a.id,
    version: stored.version,
    meetingId: a.meetingId,
    author: who(context, a.authorId),
    text: a.text,
    submittedAt: a.submittedAt,
    status: a.status,
    ...(a.answer
      ? { answer: { text: a.answer.text, at: a.answer.at, by: who(context, a.answer.by) } }
      : {}),
    ...permissionsView({ answer: mayAnswerAmendment(actor, a) }),
  };
}

/**
 * What `actor` may do with this meeting now, and why not: the same permissions the use cases
 * refuse with (./permissions.ts).
 */
export function permissions(
  meeting: Meeting,
  actor: Actor,
  context: MeetingContext,
  proposals: readonly Proposal[],
) {
  const { now, confirmed } = context;
  return permissionsView({
    edit: mayEditMeeting(actor, meeting, now),
    cancel: mayCancelMeeting(actor, meeting, now),
    sendNotice: maySendNotice(actor, meeting, now),
    propose: mayPropose(actor, meeting, now),
    answerProposals: mayAnswerProposals(actor, proposals),
    recordAttendance: mayRecordAttendance(actor, meeting, now),
    justifyAbsences: mayJustifyAbsences(actor),
    shareMinutes: mayShareMinutes(actor, meeting, now),
    amend: mayAmend(actor, meeting, now, confirmed),
    publish: mayPublishMeeting(actor, meeting, now, confirmed),
    recordDecision: mayRecordDecisionAt(mayRecordDecisions(actor), meeting),
  });
}

export async function meetingDetail(
  ports: DeliveryViewPorts,
  actor: Actor,
  stored: Stored<Meeting>,
  context: MeetingContext,
): Promise<MeetingDetail> {
  const m = stored.value;
  const [proposals, attendance, amendments, noticeDelivery] = await Promise.all([
    ports.proposals.findBy('meetingId', m.id),
    ports.attendance.findBy('meetingId', m.id),
    ports.amendments.findBy('meetingId', m.id),
    noticeDeliveryView(ports, actor, m, context),
  ]);
  const documents = await documentsById(ports, [
    ...m.agenda.flatMap((item) => item.documentIds),
    ...(m.minutesDocumentId ? [m.minutesDocumentId] : []),
  ]);
  const secretariat = canRunMeetings(actor);
  const minutes = m.minutesDocumentId ? documents.get(m.minutesDocumentId) : undefined;
  return {
    ...meetingSummary(stored, context),
    asOf: context.now,
    agenda: m.agenda.map((item) => ({
      id: item.id,
      title: item.title,
      ...(item.presenter ? { presenter: item.presenter } : {}),
      documents: item.documentIds.flatMap((id) => documents.get(id) ?? []),
      ...(item.proposalId ? { proposalId: item.proposalId } : {}),
    })),
    externalInvitees: m.externalInvitees.map((i) => ({
      name: i.name,
      email: secretariat ? i.email : '',
      ...(i.organisation ? { organisation: i.organisation } : {}),
    })),
    proposals: proposals
      .map((p) => proposalView(p, context, actor))
      .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt)),
    attendance: roster(
      m,
      context,
      attendance.map((a) => a.value),
    ),
    ...(minutes ? { minutes } : {}),
    ...(m.minutesSharedOn ? { minutesSharedOn: m.minutesSharedOn } : {}),
    postponedFrom: m.postponedFrom,
    ...(m.cancellationReason ? { cancellationReason: m.cancellationReason } : {}),
    amendments: amendments
      .map((a) => amendmentView(a, context, actor))
      .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt)),
    windowsOpen: {
      proposals: proposalsOpen(m, context.now).allowed,
      amendments: amendmentsOpen(m, context.now, context.confirmed).allowed,
    },
    ...(noticeDelivery ? { noticeDelivery } : {}),
    ...permissions(
      m,
      actor,
      context,
      proposals.map((p) => p.value),
    ),
  };
}
