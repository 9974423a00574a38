import { afterEach, describe, expect, it } from 'vitest';
import { INTL_LOCALE, LOCALES, type Locale } from '../../core/i18n/localized.js';
import {
  calendarNames,
  dayToPickerDate,
  formatDayFull,
  formatDayNumeric,
  parseTypedDay,
  parseTypedTime,
  pickerDateToDay,
  pickerDateToTime,
  timeToPickerDate,
} from '../../tabs/src/i18n/date-fields.js';
import { format } from '../../tabs/src/i18n/i18n.js';
import { moroccoWallClock } from '../../tabs/src/i18n/morocco-time.js';

/*
 * The tab's date and time fields without a browser (tabs/src/i18n/date-fields.ts, issue 11,
 * item 3): dates read and written day first, times on the 24-hour clock, month and day names
 * from the catalogs, and the pickers' Dates read as calendar fields only — whatever the zone
 * the browser runs in.
 */

const names = (locale: Locale) => calendarNames((key, values) => format(locale, key, values));
const LANGUAGES = LOCALES.map(names);
const read = (text: string) => parseTypedDay(text, LANGUAGES);

const savedZone = process.env.TZ;

/** Runs in `zone` as a browser there would (checked: the zone really applies). */
function inZone(zone: string, offsetMinutes: number): void {
  process.env.TZ = zone;
  // getTimezoneOffset is minutes *behind* UTC; 18 March 2027 at noon.
  expect(new Date(2027, 2, 18, 12).getTimezoneOffset(), zone).toBe(-offsetMinutes);
}
afterEach(() => {
  if (savedZone === undefined) delete process.env.TZ;
  else process.env.TZ = savedZone;
});

describe('tab date fields: the calendar names come from the catalogs', () => {
  it('names months and weekdays as the rest of the app writes dates (Intl, ar-MA’s Moroccan months)', () => {
    for (const locale of LOCALES) {
      const intl = (options: Intl.DateTimeFormatOptions, date: Date) =>
        new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone: 'UTC' }).format(date);
      const calendar = names(locale);
      expect(calendar.months).toEqual(
        Array.from({ length: 12 }, (_, m) => intl({ month: 'long' }, new Date(Date.UTC(2027, m)))),
      );
      // 14 March 2027 is a Sunday: Fluent's lists start on Sunday, like Date.getDay().
      expect(calendar.days).toEqual(
        Array.from({ length: 7 }, (_, d) =>
          intl({ weekday: 'long' }, new Date(Date.UTC(2027, 2, 14 + d))),
        ),
      );
      expect(calendar.shortMonths).toEqual(calendar.months);
      expect(calendar.shortDays.every((day) => [...day].length === 1)).toBe(true);
    }
    expect(names('ar').months[7]).toBe('غشت');
    expect(names('fr').shortDays).toEqual(['D', 'L', 'M', 'M', 'J', 'V', 'S']);
  });
});

describe('tab date fields: a typed date is read day first', () => {
  it('reads the ways people write a day in Morocco', () => {
    for (const typed of [
      '18/03/2027',
      '18/3/2027',
      '18-03-2027',
      '18.03.27',
      '18 03 2027',
      '18032027',
      '18 mars 2027',
      'jeudi 18 mars 2027',
      'Jeudi 18 Mars 2027',
      '18 MARS 2027',
      '18 mar 2027',
      '18 March 2027',
      'Thursday, 18 March 2027',
      'March 18, 2027',
      '18 مارس 2027',
      'الخميس، 18 مارس 2027',
      '١٨/٠٣/٢٠٢٧',
      '۱۸/۰۳/۲۰۲۷',
      '18\u200f/03\u200f/2027', // as Intl writes it in ar-MA, with right-to-left marks
      '2027-03-18', // the API's own form, pasted
      '2027/03/18',
    ]) {
      expect(read(typed), typed).toBe('2027-03-18');
    }
    expect(read('1er mars 2027')).toBe('2027-03-01');
    expect(read('4 sept. 2026')).toBe('2026-09-04');
    expect(read('4 sept 2026')).toBe('2026-09-04');
    expect(read('4 septembre 2026')).toBe('2026-09-04');
    expect(read('15 aout 2026')).toBe('2026-08-15');
    expect(read('15 غشت 2026')).toBe('2026-08-15');
    expect(read('29 fevrier 2028')).toBe('2028-02-29');
  });

  it('never reads a date month first, and refuses what is no date', () => {
    // 4 May, not 5 April.
    expect(read('04/05/2027')).toBe('2027-05-04');
    for (const typed of [
      '03/18/2027', // month first: no 18th month
      '31/02/2027',
      '29/02/2027',
      '00/03/2027',
      '18/13/2027',
      '18/03', // no year
      '18 mars', // no year
      '2027',
      '18 ma 2027', // mars or mai?
      '18 mars mai 2027',
      'demain',
      '18/03/2027 10:00',
      '',
      '   ',
    ]) {
      expect(read(typed), typed).toBeUndefined();
    }
  });

  it('confirms the day read in full, in the UI language', () => {
    expect(formatDayFull('2027-03-18', 'fr')).toBe('jeudi 18 mars 2027');
    expect(formatDayFull('2025-01-01', 'fr')).toBe('mercredi 1er janvier 2025');
    expect(formatDayFull('2027-03-11', 'fr')).toBe('jeudi 11 mars 2027');
    expect(formatDayFull('2027-03-18', 'ar')).toBe('الخميس، 18 مارس 2027');
    expect(formatDayFull('2026-08-01', 'ar')).toBe('السبت، 1 غشت 2026');
    expect(formatDayFull('2027-03-18', 'en')).toBe('Thursday, 18 March 2027');
  });

  it('writes a day as it reads it: day first with Latin digits', () => {
    expect(formatDayNumeric('2027-03-18')).toBe('18/03/2027');
    expect(formatDayNumeric('2026-12-02')).toBe('02/12/2026');
    expect(read(formatDayNumeric('2026-12-02'))).toBe('2026-12-02');
    expect(formatDayNumeric('')).toBe('');
  });
});

