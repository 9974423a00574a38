import { message } from '../i18n/message.js';
import type { MessageKey } from '../i18n/render.js';
import { z } from 'zod';
import type { Locale, Localized } from '../i18n/localized.js';
import { INTL_LOCALE } from '../i18n/localized.js';
import type { Policy } from '../policy.js';
import { DEFAULT_POLICY } from '../policy.js';
import { roundScore, scoreSchemaFor, ScoreInputSchema, totalScore } from './r4-3-scoring-grid.js';

export const ApplicationInputSchema = z.object({
  id: z.string().min(1),
  /** R4.4: whether every item the call requires is present (see `checkApplicationComplete`). */
  complete: z.boolean(),
  /** One of Morocco's 12 regions: context for the committee's R4.5 decision, not used to rank. */
  region: z.string(),
  /** Fields of expertise: context for the committee's R4.5 decision, not used to rank. */
  expertise: z.array(z.string()),
});
export type ApplicationInput = z.infer<typeof ApplicationInputSchema>;

export interface RankedApplication {
  id: string;
  total: number;
  rank: number;
}

export type ExclusionReason = 'incomplete' | 'unscored';

/** A pair the committee must decide on (R4.5): never settled silently by the system. */
export interface TieBreakPair {
  /** Ranked within the seats. */
  selected: string;
  /** Ranked beyond the seats. */
  runnerUp: string;
  /** `selected`'s total minus `runnerUp`'s total (0 for equal totals). */
  gap: number;
}

export interface RankingResult {
  ranking: RankedApplication[];
  excluded: { id: string; reason: ExclusionReason }[];
  tieBreaks: TieBreakPair[];
}

/** The shape of {@link rankApplications}' input; the grid's ranges are checked against the policy. */
export const RankingInputSchema = z.object({
  applications: z.array(ApplicationInputSchema),
  scores: z.array(ScoreInputSchema),
  /** Civil-society seats to fill. */
  seats: z.number().int().nonnegative(),
});
export type RankingInput = z.input<typeof RankingInputSchema>;

function rankingInputSchema(policy: Policy) {
  return z
    .object({ ...RankingInputSchema.shape, scores: z.array(scoreSchemaFor(policy)) })
    .superRefine((input, ctx) => {
      const ids = new Set<string>();
      input.applications.forEach((application, index) => {
        if (ids.has(application.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['applications', index, 'id'],
            message: `R4.5: application "${application.id}" is listed twice.`,
          });
        }
        ids.add(application.id);
      });
      input.scores.forEach((score, index) => {
        if (!ids.has(score.applicationId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['scores', index, 'applicationId'],
            message: `R4.3: a score names application "${score.applicationId}", which is not among the applications.`,
          });
        }
      });
    });
}

