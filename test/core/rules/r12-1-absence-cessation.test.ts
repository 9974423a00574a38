import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { PolicySchema } from '../../../core/policy.js';
import {
  absenceCessation,
  absenceWindowStart,
  seatAttendanceStatus,
} from '../../../core/rules/r12-1-absence-cessation.js';

const absent = (day: string) => ({ day, status: 'absent' as const });

describe('R12.1 three unjustified absences within two calendar years', () => {
  it('starts the window on 1 January of the previous year', () => {
    expect(absenceWindowStart('2026-03-15')).toBe('2025-01-01');
    expect(absenceWindowStart('2026-01-01')).toBe('2025-01-01');
  });

  it('does not count an absence on 31 December of the year before the previous one', () => {
    const result = absenceCessation(
      [absent('2024-12-31'), absent('2025-06-10'), absent('2026-02-01')],
      '2026-03-15',
    );
    expect(result).toEqual({ triggered: false, counted: ['2025-06-10', '2026-02-01'] });
  });

  it('counts an absence on 1 January of the previous year', () => {
    const result = absenceCessation(
      [absent('2025-01-01'), absent('2025-06-10'), absent('2026-02-01')],
      '2026-03-15',
    );
    expect(result).toEqual({
      triggered: true,
      counted: ['2025-01-01', '2025-06-10', '2026-02-01'],
    });
  });

  it('triggers at the third absence, not the second', () => {
    const two = [absent('2025-03-01'), absent('2025-09-01')];
    expect(absenceCessation(two, '2026-01-20').triggered).toBe(false);
    expect(absenceCessation([...two, absent('2026-01-20')], '2026-01-20').triggered).toBe(true);
  });

  it('ignores excused absences, presences and records after asOf', () => {
    const result = absenceCessation(
      [
        { day: '2026-02-10', status: 'excused' },
        { day: '2026-01-10', status: 'present' },
        absent('2026-03-01'),
        absent('2025-05-01'),
        absent('2026-04-01'),
      ],
      '2026-03-15',
    );
    expect(result).toEqual({ triggered: false, counted: ['2025-05-01', '2026-03-01'] });
  });

  it('counts an absence on asOf itself, and sorts the days', () => {
    expect(
      absenceCessation([absent('2026-03-15'), absent('2025-02-01')], '2026-03-15').counted,
    ).toEqual(['2025-02-01', '2026-03-15']);
  });

  it('reads the threshold and the window from the policy', () => {
    const policy = PolicySchema.parse({
      absenceCessationThreshold: 2,
      absenceWindowCalendarYears: 1,
    });
    expect(absenceWindowStart('2026-03-15', policy)).toBe('2026-01-01');
    expect(
      absenceCessation(
        [absent('2025-12-01'), absent('2026-01-05'), absent('2026-02-05')],
        '2026-03-15',
        policy,
      ),
    ).toEqual({ triggered: true, counted: ['2026-01-05', '2026-02-05'] });
  });

  it('throws on a malformed day or status', () => {
    expect(() => absenceCessation([absent('2026-02-30')], '2026-03-15')).toThrow(ZodError);
    expect(() => absenceCessation([], '15/03/2026')).toThrow(ZodError);
    expect(() =>
      absenceCessation([{ day: '2026-01-01', status: 'late' as never }], '2026-03-15'),
    ).toThrow(ZodError);
  });
});

describe('R12.1 a seat is absent when neither titular nor alternate attended', () => {
  it('is present when the titular or the alternate attended', () => {
    expect(seatAttendanceStatus({ titular: 'present', alternate: 'absent' })).toBe('present');
    expect(seatAttendanceStatus({ titular: 'absent', alternate: 'present' })).toBe('present');
    expect(seatAttendanceStatus({ titular: 'excused', alternate: 'present' })).toBe('present');
  });

  it('is excused when none attended and one absence is justified', () => {
    expect(seatAttendanceStatus({ titular: 'excused', alternate: 'absent' })).toBe('excused');
    expect(seatAttendanceStatus({ titular: undefined, alternate: 'excused' })).toBe('excused');
  });

  it('is absent when none attended and no absence is justified', () => {
    expect(seatAttendanceStatus({ titular: 'absent', alternate: 'absent' })).toBe('absent');
    expect(seatAttendanceStatus({ titular: 'absent', alternate: undefined })).toBe('absent');
    expect(seatAttendanceStatus({ titular: undefined, alternate: undefined })).toBe('absent');
  });
});