describe('tab date fields: the pickers’ Dates are calendar fields, whatever the browser’s zone', () => {
  it('keeps the day picked in zones far from Morocco and where midnight is skipped', () => {
    // São Paulo skipped midnight on 4 November 2018; Kiritimati is UTC+14, Pago Pago UTC−11.
    for (const [zone, offset] of [
      ['America/New_York', -240],
      ['Pacific/Kiritimati', 840],
      ['Pacific/Pago_Pago', -660],
      ['America/Sao_Paulo', -180],
    ] as const) {
      inZone(zone, offset);
      for (const day of ['2027-03-18', '2018-11-04', '2026-09-20', '2028-02-29']) {
        const date = dayToPickerDate(day);
        expect(date, `${zone} ${day}`).not.toBeNull();
        expect(pickerDateToDay(date!), `${zone} ${day}`).toBe(day);
      }
      // A Date the calendar makes itself (local midnight) is read the same way.
      expect(pickerDateToDay(new Date(2027, 2, 18))).toBe('2027-03-18');
    }
    expect(dayToPickerDate('')).toBeNull();
    expect(dayToPickerDate('2027-02-30')).toBeNull();
    expect(pickerDateToDay(new Date(Number.NaN))).toBeUndefined();
  });

  it('sends the API the Morocco wall clock of the day and time shown', () => {
    inZone('America/New_York', -240);
    const day = pickerDateToDay(dayToPickerDate(read('18/03/2027')!)!)!;
    const time = pickerDateToTime(timeToPickerDate(parseTypedTime('10h00')!)!);
    expect(moroccoWallClock(day, time)).toBe('2027-03-18T10:00');
  });
});

describe('tab time fields: 24-hour clock', () => {
  it('reads the ways people write a time in Morocco', () => {
    const cases: Record<string, string> = {
      '10:00': '10:00',
      '10h00': '10:00',
      '10h': '10:00',
      '10 h 30': '10:30',
      '10H30': '10:30',
      '10.30': '10:30',
      '1030': '10:30',
      '930': '09:30',
      '9:05': '09:05',
      '9': '09:00',
      '0:00': '00:00',
      '23:59': '23:59',
      '١٠:٣٠': '10:30',
      '۱۴:۴۵': '14:45',
    };
    for (const [typed, time] of Object.entries(cases))
      expect(parseTypedTime(typed), typed).toBe(time);
  });

  it('refuses 12-hour times and what is no time of day', () => {
    for (const typed of [
      '10:00 PM',
      '10:00 AM',
      '10 am',
      '24:00',
      '10:60',
      '25',
      '10:5',
      'midi',
      '',
      '10:00:00',
    ]) {
      expect(parseTypedTime(typed), typed).toBeUndefined();
    }
  });

  it('writes a picked time as HH:mm, hours and minutes only, in any zone', () => {
    for (const [zone, offset] of [
      ['America/New_York', -240],
      ['Pacific/Kiritimati', 840],
    ] as const) {
      inZone(zone, offset);
      for (const time of ['00:00', '02:30', '09:05', '13:30', '23:30']) {
        expect(pickerDateToTime(timeToPickerDate(time)!)).toBe(time);
      }
    }
    expect(timeToPickerDate('')).toBeNull();
    expect(timeToPickerDate('7 PM')).toBeNull();
  });
});
