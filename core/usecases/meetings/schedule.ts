import {
  CancelMeetingRequestSchema,
  ScheduleMeetingRequestSchema,
  UpdateMeetingRequestSchema,
  type MeetingDetail,
} from '../../contracts/meetings.js';
import type { Meeting } from '../../model/meeting.js';
import type { Person } from '../../model/person.js';
import type { CalendarAttendee } from '../../ports/calendar.js';
import { compareInstants, formatInstantLong } from '../../time.js';
import { transitionMeeting } from '../../workflows/meeting.js';
import type { Actor } from '../actor.js';
import { createAudited, updateAudited } from '../audited-write.js';
import { guard, invalid, invalidField, success, parseCommand, type Outcome } from '../outcome.js';
import { allowedStep } from '../permission.js';
import { checkDocument } from '../register/documents.js';
import type { AppPorts } from './app-ports.js';
import { isLoaded, loadContext, loadMeeting, type MeetingContext } from './load.js';
import { patchMeeting } from './meeting-patch.js';
import { committeeRecipients, enqueue, fanOut } from './outbox.js';
import {
  canRunMeetings,
  mayCancelMeeting,
  mayEditMeeting,
  mayScheduleMeeting,
  SECRETARIAT_RUNS_MEETINGS,
} from './permissions.js';
import { meetingDetail } from './views.js';

export { SECRETARIAT_RUNS_MEETINGS };

const END_BEFORE_START = {
  fr: 'La fin de la réunion doit suivre son début.',
  ar: 'يجب أن تلي نهاية الاجتماع بدايته.',
  en: 'The meeting must end after it starts.',
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The agenda in the invitation's body (French, the committee's working language). */
export function agendaHtml(meeting: Meeting): string {
  const when = formatInstantLong(meeting.start).fr;
  const items = meeting.agenda
    .map(
      (item) =>
        `<li>${escapeHtml(item.title)}${item.presenter ? ` — ${escapeHtml(item.presenter)}` : ''}</li>`,
    )
    .join('');
  return `<p>Réunion du comité de pilotage OGP Maroc — ${escapeHtml(when)} (heure du Maroc).</p>${
    items ? `<p>Ordre du jour :</p><ol>${items}</ol>` : ''
  }<p>L'ordre du jour est ouvert aux propositions des membres pendant 3 jours après l'avis (art. 5).</p>`;
}

/** Everyone the calendar invitation goes to: members (titular and alternate), chair, externals. */
export function attendeesOf(meeting: Meeting, context: MeetingContext): CalendarAttendee[] {
  const seen = new Set<string>();
  const list: CalendarAttendee[] = [];
  const add = (name: string, email: string, type: CalendarAttendee['type']) => {
    const key = email.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    list.push({ name, email, type });
  };
  for (const id of committeeRecipients(context)) {
    const person = context.people.get(id);
    if (person) add(person.displayName, person.email, 'required');
  }
  for (const invitee of meeting.externalInvitees) add(invitee.name, invitee.email, 'optional');
  return list;
}

/** Not an Entra object id (a GUID): a token never carries it. */
const NO_ACCOUNT_PREFIX = 'no-account:';

/**
 * External invitees are people of the register with the `external` role (R5.4: no vote). They
 * get the calendar invitation by e-mail; their record holds no Entra object id, so no token can
 * sign in as them (issue 10): to let one use the tab, the secretariat registers them from the
 * directory. Embedded mode signs them in by this local id.
 */
async function registerExternals(ports: AppPorts, actor: Actor, meeting: Meeting, now: string) {
  for (const invitee of meeting.externalInvitees) {
    const email = invitee.email.toLowerCase();
    const [existing] = await ports.people.findBy('email', email);
    if (existing) continue;
    const id = ports.ids.newId();
    const person: Person = {
      id,
      aadObjectId: `${NO_ACCOUNT_PREFIX}${id}`,
      displayName: invitee.name,
      email,
      roles: ['external'],
      guest: true,
      example: false,
    };
    await createAudited(ports, 'people', { actor, action: 'PersonAdded', at: now }, person);
  }
}

async function checkAgendaDocuments(ports: AppPorts, meeting: Pick<Meeting, 'agenda'>) {
  for (const item of meeting.agenda) {
    for (const id of item.documentIds) {
      const missing = await checkDocument(ports, id, 'agenda-document');
      if (missing) return missing;
    }
  }
  return undefined;
}

/** Puts the meeting in the calendar (Outlook event with a Teams meeting, or the ICS feed). */
async function syncCalendar(ports: AppPorts, meeting: Meeting, context: MeetingContext) {
  const event = await ports.calendar.upsert(
    meeting,
    attendeesOf(meeting, context),
    agendaHtml(meeting),
  );
  return {
    ...meeting,
    calendarEventId: event.eventId,
    ...(event.joinUrl ? { joinUrl: event.joinUrl } : {}),
  };
}

/**
 * The secretariat schedules a meeting: recorded as a draft, put in the calendar with every
 * titular and alternate invited. The notice (R5.2) is a separate, deliberate step.
 */
