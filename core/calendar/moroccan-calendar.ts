import { z } from 'zod';
import { addDays, compareDays, dayOfWeek, parseDay } from '../time.js';
import type { Localized } from '../i18n/localized.js';
import { fixedHolidaysOf } from './holiday-table.js';
import type { HolidayKey } from './holiday-table.js';
import { ConfirmedHolidaysSchema, hijriHolidayDays, resolveConfirmations } from './hijri.js';
import type { ConfirmedHoliday } from './hijri.js';

/**
 * Business days of Morocco's public administration (RULES.md, "Business days", used by R5.5
 * and R10.1): Monday to Friday, minus the fixed and Hijri public holidays.
 */

/** One day off. A two-day holiday gives two entries with the same key. */
export interface Holiday {
  date: string;
  /** The last day of the holiday this day belongs to (the day itself for a one-day holiday). */
  lastDay: string;
  key: HolidayKey;
  names: Localized;
  kind: 'fixed' | 'hijri';
  /** True for a Hijri date not yet confirmed by the official announcement. */
  estimated: boolean;
}

const YearSchema = z.number().int().min(1900).max(2200);
const CountSchema = z.number().int().nonnegative();

/** Saturday and Sunday (ISO days 6 and 7) are not worked in the public administration. */
const WEEKEND = new Set([6, 7]);

// Computing a year is pure: memoise per year and per set of confirmations. The cap only
// bounds memory should a caller pass ever-changing confirmation lists.
const CACHE_LIMIT = 512;
const yearCache = new Map<string, { list: readonly Holiday[]; days: ReadonlySet<string> }>();

function canonicalConfirmations(confirmed: readonly ConfirmedHoliday[]): string {
  return confirmed
    .map((c) => `${c.key}=${c.date}`)
    .sort()
    .join(',');
}

function computeYear(year: number, confirmed: readonly ConfirmedHoliday[]): readonly Holiday[] {
  const confirmedFirstDays = resolveConfirmations(confirmed);
  const fixed: Holiday[] = fixedHolidaysOf(year).map((h) => {
    const date = parseDay(
      `${year}-${String(h.month).padStart(2, '0')}-${String(h.day).padStart(2, '0')}`,
    ).toString();
    return { date, lastDay: date, key: h.key, names: h.names, kind: 'fixed', estimated: false };
  });
  const all: Holiday[] = [...fixed, ...hijriHolidayDays(year, confirmedFirstDays)];
  all.sort((a, b) => (a.date === b.date ? a.key.localeCompare(b.key) : a.date < b.date ? -1 : 1));
  return Object.freeze(all.map((h) => Object.freeze(h)));
}

function yearEntry(year: number, confirmed: readonly ConfirmedHoliday[] = []) {
  YearSchema.parse(year);
  const parsed = ConfirmedHolidaysSchema.parse(confirmed);
  const cacheKey = `${year}|${canonicalConfirmations(parsed)}`;
  let entry = yearCache.get(cacheKey);
  if (!entry) {
    const list = computeYear(year, parsed);
    entry = { list, days: new Set(list.map((h) => h.date)) };
    if (yearCache.size >= CACHE_LIMIT) yearCache.clear();
    yearCache.set(cacheKey, entry);
  }
  return entry;
}

/**
 * The public holidays of a Gregorian year, sorted by date then key. `confirmed` lists the
 * officially announced Hijri dates that replace the estimates.
 */
export function holidays(year: number, confirmed: readonly ConfirmedHoliday[] = []): Holiday[] {
  return [...yearEntry(year, confirmed).list];
}

/** The holidays falling on `day` (usually none, one for a fixed holiday, rarely two). */
export function holidaysOn(day: string, confirmed: readonly ConfirmedHoliday[] = []): Holiday[] {
  const date = parseDay(day).toString();
  return yearEntry(Number(date.slice(0, 4)), confirmed).list.filter((h) => h.date === date);
}

/** Whether `day` is a holiday of Morocco's public administration. */
export function isHoliday(day: string, confirmed: readonly ConfirmedHoliday[] = []): boolean {
  const date = parseDay(day).toString();
  return yearEntry(Number(date.slice(0, 4)), confirmed).days.has(date);
}

/** Whether `day` is worked in the public administration: Monday–Friday and not a holiday. */
export function isBusinessDay(day: string, confirmed: readonly ConfirmedHoliday[] = []): boolean {
  return !WEEKEND.has(dayOfWeek(day)) && !isHoliday(day, confirmed);
}

/**
 * The n-th business day strictly after `day` (R5.5, R10.1). `n = 0` returns `day` itself;
 * a negative or fractional n throws a ZodError.
 */
export function addBusinessDays(
  day: string,
  n: number,
  confirmed: readonly ConfirmedHoliday[] = [],
): string {
  let current = parseDay(day).toString();
  let remaining = CountSchema.parse(n);
  while (remaining > 0) {
    current = addDays(current, 1);
    if (isBusinessDay(current, confirmed)) remaining--;
  }
  return current;
}

/**
 * How a holiday is shown and whether its date may still be confirmed (RULES.md, "Business
 * days"): a fixed holiday is certain; a Hijri one is `confirmed` once the secretariat recorded
 * the official date, `to_confirm` while its estimate is today or ahead, and `estimated_past`
 * once its last day went by unconfirmed (no longer "to confirm": nobody will announce it now).
 */
export const HOLIDAY_STATUSES = ['fixed', 'confirmed', 'to_confirm', 'estimated_past'] as const;
export type HolidayStatus = (typeof HOLIDAY_STATUSES)[number];

/** The status of a holiday on `today` (a Morocco local day). */
export function holidayStatus(holiday: Holiday, today: string): HolidayStatus {
  if (holiday.kind === 'fixed') return 'fixed';
  if (!holiday.estimated) return 'confirmed';
  return compareDays(holiday.lastDay, today) < 0 ? 'estimated_past' : 'to_confirm';
}
