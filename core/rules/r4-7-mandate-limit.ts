import { z } from 'zod';
import type { MessageKey } from '../i18n/render.js';
import type { Policy } from '../policy.js';
import { DEFAULT_POLICY } from '../policy.js';
import { DaySchema, addDays, addYears, compareDays, daysBetween, formatDayLong } from '../time.js';
import type { Verdict } from '../verdict.js';
import { OK, violation } from '../verdict.js';

export const MandateSchema = z
  .object({ start: DaySchema, end: DaySchema })
  .refine((mandate) => compareDays(mandate.start, mandate.end) <= 0, {
    message: 'R4.7: a mandate ends on or after the day it starts.',
    path: ['end'],
  });
export type Mandate = z.infer<typeof MandateSchema>;

/**
 * R4.7: the previous mandates that form an unbroken consecutive chain up to `newStart`, oldest
 * first. Two mandates are consecutive when the later starts less than
 * `policy.consecutiveMandateGapDays` (365) days after the earlier ends; the chain is walked
 * back from `newStart` and stops at the first gap of 365 days or more.
 *
 * Throws a zod error on a malformed day, a mandate ending before it starts, or a "previous"
 * mandate that does not start before `newStart`.
 */
export function consecutiveChain(
  previous: readonly z.input<typeof MandateSchema>[],
  newStart: string,
  policy: Policy = DEFAULT_POLICY,
): Mandate[] {
  const start = DaySchema.parse(newStart);
  const mandates = z
    .array(MandateSchema)
    .superRefine((list, ctx) => {
      list.forEach((mandate, index) => {
        if (compareDays(mandate.start, start) >= 0) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'start'],
            message: `R4.7: a previous mandate starts before the new one (${start}), not on ${mandate.start}.`,
          });
        }
      });
    })
    .parse(previous);
  // Sorted by start so that walking backwards meets the mandates from the latest one.
  const sorted = [...mandates].sort((a, b) => compareDays(a.start, b.start));

  const chain: Mandate[] = [];
  let laterStart = start;
  for (let index = sorted.length - 1; index >= 0; index -= 1) {
    const earlier = sorted[index];
    if (earlier === undefined) break;
    if (daysBetween(earlier.end, laterStart) >= policy.consecutiveMandateGapDays) break;
    chain.unshift(earlier);
    laterStart = earlier.start;
  }
  return chain;
}

const TOO_MANY = 'rule.4_7.tooMany' satisfies MessageKey;

/**
 * R4.7 rotation: a civil-society person or organisation cannot hold more than
 * `policy.maxConsecutiveMandates` (2) consecutive mandates. A new mandate starting on
 * `newStart` is refused when the previous mandates forming an unbroken consecutive chain up to
 * it (see {@link consecutiveChain}) already number that many. `previous` may come in any
 * order; dates are local days `YYYY-MM-DD`.
 *
 * Violation details: `{ consecutive, max, chain, eligibleFrom }` where `eligibleFrom` is the
 * first day a new mandate would break the chain (last end + 365 days).
 */
export function checkNewMandate(
  previous: readonly z.input<typeof MandateSchema>[],
  newStart: string,
  policy: Policy = DEFAULT_POLICY,
): Verdict {
  const chain = consecutiveChain(previous, newStart, policy);
  const max = policy.maxConsecutiveMandates;
  const last = chain[chain.length - 1];
  if (chain.length < max || last === undefined) return OK;
  const eligibleFrom = addDays(last.end, policy.consecutiveMandateGapDays);
  return violation(
    'R4.7',
    TOO_MANY,
    {
      max,
      count: chain.length,
      lastEnd: formatDayLong(last.end),
      eligibleFrom: formatDayLong(eligibleFrom),
    },
    { consecutive: chain.length, max, chain, eligibleFrom },
  );
}

const ENDS_BEFORE_START = 'rule.4_7.endsBeforeStart' satisfies MessageKey;

const TOO_LONG = 'rule.4_7.tooLong' satisfies MessageKey;

/**
 * R4.7: a mandate lasts `policy.mandateYears` (2) years at most ("renouvelés tous les deux
 * ans"). It may end earlier, since renewal follows each new national action plan; it may not
 * end after the same day `mandateYears` later (a 2022-06-28 mandate ends on 2024-06-28 at
 * the latest, whether the end day is read as inclusive or exclusive). Unlike
 * {@link consecutiveChain}, a mandate ending before it starts is a verdict here: this checks
 * what a form is about to save.
 *
 * Violation details: `{ reason: 'ends-before-start' }` or `{ reason: 'too-long', latestEnd }`.
 */
export function checkMandateTerm(
  mandate: { start: string; end: string },
  policy: Policy = DEFAULT_POLICY,
): Verdict {
  const start = DaySchema.parse(mandate.start);
  const end = DaySchema.parse(mandate.end);
  const params = { start: formatDayLong(start), end: formatDayLong(end) };
  if (compareDays(end, start) < 0) {
    return violation('R4.7', ENDS_BEFORE_START, params, { reason: 'ends-before-start' });
  }
  const latestEnd = addYears(start, policy.mandateYears);
  if (compareDays(end, latestEnd) > 0) {
    return violation(
      'R4.7',
      TOO_LONG,
      { ...params, years: policy.mandateYears, limit: formatDayLong(latestEnd) },
      { reason: 'too-long', latestEnd },
    );
  }
  return OK;
}
