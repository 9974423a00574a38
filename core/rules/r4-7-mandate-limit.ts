import { z } from 'zod';
import type { Localized } from '../i18n/localized.js';
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

const TOO_MANY: Localized = {
  fr: 'Règle R4.7 : une personne ou une organisation de la société civile ne peut pas cumuler plus de {max, plural, one {# mandat consécutif} other {# mandats consécutifs}} au comité. Elle en a déjà exercé {count} d’affilée, le dernier achevé le {lastEnd} ; un nouveau mandat pourra commencer au plus tôt le {eligibleFrom}.',
  ar: 'القاعدة R4.7: لا يمكن لشخص أو منظمة من المجتمع المدني الجمع بين أكثر من {max, plural, zero {# ولاية متتالية} one {ولاية واحدة} two {ولايتين متتاليتين} few {# ولايات متتالية} many {# ولاية متتالية} other {# ولاية متتالية}} في اللجنة. وقد مارس بالفعل {count, plural, zero {# ولاية متتالية} one {ولاية واحدة} two {ولايتين متتاليتين} few {# ولايات متتالية} many {# ولاية متتالية} other {# ولاية متتالية}}، انتهت آخرها في {lastEnd}؛ ولا يمكن أن تبدأ ولاية جديدة قبل {eligibleFrom}.',
  en: 'Rule R4.7: a civil-society person or organisation cannot hold more than {max, plural, one {# consecutive mandate} other {# consecutive mandates}} on the committee. They have already held {count} in a row, the last one ending on {lastEnd}; a new mandate can start on {eligibleFrom} at the earliest.',
};

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

const ENDS_BEFORE_START: Localized = {
  fr: 'Règle R4.7 : un mandat se termine après son début ; celui-ci commence le {start} et se termine le {end}.',
  ar: 'القاعدة R4.7: تنتهي الولاية بعد بدايتها؛ وهذه الولاية تبدأ في {start} وتنتهي في {end}.',
  en: 'Rule R4.7: a mandate ends after it starts; this one starts on {start} and ends on {end}.',
};

const TOO_LONG: Localized = {
  fr: 'Règle R4.7 : les membres du comité sont renouvelés tous les {years, plural, one {# an} other {# ans}} ; un mandat commençant le {start} se termine au plus tard le {limit}, pas le {end}.',
  ar: 'القاعدة R4.7: يتجدد أعضاء اللجنة كل {years, plural, zero {# سنة} one {سنة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}}؛ والولاية التي تبدأ في {start} تنتهي على أبعد تقدير في {limit}، وليس في {end}.',
  en: 'Rule R4.7: committee members are renewed every {years, plural, one {# year} other {# years}}; a mandate starting on {start} ends on {limit} at the latest, not on {end}.',
};

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
