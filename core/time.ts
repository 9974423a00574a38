import { z } from 'zod';
import { Temporal } from 'temporal-polyfill/full';
import { MOROCCO_TZ_DATA_VERSION, MOROCCO_ZONE_NAME, offsetAt } from './morocco-zone.js';

/**
 * The one Morocco-time module (ARCHITECTURE.md). Every conversion between an instant and
 * Morocco's wall clock — server, use cases, rules, cards, ICS text, the tab's bundle — goes
 * through here.
 *
 * Africa/Casablanca's offsets come from the IANA data carried by the moment-timezone package
 * (`TZ_DATA_VERSION`, at least 2026c), never from the runtime's Intl/ICU or the browser's data:
 * since 2026-09-20 Morocco is on permanent UTC+0 (tzdata 2026c) while Node 20's ICU (2025c)
 * still says UTC+1 (RULES.md, preamble). Before that date: UTC+1, UTC+0 during Ramadan.
 * The zone name is never handed to Intl or Temporal: Temporal only does calendar arithmetic on
 * plain dates, and people's formats are made by Intl in `UTC` on a Date that holds the wall
 * clock.
 *
 * A day is a local calendar day `YYYY-MM-DD`; an instant is an ISO 8601 string with `Z` or an
 * offset; a wall clock is `YYYY-MM-DDTHH:mm`, Morocco's local time without offset.
 */
export const DaySchema = z.iso.date();
export const InstantSchema = z.iso.datetime({ offset: true });
export type Day = z.infer<typeof DaySchema>;
export type Instant = z.infer<typeof InstantSchema>;

/** The zone every date rule uses (RULES.md): the only one whose data this module carries. */
export const TIME_ZONE = MOROCCO_ZONE_NAME;
/** The IANA release of the carried Africa/Casablanca data (moment-timezone's), e.g. `2026f`. */
export const TZ_DATA_VERSION = MOROCCO_TZ_DATA_VERSION;

const MINUTE = 60_000;
const DAY_MS = 86_400_000;

/** Parses a day, throwing a zod error when malformed. */
export function parseDay(day: string): Temporal.PlainDate {
  return Temporal.PlainDate.from(DaySchema.parse(day));
}

/** Parses an instant, throwing a zod error when malformed. */
export function parseInstant(instant: string): Temporal.Instant {
  return Temporal.Instant.from(InstantSchema.parse(instant));
}

const epochOf = (instant: string | number): number =>
  typeof instant === 'number' ? instant : parseInstant(instant).epochMilliseconds;

// ---------------------------------------------------------------------------------------------
// Instant → Morocco's wall clock

