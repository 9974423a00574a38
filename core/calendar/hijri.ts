import { z } from 'zod';
import { Temporal } from 'temporal-polyfill/full';
import { DaySchema, addDays, daysBetween, parseDay } from '../time.js';
import { HIJRI_HOLIDAYS, HijriHolidayKeySchema } from './holiday-table.js';
import type { HijriHoliday, HijriHolidayKey } from './holiday-table.js';

/**
 * Hijri holidays (RULES.md, "Business days"): their Gregorian dates are estimated with the
 * Umm al-Qura calendar and marked *estimated* until the secretariat confirms the officially
 * announced date (moon sighting in Morocco can shift a date by a day or two).
 */

const CALENDAR = 'islamic-umalqura';

/**
 * How far (in days) an officially announced date may be from the estimate of the same
 * holiday. Moon sighting moves a date by one or two days; a larger gap means the confirmation
 * was typed for the wrong holiday or year.
 */
export const CONFIRMATION_TOLERANCE_DAYS = 5;

/** An officially announced date of a Hijri holiday (the first day; or both days of a two-day one). */
export const ConfirmedHolidaySchema = z.object({ key: HijriHolidayKeySchema, date: DaySchema });
export const ConfirmedHolidaysSchema = z.array(ConfirmedHolidaySchema);
export type ConfirmedHoliday = { key: string; date: string };

/** One yearly occurrence of a Hijri holiday: its first Gregorian day and its length. */
export interface HijriOccurrence {
  readonly key: HijriHolidayKey;
  readonly hijriYear: number;
  readonly firstDay: string;
  readonly length: 1 | 2;
  readonly estimated: boolean;
}

/** The Gregorian day of a Hijri date (Umm al-Qura). */
export function hijriToGregorian(hijriYear: number, monthCode: string, day: number): string {
  return Temporal.PlainDate.from({ year: hijriYear, monthCode, day, calendar: CALENDAR })
    .withCalendar('iso8601')
    .toString();
}

/** The Hijri (Umm al-Qura) year in which a Gregorian day falls. */
export function hijriYearOf(day: string): number {
  return parseDay(day).withCalendar(CALENDAR).year;
}

// Pure computation, memoised per Hijri year.
const estimates = new Map<number, readonly HijriOccurrence[]>();

/** The estimated occurrences of every Hijri holiday in one Hijri year. */
export function estimatedOccurrences(hijriYear: number): readonly HijriOccurrence[] {
  let list = estimates.get(hijriYear);
  if (!list) {
    list = Object.freeze(
      HIJRI_HOLIDAYS.map((h) =>
        Object.freeze({
          key: h.key,
          hijriYear,
          firstDay: hijriToGregorian(hijriYear, h.monthCode, h.day),
          length: h.length,
          estimated: true,
        }),
      ),
    );
    estimates.set(hijriYear, list);
  }
  return list;
}

function occurrenceId(key: string, hijriYear: number): string {
  return `${key}@${hijriYear}`;
}

function badConfirmation(index: number, message: string, input: unknown): z.ZodError {
  return new z.ZodError([{ code: 'custom', path: [index, 'date'], message, input }]);
}

/**
 * Validates confirmations and matches each to the estimated occurrence of its holiday nearest
 * to its date. Returns the confirmed first day per occurrence id (`key@hijriYear`).
 * Throws a ZodError for an unknown key, a malformed date, a date that is no estimate's
 * neighbour, or two dates for one occurrence that cannot both be its days.
 */
export function resolveConfirmations(confirmed: readonly ConfirmedHoliday[]): Map<string, string> {
  const parsed = ConfirmedHolidaysSchema.parse(confirmed);
  const daysById = new Map<string, { given: { date: string; index: number }[]; length: number }>();
  parsed.forEach(({ key, date }, index) => {
    const from = hijriYearOf(addDays(date, -CONFIRMATION_TOLERANCE_DAYS - 1));
    const to = hijriYearOf(addDays(date, CONFIRMATION_TOLERANCE_DAYS + 1));
    let best: { occurrence: HijriOccurrence; distance: number } | undefined;
    for (let y = from; y <= to; y++) {
      for (const occurrence of estimatedOccurrences(y)) {
        if (occurrence.key !== key) continue;
        const distance = Math.abs(daysBetween(occurrence.firstDay, date));
        if (!best || distance < best.distance) best = { occurrence, distance };
      }
    }
    if (!best || best.distance > CONFIRMATION_TOLERANCE_DAYS) {
      throw badConfirmation(
        index,
        `No estimated ${key} within ${CONFIRMATION_TOLERANCE_DAYS} days of ${date}`,
        date,
      );
    }
    const id = occurrenceId(key, best.occurrence.hijriYear);
    const entry = daysById.get(id) ?? { given: [], length: best.occurrence.length };
    entry.given.push({ date, index });
    daysById.set(id, entry);
  });

  const firstDays = new Map<string, string>();
  for (const [id, { given, length }] of daysById) {
    // Both days of a two-day holiday may be given: the earliest is the first day.
    const sorted = [...given].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const first = sorted[0] as { date: string; index: number };
    const last = sorted[sorted.length - 1] as { date: string; index: number };
    if (daysBetween(first.date, last.date) > length - 1) {
      throw badConfirmation(
        last.index,
        `Conflicting confirmed dates for ${id}: ${first.date} and ${last.date}`,
        last.date,
      );
    }
    firstDays.set(id, first.date);
  }
  return firstDays;
}

/** One day off of a Hijri holiday. */
export interface HijriHolidayDay {
  date: string;
  key: HijriHolidayKey;
  names: HijriHoliday['names'];
  kind: 'hijri';
  estimated: boolean;
}

/**
 * The days off of Hijri holidays falling in a Gregorian year. A holiday may occur twice in one
 * Gregorian year (a Hijri year is about 354 days) and a two-day holiday may straddle 31 Dec:
 * occurrences of every Hijri year touching the neighbouring years are computed, confirmations
 * applied, and only then the days are filtered to the year.
 */
export function hijriHolidayDays(
  gregorianYear: number,
  confirmedFirstDays: ReadonlyMap<string, string> = new Map(),
): HijriHolidayDay[] {
  const from = hijriYearOf(`${gregorianYear - 1}-12-01`);
  const to = hijriYearOf(`${gregorianYear + 1}-01-31`);
  const prefix = `${gregorianYear}-`;
  const days: HijriHolidayDay[] = [];
  for (let y = from; y <= to; y++) {
    for (const occurrence of estimatedOccurrences(y)) {
      const holiday = HIJRI_HOLIDAYS.find((h) => h.key === occurrence.key) as HijriHoliday;
      const confirmedFirst = confirmedFirstDays.get(occurrenceId(occurrence.key, y));
      const first = confirmedFirst ?? occurrence.firstDay;
      for (let i = 0; i < occurrence.length; i++) {
        const date = addDays(first, i);
        if (!date.startsWith(prefix)) continue;
        days.push({
          date,
          key: occurrence.key,
          names: holiday.names,
          kind: 'hijri',
          estimated: confirmedFirst === undefined,
        });
      }
    }
  }
  return days;
}
