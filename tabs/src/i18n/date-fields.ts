/*
 * Dates and times as Moroccans write them, for the tab's date and time fields (issue 11,
 * item 3): day first (18/03/2027), 24-hour clock (14:30), month and day names in the UI
 * language, Latin digits (the app's ar-MA), Arabic-Indic digits accepted when typed.
 *
 * Fluent's DatePicker and TimePicker work with JavaScript Dates in the browser's own zone. Those
 * Dates are only ever used here as *calendar fields*: a picked day is read with
 * getFullYear/getMonth/getDate, a picked time with getHours/getMinutes, and never converted to
 * an instant. The instant a form sends is the API's Morocco wall clock `YYYY-MM-DDTHH:mm`, built
 * from those fields by morocco-time.ts (core/time.ts, the one Morocco-time module), which the
 * server converts with its own Africa/Casablanca data. The browser's zone and Intl zone data
 * never decide anything.
 */
import { INTL_LOCALE, type Locale } from '../../../core/i18n/localized.js';
import { formatDay } from '../../../core/time.js';
import type { MessageKey } from '../../../core/i18n/render.js';

/** Month keys of the catalog's `calendar.month*` select messages, January first. */
export const MONTH_KEYS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Weekday keys of the catalog's `calendar.day*` select messages, Sunday first (Date.getDay). */
export const WEEKDAY_KEYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

/** Month and weekday names of one language, as Fluent's calendar takes them (Sunday first). */
export interface CalendarNames {
  months: string[];
  shortMonths: string[];
  days: string[];
  shortDays: string[];
}

type Translate = (key: MessageKey, values: Record<string, string>) => string;

/** The calendar's month and weekday names, from the catalog of one language. */
export function calendarNames(t: Translate): CalendarNames {
  const months = MONTH_KEYS.map((month) => t('calendar.month', { month }));
  return {
    months,
    // The month picker shows months in full: its buttons are named by the full name, and an
    // abbreviation ("janv.") is not a word of it (WCAG 2.5.3, label in name; axe checks it).
    shortMonths: months,
    days: WEEKDAY_KEYS.map((day) => t('calendar.day', { day })),
    shortDays: WEEKDAY_KEYS.map((day) => t('calendar.dayShort', { day })),
  };
}

