import type { MessageKey } from '../i18n/render.js';
import { z } from 'zod';
import { DEFAULT_POLICY } from '../policy.js';
import type { Policy } from '../policy.js';
import { DaySchema, addDays, compareDays, formatDayLong } from '../time.js';
import { OK, violation } from '../verdict.js';
import type { Verdict } from '../verdict.js';
import { amendmentDeadline } from './r5-5-minutes-deadlines.js';

/**
 * R5.6 (with R5.5): a meeting's agenda, minutes and participant list are published on the
 * national portal together, once members have had their amendment period: publishable only
 * after the amendment window has ended (today > amendment deadline).
 */

export const PublishableInputSchema = z.object({
  sharedDay: DaySchema.optional(),
  today: DaySchema,
  confirmed: z.array(z.object({ key: z.string(), date: z.string() })).optional(),
});
export type PublishableInput = z.input<typeof PublishableInputSchema>;

const NOT_SHARED = 'rule.5_6.notShared' satisfies MessageKey;

const TOO_EARLY = 'rule.5_6.tooEarly' satisfies MessageKey;

/** R5.6: whether a meeting's minutes, agenda and participant list may be published today. */
export function checkPublishable(
  input: PublishableInput,
  policy: Policy = DEFAULT_POLICY,
): Verdict {
  const { sharedDay, today, confirmed = [] } = PublishableInputSchema.parse(input);
  if (sharedDay === undefined) {
    return violation('R5.6', NOT_SHARED, {}, { reason: 'not-shared', today });
  }
  const deadline = amendmentDeadline(sharedDay, confirmed, policy);
  if (compareDays(today, deadline) > 0) return OK;
  const opensOn = addDays(deadline, 1);
  return violation(
    'R5.6',
    TOO_EARLY,
    { deadline: formatDayLong(deadline), opensOn: formatDayLong(opensOn) },
    { reason: 'amendment-window-open', sharedDay, today, amendmentDeadline: deadline, opensOn },
  );
}
