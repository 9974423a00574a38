import { z } from 'zod';
import { gregorianToHijri, hijriToGregorian as tableToGregorian } from '@tabby_ai/hijri-converter';
import { DaySchema, addDays, daysBetween, parseDay } from '../time.js';
import { HIJRI_HOLIDAYS, HijriHolidayKeySchema } from './holiday-table.js';
import type { HijriHoliday, HijriHolidayKey } from './holiday-table.js';

/**
 * Hijri holidays (RULES.md, "Business days", used by R5.5): their Gregorian dates are
 * estimated from the official Umm al-Qura table and marked *estimated* until the secretariat
 * confirms the officially announced date (moon sighting in Morocco can shift a date by a day
 * or two).
 *
 * The table comes from @tabby_ai/hijri-converter (a port of the hijri-converter Python
 * package), which carries the month starts of 1343–1500 AH as data. It replaces ICU's
 * `islamic-umalqura` calendar, which depends on the runtime and diverges from the table from
 * 1451 AH (1 Muharram 1452 falls on 3 May 2030 in the table, on 4 May in ICU). Outside the
 * table nothing is guessed: the conversion throws a `HijriCalendarError`.
 */

/** The Hijri years the Umm al-Qura table covers (first and last, inclusive). */
export const HIJRI_TABLE_YEARS = { first: 1343, last: 1500 } as const;

/**
 * The Gregorian years whose Hijri holidays can be estimated: every day from 1 December of the
 * year before to 31 January of the year after falls in the table (1924-08-01 … 2077-11-16).
 */
export const HIJRI_TABLE_GREGORIAN_YEARS = { first: 1925, last: 2076 } as const;

export type HijriCalendarErrorCode = 'hijri_out_of_table' | 'hijri_invalid_date';

/** A Hijri conversion the table cannot answer: a date outside it, or a day the month lacks. */
export class HijriCalendarError extends Error {
  constructor(
    readonly code: HijriCalendarErrorCode,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'HijriCalendarError';
  }
}

const OUT_OF_TABLE_HINT =
  `The Umm al-Qura table covers ${HIJRI_TABLE_YEARS.first}–${HIJRI_TABLE_YEARS.last} AH ` +
  `(Gregorian years ${HIJRI_TABLE_GREGORIAN_YEARS.first}–${HIJRI_TABLE_GREGORIAN_YEARS.last}).`;

function outOfTable(what: string): HijriCalendarError {
  return new HijriCalendarError(
    'hijri_out_of_table',
    `${what} is outside the Umm al-Qura table`,
    OUT_OF_TABLE_HINT,
  );
}

const MonthCodeSchema = z.string().regex(/^M(0[1-9]|1[0-2])$/);

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

/**
 * The Gregorian day of a Hijri date, from the Umm al-Qura table. `monthCode` is M01 (Muharram)
 * … M12 (Dhu al-Hijja). Throws a `HijriCalendarError` outside the table or for a day the month
 * does not have in the table (a month has 29 or 30 days).
 */
export function hijriToGregorian(hijriYear: number, monthCode: string, day: number): string {
  const month = Number(MonthCodeSchema.parse(monthCode).slice(1));
  if (
    !Number.isInteger(hijriYear) ||
    hijriYear < HIJRI_TABLE_YEARS.first ||
    hijriYear > HIJRI_TABLE_YEARS.last
  ) {
    throw outOfTable(`Hijri year ${hijriYear}`);
  }
  let date: { year: number; month: number; day: number };
  try {
    date = tableToGregorian({ year: hijriYear, month, day });
  } catch (error) {
    // The year and month are checked above: what remains is a day the month does not have.
    throw new HijriCalendarError(
      'hijri_invalid_date',
      `${hijriYear}-${monthCode}-${day} is not a day of the Umm al-Qura table (${String(error)})`,
    );
  }
  return parseDay(
    `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`,
  ).toString();
}

/** The Hijri (Umm al-Qura) year in which a Gregorian day falls; throws outside the table. */
export function hijriYearOf(day: string): number {
  const date = parseDay(day);
  try {
    return gregorianToHijri({ year: date.year, month: date.month, day: date.day }).year;
  } catch {
    // The package's only failure for a valid Gregorian day is its range check.
    throw outOfTable(date.toString());
  }
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
  /** The last day of the holiday this day belongs to (the day itself for a one-day holiday). */
  lastDay: string;
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
  if (
    !Number.isInteger(gregorianYear) ||
    gregorianYear < HIJRI_TABLE_GREGORIAN_YEARS.first ||
    gregorianYear > HIJRI_TABLE_GREGORIAN_YEARS.last
  ) {
    throw outOfTable(`The year ${gregorianYear}`);
  }
  const from = hijriYearOf(`${gregorianYear - 1}-12-01`);
  const to = hijriYearOf(`${gregorianYear + 1}-01-31`);
  const prefix = `${gregorianYear}-`;
  const days: HijriHolidayDay[] = [];
  for (let y = from; y <= to; y++) {
    for (const occurrence of estimatedOccurrences(y)) {
      const holiday = HIJRI_HOLIDAYS.find((h) => h.key === occurrence.key) as HijriHoliday;
      const confirmedFirst = confirmedFirstDays.get(occurrenceId(occurrence.key, y));
      const first = confirmedFirst ?? occurrence.firstDay;
      const lastDay = addDays(first, occurrence.length - 1);
      for (let i = 0; i < occurrence.length; i++) {
        const date = addDays(first, i);
        if (!date.startsWith(prefix)) continue;
        days.push({
          date,
          lastDay,
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
