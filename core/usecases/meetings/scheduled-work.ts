import { OptionalTextSchema, TextSchema } from '../../model/common.js';
import type { Meeting } from '../../model/meeting.js';
import type { CalendarEventChange } from '../../ports/calendar.js';
import type { Stored } from '../../ports/repository.js';
import { semesterCoverage } from '../../rules/r5-1-semester-coverage.js';
import { addDays, compareInstants, localDay } from '../../time.js';
import { transitionMeeting } from '../../workflows/meeting.js';
import { isViolation } from '../../workflows/workflow.js';
import { createAudited, updateAudited } from '../audited-write.js';
import type { AppPorts } from './app-ports.js';
import { meetingDeadlines } from './deadlines.js';
import type { MeetingContext } from './load.js';
import { committeeRecipients, fanOut, secretariatRecipients, type Outgoing } from './outbox.js';

/**
 * The reminders due now, derived from the state alone (no timer state): each has a key naming
 * its subject and deadline, so enqueuing the same reminder again adds nothing.
 */
export function dueReminders(meetings: Stored<Meeting>[], context: MeetingContext): Outgoing[] {
  const today = localDay(context.now);
  const members = committeeRecipients(context);
  const secretariat = secretariatRecipients(context);
  const out: Outgoing[] = [];
  for (const { value: m } of meetings) {
    const d = meetingDeadlines(m, context.confirmed);
    // R5.3: the day before the proposal window closes, while it is open.
    if (
      m.status === 'noticed' &&
      d.proposalsCloseAt &&
      compareInstants(context.now, d.proposalsCloseAt) < 0
    ) {
      const closeDay = localDay(d.proposalsCloseAt);
      if (today >= addDays(closeDay, -1)) {
        out.push(
          ...fanOut(`reminder:proposal-window-closing:${m.id}:${m.noticeSentAt}`, members, {
            kind: 'reminder',
            reminder: 'proposal-window-closing',
            meetingId: m.id,
            due: d.proposalsCloseAt,
          }),
        );
      }
    }
    // R5.5: the minutes are due; then late.
    if (m.status === 'held' && d.minutesShareBy) {
      const kind =
        today > d.minutesShareBy
          ? 'minutes-late'
          : today === d.minutesShareBy
            ? 'minutes-share-due'
            : undefined;
      if (kind) {
        out.push(
          ...fanOut(`reminder:${kind}:${m.id}`, secretariat, {
            kind: 'reminder',
            reminder: kind,
            meetingId: m.id,
            due: d.minutesShareBy,
          }),
        );
      }
    }
    // R5.5: the last day to amend; R5.6: then publishable.
    if (m.status === 'minutes_shared' && d.amendmentsUntil) {
      if (today === d.amendmentsUntil) {
        out.push(
          ...fanOut(`reminder:amendment-window-closing:${m.id}:${m.minutesSharedOn}`, members, {
            kind: 'reminder',
            reminder: 'amendment-window-closing',
            meetingId: m.id,
            due: d.amendmentsUntil,
          }),
        );
      } else if (today > d.amendmentsUntil) {
        out.push(
          ...fanOut(`reminder:publication-ready:${m.id}:${m.minutesSharedOn}`, secretariat, {
            kind: 'reminder',
            reminder: 'publication-ready',
            meetingId: m.id,
            due: d.publishableFrom ?? d.amendmentsUntil,
          }),
        );
      }
    }
  }
  // R5.1: a semester without a meeting, flagged from its start and again near its end.
  const coverage = semesterCoverage({
    meetings: meetings.map(({ value: m }) => ({
      day: localDay(m.start),
      status:
        m.status === 'cancelled'
          ? ('cancelled' as const)
          : ['held', 'minutes_shared', 'amendment_closed', 'published'].includes(m.status)
            ? ('held' as const)
            : ('scheduled' as const),
    })),
    today,
  });
  if (coverage.flag !== 'none') {
    const kind = coverage.flag === 'uncovered' ? 'semester-uncovered' : 'semester-ending';
    out.push(
      ...fanOut(`reminder:${kind}:${coverage.semester.label}`, secretariat, {
        kind: 'reminder',
        reminder: kind,
        due: coverage.semester.end,
      }),
    );
  }
  return out;
}

const CURSOR_KEY = 'calendar-cursor';

/**
 * Meetings the secretariat scheduled directly in Outlook (with the committee category) enter
 * the same workflow: a new event becomes a draft meeting (its rules are then checked and
 * flagged like any other), a moved one is postponed, a deleted one cancelled.
 */
export async function importCalendarChanges(ports: AppPorts): Promise<number> {
  const cursorRecord = await ports.settings.findByUniqueKey(`setting:${CURSOR_KEY}`);
  const cursor =
    typeof cursorRecord?.value.value === 'string' ? cursorRecord.value.value : undefined;
  const { changes, cursor: next } = await ports.calendar.changes(cursor);
  const system = { personId: 'system' };
  let applied = 0;
  for (const change of changes) {
    if (await applyCalendarChange(ports, change, system)) applied += 1;
  }
  const now = ports.clock.now();
  if (cursorRecord?.value.value === next) return applied;
  if (cursorRecord) {
    await ports.settings.update(
      { ...cursorRecord.value, value: next, updatedAt: now },
      cursorRecord.version,
    );
  } else {
    await ports.settings.create({
      id: ports.ids.newId(),
      key: CURSOR_KEY,
      value: next,
      updatedAt: now,
    });
  }
  return applied;
}

const OUTLOOK_TITLE = TextSchema(200);
const OUTLOOK_LOCATION = OptionalTextSchema(200);

async function applyCalendarChange(
  ports: AppPorts,
  change: CalendarEventChange,
  actor: { personId: string },
): Promise<boolean> {
  const [existing] = await ports.meetings.findBy('calendarEventId', change.eventId);
  const now = ports.clock.now();
  if (!existing) {
    if (change.removed || !change.start || !change.end) return false;
    const location = OUTLOOK_LOCATION.safeParse(change.location).data;
    const meeting: Meeting = {
      id: ports.ids.newId(),
      // Typed in Outlook: the same text hygiene as the tab's; what it refuses is not imported.
      title: OUTLOOK_TITLE.safeParse(change.subject ?? '').data ?? 'Réunion du comité de pilotage',
      start: change.start,
      end: change.end,
      ...(location ? { location } : {}),
      online: change.joinUrl !== undefined,
      ...(change.joinUrl ? { joinUrl: change.joinUrl } : {}),
      status: 'draft',
      agenda: [],
      externalInvitees: [],
      postponedFrom: [],
      calendarEventId: change.eventId,
      source: 'outlook',
    };
    const imported = { actor, action: 'MeetingImportedFromOutlook', at: now };
    await createAudited(ports, 'meetings', imported, meeting);
    return true;
  }
  const current = existing.value;
  if (change.removed) {
    const next = transitionMeeting(
      current,
      { type: 'MeetingCancelled', reason: 'Cancelled in Outlook' },
      now,
    );
    if (isViolation(next)) return false;
    await updateAudited(
      ports,
      'meetings',
      { actor, action: 'MeetingCancelled', at: now },
      next,
      existing,
    );
    return true;
  }
  if (
    change.start &&
    change.end &&
    (change.start !== current.start || change.end !== current.end)
  ) {
    const next = transitionMeeting(
      current,
      { type: 'MeetingPostponed', start: change.start, end: change.end },
      now,
    );
    if (isViolation(next)) return false;
    await updateAudited(
      ports,
      'meetings',
      { actor, action: 'MeetingMoved', at: now },
      next,
      existing,
    );
    return true;
  }
  return false;
}
