import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { Criterion } from '../../../core/policy.js';
import { PolicySchema } from '../../../core/policy.js';
import {
  rankApplications,
  tieBreakContext,
  tieBreakMessage,
  tieBreakPairs,
} from '../../../core/rules/r4-5-tie-break.js';

const GRID: [Criterion, number][] = [
  ['experience_open_government', 20],
  ['experience_mobilisation', 15],
  ['experience_ict', 5],
  ['plan_implementation', 20],
  ['plan_evaluation', 20],
  ['plan_cocreation', 20],
];

/** One scorer's sheet adding up to `total` integer points, filling criteria in order. */
function sheet(applicationId: string, total: number, scorerId = 's1') {
  let left = total;
  return GRID.map(([criterion, max]) => {
    const points = Math.min(max, left);
    left -= points;
    return { applicationId, scorerId, criterion, points };
  });
}

const application = (
  id: string,
  complete = true,
  region = 'Casablanca-Settat',
  expertise = ['open data'],
) => ({
  id,
  complete,
  region,
  expertise,
});

describe('R4.5 ranking of complete applications', () => {
  it('ranks by total, highest first, equal totals sharing a rank (1, 1, 3)', () => {
    const result = rankApplications({
      applications: [application('c'), application('b'), application('a')],
      scores: [...sheet('a', 70), ...sheet('b', 70), ...sheet('c', 55)],
      seats: 3,
    });
    expect(result.ranking).toEqual([
      { id: 'a', total: 70, rank: 1 },
      { id: 'b', total: 70, rank: 1 },
      { id: 'c', total: 55, rank: 3 },
    ]);
    expect(result.excluded).toEqual([]);
    expect(result.tieBreaks).toEqual([]);
  });

  it('takes the mean of several scorers per criterion', () => {
    const result = rankApplications({
      applications: [application('a')],
      scores: [...sheet('a', 60, 's1'), ...sheet('a', 50, 's2'), ...sheet('a', 41, 's3')],
      seats: 1,
    });
    expect(result.ranking[0]?.total).toBe(50.333333333);
  });

  it('excludes an incomplete application and ignores its scores', () => {
    const result = rankApplications({
      applications: [application('a'), application('b', false)],
      scores: [...sheet('a', 40), ...sheet('b', 90)],
      seats: 1,
    });
    expect(result.ranking.map((r) => r.id)).toEqual(['a']);
    expect(result.excluded).toEqual([{ id: 'b', reason: 'incomplete' }]);
  });

  it('excludes a complete application nobody scored', () => {
    const result = rankApplications({
      applications: [application('a'), application('b')],
      scores: sheet('a', 40),
      seats: 1,
    });
    expect(result.excluded).toEqual([{ id: 'b', reason: 'unscored' }]);
  });

  it('throws on a score naming an unknown application', () => {
    expect(() =>
      rankApplications({ applications: [application('a')], scores: sheet('zz', 10), seats: 1 }),
    ).toThrow(ZodError);
  });

  it('throws on 21 points on a 20-point criterion', () => {
    expect(() =>
      rankApplications({
        applications: [application('a')],
        scores: [{ applicationId: 'a', scorerId: 's1', criterion: 'plan_cocreation', points: 21 }],
        seats: 1,
      }),
    ).toThrow(ZodError);
  });

  it('throws on non-integer points', () => {
    expect(() =>
      rankApplications({
        applications: [application('a')],
        scores: [
          { applicationId: 'a', scorerId: 's1', criterion: 'plan_cocreation', points: 12.5 },
        ],
        seats: 1,
      }),
    ).toThrow(ZodError);
  });

  it('throws on an unknown criterion, negative seats or a duplicate application', () => {
    expect(() =>
      rankApplications({
        applications: [application('a')],
        scores: [{ applicationId: 'a', scorerId: 's1', criterion: 'charisma' as never, points: 1 }],
        seats: 1,
      }),
    ).toThrow(ZodError);
    expect(() => rankApplications({ applications: [], scores: [], seats: -1 })).toThrow(ZodError);
    expect(() =>
      rankApplications({
        applications: [application('a'), application('a')],
        scores: [],
        seats: 1,
      }),
    ).toThrow(ZodError);
  });
});