/** Morocco's offset east of UTC at `instant`, in minutes: 60 (UTC+1) or 0. */
export function moroccoOffsetMinutes(instant: string | number): number {
  return offsetAt(epochOf(instant));
}

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/** `+01:00`, `+00:00` for an offset in minutes. */
export function offsetText(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(minutes / 60)}:${pad(minutes % 60)}`;
}

/** `UTC+01:00`, `UTC+00:00`: the offset as people read it. */
export function offsetLabel(minutes: number): string {
  return `UTC${offsetText(minutes)}`;
}

/**
 * A Date whose *UTC* fields are Morocco's wall clock at `instant`. Format it with
 * `timeZone: 'UTC'` (never a zone name, never a long/full time style that prints the zone):
 * that way Intl's own zone data is never used.
 */
export function moroccoWallDate(instant: string | number): Date {
  const ms = epochOf(instant);
  return new Date(ms + offsetAt(ms) * MINUTE);
}

export interface MoroccoWallClock {
  /** Local calendar day, `YYYY-MM-DD`. */
  day: Day;
  /** Local time, `HH:mm`. */
  time: string;
  /** Local seconds (0–59), dropped from `time` and `wallClock`. */
  seconds: number;
  /** `YYYY-MM-DDTHH:mm`: the form the API takes for a time a person types. */
  wallClock: string;
  /** Offset east of UTC in minutes (60 or 0). */
  offsetMinutes: number;
  /** `+01:00` or `+00:00`. */
  offset: string;
}

/** Morocco's wall clock at `instant` (ISO string or epoch ms). */
export function toMoroccoWallClock(instant: string | number): MoroccoWallClock {
  const ms = epochOf(instant);
  const offsetMinutes = offsetAt(ms);
  const iso = new Date(ms + offsetMinutes * MINUTE).toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 16);
  return {
    day,
    time,
    seconds: Number(iso.slice(17, 19)),
    wallClock: `${day}T${time}`,
    offsetMinutes,
    offset: offsetText(offsetMinutes),
  };
}

/** `instant` written with Morocco's offset in force then, e.g. `2026-06-10T10:00:00+01:00`. */
export function withMoroccoOffset(instant: string | number): Instant {
  const wall = toMoroccoWallClock(instant);
  return `${wall.wallClock}:${pad(wall.seconds)}${wall.offset}`;
}

/** The local day (in Morocco) on which `instant` falls. */
export function localDay(instant: string | number): Day {
  return toMoroccoWallClock(instant).day;
}

// ---------------------------------------------------------------------------------------------
// Morocco's wall clock → instant

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The wall clock read as if it were UTC, in ms; undefined when malformed or not a real date. */
function wallAsUtc(wallClock: string): number | undefined {
  const match = WALL_CLOCK.exec(wallClock);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || hour > 23 || minute > 59) return undefined;
  const ms = Date.UTC(year, month - 1, day, hour, minute);
  // 2026-02-30 rolls over to March: refuse it rather than guess.
  return new Date(ms).getUTCDate() === day ? ms : undefined;
}

/** True when `value` is a real Morocco wall-clock time `YYYY-MM-DDTHH:mm`. */
export function isWallClock(value: string): boolean {
  return wallAsUtc(value) !== undefined;
}

/**
 * The instant (epoch ms) at which Morocco's clock reads `wallClock`, or undefined when malformed.
 *
 * - A repeated wall time (2026-09-20, 01:00–01:59: clocks went back from 02:00 UTC+1 to 01:00
 *   UTC+0, and the Ramadan fall-backs before it) is read as the **earlier** instant, like
 *   Temporal's `compatible` (`'later'` picks the second one).
 * - A skipped wall time (the spring-forward after Ramadan until 2026, e.g. 02:30 on 2026-03-22)
 *   is read with the offset in force before the gap, so it lands after it (03:30 UTC+1), also
 *   like Temporal's `compatible`.
 */
export function wallClockToEpoch(
  wallClock: string,
  disambiguation: 'earlier' | 'later' = 'earlier',
): number | undefined {
  const wall = wallAsUtc(wallClock);
  if (wall === undefined) return undefined;
  const before = offsetAt(wall - DAY_MS);
  const candidates = [...new Set([before, offsetAt(wall), offsetAt(wall + DAY_MS)])]
    .map((offset) => wall - offset * MINUTE)
    .filter((ms) => offsetAt(ms) * MINUTE === wall - ms)
    .sort((a, b) => a - b);
  if (candidates.length === 0) return wall - before * MINUTE;
  return (disambiguation === 'earlier' ? candidates[0] : candidates[candidates.length - 1])!;
}

/** The UTC instant (`…Z`) at which Morocco's clock reads `wallClock`; throws when malformed. */
export function fromMoroccoWallClock(
  wallClock: string,
  disambiguation: 'earlier' | 'later' = 'earlier',
): Instant {
  const ms = wallClockToEpoch(wallClock, disambiguation);
  if (ms === undefined) {
    throw new RangeError(`not a Morocco wall-clock time YYYY-MM-DDTHH:mm: ${wallClock}`);
  }
  return utcInstant(ms);
}

/** A local day and time (`2026-12-02`, `14:30`) as a UTC instant; undefined when malformed. */
export function moroccoInstant(day: string, time: string): Instant | undefined {
  const ms = wallClockToEpoch(`${day.trim()}T${time.trim().slice(0, 5)}`);
  return ms === undefined ? undefined : utcInstant(ms);
}

/** Epoch ms as `2026-12-02T14:30:00Z` (milliseconds only when there are some). */
export function utcInstant(epochMs: number): Instant {
  return new Date(epochMs).toISOString().replace('.000Z', 'Z');
}

export const WALL_CLOCK_DESCRIPTION =
  "Morocco's wall-clock time as a person types it, exactly `YYYY-MM-DDTHH:mm` (e.g. " +
  '`2026-12-02T14:30`), without seconds, offset or `Z`. The server converts it with the ' +
  'Africa/Casablanca data it carries (IANA ≥ 2026c), never with an offset computed by the ' +
  'client; a repeated wall time (2026-09-20 01:00–01:59) is read as the earlier instant.';

const WALL_CLOCK_REFUSED = {
  fr: 'heure du Maroc attendue sous la forme AAAA-MM-JJTHH:mm (ex. 2026-12-02T14:30), sans décalage ni « Z »',
  ar: 'يُنتظر توقيت المغرب بالصيغة AAAA-MM-JJTHH:mm (مثلا 2026-12-02T14:30) دون فارق توقيت ولا « Z »',
  en: 'expected a Morocco time written YYYY-MM-DDTHH:mm (e.g. 2026-12-02T14:30), without offset or "Z"',
};

/** A Morocco wall-clock time as typed, `YYYY-MM-DDTHH:mm`, kept as typed. */
export const WallClockSchema = z
  .string()
  .refine(isWallClock, {
    message: WALL_CLOCK_REFUSED.en,
    params: { localized: WALL_CLOCK_REFUSED },
  })
  // The JSON Schema the OpenAPI document shows (server/http/openapi/): the form only; the
  // refinement above also refuses dates that do not exist (2026-02-30, 24:00).
  .meta({
    description: WALL_CLOCK_DESCRIPTION,
    pattern: WALL_CLOCK.source,
    examples: ['2026-12-02T14:30'],
  });

/**
 * A request field a person types as a Morocco time: takes `YYYY-MM-DDTHH:mm` (an offset or `Z`
 * is refused, naming the field) and yields the UTC instant, converted here.
 */
export const MoroccoTimeInputSchema = WallClockSchema.transform((wall) =>
  fromMoroccoWallClock(wall),
);

// ---------------------------------------------------------------------------------------------
// Local days

/** The instant at which local `day` starts, written with its local offset. */
export function startOfDay(day: string): Instant {
  const ms = wallClockToEpoch(`${DaySchema.parse(day)}T00:00`)!;
  return withMoroccoOffset(ms);
}

/** The last second of local `day` (RULES.md: a day ends at 23:59:59 local time). */
export function endOfDay(day: string): Instant {
  const next = wallClockToEpoch(`${addDays(day, 1)}T00:00`)!;
  return withMoroccoOffset(next - 1000);
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

// ---------------------------------------------------------------------------------------------
// Formats for people

/** The Intl locale of each UI language. */
export const INTL_LOCALES = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' } as const;

/** Date and time fields only: no zone (it is always Morocco's) and no zone name. */
export type WallClockFormat = Omit<
  Intl.DateTimeFormatOptions,
  'timeZone' | 'timeZoneName' | 'timeStyle'
> & { timeStyle?: 'short' | 'medium' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: WallClockFormat): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

const FRENCH_MONTHS =
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const FIRST_OF_MONTH = new RegExp(`(^|[^\\d])1 (${FRENCH_MONTHS})`, 'g');

/**
 * French writes the first day of a month as an ordinal: « 1er janvier », « lundi 1er mars »
 * (Intl writes « 1 janvier »). Applied to every French date the app formats.
 */
export function frenchOrdinalDays(text: string, locale: string): string {
  return locale.startsWith('fr') ? text.replace(FIRST_OF_MONTH, '$11er $2') : text;
}

/** `instant` on Morocco's wall clock, formatted for people in `locale` (an Intl locale). */
export function formatMorocco(
  instant: string | number,
  locale: string,
  options: WallClockFormat,
): string {
  return frenchOrdinalDays(formatter(locale, options).format(moroccoWallDate(instant)), locale);
}

/** A local day `YYYY-MM-DD` formatted in `locale` (it never shifts: no zone is involved). */
export function formatDay(day: string, locale: string, options: WallClockFormat): string {
  return frenchOrdinalDays(
    formatter(locale, options).format(new Date(`${DaySchema.parse(day)}T00:00:00Z`)),
    locale,
  );
}

/** Formats a local day for people, in each UI language (e.g. « 5 mars 2026 »). */
export function formatDayLong(day: string): { fr: string; ar: string; en: string } {
  const fmt = (locale: string) => formatDay(day, locale, { dateStyle: 'long' });
  return { fr: fmt(INTL_LOCALES.fr), ar: fmt(INTL_LOCALES.ar), en: fmt(INTL_LOCALES.en) };
}

/** Formats an instant as local date and time in Morocco, in each UI language. */
export function formatInstantLong(instant: string): { fr: string; ar: string; en: string } {
  const fmt = (locale: string) =>
    formatMorocco(instant, locale, { dateStyle: 'long', timeStyle: 'short' });
  return { fr: fmt(INTL_LOCALES.fr), ar: fmt(INTL_LOCALES.ar), en: fmt(INTL_LOCALES.en) };
}
