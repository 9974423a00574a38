import { describe, it, expect } from 'vitest';
import { ZodError } from 'zod';
import { semesterCoverage, semesterOf } from '../../../core/rules/r5-1-semester-coverage.js';
import { PolicySchema } from '../../../core/policy.js';

describe('R5.1 at least one meeting per calendar semester', () => {
  it('splits the year into January–June and July–December', () => {
    expect(semesterOf('2026-06-30')).toEqual({
      start: '2026-01-01',
      end: '2026-06-30',
      label: '2026-S1',
    });
    expect(semesterOf('2026-07-01')).toEqual({
      start: '2026-07-01',
      end: '2026-12-31',
      label: '2026-S2',
    });
  });

  it('is covered by a scheduled meeting in the semester', () => {
    const result = semesterCoverage({
      meetings: [{ day: '2026-05-12', status: 'scheduled' }],
      today: '2026-01-05',
    });
    expect(result).toMatchObject({ covered: true, flag: 'none', verdict: { ok: true } });
  });

  it('is covered by a meeting already held in the semester', () => {
    const result = semesterCoverage({
      meetings: [{ day: '2026-02-12', status: 'held' }],
      today: '2026-06-29',
    });
    expect(result.covered).toBe(true);
  });

  it('flags a semester from its first day when no meeting is held or scheduled', () => {
    const result = semesterCoverage({ meetings: [], today: '2026-07-01' });
    expect(result.flag).toBe('uncovered');
    expect(result.daysRemaining).toBe(184);
    expect(result.verdict.ok).toBe(false);
    if (result.verdict.ok) return;
    expect(result.verdict.rule).toBe('R5.1');
    expect(result.verdict.message.fr).toContain('au moins une fois par semestre (art. 5)');
    expect(result.verdict.message.fr).toContain('second semestre 2026');
    expect(result.verdict.message.en).toContain('second half of 2026');
    expect(result.verdict.message.ar).toContain('الأسدس الثاني');
  });

  it('does not count a cancelled meeting nor one in another semester', () => {
    const result = semesterCoverage({
      meetings: [
        { day: '2026-03-10', status: 'cancelled' },
        { day: '2025-12-20', status: 'held' },
        { day: '2026-07-01', status: 'scheduled' },
      ],
      today: '2026-03-01',
    });
    expect(result.covered).toBe(false);
    expect(result.flag).toBe('uncovered');
  });

  it('flags again when fewer than 30 days remain (today counts as remaining)', () => {
    expect(semesterCoverage({ meetings: [], today: '2026-06-01' })).toMatchObject({
      daysRemaining: 30,
      flag: 'uncovered',
    });
    expect(semesterCoverage({ meetings: [], today: '2026-06-02' })).toMatchObject({
      daysRemaining: 29,
      flag: 'uncovered-ending',
    });
    expect(semesterCoverage({ meetings: [], today: '2026-12-31' })).toMatchObject({
      daysRemaining: 1,
      flag: 'uncovered-ending',
    });
  });

  it('reads the warning threshold from the policy', () => {
    const policy = PolicySchema.parse({ semesterWarningDays: 60 });
    expect(semesterCoverage({ meetings: [], today: '2026-05-15' }, policy).flag).toBe(
      'uncovered-ending',
    );
  });

  it('refuses malformed input with a zod error', () => {
    expect(() => semesterCoverage({ meetings: [], today: '2026-13-01' })).toThrow(ZodError);
    expect(() =>
      semesterCoverage({
        meetings: [{ day: '2026-03-01', status: 'postponed' as 'held' }],
        today: '2026-03-01',
      }),
    ).toThrow(ZodError);
  });
});
