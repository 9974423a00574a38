import { z } from 'zod';
import type { Localized } from '../i18n/localized.js';
import type { Criterion, Policy } from '../policy.js';
import { DEFAULT_POLICY, ScoringCriterionSchema } from '../policy.js';

/** The six criteria of the grid, in the manual's order (R4.3). */
export const CRITERIA: readonly Criterion[] = ScoringCriterionSchema.options;

/** Each criterion as the manual words it, for score sheets and the published scores. */
export const CRITERION_LABELS: Readonly<Record<Criterion, Localized>> = Object.freeze({
  experience_open_government: {
    fr: 'Expériences de l’association dans les domaines liés au gouvernement ouvert',
    ar: 'تجارب الجمعية في المجالات المرتبطة بالحكومة المنفتحة',
    en: 'The association’s experience in open-government fields',
  },
  experience_mobilisation: {
    fr: 'Expériences de l’association en matière de mobilisation de la société civile',
    ar: 'تجارب الجمعية في مجال تعبئة المجتمع المدني',
    en: 'The association’s experience in mobilising civil society',
  },
  experience_ict: {
    fr: 'Expériences de l’association en matière d’utilisation des TIC',
    ar: 'تجارب الجمعية في مجال استعمال تكنولوجيا المعلومات والاتصال',
    en: 'The association’s experience in using information and communication technologies',
  },
  plan_implementation: {
    fr: 'Actions proposées pour contribuer à la mise en œuvre du plan d’action en cours',
    ar: 'الأنشطة المقترحة للمساهمة في تنفيذ خطة العمل الجارية',
    en: 'Proposed actions to help implement the current action plan',
  },
  plan_evaluation: {
    fr: 'Actions proposées pour contribuer à l’évaluation du plan d’action en cours',
    ar: 'الأنشطة المقترحة للمساهمة في تقييم خطة العمل الجارية',
    en: 'Proposed actions to help evaluate the current action plan',
  },
  plan_cocreation: {
    fr: 'Actions proposées pour contribuer à la cocréation du prochain plan d’action',
    ar: 'الأنشطة المقترحة للمساهمة في الإعداد التشاركي لخطة العمل المقبلة',
    en: 'Proposed actions to help co-create the next action plan',
  },
});

/**
 * One scorer's points on one criterion for one application. The range check depends on the
 * policy's grid: use {@link scoreSchemaFor} (or {@link validateScore}) to parse a score.
 */
export const ScoreInputSchema = z.object({
  applicationId: z.string().min(1),
  scorerId: z.string().min(1),
  criterion: ScoringCriterionSchema,
  points: z.number().int(),
});
export type ScoreInput = z.infer<typeof ScoreInputSchema>;

/**
 * R4.3: the schema of a score under `policy`: an integer from 0 to the criterion's maximum in
 * `policy.scoringGrid`. Out of range is invalid input (a score sheet cannot hold it), so it
 * throws a zod error rather than returning a verdict.
 */
export function scoreSchemaFor(policy: Policy = DEFAULT_POLICY) {
  return ScoreInputSchema.superRefine((score, ctx) => {
    const max = policy.scoringGrid[score.criterion];
    if (score.points < 0 || score.points > max) {
      ctx.addIssue({
        code: 'custom',
        path: ['points'],
        message: `R4.3: "${score.criterion}" is scored with an integer from 0 to ${max}, not ${score.points}.`,
      });
    }
  });
}

/** R4.3: parses one score against the grid, throwing a zod error when it does not fit. */
export function validateScore(
  score: z.input<typeof ScoreInputSchema>,
  policy: Policy = DEFAULT_POLICY,
): ScoreInput {
  return scoreSchemaFor(policy).parse(score);
}

/** R4.3: the maximum total of the grid (100 points with the manual's grid). */
export function gridTotal(policy: Policy = DEFAULT_POLICY): number {
  return CRITERIA.reduce((sum, criterion) => sum + policy.scoringGrid[criterion], 0);
}

/**
 * Means of integer points are fractions (e.g. thirds): rounding to 1e-9 removes float noise so
 * that equal totals compare equal and a 10-point gap is not read as 9.999999999 (R4.5).
 */
export function roundScore(value: number): number {
  const precision = 1e9;
  return Math.round(value * precision) / precision;
}

function oneApplicationScores(policy: Policy) {
  return z.array(scoreSchemaFor(policy)).superRefine((scores, ctx) => {
    const ids = new Set(scores.map((score) => score.applicationId));
    if (ids.size > 1) {
      ctx.addIssue({
        code: 'custom',
        message: `R4.3: criterion means are computed for one application at a time, got ${[...ids].join(', ')}.`,
      });
    }
  });
}

/**
 * R4.3 (policy `scoreAggregation: 'mean'`): for one application, each criterion's score is the
 * mean of the scoring members' points; a criterion nobody scored counts 0. Each mean is
 * rounded with {@link roundScore}. Throws a zod error when a score is out of the grid or the
 * scores belong to several applications.
 *
 * One score per scorer and criterion is the store's concern (a re-score replaces the previous
 * one); every score passed here counts.
 */
export function criterionMeans(
  scores: z.input<typeof ScoreInputSchema>[],
  policy: Policy = DEFAULT_POLICY,
): Record<Criterion, number> {
  const means = unroundedMeans(scores, policy);
  for (const criterion of CRITERIA) means[criterion] = roundScore(means[criterion]);
  return means;
}

function unroundedMeans(
  scores: z.input<typeof ScoreInputSchema>[],
  policy: Policy,
): Record<Criterion, number> {
  const parsed = oneApplicationScores(policy).parse(scores);
  const means = {} as Record<Criterion, number>;
  for (const criterion of CRITERIA) {
    const points = parsed.filter((score) => score.criterion === criterion).map((s) => s.points);
    means[criterion] = points.length === 0 ? 0 : points.reduce((a, b) => a + b, 0) / points.length;
  }
  return means;
}

/**
 * R4.3: an application's total, the sum of its criterion means (out of {@link gridTotal}),
 * rounded once with {@link roundScore} (the means are summed unrounded, so rounding each
 * first cannot shift the total by 1e-9).
 */
export function totalScore(
  scores: z.input<typeof ScoreInputSchema>[],
  policy: Policy = DEFAULT_POLICY,
): number {
  const means = unroundedMeans(scores, policy);
  return roundScore(CRITERIA.reduce((sum, criterion) => sum + means[criterion], 0));
}
