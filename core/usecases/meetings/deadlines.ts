import type { MeetingDeadlines } from '../../contracts/meetings.js';
import type { Meeting } from '../../model/meeting.js';
import { DEFAULT_POLICY, type Policy } from '../../policy.js';
import { checkNotice } from '../../rules/r5-2-notice.js';
import { proposalWindowCloses } from '../../rules/r5-3-proposal-window.js';
import {
  amendmentDeadline,
  minutesShareDeadline,
  minutesStatus,
} from '../../rules/r5-5-minutes-deadlines.js';
import { addDays, compareInstants, localDay } from '../../time.js';
import type { Violation } from '../../verdict.js';

type Confirmed = { key: string; date: string }[];

const HELD_OR_LATER = new Set(['held', 'minutes_shared', 'amendment_closed', 'published']);

/** Every date the manual sets for this meeting, on the Moroccan calendar (R5.2, R5.3, R5.5, R5.6). */
export function meetingDeadlines(
  meeting: Meeting,
  confirmed: Confirmed,
  policy: Policy = DEFAULT_POLICY,
): MeetingDeadlines {
  const meetingDay = localDay(meeting.start);
  const amendmentsUntil = meeting.minutesSharedOn
    ? amendmentDeadline(meeting.minutesSharedOn, confirmed, policy)
    : undefined;
  return {
    noticeBy: addDays(meetingDay, -policy.noticeMinDays),
    ...(meeting.noticeSentAt
      ? { proposalsCloseAt: proposalWindowCloses(meeting.noticeSentAt, policy) }
      : {}),
    ...(HELD_OR_LATER.has(meeting.status)
      ? { minutesShareBy: minutesShareDeadline(meetingDay, confirmed, policy) }
      : {}),
    ...(amendmentsUntil ? { amendmentsUntil, publishableFrom: addDays(amendmentsUntil, 1) } : {}),
  };
}

/**
 * What the rules say is wrong with this meeting now: a notice that can no longer reach
 * members 10 days ahead (R5.2: only postponing helps), minutes shared late (R5.5).
 */
export function meetingFlags(
  meeting: Meeting,
  confirmed: Confirmed,
  now: string,
  policy: Policy = DEFAULT_POLICY,
): Violation[] {
  const flags: Violation[] = [];
  if (
    (meeting.status === 'draft' || meeting.status === 'postponed') &&
    compareInstants(now, meeting.start) < 0
  ) {
    const verdict = checkNotice(meeting.start, now, policy);
    if (!verdict.ok) flags.push(verdict);
  }
  if (meeting.status === 'held') {
    const status = minutesStatus(
      { meetingDay: localDay(meeting.start), today: localDay(now), confirmed },
      policy,
    );
    if (!status.verdict.ok) flags.push(status.verdict);
  }
  return flags;
}
