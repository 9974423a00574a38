import { describe, it, expect } from 'vitest';
import { ZodError } from 'zod';
import { HijriCalendarError } from '../../../core/calendar/hijri.js';
import {
  addBusinessDays,
  holidayStatus,
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

  it('lists the 2030 holidays: the fixed table plus the Hijri ones from the Umm al-Qura table', () => {
    // 1 Muharram 1452 on Friday 3 May 2030 per the table (ICU's calendar said Saturday 4 May).
    expect(holidays(2030).map((h) => `${h.date} ${h.key}`)).toEqual([
      '2030-01-01 new_year',
      '2030-01-11 independence_manifesto',
      '2030-01-14 amazigh_new_year',
      '2030-02-04 eid_al_fitr',
      '2030-02-05 eid_al_fitr',
      '2030-04-13 eid_al_adha',
      '2030-04-14 eid_al_adha',
      '2030-05-01 labour_day',
      '2030-05-03 islamic_new_year',
      '2030-07-13 mawlid',
      '2030-07-14 mawlid',
      '2030-07-30 throne_day',
      '2030-08-14 oued_eddahab',
      '2030-08-20 revolution_king_people',
      '2030-08-21 youth_day',
      '2030-10-31 unity_day',
      '2030-11-06 green_march',
      '2030-11-18 independence_day',
    ]);
    expect(isBusinessDay('2030-05-03')).toBe(false);
  });

  it('lists the 2024 Hijri holidays from the table', () => {
    expect(
      holidays(2024)
        .filter((h) => h.kind === 'hijri')
        .map((h) => `${h.date} ${h.key}`),
    ).toEqual([
      '2024-04-10 eid_al_fitr',
      '2024-04-11 eid_al_fitr',
      '2024-06-16 eid_al_adha',
      '2024-06-17 eid_al_adha',
      '2024-07-07 islamic_new_year',
      '2024-09-15 mawlid',
      '2024-09-16 mawlid',
    ]);
  });

  it('gives each day the last day of its holiday', () => {
    const eid = holidays(2026).filter((h) => h.key === 'eid_al_fitr');
    expect(eid.map((h) => [h.date, h.lastDay])).toEqual([
      ['2026-03-20', '2026-03-21'],
      ['2026-03-21', '2026-03-21'],
    ]);
    expect(holidaysOn('2026-05-01')[0]?.lastDay).toBe('2026-05-01');
    // A holiday straddling 31 December: the day of 2006 ends on 1 January 2007.
    expect(holidays(2006).find((h) => h.date === '2006-12-31')?.lastDay).toBe('2007-01-01');
  });

  it('refuses, with a code, a year the Umm al-Qura table does not cover', () => {
    expect(() => holidays(2077)).toThrow(HijriCalendarError);
    expect(() => isBusinessDay('1920-03-02')).toThrow(HijriCalendarError);
    expect(holidays(2076).some((h) => h.key === 'eid_al_adha')).toBe(true);
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

describe('Business days: how a holiday is shown, on a given day', () => {
  const eidFitr2026 = (confirmed: { key: string; date: string }[] = []) =>
    holidays(2026, confirmed).filter((h) => h.key === 'eid_al_fitr');

  it('shows a fixed holiday as fixed, whatever the day', () => {
    const labour = holidaysOn('2026-05-01')[0];
    expect(labour && holidayStatus(labour, '2026-01-01')).toBe('fixed');
    expect(labour && holidayStatus(labour, '2026-12-31')).toBe('fixed');
  });

  it('shows an estimate still ahead, or under way, as to be confirmed', () => {
    expect(eidFitr2026().map((h) => holidayStatus(h, '2026-03-01'))).toEqual([
      'to_confirm',
      'to_confirm',
    ]);
    // On the second day the holiday is not over: both days stay to be confirmed.
    expect(eidFitr2026().map((h) => holidayStatus(h, '2026-03-21'))).toEqual([
      'to_confirm',
      'to_confirm',
    ]);
  });

  it('shows an estimate whose days went by unconfirmed as estimated, past (not to confirm)', () => {
    expect(eidFitr2026().map((h) => holidayStatus(h, '2026-03-22'))).toEqual([
      'estimated_past',
      'estimated_past',
    ]);
  });

  it('shows a confirmed date as confirmed, past or not', () => {
    const confirmed = eidFitr2026([{ key: 'eid_al_fitr', date: '2026-03-21' }]);
    expect(confirmed.map((h) => holidayStatus(h, '2026-03-01'))).toEqual([
      'confirmed',
      'confirmed',
    ]);
    expect(confirmed.map((h) => holidayStatus(h, '2026-12-07'))).toEqual([
      'confirmed',
      'confirmed',
    ]);
  });

  it('keeps a straddling estimate to be confirmed on its second day, in the next year', () => {
    const last = holidays(2006).find((h) => h.date === '2006-12-31');
    expect(last && holidayStatus(last, '2007-01-01')).toBe('to_confirm');
    expect(last && holidayStatus(last, '2007-01-02')).toBe('estimated_past');
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
