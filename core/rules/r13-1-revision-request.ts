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

const OUTSIDE_WINDOW = {
  fr: 'Une demande de révision du manuel ne peut être présentée que pendant le dernier trimestre de la dernière année de mise en œuvre du plan d’action national (art. 13), soit du {start} au {end} : elle a été présentée le {filedOn}.',
  ar: 'لا يمكن تقديم طلب مراجعة الدليل إلا خلال الربع الأخير من السنة الأخيرة لتنفيذ خطة العمل الوطنية (المادة 13)، أي من {start} إلى {end}: وقد قُدم الطلب في {filedOn}.',
  en: 'A request to revise the manual can only be filed during the last quarter of the final year of the national action plan (art. 13), that is from {start} to {end}: it was filed on {filedOn}.',
};

const TOO_FEW = {
  fr: 'Une demande de révision du manuel doit être présentée par au moins {numerator}/{denominator} des membres du comité (art. 13) : {required, plural, one {# soutien est requis} other {# soutiens sont requis}} pour {activeSeats, plural, one {# siège actif} other {# sièges actifs}}, {supporters, plural, =0 {aucun n’a été réuni} one {# seul a été réuni} other {# ont été réunis}}.',
  ar: 'يجب أن يُقدَّم طلب مراجعة الدليل من طرف {numerator}/{denominator} من أعضاء اللجنة على الأقل (المادة 13): {required, plural, zero {لا يلزم أي دعم} one {يلزم دعم عضو واحد} two {يلزم دعم عضوين} few {يلزم دعم # أعضاء} many {يلزم دعم # عضوًا} other {يلزم دعم # عضو}} من أصل {activeSeats, plural, zero {# مقعد نشيط} one {مقعد نشيط واحد} two {مقعدين نشيطين} few {# مقاعد نشيطة} many {# مقعدًا نشيطًا} other {# مقعد نشيط}}، {supporters, plural, zero {ولم يدعمه أي عضو} one {ولم يدعمه إلا عضو واحد} two {ولم يدعمه إلا عضوان} few {ولم يدعمه إلا # أعضاء} many {ولم يدعمه إلا # عضوًا} other {ولم يدعمه إلا # عضو}}.',
  en: 'A request to revise the manual must be made by at least {numerator}/{denominator} of the committee’s members (art. 13): {required, plural, one {# supporter is required} other {# supporters are required}} for {activeSeats, plural, one {# active seat} other {# active seats}}, {supporters, plural, =0 {none was gathered} other {only # gathered}}.',
};

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
