import {
  AnswerAmendmentRequestSchema,
  JustifyAbsenceRequestSchema,
  PublishMeetingRequestSchema,
  RecordAttendanceRequestSchema,
  ShareMinutesRequestSchema,
  SubmitAmendmentRequestSchema,
  type AmendmentView,
  type MeetingDetail,
} from '../../contracts/meetings.js';
import type { Amendment, Attendance } from '../../model/meeting.js';
import { localDay } from '../../time.js';
import { transitionMeeting } from '../../workflows/meeting.js';
import type { Actor } from '../actor.js';
import { createAudited, createOnceAudited, updateAudited } from '../audited-write.js';
import {
  conflict,
  guard,
  invalidField,
  notFound,
  repeated,
  success,
  parseCommand,
  type Outcome,
} from '../outcome.js';
import { allowedStep } from '../permission.js';
import { checkDocument, saveDocument } from '../register/documents.js';
import type { AppPorts } from './app-ports.js';
import { isLoaded, loadContext, loadMeeting } from './load.js';
import { committeeRecipients, enqueue, fanOut } from './outbox.js';
import {
  canRunMeetings,
  isMember,
  mayAmend,
  mayAnswerAmendment,
  mayJustifyAbsences,
  mayPublishMeeting,
  mayRecordAttendance,
  mayShareMinutes,
  MEMBERS_AMEND,
  SECRETARIAT_RUNS_MEETINGS,
} from './permissions.js';
import { amendmentView, meetingDetail, roster } from './views.js';
const NOT_ON_ROSTER = {
  fr: "Cette personne n'est ni membre, ni invitée, ni du secrétariat de cette réunion.",
  ar: 'هذا الشخص ليس عضوا ولا مدعوا ولا من كتابة هذا الاجتماع.',
  en: 'This person is neither a member, an invitee nor the secretariat of this meeting.',
};

/**
 * Records who is present, during the meeting (tab side panel or card). The first record marks
 * the meeting held. One record per person (unique meeting:person); recording again updates it.
 */
export async function recordAttendance(
  ports: AppPorts,
  actor: Actor,
  meetingId: string,
  body: unknown,
): Promise<Outcome<MeetingDetail>> {
  const command = parseCommand(meetingId, body, RecordAttendanceRequestSchema, {
    allowed: canRunMeetings(actor),
    denial: SECRETARIAT_RUNS_MEETINGS,
  });
  if (!command.ok) return command;
  const { id, parsed } = command;
  return guard(async () => {
    let stored = await loadMeeting(ports, id.data);
    if (!isLoaded(stored)) return stored;
    const now = ports.clock.now();
    const permission = mayRecordAttendance(actor, stored.value, now);
    if (!permission.allowed) return permission.refusal;
    if (stored.value.status === 'noticed') {
      // The first record of a noticed meeting marks it held.
      const held = allowedStep(transitionMeeting(stored.value, { type: 'MeetingHeld' }, now));
      const change = { actor, action: 'MeetingHeld', at: now };
      stored = await updateAudited(ports, 'meetings', change, held, stored);
    }
    const meeting = stored.value;
    const context = await loadContext(ports);
    const existing = await ports.attendance.findBy('meetingId', meeting.id);
    const rows = roster(
      meeting,
      context,
      existing.map((e) => e.value),
    );
    for (const entry of parsed.data.entries) {
      const row = rows.find((r) => r.person.id === entry.personId);
      if (!row) return invalidField(`entries.${entry.personId}`, NOT_ON_ROSTER);
      const current = existing.find((e) => e.value.personId === entry.personId);
      if (current && current.value.status === entry.status) continue;
      // R12.1: recording the roster again keeps an absence already justified (and its text).
      if (current?.value.status === 'excused' && entry.status === 'absent') continue;
      const record: Attendance = {
        id: current?.value.id ?? ports.ids.newId(),
        meetingId: meeting.id,
        personId: entry.personId,
        capacity: row.capacity,
        ...(row.seatId ? { seatId: row.seatId } : {}),
        status: entry.status,
        recordedBy: actor.personId,
        recordedAt: now,
      };
      const change = { actor, action: 'AttendanceRecorded', at: now };
      if (current) await updateAudited(ports, 'attendance', change, record, current);
      else await createAudited(ports, 'attendance', change, record);
    }
    return success(await meetingDetail(ports, actor, stored, context));
  });
}

