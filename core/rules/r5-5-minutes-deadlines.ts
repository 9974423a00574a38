import type { MessageKey } from '../i18n/render.js';
import { z } from 'zod';
import { DEFAULT_POLICY } from '../policy.js';
import type { Policy } from '../policy.js';
import { DaySchema, compareDays, formatDayLong, parseDay } from '../time.js';
import { OK, violation } from '../verdict.js';
import type { Verdict } from '../verdict.js';
import { addBusinessDays } from '../calendar/moroccan-calendar.js';
import type { ConfirmedHoliday } from '../calendar/hijri.js';

/**
 * R5.5: the secretariat shares the minutes within `policy.minutesShareBusinessDays` business
 * days after the meeting; members then have `policy.amendmentBusinessDays` business days to
 * amend them. Business days are Moroccan administration days (weekends and public holidays
 * excluded, Hijri holidays as confirmed). A deadline day ends at 23:59:59 local.
 */

type Confirmed = readonly ConfirmedHoliday[];

/** R5.5: last day to share the minutes of a meeting held on `meetingDay`. */
export function minutesShareDeadline(
  meetingDay: string,
  confirmed: Confirmed = [],
  policy: Policy = DEFAULT_POLICY,
): string {
  return addBusinessDays(meetingDay, policy.minutesShareBusinessDays, confirmed);
}

/** R5.5: last day for members to amend minutes shared on `sharedDay`. */
export function amendmentDeadline(
  sharedDay: string,
  confirmed: Confirmed = [],
  policy: Policy = DEFAULT_POLICY,
): string {
  return addBusinessDays(sharedDay, policy.amendmentBusinessDays, confirmed);
}

export const MinutesStatusInputSchema = z
  .object({
    meetingDay: DaySchema,
    sharedOn: DaySchema.optional(),
    today: DaySchema,
    confirmed: z.array(z.object({ key: z.string(), date: z.string() })).optional(),
  })
  .refine((i) => i.sharedOn === undefined || i.sharedOn >= i.meetingDay, {
    message: 'Minutes cannot be shared before the meeting',
    path: ['sharedOn'],
  });
export type MinutesStatusInput = z.input<typeof MinutesStatusInputSchema>;

export interface MinutesStatus {
  shareDeadline: string;
  /** Set once the minutes are shared. */
  amendmentDeadline?: string;
  /** The minutes are not shared and the share deadline has passed. */
  overdue: boolean;
  verdict: Verdict;
}

const SHARE_OVERDUE = 'rule.5_5.shareOverdue' satisfies MessageKey;

/** R5.5: the minutes' deadlines and whether sharing them is overdue on `today`. */
export function minutesStatus(
  input: MinutesStatusInput,
  policy: Policy = DEFAULT_POLICY,
): MinutesStatus {
  const { meetingDay, sharedOn, today, confirmed = [] } = MinutesStatusInputSchema.parse(input);
  const shareDeadline = minutesShareDeadline(meetingDay, confirmed, policy);
  if (sharedOn !== undefined) {
    return {
      shareDeadline,
      amendmentDeadline: amendmentDeadline(sharedOn, confirmed, policy),
      overdue: false,
      verdict: OK,
    };
  }
  // R5.5: the deadline day counts in full; sharing is late from the next day on.
  const overdue = compareDays(today, shareDeadline) > 0;
  const verdict = overdue
    ? violation(
        'R5.5',
        SHARE_OVERDUE,
        {
          days: policy.minutesShareBusinessDays,
          meetingDay: formatDayLong(meetingDay),
          deadline: formatDayLong(shareDeadline),
        },
        { reason: 'share-overdue', meetingDay, shareDeadline, today },
      )
    : OK;
  return { shareDeadline, overdue, verdict };
}

const AMENDMENT_CLOSED = 'rule.5_5.amendmentClosed' satisfies MessageKey;

const NOT_SHARED_YET = 'rule.5_5.notSharedYet' satisfies MessageKey;

/** R5.5: whether members may still amend minutes shared on `sharedDay`, on `today`. */
export function checkAmendmentWindow(
  sharedDay: string,
  today: string,
  confirmed: Confirmed = [],
  policy: Policy = DEFAULT_POLICY,
): Verdict {
  parseDay(today);
  const deadline = amendmentDeadline(sharedDay, confirmed, policy);
  const details = { sharedDay, today, amendmentDeadline: deadline };
  if (compareDays(today, sharedDay) < 0) {
    return violation(
      'R5.5',
      NOT_SHARED_YET,
      { sharedDay: formatDayLong(sharedDay) },
      { reason: 'not-shared-yet', ...details },
    );
  }
  if (compareDays(today, deadline) > 0) {
    return violation(
      'R5.5',
      AMENDMENT_CLOSED,
      {
        days: policy.amendmentBusinessDays,
        sharedDay: formatDayLong(sharedDay),
        deadline: formatDayLong(deadline),
      },
      { reason: 'amendment-closed', ...details },
    );
  }
  return OK;
}
