import type { MessageKey } from '../i18n/render.js';
import { z } from 'zod';
import { DaySchema, compareDays, formatDayLong } from '../time.js';
import { OK, violation } from '../verdict.js';
import type { Verdict } from '../verdict.js';

/**
 * R13.3: a revision request is decided (by double majority, R13.2) at the committee meeting
 * that follows it: the first meeting held or scheduled strictly after the filing day. A
 * cancelled meeting is not a meeting; a meeting on the filing day itself does not follow it.
 */

const MeetingSchema = z.object({
  id: z.string().min(1),
  day: DaySchema,
  status: z.enum(['scheduled', 'held', 'cancelled']),
});
export const RevisionMeetingInputSchema = z.object({
  filedOn: DaySchema,
  meetings: z.array(MeetingSchema),
});
export type RevisionMeetingInput = z.input<typeof RevisionMeetingInputSchema>;
export type CommitteeMeetingRef = z.infer<typeof MeetingSchema>;

/** R13.3: the meeting at which a request filed on `filedOn` is decided, if one is known. */
export function revisionMeeting(input: RevisionMeetingInput): CommitteeMeetingRef | undefined {
  const { filedOn, meetings } = RevisionMeetingInputSchema.parse(input);
  return meetings
    .filter((m) => m.status !== 'cancelled' && compareDays(m.day, filedOn) > 0)
    .sort((a, b) => compareDays(a.day, b.day) || a.id.localeCompare(b.id))[0];
}

const BEFORE_REQUEST = 'rule.13_3.beforeRequest' satisfies MessageKey;

const NO_MEETING = 'rule.13_3.noMeeting' satisfies MessageKey;

const NOT_NEXT = 'rule.13_3.notNext' satisfies MessageKey;

/** R13.3: whether a request filed on `filedOn` may be decided at the meeting on `meetingDay`. */
export function checkRevisionDecidedAt(
  filedOn: string,
  meetingDay: string,
  meetings: RevisionMeetingInput['meetings'],
): Verdict {
  DaySchema.parse(meetingDay);
  const next = revisionMeeting({ filedOn, meetings });
  const details = { filedOn, meetingDay, nextMeetingId: next?.id, nextMeetingDay: next?.day };
  if (compareDays(meetingDay, filedOn) <= 0) {
    return violation(
      'R13.3',
      BEFORE_REQUEST,
      { meetingDay: formatDayLong(meetingDay), filedOn: formatDayLong(filedOn) },
      { reason: 'before-request', ...details },
    );
  }
  if (next === undefined) {
    return violation(
      'R13.3',
      NO_MEETING,
      { filedOn: formatDayLong(filedOn) },
      { reason: 'no-meeting', ...details },
    );
  }
  if (next.day !== meetingDay) {
    return violation(
      'R13.3',
      NOT_NEXT,
      {
        filedOn: formatDayLong(filedOn),
        nextDay: formatDayLong(next.day),
        meetingDay: formatDayLong(meetingDay),
      },
      { reason: 'not-next-meeting', ...details },
    );
  }
  return OK;
}
