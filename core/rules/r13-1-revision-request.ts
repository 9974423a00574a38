import type { MessageKey } from '../i18n/render.js';
import { z } from 'zod';
import { DEFAULT_POLICY } from '../policy.js';
import type { Policy } from '../policy.js';
import { DaySchema, addDays, addMonths, compareDays, formatDayLong } from '../time.js';
import { OK, violation } from '../verdict.js';
import type { Verdict } from '../verdict.js';

/**
 * R13.1: a request to revise the manual needs the support of at least one third of the
 * committee's members (ceil(n/3) of active seats) and is filed only during the last calendar
 * quarter of the final year of the national action plan: the `policy.revisionWindowMonths`
 * months ending on the plan's last day (plan ending 2026-12-31 → 2026-10-01 … 2026-12-31).
 */

export const RevisionRequestInputSchema = z.object({
  /** Last day of the national action plan's implementation. */
  planEnd: DaySchema,
  filedOn: DaySchema,
  supporters: z.number().int().nonnegative(),
  activeSeats: z.number().int().nonnegative(),
});
export type RevisionRequestInput = z.input<typeof RevisionRequestInputSchema>;

/** R13.1: the least number of supporters among `activeSeats` active seats. */
export function revisionSupportRequired(
  activeSeats: number,
  policy: Policy = DEFAULT_POLICY,
): number {
  const seats = z.number().int().nonnegative().parse(activeSeats);
  const { numerator, denominator } = policy.revisionSupportShare;
  // Integer arithmetic: ceil(seats × numerator / denominator) without floating-point error.
  return Math.floor((seats * numerator + denominator - 1) / denominator);
}

/** R13.1: the first and last days (inclusive) on which a revision request may be filed. */
export function revisionWindow(
  planEnd: string,
  policy: Policy = DEFAULT_POLICY,
): { start: string; end: string } {
  const end = DaySchema.parse(planEnd);
  // Counting back whole months from the day after the plan ends keeps month ends aligned:
  // 2026-12-31 → 2026-10-01, 2026-06-30 → 2026-04-01.
  return { start: addMonths(addDays(end, 1), -policy.revisionWindowMonths), end };
}

const OUTSIDE_WINDOW = 'rule.13_1.outsideWindow' satisfies MessageKey;

const TOO_FEW = 'rule.13_1.tooFew' satisfies MessageKey;

/**
 * R13.1: whether a revision request filed on `filedOn` with `supporters` supporters is
 * admissible. The filing window is checked first: outside it no support makes it admissible.
 */
export function checkRevisionRequest(
  input: RevisionRequestInput,
  policy: Policy = DEFAULT_POLICY,
): Verdict {
  const { planEnd, filedOn, supporters, activeSeats } = RevisionRequestInputSchema.parse(input);
  const window = revisionWindow(planEnd, policy);
  const required = revisionSupportRequired(activeSeats, policy);
  const details = {
    planEnd,
    filedOn,
    supporters,
    activeSeats,
    required,
    windowStart: window.start,
    windowEnd: window.end,
  };

  if (compareDays(filedOn, window.start) < 0 || compareDays(filedOn, window.end) > 0) {
    return violation(
      'R13.1',
      OUTSIDE_WINDOW,
      {
        start: formatDayLong(window.start),
        end: formatDayLong(window.end),
        filedOn: formatDayLong(filedOn),
      },
      { reason: 'outside-window', ...details },
    );
  }
  if (supporters < required) {
    const { numerator, denominator } = policy.revisionSupportShare;
    return violation(
      'R13.1',
      TOO_FEW,
      { numerator, denominator, required, activeSeats, supporters },
      { reason: 'too-few-supporters', ...details },
    );
  }
  return OK;
}
