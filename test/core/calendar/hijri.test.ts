import { describe, it, expect } from 'vitest';
import { ZodError } from 'zod';
import {
  CONFIRMATION_TOLERANCE_DAYS,
  HIJRI_TABLE_GREGORIAN_YEARS,
  HijriCalendarError,
  estimatedOccurrences,
  hijriHolidayDays,
  hijriToGregorian,
  hijriYearOf,
  resolveConfirmations,
} from '../../../core/calendar/hijri.js';

/** The code of the error `f` throws (undefined if it throws none or one without a code). */
function errorCode(f: () => unknown): string | undefined {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(HijriCalendarError);
    return (error as HijriCalendarError).code;
  }
  return undefined;
}

describe('Business days: Hijri holidays estimated from the Umm al-Qura table', () => {
  it('places 1 Muharram 1452 on 3 May 2030, as the table does (ICU says 4 May)', () => {
    expect(hijriToGregorian(1452, 'M01', 1)).toBe('2030-05-03');
    expect(hijriYearOf('2030-05-02')).toBe(1451);
    expect(hijriYearOf('2030-05-03')).toBe(1452);
  });

  // Each row read from the Umm al-Qura table (1 Muharram, 12 Rabi' al-Awwal, 1 Shawwal,
  // 10 Dhu al-Hijja), 2024–2030; those of 1445–1446 are also the dates Saudi Arabia observed.
  it.each([
    [1445, 'M10', 1, '2024-04-10'],
    [1445, 'M12', 10, '2024-06-16'],
    [1446, 'M01', 1, '2024-07-07'],
    [1446, 'M03', 12, '2024-09-15'],
    [1446, 'M10', 1, '2025-03-30'],
    [1446, 'M12', 10, '2025-06-06'],
    [1447, 'M01', 1, '2025-06-26'],
    [1447, 'M12', 10, '2026-05-27'],
    [1448, 'M01', 1, '2026-06-16'],
    [1448, 'M10', 1, '2027-03-09'],
    [1449, 'M12', 10, '2028-05-05'],
    [1450, 'M03', 12, '2028-08-03'],
    [1451, 'M10', 1, '2030-02-04'],
    [1451, 'M12', 10, '2030-04-13'],
    [1452, 'M03', 12, '2030-07-13'],
  ])('places %i-%s-%i on %s', (year, monthCode, day, expected) => {
    expect(hijriToGregorian(year, monthCode, day)).toBe(expected);
  });

  it('agrees with the package documentation (15 Rajab 1444 = 6 February 2023)', () => {
    expect(hijriToGregorian(1444, 'M07', 15)).toBe('2023-02-06');
    expect(hijriYearOf('2023-02-06')).toBe(1444);
  });

  it('refuses, with a code, a date outside the table instead of guessing', () => {
    expect(errorCode(() => hijriToGregorian(1501, 'M01', 1))).toBe('hijri_out_of_table');
    expect(errorCode(() => hijriToGregorian(1342, 'M12', 29))).toBe('hijri_out_of_table');
    expect(errorCode(() => hijriYearOf('2077-11-17'))).toBe('hijri_out_of_table');
    expect(errorCode(() => hijriYearOf('1924-07-31'))).toBe('hijri_out_of_table');
    expect(hijriYearOf('2077-11-16')).toBe(1500);
    expect(hijriYearOf('1924-08-01')).toBe(1343);
  });

  it('estimates the holidays of every Gregorian year the table covers, and refuses the others', () => {
    const { first, last } = HIJRI_TABLE_GREGORIAN_YEARS;
    expect(hijriHolidayDays(first).length).toBeGreaterThan(0);
    expect(hijriHolidayDays(last).length).toBeGreaterThan(0);
    expect(errorCode(() => hijriHolidayDays(first - 1))).toBe('hijri_out_of_table');
    expect(errorCode(() => hijriHolidayDays(last + 1))).toBe('hijri_out_of_table');
  });

  it('refuses, with a code, a 30th day in a month of 29 days (no silent shift)', () => {
    expect(hijriToGregorian(1447, 'M01', 30)).toBe('2025-07-25');
    expect(errorCode(() => hijriToGregorian(1447, 'M02', 30))).toBe('hijri_invalid_date');
    expect(() => hijriToGregorian(1447, 'M13', 1)).toThrow(ZodError);
  });

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
