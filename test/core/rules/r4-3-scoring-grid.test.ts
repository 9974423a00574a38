import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { DEFAULT_POLICY, PolicySchema } from '../../../core/policy.js';
import {
  CRITERIA,
  CRITERION_LABELS,
  criterionMeans,
  gridTotal,
  roundScore,
  totalScore,
  validateScore,
} from '../../../core/rules/r4-3-scoring-grid.js';

const score = (criterion: string, points: number, scorerId = 's1', applicationId = 'a1') => ({
  applicationId,
  scorerId,
  criterion: criterion as never,
  points,
});

describe('R4.3 scoring grid of 100 points', () => {
  it('has six criteria worth 20, 15, 5, 20, 20 and 20 points', () => {
    expect(CRITERIA.map((criterion) => DEFAULT_POLICY.scoringGrid[criterion])).toEqual([
      20, 15, 5, 20, 20, 20,
    ]);
    expect(gridTotal()).toBe(100);
  });

  it('names every criterion in the three languages', () => {
    for (const criterion of CRITERIA) {
      expect(CRITERION_LABELS[criterion].fr).not.toBe('');
      expect(CRITERION_LABELS[criterion].ar).not.toBe('');
      expect(CRITERION_LABELS[criterion].en).not.toBe('');
    }
  });

  it('accepts 0 and the maximum of a criterion', () => {
    expect(validateScore(score('experience_open_government', 0)).points).toBe(0);
    expect(validateScore(score('experience_open_government', 20)).points).toBe(20);
    expect(validateScore(score('experience_ict', 5)).points).toBe(5);
  });

  it('throws on 21 points on a 20-point criterion', () => {
    expect(() => validateScore(score('plan_implementation', 21))).toThrow(ZodError);
  });

  it('throws on 16 points on the 15-point mobilisation criterion', () => {
    expect(() => validateScore(score('experience_mobilisation', 16))).toThrow(ZodError);
  });

  it('throws on negative points', () => {
    expect(() => validateScore(score('experience_ict', -1))).toThrow(ZodError);
  });

  it('throws on non-integer points', () => {
    expect(() => validateScore(score('experience_ict', 2.5))).toThrow(ZodError);
  });

  it('throws on an unknown criterion', () => {
    expect(() => validateScore(score('charisma', 3))).toThrow(ZodError);
  });

  it('reads the maxima from the policy', () => {
    const policy = PolicySchema.parse({
      scoringGrid: { ...DEFAULT_POLICY.scoringGrid, experience_ict: 10 },
    });
    expect(validateScore(score('experience_ict', 10), policy).points).toBe(10);
    expect(() => validateScore(score('experience_ict', 10))).toThrow(ZodError);
  });
});

describe('R4.3 a criterion scores the mean of the scoring members', () => {
  it('averages each criterion and counts 0 for a criterion nobody scored', () => {
    const means = criterionMeans([
      score('experience_open_government', 20, 's1'),
      score('experience_open_government', 15, 's2'),
      score('experience_ict', 4, 's1'),
    ]);
    expect(means).toEqual({
      experience_open_government: 17.5,
      experience_mobilisation: 0,
      experience_ict: 4,
      plan_implementation: 0,
      plan_evaluation: 0,
      plan_cocreation: 0,
    });
  });

  it('sums the criterion means into the total, without float noise', () => {
    const scores = [
      score('plan_evaluation', 10, 's1'),
      score('plan_evaluation', 10, 's2'),
      score('plan_evaluation', 11, 's3'),
      score('plan_cocreation', 1, 's1'),
      score('plan_cocreation', 1, 's2'),
      score('plan_cocreation', 2, 's3'),
    ];
    // 31/3 + 4/3 = 35/3
    expect(totalScore(scores)).toBe(roundScore(35 / 3));
    expect(totalScore([])).toBe(0);
  });

  it('throws when the scores belong to several applications', () => {
    expect(() =>
      criterionMeans([
        score('experience_ict', 1, 's1', 'a1'),
        score('experience_ict', 1, 's1', 'a2'),
      ]),
    ).toThrow(ZodError);
  });

  it('rounds to 1e-9', () => {
    expect(roundScore(0.1 + 0.2)).toBe(0.3);
  });
});
