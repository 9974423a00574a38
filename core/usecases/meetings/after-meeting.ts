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
import { checkAmendmentWindow } from '../../rules/r5-5-minutes-deadlines.js';
import { compareInstants, localDay } from '../../time.js';
import { transitionMeeting } from '../../workflows/meeting.js';
import { isViolation } from '../../workflows/workflow.js';
import type { Actor } from '../actor.js';
import { createAudited, createOnceAudited, updateAudited } from '../audited-write.js';
import {
  conflict,
  guard,
  invalidField,
  notFound,
  refusedByRule,
  success,
  parseCommand,
  type Outcome,
} from '../outcome.js';
import { checkDocument, saveDocument } from '../register/documents.js';
import type { AppPorts } from './app-ports.js';
import { isLoaded, loadContext, loadMeeting } from './load.js';
import { committeeRecipients, enqueue, fanOut } from './outbox.js';
import { SECRETARIAT_RUNS_MEETINGS } from './schedule.js';
import { amendmentView, canRunMeetings, isMember, meetingDetail, roster } from './views.js';

const NOT_STARTED = {
  fr: "La présence se relève pendant la réunion : elle n'a pas encore commencé.",
  ar: 'يُسجل الحضور أثناء الاجتماع: لم يبدأ بعد.',
  en: 'Attendance is taken during the meeting: it has not started yet.',
};
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
    if (compareInstants(now, stored.value.start) < 0) return invalidField('meeting', NOT_STARTED);
    if (stored.value.status === 'noticed') {
      const held = transitionMeeting(stored.value, { type: 'MeetingHeld' }, now);
      if (isViolation(held)) return refusedByRule(held);
      const change = { actor, action: 'MeetingHeld', at: now };
      stored = await updateAudited(ports, 'meetings', change, held, stored);
    } else if (!['held', 'minutes_shared', 'amendment_closed'].includes(stored.value.status)) {
      return refusedByRule(transitionMeeting(stored.value, { type: 'MeetingHeld' }, now) as never);
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
  const command = parseCommand(meetingId, body, JustifyAbsenceRequestSchema, {
    allowed: canRunMeetings(actor),
    denial: SECRETARIAT_RUNS_MEETINGS,
  });
  if (!command.ok) return command;
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
    if (stored.value.status !== 'held') {
      const refusal = transitionMeeting(
        stored.value,
        { type: 'MinutesShared', documentId: 'x' },
        now,
      );
      if (isViolation(refusal)) return refusedByRule(refusal);
    }
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
    const next = transitionMeeting(stored.value, { type: 'MinutesShared', documentId }, now);
    if (isViolation(next)) return refusedByRule(next);
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

const NOT_SHARED = {
  fr: "Les amendements portent sur un compte rendu partagé (art. 5) : celui-ci ne l'est pas.",
  ar: 'تنصب التعديلات على محضر تمت مشاركته (المادة 5): وهذا المحضر لم يشارك بعد.',
  en: 'Amendments apply to shared minutes (art. 5): these are not shared.',
};

const MEMBERS_AMEND = {
  fr: 'Seuls les membres du comité enrichissent le compte rendu (art. 5).',
  ar: 'لا يغني المحضر إلا أعضاء اللجنة (المادة 5).',
  en: 'Only committee members amend the minutes (art. 5).',
};

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
    if (meeting.status !== 'minutes_shared' || !meeting.minutesSharedOn) {
      return invalidField('meeting', NOT_SHARED);
    }
    const now = ports.clock.now();
    const context = await loadContext(ports);
    const window = checkAmendmentWindow(meeting.minutesSharedOn, localDay(now), context.confirmed);
    if (!window.ok) return refusedByRule(window);
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
    const { stored: created } = await createOnceAudited(ports, 'amendments', change, amendment);
    return success(amendmentView(created, context));
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
    return success(amendmentView(saved, await loadContext(ports)));
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
    const next = transitionMeeting(stored.value, { type: 'MeetingPublished' }, now, {
      confirmed: context.confirmed,
    });
    if (isViolation(next)) return refusedByRule(next);
    const change = { actor, action: 'MeetingPublished', at: now };
    const saved = await updateAudited(ports, 'meetings', change, next, stored);
    await enqueue(
      ports,
      fanOut(`published:${next.id}`, [], { kind: 'meeting-published', meetingId: next.id }, true),
    );
    return success(await meetingDetail(ports, actor, saved, context));
  });
}