const NOT_ABSENT = {
  fr: 'Seule une absence peut être justifiée ou non.',
  ar: 'لا يمكن تبرير إلا الغياب.',
  en: 'Only an absence can be marked justified or not.',
};

/** After the meeting, an absence is marked justified (with its justification) or not (R12.1). */
export async function justifyAbsence(
  ports: AppPorts,
  actor: Actor,
  meetingId: string,
  body: unknown,
): Promise<Outcome<MeetingDetail>> {
  const command = parseCommand(meetingId, body, JustifyAbsenceRequestSchema);
  if (!command.ok) return command;
  const permission = mayJustifyAbsences(actor);
  if (!permission.allowed) return permission.refusal;
  const { id, parsed } = command;
  const input = parsed.data;
  return guard(async () => {
    const stored = await loadMeeting(ports, id.data);
    if (!isLoaded(stored)) return stored;
    const record = await ports.attendance.findByUniqueKey(`${id.data}:${input.personId}`);
    if (!record || record.value.status === 'present') return invalidField('personId', NOT_ABSENT);
    const now = ports.clock.now();
    const next: Attendance = {
      ...record.value,
      status: input.justified ? 'excused' : 'absent',
      // The secretariat's text is kept as sent, also with an unjustified absence (its note).
      justification: input.justification || undefined,
      recordedBy: actor.personId,
      recordedAt: now,
    };
    const action = input.justified ? 'AbsenceJustified' : 'AbsenceUnjustified';
    await updateAudited(ports, 'attendance', { actor, action, at: now }, next, record);
    return success(await meetingDetail(ports, actor, stored, await loadContext(ports)));
  });
}

/**
 * R5.5: the secretariat shares the minutes — an uploaded document, or text written in the tab
 * stored as a document. Members may then amend for 2 business days. Late sharing is flagged,
 * never refused.
 */
export async function shareMinutes(
  ports: AppPorts,
  actor: Actor,
  meetingId: string,
  body: unknown,
): Promise<Outcome<MeetingDetail>> {
  const command = parseCommand(meetingId, body, ShareMinutesRequestSchema, {
    allowed: canRunMeetings(actor),
    denial: SECRETARIAT_RUNS_MEETINGS,
  });
  if (!command.ok) return command;
  const { id, parsed } = command;
  const input = parsed.data;
  return guard(async () => {
    const stored = await loadMeeting(ports, id.data, input.version);
    if (!isLoaded(stored)) return stored;
    const now = ports.clock.now();
    const permission = mayShareMinutes(actor, stored.value, now);
    if (!permission.allowed) return permission.refusal;
    let documentId = input.documentId;
    if (documentId) {
      const missing = await checkDocument(ports, documentId, 'minutes');
      if (missing) return missing;
    } else {
      const ref = await saveDocument(
        ports,
        { actor, action: 'DocumentUploaded', at: now },
        {
          name: `compte-rendu-${localDay(stored.value.start)}.md`,
          contentType: 'text/markdown',
          bytes: new TextEncoder().encode(input.text ?? ''),
          purpose: 'minutes',
          uploadedBy: actor.personId,
        },
      );
      documentId = ref.id;
    }
    const next = allowedStep(
      transitionMeeting(stored.value, { type: 'MinutesShared', documentId }, now),
    );
    const change = { actor, action: 'MinutesShared', at: now };
    const saved = await updateAudited(ports, 'meetings', change, next, stored);
    const context = await loadContext(ports);
    await enqueue(
      ports,
      fanOut(
        `minutes:${next.id}:${documentId}`,
        committeeRecipients(context),
        { kind: 'minutes-shared', meetingId: next.id },
        true,
      ),
    );
    const detail = await meetingDetail(ports, actor, saved, context);
    return success(detail, detail.flags);
  });
}

