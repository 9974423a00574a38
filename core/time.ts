import { z } from 'zod';
import { Temporal } from 'temporal-polyfill/full';
import { DEFAULT_POLICY } from './policy.js';

/**
 * Days and instants. A day is a local calendar day `YYYY-MM-DD` in Africa/Casablanca; an
 * instant is an ISO 8601 string with `Z` or an offset. Morocco is UTC+1 except during Ramadan
 * (UTC+0): every conversion goes through the IANA time-zone database, never a fixed offset.
 */
export const DaySchema = z.iso.date();
export const InstantSchema = z.iso.datetime({ offset: true });
export type Day = z.infer<typeof DaySchema>;
export type Instant = z.infer<typeof InstantSchema>;

export const TIME_ZONE = DEFAULT_POLICY.timeZone;

/** Parses a day, throwing a zod error when malformed. */
export function parseDay(day: string): Temporal.PlainDate {
  return Temporal.PlainDate.from(DaySchema.parse(day));
}

/** Parses an instant, throwing a zod error when malformed. */
export function parseInstant(instant: string): Temporal.Instant {
  return Temporal.Instant.from(InstantSchema.parse(instant));
}

/** The local day (in `timeZone`) on which `instant` falls. */
export function localDay(instant: string, timeZone: string = TIME_ZONE): Day {
  return parseInstant(instant).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/** `day` plus `n` calendar days (n may be negative). */
export function addDays(day: string, n: number): Day {
  return parseDay(day).add({ days: n }).toString();
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return parseDay(from).until(parseDay(to), { largestUnit: 'days' }).days;
}

/** ISO day of week: 1 = Monday … 7 = Sunday. */
export function dayOfWeek(day: string): number {
  return parseDay(day).dayOfWeek;
}

/** The instant at which local `day` starts, written with its local offset. */
export function startOfDay(day: string, timeZone: string = TIME_ZONE): Instant {
  return parseDay(day).toZonedDateTime({ timeZone }).toString({ timeZoneName: 'never' });
}

/** Compares two instants: negative when a is earlier, 0 when equal, positive when later. */
export function compareInstants(a: string, b: string): number {
  return Temporal.Instant.compare(parseInstant(a), parseInstant(b));
}

/** Compares two days lexically (ISO days sort as strings once validated). */
export function compareDays(a: string, b: string): number {
  return Temporal.PlainDate.compare(parseDay(a), parseDay(b));
}

/** Whole calendar years and months arithmetic on days. */
export function addMonths(day: string, n: number): Day {
  return parseDay(day).add({ months: n }).toString();
}

export function addYears(day: string, n: number): Day {
  return parseDay(day).add({ years: n }).toString();
}

/** Formats a local day for people, in each UI language (e.g. « 5 mars 2026 »). */
export function formatDayLong(day: string): { fr: string; ar: string; en: string } {
  const date = parseDay(day);
  // A plain date formats on the Gregorian calendar already; naming `iso8601` confuses ICU.
  const fmt = (locale: string) => date.toLocaleString(locale, { dateStyle: 'long' });
  return { fr: fmt('fr-MA'), ar: fmt('ar-MA'), en: fmt('en-GB') };
}

/** Formats an instant as local date and time in Morocco, in each UI language. */
export function formatInstantLong(
  instant: string,
  timeZone: string = TIME_ZONE,
): { fr: string; ar: string; en: string } {
  const zoned = parseInstant(instant).toZonedDateTimeISO(timeZone);
  // The zone travels with the zoned date-time (the polyfill refuses a `timeZone` option).
  const fmt = (locale: string) =>
    zoned.toLocaleString(locale, { dateStyle: 'long', timeStyle: 'short' });
  return { fr: fmt('fr-MA'), ar: fmt('ar-MA'), en: fmt('en-GB') };
}