describe('R4.5 tie-break flags at the selection boundary', () => {
  it('flags a tie straddling the boundary with gap 0', () => {
    const result = rankApplications({
      applications: [application('a'), application('b'), application('c'), application('d')],
      scores: [...sheet('a', 80), ...sheet('b', 60), ...sheet('c', 60), ...sheet('d', 30)],
      seats: 2,
    });
    expect(result.ranking.map((r) => [r.id, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
    expect(result.tieBreaks).toEqual([{ selected: 'b', runnerUp: 'c', gap: 0 }]);
  });

  it('flags a gap of 9.99 points but not a gap of 10', () => {
    // b's ICT mean is 1/100 = 0.01: one scorer of a hundred gave it 1 point.
    const ict = Array.from({ length: 100 }, (_, i) => ({
      applicationId: 'b',
      scorerId: `s${i}`,
      criterion: 'experience_ict' as const,
      points: i === 0 ? 1 : 0,
    }));
    const result = rankApplications({
      applications: [application('a'), application('b'), application('c')],
      scores: [
        ...sheet('a', 50),
        { applicationId: 'b', scorerId: 's0', criterion: 'experience_open_government', points: 20 },
        { applicationId: 'b', scorerId: 's0', criterion: 'plan_implementation', points: 20 },
        ...ict,
        ...sheet('c', 40),
      ],
      seats: 1,
    });
    expect(result.ranking.map((r) => [r.id, r.total])).toEqual([
      ['a', 50],
      ['b', 40.01],
      ['c', 40],
    ]);
    expect(result.tieBreaks).toEqual([{ selected: 'a', runnerUp: 'b', gap: 9.99 }]);
  });

  it('lists every pair across the boundary, by position', () => {
    expect(
      tieBreakPairs(
        [
          { id: 'a', total: 70 },
          { id: 'b', total: 65 },
          { id: 'c', total: 61 },
          { id: 'd', total: 50 },
        ],
        2,
      ),
    ).toEqual([
      { selected: 'a', runnerUp: 'c', gap: 9 },
      { selected: 'b', runnerUp: 'c', gap: 4 },
    ]);
  });

  it('orders the ranking itself (total descending, then id) before reading the boundary', () => {
    expect(
      tieBreakPairs(
        [
          { id: 'y', total: 60 },
          { id: 'x', total: 60 },
        ],
        1,
      ),
    ).toEqual([{ selected: 'x', runnerUp: 'y', gap: 0 }]);
  });

  it('flags nothing when there are no seats or no one beyond them', () => {
    const ranking = [
      { id: 'a', total: 60 },
      { id: 'b', total: 60 },
    ];
    expect(tieBreakPairs(ranking, 0)).toEqual([]);
    expect(tieBreakPairs(ranking, 2)).toEqual([]);
    expect(tieBreakPairs(ranking, 5)).toEqual([]);
  });

  it('reads the gap from the policy', () => {
    const ranking = [
      { id: 'a', total: 60 },
      { id: 'b', total: 55 },
    ];
    expect(tieBreakPairs(ranking, 1, PolicySchema.parse({ tieBreakGap: 5 }))).toEqual([]);
    expect(tieBreakPairs(ranking, 1, PolicySchema.parse({ tieBreakGap: 5.5 }))).toHaveLength(1);
  });
});

describe('R4.5 the committee decides a flagged pair on diversity', () => {
  const applications = [
    application('a', true, 'Souss-Massa', ['open data', 'budget']),
    application('b', true, 'Souss-Massa', ['budget', 'youth']),
  ];

  it('gives the regions and shared fields of expertise', () => {
    const context = tieBreakContext({ selected: 'a', runnerUp: 'b', gap: 3 }, applications);
    expect(context.sameRegion).toBe(true);
    expect(context.sharedExpertise).toEqual(['budget']);
  });

  it('throws when a pair names an unknown application', () => {
    expect(() => tieBreakContext({ selected: 'a', runnerUp: 'z', gap: 3 }, applications)).toThrow(
      ZodError,
    );
  });

  it('asks for a recorded decision, citing the rule', () => {
    const tied = tieBreakMessage({ selected: 'a', runnerUp: 'b', gap: 0 });
    expect(tied.fr).toContain('R4.5');
    expect(tied.fr).toContain('à égalité de points');
    expect(tied.en).toContain('tied on points');
    const apart = tieBreakMessage({ selected: 'a', runnerUp: 'b', gap: 9.99 });
    expect(apart.fr).toContain('ne sont séparées que de 9,99 points (moins de 10)');
    expect(apart.en).toContain('are only 9.99 points apart (less than 10)');
    expect(apart.ar).toContain('R4.5');
  });
});
