import { z } from 'zod';
import type { Localized } from '../i18n/localized.js';
import type { Policy } from '../policy.js';
import { DEFAULT_POLICY } from '../policy.js';
import type { Verdict } from '../verdict.js';
import { OK, violation } from '../verdict.js';
import { CollegeSchema } from './r3-1-seat-composition.js';

export const ParitySeatSchema = z.object({ college: CollegeSchema, active: z.boolean() });
export type ParitySeat = z.infer<typeof ParitySeatSchema>;

/** What the UI's parity indicator shows at all times (R3.2). */
export interface ParityReport {
  /** Active administration seats. */
  administration: number;
  /** Active civil-society seats. */
  civilSociety: number;
  /** How many seats apart the two colleges are (never negative: the counts say which side is heavier). */
  difference: number;
  /** Both colleges have as many active seats (even when both have none). */
  balanced: boolean;
  /** Whether the composition may be made current: balanced and each college at its minimum. */
  verdict: Verdict;
}

const UNBALANCED: Localized = {
  fr: 'Règle R3.2 : le comité compte autant de sièges actifs pour l’administration que pour la société civile. Il y a actuellement {administration, plural, one {# siège actif} other {# sièges actifs}} pour l’administration et {civilSociety, plural, one {# siège actif} other {# sièges actifs}} pour la société civile.',
  ar: 'القاعدة R3.2: تضم اللجنة عددا متساويا من المقاعد النشطة للإدارة وللمجتمع المدني. توجد حاليا {administration, plural, zero {لا مقاعد نشطة} one {مقعد نشط واحد} two {مقعدان نشطان} few {# مقاعد نشطة} many {# مقعدا نشطا} other {# مقعد نشط}} للإدارة و{civilSociety, plural, zero {لا مقاعد نشطة} one {مقعد نشط واحد} two {مقعدان نشطان} few {# مقاعد نشطة} many {# مقعدا نشطا} other {# مقعد نشط}} للمجتمع المدني.',
  en: 'Rule R3.2: the committee has as many active seats for the administration as for civil society. There are currently {administration, plural, one {# active seat} other {# active seats}} for the administration and {civilSociety, plural, one {# active seat} other {# active seats}} for civil society.',
};

const TOO_FEW: Localized = {
  fr: 'Règle R3.2 : chaque collège, administration et société civile, compte au moins {min, plural, one {# siège actif} other {# sièges actifs}} ; il y en a {count} de chaque côté.',
  ar: 'القاعدة R3.2: تضم كل هيئة، الإدارة والمجتمع المدني، {min, plural, zero {# مقعد نشط} one {مقعدا نشطا واحدا} two {مقعدين نشطين} few {# مقاعد نشطة} many {# مقعدا نشطا} other {# مقعد نشط}} على الأقل؛ والعدد الحالي {count} لكل منهما.',
  en: 'Rule R3.2: each college, administration and civil society, has at least {min, plural, one {# active seat} other {# active seats}}; each side has {count}.',
};

/**
 * R3.2: counts the active seats of each college for the parity indicator. Inactive (ceased or
 * draft) seats are ignored.
 *
 * `verdict` details when broken: `{ reason: 'unbalanced' | 'too-few', administration,
 * civilSociety, difference, min }`; an imbalance is reported before a shortage.
 */
export function parityReport(
  seats: z.input<typeof ParitySeatSchema>[],
  policy: Policy = DEFAULT_POLICY,
): ParityReport {
  const parsed = z.array(ParitySeatSchema).parse(seats);
  const active = parsed.filter((seat) => seat.active);
  const administration = active.filter((seat) => seat.college === 'administration').length;
  const civilSociety = active.length - administration;
  const difference = Math.abs(administration - civilSociety);
  const balanced = difference === 0;
  const min = policy.minSeatsPerCollege;
  const details = { administration, civilSociety, difference, min };

  let verdict: Verdict = OK;
  if (!balanced) {
    verdict = violation(
      'R3.2',
      UNBALANCED,
      { administration, civilSociety },
      { reason: 'unbalanced', ...details },
    );
  } else if (administration < min) {
    verdict = violation(
      'R3.2',
      TOO_FEW,
      { min, count: administration },
      { reason: 'too-few', ...details },
    );
  }
  return { administration, civilSociety, difference, balanced, verdict };
}

/**
 * R3.2: strict parity. The active seats of the two colleges are equal in number, and each
 * college has at least `policy.minSeatsPerCollege` (1) of them. A composition failing this may
 * be saved as a draft but not made current.
 */
export function checkParity(
  seats: z.input<typeof ParitySeatSchema>[],
  policy: Policy = DEFAULT_POLICY,
): Verdict {
  return parityReport(seats, policy).verdict;
}
