import {
  INTL_LOCALE,
  toLocale,
  type Locale,
  type Localized,
  type MessageParam,
} from '../core/i18n/localized.js';
import { render, renderAll, type MessageKey } from '../core/i18n/render.js';
import { formatDay as formatLocalDay, formatMorocco } from '../core/time.js';
import { escapeMarkdown } from './cards/markdown.js';

export type { Locale };

export type { MessageKey };

/**
 * One message of the shared catalog (core/i18n/catalog/) in every language, for feedback
 * carried as a `Localized`.
 */
export function localized(key: MessageKey, params: Record<string, MessageParam> = {}): Localized {
  return renderAll(key, params);
}

/**
 * Renders one message of the shared catalog (core/i18n/catalog/) in `locale`. In Arabic, each
 * Latin text parameter is a bidi isolate (FSI … PDI), so a French title or name inside an
 * Arabic sentence keeps its own direction and does not reorder the punctuation around it.
 */
export function t(key: MessageKey, locale: Locale, params: Record<string, MessageParam> = {}) {
  if (locale !== 'ar') return render(locale, key, params);
  const isolated = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'string' && /\p{Script=Latin}/u.test(value) ? `\u2068${value}\u2069` : value,
    ]),
  );
  return render(locale, key, isolated);
}

/** A local day (`YYYY-MM-DD`) written out in `locale`, e.g. « 31 décembre 2026 ». */
export function formatDay(day: string, locale: Locale): string {
  return formatLocalDay(day, INTL_LOCALE[locale], { dateStyle: 'long' });
}

/**
 * Every time shown is Morocco's wall clock, from the one Morocco-time module (core/time.ts,
 * carried tz data): never Intl's own zone tables, which are wrong for Morocco since 2026-09-20.
 */
const DAY_FORMAT = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
const TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

/** An instant as Morocco's local date and time, e.g. « mardi 14 avril 2026 à 10:00 (heure du Maroc) ». */
export function formatInstant(instant: string, locale: Locale): string {
  return t('meeting.instant', locale, {
    day: formatMorocco(instant, INTL_LOCALE[locale], DAY_FORMAT),
    time: formatMorocco(instant, INTL_LOCALE[locale], TIME_FORMAT),
  });
}

/** A meeting's time span in Morocco time: « mardi 14 avril 2026, de 10:00 à 12:00 (heure du Maroc) ». */
export function formatSpan(start: string, end: string, locale: Locale): string {
  return t('meeting.timeRange', locale, {
    day: formatMorocco(start, INTL_LOCALE[locale], DAY_FORMAT),
    start: formatMorocco(start, INTL_LOCALE[locale], TIME_FORMAT),
    end: formatMorocco(end, INTL_LOCALE[locale], TIME_FORMAT),
  });
}

/** A deadline that is either a local day (`YYYY-MM-DD`, inclusive) or an instant. */
export function formatDue(due: string, locale: Locale): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(due) ? formatDay(due, locale) : formatInstant(due, locale);
}

/** Each UI language named in itself, as a language menu shows it. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  fr: 'Français',
  ar: 'العربية',
  en: 'English',
};

/**
 * The reply language (issue 3/8, item 2): the person's own choice in the register wins; without
 * one, the language of the command they just typed (« aide » is French, « مساعدة » Arabic) for
 * that answer; then the client's (`activity.locale`, e.g. `ar-MA`) when it is one of ours;
 * else French.
 */
export function pickLocale(
  activityLocale: string | undefined,
  personLocale?: Locale,
  typedLocale?: Locale,
): Locale {
  if (personLocale) return personLocale;
  if (typedLocale) return typedLocale;
  const language = (activityLocale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (activityLocale && toLocale(activityLocale) === language) return toLocale(activityLocale);
  return toLocale(undefined);
}

/**
 * Text typed by someone, on one line for a card: control characters, direction overrides and
 * runs of white space become one space (RLM/LRM and joiners stay), length bounded. Plain text:
 * for places that render no markdown (a choice's title, an input's value); in a TextBlock or a
 * FactSet use `plainEcho`.
 */
export function plainLine(text: string, max = 80): string {
  const cleaned = text
    .replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(cleaned);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : cleaned;
}

/**
 * Text typed by someone, safe to echo inside a TextBlock or a FactSet: `plainLine`, then with
 * its markdown escaped (bot/cards/markdown.ts), so that it shows literally and cannot become a
 * link, emphasis or a heading.
 */
export function plainEcho(text: string, max = 80): string {
  return escapeMarkdown(plainLine(text, max));
}
