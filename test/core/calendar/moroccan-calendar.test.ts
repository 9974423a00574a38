import { describe, it, expect } from 'vitest';
import { ZodError } from 'zod';
import {
  addBusinessDays,
  holidays,
  holidaysOn,
  isBusinessDay,
  isHoliday,
} from '../../../core/calendar/moroccan-calendar.js';

const datesOf = (year: number, key: string, confirmed: { key: string; date: string }[] = []) =>
  holidays(year, confirmed)
    .filter((h) => h.key === key)
    .map((h) => h.date);

describe('Business days: holidays of a year', () => {
  it('lists the 2026 holidays sorted by date, two entries for a two-day holiday', () => {
    expect(holidays(2026).map((h) => `${h.date} ${h.key}`)).toEqual([
      '2026-01-01 new_year',
      '2026-01-11 independence_manifesto',
      '2026-01-14 amazigh_new_year',
      '2026-03-20 eid_al_fitr',
      '2026-03-21 eid_al_fitr',
      '2026-05-01 labour_day',
      '2026-05-27 eid_al_adha',
      '2026-05-28 eid_al_adha',
      '2026-06-16 islamic_new_year',
      '2026-07-30 throne_day',
      '2026-08-14 oued_eddahab',
      '2026-08-20 revolution_king_people',
      '2026-08-21 youth_day',
      '2026-08-25 mawlid',
      '2026-08-26 mawlid',
      '2026-10-31 unity_day',
      '2026-11-06 green_march',
      '2026-11-18 independence_day',
    ]);
  });

  it('marks Hijri dates estimated and fixed dates not, with names in three languages', () => {
    for (const h of holidays(2026)) {
      expect(h.estimated).toBe(h.kind === 'hijri');
      expect(h.names.fr && h.names.ar && h.names.en).toBeTruthy();
    }
    expect(holidaysOn('2026-03-20')[0]?.names.fr).toBe('Aïd Al Fitr');
  });

  it('does not count 14 January in 2023 but does from 2024 (Amazigh New Year)', () => {
    expect(isHoliday('2023-01-14')).toBe(false);
    expect(isHoliday('2024-01-14')).toBe(true);
    expect(isBusinessDay('2025-01-14')).toBe(false); // a Tuesday
  });

  it('does not count 31 October in 2025 but does from 2026 (Aïd Al Wahda)', () => {
    expect(isHoliday('2025-10-31')).toBe(false);
    expect(isBusinessDay('2025-10-31')).toBe(true); // a Friday
    expect(isHoliday('2026-10-31')).toBe(true);
    expect(isBusinessDay('2028-10-31')).toBe(false); // a Tuesday
  });

  it('lists a Hijri holiday twice when it occurs twice in one Gregorian year', () => {
    expect(datesOf(2008, 'islamic_new_year')).toEqual(['2008-01-10', '2008-12-29']);
  });

  it('splits a two-day holiday that straddles 31 December between the two years', () => {
    expect(datesOf(2006, 'eid_al_adha')).toEqual(['2006-01-10', '2006-01-11', '2006-12-31']);
    expect(datesOf(2007, 'eid_al_adha')).toEqual(['2007-01-01', '2007-12-20', '2007-12-21']);
  });

  it('returns a fresh list, so a caller cannot alter the memoised year', () => {
    const list = holidays(2026);
    list.length = 0;
    expect(holidays(2026)).toHaveLength(18);
  });

  it('refuses a year out of range or not whole', () => {
    expect(() => holidays(2026.5)).toThrow(ZodError);
    expect(() => holidays(1800)).toThrow(ZodError);
  });
});

describe('Business days: confirmed Hijri dates replace the estimates', () => {
  it('moves Eid al-Fitr 2026 by one day and marks it confirmed', () => {
    const confirmed = [{ key: 'eid_al_fitr', date: '2026-03-21' }];
    const eid = holidays(2026, confirmed).filter((h) => h.key === 'eid_al_fitr');
    expect(eid.map((h) => [h.date, h.estimated])).toEqual([
      ['2026-03-21', false],
      ['2026-03-22', false],
    ]);
    expect(isBusinessDay('2026-03-20', confirmed)).toBe(true);
    expect(isBusinessDay('2026-03-20')).toBe(false);
  });

  it('leaves the other Hijri holidays estimated', () => {
    const confirmed = [{ key: 'eid_al_fitr', date: '2026-03-21' }];
    const adha = holidays(2026, confirmed).filter((h) => h.key === 'eid_al_adha');
    expect(adha.every((h) => h.estimated)).toBe(true);
  });

  it('moves a straddling holiday wholly into the next year', () => {
    const confirmed = [{ key: 'eid_al_adha', date: '2007-01-01' }];
    expect(datesOf(2006, 'eid_al_adha', confirmed)).toEqual(['2006-01-10', '2006-01-11']);
    expect(datesOf(2007, 'eid_al_adha', confirmed)).toEqual([
      '2007-01-01',
      '2007-01-02',
      '2007-12-20',
      '2007-12-21',
    ]);
  });

  it('accepts confirmations of other years in the same list', () => {
    const confirmed = [
      { key: 'eid_al_fitr', date: '2025-03-31' },
      { key: 'eid_al_fitr', date: '2026-03-21' },
    ];
    expect(datesOf(2025, 'eid_al_fitr', confirmed)).toEqual(['2025-03-31', '2025-04-01']);
    expect(datesOf(2026, 'eid_al_fitr', confirmed)).toEqual(['2026-03-21', '2026-03-22']);
  });

  it('refuses a confirmation that matches no estimate', () => {
    expect(() => holidays(2026, [{ key: 'eid_al_fitr', date: '2026-07-01' }])).toThrow(ZodError);
    expect(() => isBusinessDay('2026-03-20', [{ key: 'eid', date: '2026-03-20' }])).toThrow(
      ZodError,
    );
  });
});

describe('Business days: Monday to Friday minus holidays', () => {
  it('counts a plain weekday and not a weekend', () => {
    expect(isBusinessDay('2026-03-17')).toBe(true);
    expect(isBusinessDay('2026-03-14')).toBe(false);
    expect(isBusinessDay('2026-03-15')).toBe(false);
  });

  it('returns the day itself for zero business days', () => {
    expect(addBusinessDays('2026-03-14', 0)).toBe('2026-03-14');
  });

  it('skips the weekend', () => {
    expect(addBusinessDays('2026-03-13', 1)).toBe('2026-03-16');
  });

  it('skips Eid al-Fitr as estimated, and as confirmed a day later', () => {
    expect(addBusinessDays('2026-03-19', 3)).toBe('2026-03-25');
    expect(addBusinessDays('2026-03-19', 3, [{ key: 'eid_al_fitr', date: '2026-03-21' }])).toBe(
      '2026-03-24',
    );
  });

  it('refuses a negative or fractional count and a malformed day', () => {
    expect(() => addBusinessDays('2026-03-19', -1)).toThrow(ZodError);
    expect(() => addBusinessDays('2026-03-19', 1.5)).toThrow(ZodError);
    expect(() => addBusinessDays('2026-02-30', 1)).toThrow(ZodError);
    expect(() => isBusinessDay('19/03/2026')).toThrow(ZodError);
  });
});