// ---------------------------------------------------------------------------------------------
// Days

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` when year, month (1–12) and day make a real calendar day, else undefined. */
function isoDay(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) {
    return undefined;
  }
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return undefined;
  // Date.UTC only for calendar arithmetic (31/02 rolls over to March: refused, not guessed).
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day
    ? `${pad(year, 4)}-${pad(month)}-${pad(day)}`
    : undefined;
}

/**
 * The Date a Fluent DatePicker shows for a calendar day `YYYY-MM-DD`: that day at local noon
 * (noon, so that no daylight-saving change of the browser's zone at midnight moves it to
 * another day). Null for an empty or malformed day.
 */
export function dayToPickerDate(day: string): Date | null {
  const match = ISO_DAY.exec(day.trim());
  if (!match) return null;
  const [year, month, date] = match.slice(1).map(Number) as [number, number, number];
  if (isoDay(year, month, date) === undefined) return null;
  return new Date(year, month - 1, date, 12);
}

/** The calendar day a DatePicker's Date stands for: its local year, month and day only. */
export function pickerDateToDay(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** A day `YYYY-MM-DD` as people write it in Morocco, day first: `18/03/2027`. */
export function formatDayNumeric(day: string): string {
  const match = ISO_DAY.exec(day.trim());
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

/**
 * A day `YYYY-MM-DD` written in full in the UI language, as the date fields confirm what they
 * read: « jeudi 18 mars 2027 », « الخميس، 18 مارس 2027 », “Thursday, 18 March 2027”.
 */
export function formatDayFull(day: string, locale: Locale): string {
  // core/time.ts formats the calendar day itself, in UTC: no zone can shift it; in French it
  // writes the first of the month as an ordinal (« mercredi 1er janvier 2025 »).
  return formatDay(day, INTL_LOCALE[locale], { dateStyle: 'full' });
}

const INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const BIDI_MARKS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits as Latin digits; bidi marks removed. */
function normalized(text: string): string {
  return text
    .normalize('NFKC')
    .replace(BIDI_MARKS, '')
    .replace(INDIC_DIGITS, (digit) => {
      const code = digit.charCodeAt(0);
      return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
    })
    .trim();
}

/** A name folded for comparison: lower case, no accents or Arabic vowel marks, no final dot. */
function folded(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '') // tatweel
    .toLowerCase()
    .replace(/\.$/, '');
}

/** The month (1–12) a word names in one of the languages, or undefined. */
function monthNamed(
  word: string,
  languages: readonly CalendarNames[],
  prefix: boolean,
): number | undefined {
  const found = new Set<number>();
  for (const names of languages) {
    names.months.forEach((name, i) => {
      const short = folded(names.shortMonths[i] ?? '');
      const matches = prefix
        ? word.length >= 3 && folded(name).startsWith(word) // "sept", "déc", "janv"
        : folded(name) === word || short === word;
      if (matches) found.add(i + 1);
    });
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function isWeekday(word: string, languages: readonly CalendarNames[]): boolean {
  return languages.some((names) =>
    names.days.some((name, i) => {
      const short = names.shortDays[i] ?? '';
      // One-letter initials (L, M, ح…) are no day names people type.
      return folded(name) === word || (short.length > 1 && folded(short) === word);
    }),
  );
}

/**
 * A date typed by hand, read day first, as `YYYY-MM-DD`; undefined when it is no real date.
 *
 * Takes `18/03/2027`, `18-3-2027`, `18.03.27`, `18032027`, `18 mars 2027`,
 * `jeudi 18 mars 2027`, `1er mars 2027`, `18 مارس 2027`, Arabic-Indic digits (`١٨/٠٣/٢٠٢٧`)
 * and the API's own `2027-03-18`. Month and weekday names are those of `languages` (the three
 * UI languages: a bilingual member may type French on the Arabic screen). Never month first:
 * `03/18/2027` is refused (there is no 18th month), and `04/05/2027` is 4 May.
 */
export function parseTypedDay(
  text: string,
  languages: readonly CalendarNames[],
): string | undefined {
  const typed = normalized(text);
  if (typed === '') return undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{2})(\d{2})(\d{2}|\d{4})$/.exec(typed);
  if (compact) return dayMonthYear(compact[1]!, Number(compact[2]), compact[3]!);

  const numbers: string[] = [];
  let month: number | undefined;
  for (const token of typed.split(/[\s/.,،\-–]+/u).filter(Boolean)) {
    const number = /^(\d{1,4})(?:er|re)?$/i.exec(token);
    if (number) {
      numbers.push(number[1]!);
      continue;
    }
    const word = folded(token);
    const exact = monthNamed(word, languages, false);
    if (exact === undefined && isWeekday(word, languages)) continue;
    const named = exact ?? monthNamed(word, languages, true);
    if (named === undefined || month !== undefined) return undefined;
    month = named;
  }
  if (month === undefined) {
    if (numbers.length !== 3) return undefined;
    const [first, second, third] = numbers as [string, string, string];
    // Year first only when written with four digits (2027/03/18); otherwise day first.
    return first.length === 4
      ? isoDay(Number(first), Number(second), Number(third))
      : dayMonthYear(first, Number(second), third);
  }
  if (numbers.length !== 2) return undefined;
  const [first, second] = numbers as [string, string];
  // "18 mars 2027", or "mars 18, 2027": the year is the four-digit number.
  return first.length === 4 && second.length <= 2
    ? dayMonthYear(second, month, first)
    : dayMonthYear(first, month, second);
}

function dayMonthYear(day: string, month: number, year: string): string | undefined {
  if (day.length > 2 || (year.length !== 2 && year.length !== 4)) return undefined;
  return isoDay(Number(year.length === 2 ? `20${year}` : year), month, Number(day));
}

// ---------------------------------------------------------------------------------------------
// Times

/**
 * The day on which a TimePicker's Dates are built (15 January 2001): a fixed day far from any
 * daylight-saving change of the browser's zone, so every wall time 00:00–23:59 exists on it.
 * Only its hours and minutes are ever read.
 */
const TIME_ANCHOR = { year: 2001, month: 0, day: 15 } as const;

/** The TimePicker's day on which its options are built. */
export function timeAnchor(): Date {
  return new Date(TIME_ANCHOR.year, TIME_ANCHOR.month, TIME_ANCHOR.day);
}

/** The Date a TimePicker shows for `HH:mm`; null when empty or malformed. */
export function timeToPickerDate(time: string): Date | null {
  const hhmm = parseTypedTime(time);
  if (hhmm === undefined) return null;
  const [hours, minutes] = hhmm.split(':').map(Number) as [number, number];
  return new Date(TIME_ANCHOR.year, TIME_ANCHOR.month, TIME_ANCHOR.day, hours, minutes);
}

/** A TimePicker's Date as `HH:mm` on the 24-hour clock (its hours and minutes only). */
export function pickerDateToTime(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A time typed by hand, on the 24-hour clock, as `HH:mm`; undefined when it is no time of day.
 * Takes `14:30`, `14h30`, `14 h 30`, `14h`, `14.30`, `1430`, `9:05`, `9`, Arabic-Indic digits.
 * Refuses 12-hour times (`2:30 PM`), `24:00` and minutes past 59.
 */
export function parseTypedTime(text: string): string | undefined {
  const typed = normalized(text).toLowerCase().replace(/\s+/g, '');
  const match =
    /^(\d{1,2})(?:[:h.](\d{2})?)?$/.exec(typed) ?? /^(\d{1,2})(\d{2})$/.exec(typed) ?? undefined;
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return undefined;
  return `${pad(hours)}:${pad(minutes)}`;
}
