import { describe, it, expect } from 'vitest';
import { ZodError } from 'zod';
import {
  FIXED_HOLIDAYS,
  FIXED_HOLIDAY_KEYS,
  FixedHolidaySchema,
  HIJRI_HOLIDAYS,
  HIJRI_HOLIDAY_KEYS,
  fixedHolidaysOf,
} from '../../../core/calendar/holiday-table.js';

describe('Business days: the holiday table is data', () => {
  it('lists every fixed holiday of the public administration once, with its source and names', () => {
    expect(FIXED_HOLIDAYS.map((h) => h.key)).toEqual([...FIXED_HOLIDAY_KEYS]);
    for (const h of FIXED_HOLIDAYS) {
      expect(h.source.length).toBeGreaterThan(10);
      expect(h.names.fr && h.names.ar && h.names.en).toBeTruthy();
    }
  });

  it('places each fixed holiday on the day RULES.md gives', () => {
    const days = Object.fromEntries(FIXED_HOLIDAYS.map((h) => [h.key, `${h.month}/${h.day}`]));
    expect(days).toEqual({
      new_year: '1/1',
      independence_manifesto: '1/11',
      amazigh_new_year: '1/14',
      labour_day: '5/1',
      throne_day: '7/30',
      oued_eddahab: '8/14',
      revolution_king_people: '8/20',
      youth_day: '8/21',
      unity_day: '10/31',
      green_march: '11/6',
      independence_day: '11/18',
    });
  });

  it('lists the Hijri holidays with their month, first day and length', () => {
    expect(HIJRI_HOLIDAYS.map((h) => [h.key, h.monthCode, h.day, h.length])).toEqual([
      ['islamic_new_year', 'M01', 1, 1],
      ['mawlid', 'M03', 12, 2],
      ['eid_al_fitr', 'M10', 1, 2],
      ['eid_al_adha', 'M12', 10, 2],
    ]);
    expect(HIJRI_HOLIDAYS.map((h) => h.key)).toEqual([...HIJRI_HOLIDAY_KEYS]);
  });

  it('applies the Amazigh New Year from 2024 and Aïd Al Wahda from 2026 only', () => {
    expect(fixedHolidaysOf(2023).map((h) => h.key)).not.toContain('amazigh_new_year');
    expect(fixedHolidaysOf(2024).map((h) => h.key)).toContain('amazigh_new_year');
    expect(fixedHolidaysOf(2025).map((h) => h.key)).not.toContain('unity_day');
    expect(fixedHolidaysOf(2026).map((h) => h.key)).toContain('unity_day');
  });

  it('cites the decrees of the two recent holidays', () => {
    const source = (key: string) => FIXED_HOLIDAYS.find((h) => h.key === key)?.source ?? '';
    expect(source('amazigh_new_year')).toContain('2-23-688');
    expect(source('unity_day')).toContain('2-25-1140');
  });

  it('is frozen, so no caller can change a holiday at run time', () => {
    expect(Object.isFrozen(FIXED_HOLIDAYS)).toBe(true);
    expect(Object.isFrozen(FIXED_HOLIDAYS[0])).toBe(true);
    expect(Object.isFrozen(HIJRI_HOLIDAYS[0]?.names)).toBe(true);
  });

  it('rejects a malformed entry (a new decree is validated like the rest)', () => {
    const entry = {
      key: 'labour_day',
      month: 13,
      day: 1,
      firstYear: 2027,
      source: 'Décret test',
      names: { fr: 'a', ar: 'b', en: 'c' },
    };
    expect(() => FixedHolidaySchema.parse(entry)).toThrow(ZodError);
    expect(() => FixedHolidaySchema.parse({ ...entry, month: 5, lastYear: 2026 })).toThrow(
      ZodError,
    );
    expect(FixedHolidaySchema.parse({ ...entry, month: 5, lastYear: 2030 }).lastYear).toBe(2030);
  });
});