/** Total descending, then id ascending: the one order in which "within the seats" is read. */
function byTotalThenId(a: { id: string; total: number }, b: { id: string; total: number }): number {
  if (a.total !== b.total) return b.total - a.total;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * R4.5: every pair (ranked within the first `seats` positions, ranked beyond them) whose totals
 * are equal or less than `policy.tieBreakGap` (10) points apart. The ranking is (re)ordered by
 * total descending then id ascending, so a tie straddling the boundary yields a pair with gap
 * 0. Pairs are listed by the selected one's position, then the runner-up's.
 */
export function tieBreakPairs(
  ranking: readonly { id: string; total: number }[],
  seats: number,
  policy: Policy = DEFAULT_POLICY,
): TieBreakPair[] {
  const boundary = z.number().int().nonnegative().parse(seats);
  const ordered = [...ranking].sort(byTotalThenId);
  const within = ordered.slice(0, boundary);
  const beyond = ordered.slice(boundary);
  const pairs: TieBreakPair[] = [];
  for (const selected of within) {
    for (const runnerUp of beyond) {
      const gap = roundScore(selected.total - runnerUp.total);
      // R4.5: "en cas d'égalité des points obtenus, ou d'écart inférieur à 10 points".
      if (gap < policy.tieBreakGap) {
        pairs.push({ selected: selected.id, runnerUp: runnerUp.id, gap });
      }
    }
  }
  return pairs;
}

/**
 * R4.3–R4.5: ranks the applications for `seats` civil-society seats.
 *
 * Decisions (RULES.md leaves them open):
 * - Scores of an incomplete application are ignored and it is excluded as `'incomplete'`
 *   (R4.4); a complete application with no score at all is excluded as `'unscored'`.
 *   `excluded` keeps the input order.
 * - A total is the sum of criterion means (R4.3, {@link totalScore}); a criterion with no
 *   score contributes 0. Totals are rounded to 1e-9 to avoid float noise.
 * - The ranking is ordered by total descending then id ascending; ranks are competition
 *   ranks (1, 1, 3): equal totals share a rank.
 * - "Within the seats" means the first `seats` positions of that order, so a tie straddling
 *   the boundary is flagged with gap 0; `gap = selected.total − runnerUp.total`.
 * - `tieBreaks` only flags pairs (R4.5): the committee records its decision, weighing
 *   geographic diversity and diversity of expertise (see {@link tieBreakContext}).
 *
 * Throws a zod error on invalid input: points outside 0..max or not integers, an unknown
 * criterion, a score naming an unknown application id, an application listed twice, a
 * negative or fractional `seats`.
 */
export function rankApplications(
  input: RankingInput,
  policy: Policy = DEFAULT_POLICY,
): RankingResult {
  const { applications, scores, seats } = rankingInputSchema(policy).parse(input);
  const excluded: RankingResult['excluded'] = [];
  const totals: { id: string; total: number }[] = [];
  for (const application of applications) {
    if (!application.complete) {
      excluded.push({ id: application.id, reason: 'incomplete' });
      continue;
    }
    const own = scores.filter((score) => score.applicationId === application.id);
    if (own.length === 0) {
      excluded.push({ id: application.id, reason: 'unscored' });
      continue;
    }
    totals.push({ id: application.id, total: totalScore(own, policy) });
  }

  totals.sort(byTotalThenId);
  const ranking: RankedApplication[] = [];
  totals.forEach((entry, index) => {
    const previous = ranking[index - 1];
    const rank =
      previous !== undefined && previous.total === entry.total ? previous.rank : index + 1;
    ranking.push({ id: entry.id, total: entry.total, rank });
  });

  return { ranking, excluded, tieBreaks: tieBreakPairs(ranking, seats, policy) };
}

/** What the committee weighs for one flagged pair (R4.5). */
export interface TieBreakContext {
  pair: TieBreakPair;
  selected: ApplicationInput;
  runnerUp: ApplicationInput;
  /** Both candidates come from the same region. */
  sameRegion: boolean;
  /** Fields of expertise both candidates share. */
  sharedExpertise: string[];
}

/**
 * R4.5: the facts the committee weighs for a flagged pair: regions and fields of expertise of
 * both candidates. It decides nothing. Throws when an id of the pair is not in `applications`.
 */
export function tieBreakContext(
  pair: TieBreakPair,
  applications: readonly z.input<typeof ApplicationInputSchema>[],
): TieBreakContext {
  const parsed = z.array(ApplicationInputSchema).parse(applications);
  const find = (id: string): ApplicationInput =>
    z
      .custom<ApplicationInput>((value) => value !== undefined, {
        message: `R4.5: application "${id}" is not among the applications.`,
      })
      .parse(parsed.find((application) => application.id === id));
  const selected = find(pair.selected);
  const runnerUp = find(pair.runnerUp);
  const theirs = new Set(runnerUp.expertise);
  return {
    pair,
    selected,
    runnerUp,
    sameRegion: selected.region === runnerUp.region,
    sharedExpertise: [...new Set(selected.expertise)].filter((field) => theirs.has(field)),
  };
}

const TIE_BREAK = 'rule.4_5.tieBreak' satisfies MessageKey;

/** R4.5: the sentence shown on a flagged pair, asking the committee for a recorded decision. */
export function tieBreakMessage(pair: TieBreakPair, policy: Policy = DEFAULT_POLICY): Localized {
  // The gap may be a fraction of a point (means of several scorers): two decimals, local style.
  const format = (locale: Locale) =>
    new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2 }).format(pair.gap);
  return message(TIE_BREAK, {
    selected: pair.selected,
    runnerUp: pair.runnerUp,
    kind: pair.gap === 0 ? 'tied' : 'apart',
    gap: { fr: format('fr'), ar: format('ar'), en: format('en') },
    limit: policy.tieBreakGap,
  });
}