export async function scheduleMeeting(
  ports: AppPorts,
  actor: Actor,
  body: unknown,
): Promise<Outcome<MeetingDetail>> {
  const parsed = ScheduleMeetingRequestSchema.safeParse(body);
  if (!parsed.success) return invalid(parsed.error);
  const permission = mayScheduleMeeting(actor);
  if (!permission.allowed) return permission.refusal;
  const input = parsed.data;
  if (compareInstants(input.end, input.start) <= 0) return invalidField('end', END_BEFORE_START);
  return guard(async () => {
    const missing = await checkAgendaDocuments(ports, {
      agenda: input.agenda.map((a) => ({ ...a, id: '' })),
    });
    if (missing) return missing;
    const now = ports.clock.now();
    let meeting: Meeting = {
      id: ports.ids.newId(),
      title: input.title,
      start: input.start,
      end: input.end,
      ...(input.location ? { location: input.location } : {}),
      online: input.online,
      status: 'draft',
      agenda: input.agenda.map((item) => ({
        id: ports.ids.newId(),
        title: item.title,
        documentIds: item.documentIds,
        ...(item.presenter ? { presenter: item.presenter } : {}),
      })),
      externalInvitees: input.externalInvitees.map((i) => ({ ...i, email: i.email.toLowerCase() })),
      postponedFrom: [],
      source: 'tab',
    };
    await registerExternals(ports, actor, meeting, now);
    const context = await loadContext(ports);
    meeting = await syncCalendar(ports, meeting, context);
    const change = { actor, action: 'MeetingScheduled', at: now };
    const stored = await createAudited(ports, 'meetings', change, meeting);
    const detail = await meetingDetail(ports, actor, stored, context);
    return success(detail, detail.flags);
  });
}

/**
 * Edits or moves a meeting. Moving a noticed meeting postpones it (R5.2: a new notice, itself
 * 10 days ahead, is needed) and tells the members.
 */
export async function updateMeeting(
  ports: AppPorts,
  actor: Actor,
  meetingId: string,
  body: unknown,
): Promise<Outcome<MeetingDetail>> {
  const command = parseCommand(meetingId, body, UpdateMeetingRequestSchema, {
    allowed: canRunMeetings(actor),
    denial: SECRETARIAT_RUNS_MEETINGS,
  });
  if (!command.ok) return command;
  const { id, parsed } = command;
  const input = parsed.data;
  return guard(async () => {
    const stored = await loadMeeting(ports, id.data, input.version);
    if (!isLoaded(stored)) return stored;
    const current = stored.value;
    // Nothing sent but the version: nothing to change, save or audit.
    if (Object.keys(input).every((key) => key === 'version')) {
      return success(await meetingDetail(ports, actor, stored, await loadContext(ports)));
    }
    const now = ports.clock.now();
    let next: Meeting = current;
    const start = input.start ?? current.start;
    const end = input.end ?? current.end;
    if (compareInstants(end, start) <= 0) return invalidField('end', END_BEFORE_START);
    // Editing and moving are the same step: before the meeting is held.
    const permission = mayEditMeeting(actor, current, now);
    if (!permission.allowed) return permission.refusal;
    const moved = start !== current.start || end !== current.end;
    if (moved) {
      next = allowedStep(transitionMeeting(current, { type: 'MeetingPostponed', start, end }, now));
    }
    // A real PATCH: only the fields sent change; clearing is explicit (null, []).
    const patched = patchMeeting(next, input, () => ports.ids.newId());
    if (!patched.ok) return invalidField(patched.path, patched.message);
    next = patched.meeting;
    const missing = await checkAgendaDocuments(ports, next);
    if (missing) return missing;
    await registerExternals(ports, actor, next, now);
    const context = await loadContext(ports);
    next = await syncCalendar(ports, next, context);
    const change = { actor, action: moved ? 'MeetingMoved' : 'MeetingEdited', at: now };
    const saved = await updateAudited(ports, 'meetings', change, next, stored);
    if (moved && current.status !== 'draft') {
      await enqueue(
        ports,
        fanOut(
          `moved:${next.id}:${next.start}`,
          committeeRecipients(context),
          { kind: 'meeting-moved', meetingId: next.id },
          true,
        ),
      );
    }
    const detail = await meetingDetail(ports, actor, saved, context);
    return success(detail, detail.flags);
  });
}

/** Cancels a meeting before it is held; the calendar event is cancelled and members are told. */
export async function cancelMeeting(
  ports: AppPorts,
  actor: Actor,
  meetingId: string,
  body: unknown,
): Promise<Outcome<MeetingDetail>> {
  const command = parseCommand(meetingId, body, CancelMeetingRequestSchema, {
    allowed: canRunMeetings(actor),
    denial: SECRETARIAT_RUNS_MEETINGS,
  });
  if (!command.ok) return command;
  const { id, parsed } = command;
  return guard(async () => {
    const stored = await loadMeeting(ports, id.data, parsed.data.version);
    if (!isLoaded(stored)) return stored;
    const now = ports.clock.now();
    const permission = mayCancelMeeting(actor, stored.value, now);
    if (!permission.allowed) return permission.refusal;
    const next = allowedStep(
      transitionMeeting(
        stored.value,
        { type: 'MeetingCancelled', reason: parsed.data.reason },
        now,
      ),
    );
    if (next.calendarEventId) await ports.calendar.cancel(next.calendarEventId, parsed.data.reason);
    const change = { actor, action: 'MeetingCancelled', at: now };
    const saved = await updateAudited(ports, 'meetings', change, next, stored);
    const context = await loadContext(ports);
    if (stored.value.status !== 'draft') {
      await enqueue(
        ports,
        fanOut(
          `cancelled:${next.id}`,
          committeeRecipients(context),
          { kind: 'meeting-cancelled', meetingId: next.id },
          true,
        ),
      );
    }
    return success(await meetingDetail(ports, actor, saved, context));
  });
}