/** R5.5: a member proposes an amendment within the 2 business days; the same text twice is one. */
export async function submitAmendment(
  ports: AppPorts,
  actor: Actor,
  meetingId: string,
  body: unknown,
): Promise<Outcome<AmendmentView>> {
  const command = parseCommand(meetingId, body, SubmitAmendmentRequestSchema, {
    allowed: isMember(actor),
    denial: MEMBERS_AMEND,
  });
  if (!command.ok) return command;
  const { id, parsed } = command;
  return guard(async () => {
    const stored = await loadMeeting(ports, id.data);
    if (!isLoaded(stored)) return stored;
    const meeting = stored.value;
    const now = ports.clock.now();
    const context = await loadContext(ports);
    const permission = mayAmend(actor, meeting, now, context.confirmed);
    if (!permission.allowed) return permission.refusal;
    const amendment: Amendment = {
      id: ports.ids.newId(),
      meetingId: meeting.id,
      authorId: actor.personId,
      text: parsed.data.text,
      submittedAt: now,
      status: 'pending',
    };
    // The unique key (meeting, author, text) makes a double click or replay one amendment.
    const change = { actor, action: 'AmendmentSubmitted', at: now };
    const { stored: created, created: isNew } = await createOnceAudited(
      ports,
      'amendments',
      change,
      amendment,
    );
    const view = amendmentView(created, context, actor);
    return isNew ? success(view) : repeated(view);
  });
}

/** The secretariat integrates an amendment or answers it; the author is told. */
export async function answerAmendment(
  ports: AppPorts,
  actor: Actor,
  amendmentId: string,
  body: unknown,
): Promise<Outcome<AmendmentView>> {
  const command = parseCommand(amendmentId, body, AnswerAmendmentRequestSchema, {
    allowed: canRunMeetings(actor),
    denial: SECRETARIAT_RUNS_MEETINGS,
  });
  if (!command.ok) return command;
  const { id, parsed } = command;
  const input = parsed.data;
  return guard(async () => {
    const stored = await ports.amendments.get(id.data);
    if (!stored) return notFound({ fr: 'amendement', ar: 'التعديل', en: 'amendment' });
    if (stored.version !== input.version) return conflict();
    const permission = mayAnswerAmendment(actor, stored.value);
    if (!permission.allowed) return permission.refusal;
    const now = ports.clock.now();
    const next: Amendment = {
      ...stored.value,
      status: input.decision,
      answer: { text: input.text, by: actor.personId, at: now },
    };
    const change = { actor, action: 'AmendmentAnswered', at: now };
    const saved = await updateAudited(ports, 'amendments', change, next, stored);
    await enqueue(ports, [
      {
        key: `amendment-answered:${next.id}:${now}`,
        recipient: { personId: next.authorId },
        notification: { kind: 'amendment-answered', amendmentId: next.id },
      },
    ]);
    return success(amendmentView(saved, await loadContext(ports), actor));
  });
}

/**
 * R5.6: once the amendment window is over, one audited action publishes the minutes, the
 * agenda and the participant list (the public export lists exactly the published meetings).
 */
export async function publishMeeting(
  ports: AppPorts,
  actor: Actor,
  meetingId: string,
  body: unknown,
): Promise<Outcome<MeetingDetail>> {
  const command = parseCommand(meetingId, body, PublishMeetingRequestSchema, {
    allowed: canRunMeetings(actor),
    denial: SECRETARIAT_RUNS_MEETINGS,
  });
  if (!command.ok) return command;
  const { id, parsed } = command;
  return guard(async () => {
    const stored = await loadMeeting(ports, id.data, parsed.data.version);
    if (!isLoaded(stored)) return stored;
    const now = ports.clock.now();
    const context = await loadContext(ports);
    const permission = mayPublishMeeting(actor, stored.value, now, context.confirmed);
    if (!permission.allowed) return permission.refusal;
    const next = allowedStep(
      transitionMeeting(stored.value, { type: 'MeetingPublished' }, now, {
        confirmed: context.confirmed,
      }),
    );
    const change = { actor, action: 'MeetingPublished', at: now };
    const saved = await updateAudited(ports, 'meetings', change, next, stored);
    await enqueue(
      ports,
      fanOut(`published:${next.id}`, [], { kind: 'meeting-published', meetingId: next.id }, true),
    );
    return success(await meetingDetail(ports, actor, saved, context));
  });
}
