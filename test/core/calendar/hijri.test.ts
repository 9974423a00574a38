import { describe, it, expect } from 'vitest';
import { ZodError } from 'zod';
import {
  CONFIRMATION_TOLERANCE_DAYS,
  estimatedOccurrences,
  hijriToGregorian,
  hijriYearOf,
  resolveConfirmations,
} from '../../../core/calendar/hijri.js';

describe('Business days: Hijri holidays estimated with Umm al-Qura', () => {
  it('estimates 1 Shawwal 1447 (Eid al-Fitr) on 20 March 2026', () => {
    expect(hijriToGregorian(1447, 'M10', 1)).toBe('2026-03-20');
  });

  it('gives the Hijri year of a Gregorian day', () => {
    expect(hijriYearOf('2026-03-20')).toBe(1447);
    expect(hijriYearOf('2026-06-16')).toBe(1448);
  });

  it('estimates every Hijri holiday of a Hijri year, all marked estimated', () => {
    expect(estimatedOccurrences(1447)).toEqual([
      {
        key: 'islamic_new_year',
        hijriYear: 1447,
        firstDay: '2025-06-26',
        length: 1,
        estimated: true,
      },
      { key: 'mawlid', hijriYear: 1447, firstDay: '2025-09-04', length: 2, estimated: true },
      { key: 'eid_al_fitr', hijriYear: 1447, firstDay: '2026-03-20', length: 2, estimated: true },
      { key: 'eid_al_adha', hijriYear: 1447, firstDay: '2026-05-27', length: 2, estimated: true },
    ]);
  });

  it('returns the same memoised list for a Hijri year', () => {
    expect(estimatedOccurrences(1450)).toBe(estimatedOccurrences(1450));
  });
});

describe('Business days: confirming the officially announced Hijri dates', () => {
  it('matches a confirmation to the nearest estimate of its holiday', () => {
    const firstDays = resolveConfirmations([{ key: 'eid_al_fitr', date: '2026-03-21' }]);
    expect([...firstDays]).toEqual([['eid_al_fitr@1447', '2026-03-21']]);
  });

  it('takes the earliest of both days of a two-day holiday as its first day', () => {
    const firstDays = resolveConfirmations([
      { key: 'eid_al_adha', date: '2026-05-29' },
      { key: 'eid_al_adha', date: '2026-05-28' },
    ]);
    expect(firstDays.get('eid_al_adha@1447')).toBe('2026-05-28');
  });

  it(`accepts a date ${CONFIRMATION_TOLERANCE_DAYS} days from the estimate and refuses one further`, () => {
    expect(resolveConfirmations([{ key: 'eid_al_fitr', date: '2026-03-25' }]).size).toBe(1);
    expect(() => resolveConfirmations([{ key: 'eid_al_fitr', date: '2026-03-26' }])).toThrow(
      ZodError,
    );
  });

  it('refuses an unknown key, a fixed holiday and a malformed date', () => {
    expect(() => resolveConfirmations([{ key: 'ramadan', date: '2026-02-18' }])).toThrow(ZodError);
    expect(() => resolveConfirmations([{ key: 'labour_day', date: '2026-05-01' }])).toThrow(
      ZodError,
    );
    expect(() => resolveConfirmations([{ key: 'eid_al_fitr', date: '2026-03-32' }])).toThrow(
      ZodError,
    );
  });

  it('refuses two dates that cannot both be days of one occurrence', () => {
    expect(() =>
      resolveConfirmations([
        { key: 'eid_al_fitr', date: '2026-03-19' },
        { key: 'eid_al_fitr', date: '2026-03-21' },
      ]),
    ).toThrow(ZodError);
    expect(() =>
      resolveConfirmations([
        { key: 'islamic_new_year', date: '2026-06-16' },
        { key: 'islamic_new_year', date: '2026-06-17' },
      ]),
    ).toThrow(ZodError);
  });
});
