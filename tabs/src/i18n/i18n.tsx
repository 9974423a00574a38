import { IntlMessageFormat } from 'intl-messageformat';
import { createContext, Fragment, useContext, useMemo, type ReactNode } from 'react';
import { UserText } from '../components/UserText.js';
import {
  DEFAULT_LOCALE,
  INTL_LOCALE,
  LOCALES,
  toLocale,
  type Locale,
  type Localized,
} from '../../../core/i18n/localized.js';
import { formatMorocco, frenchOrdinalDays } from '../../../core/time.js';
import {
  CATALOGS,
  frenchDePrefix,
  messageValues,
  type MessageKey,
} from '../../../core/i18n/render.js';

export { DEFAULT_LOCALE, LOCALES, toLocale, type Locale, type Localized, type MessageKey };

export { CATALOGS };

/** Each language named in itself, as a language menu shows it. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  fr: 'Français',
  ar: 'العربية',
  en: 'English',
};

export const directionOf = (locale: Locale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

export type MessageValues = Record<string, string | number>;

/** The compiled message, cached per language and key (the catalog is core/i18n/catalog/). */

const formats = new Map<string, IntlMessageFormat>();

/** Renders one catalog message (compiled once per language). */
export function format(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const cacheKey = `${locale}\u0000${key}`;
  let compiled = formats.get(cacheKey);
  if (!compiled) {
    compiled = new IntlMessageFormat(CATALOGS[locale][key], INTL_LOCALE[locale]);
    formats.set(cacheKey, compiled);
  }
  return String(compiled.format(messageValues(locale, values)));
}

/**
 * Renders one catalog message whose values are text people typed (names, organisations): each
 * value goes in its own `dir="auto"` span, so a French name inside an Arabic sentence (or the
 * reverse) keeps its own direction and punctuation (issue 10, item 4).
 */
export function formatWithUserText(
  locale: Locale,
  key: MessageKey,
  values: Record<string, string | readonly string[]>,
): ReactNode {
  const cacheKey = `${locale}\u0000${key}`;
  let compiled = formats.get(cacheKey);
  if (!compiled) {
    compiled = new IntlMessageFormat(CATALOGS[locale][key], INTL_LOCALE[locale]);
    formats.set(cacheKey, compiled);
  }
  // A list (« A, B et C ») isolates each item, the separators staying in the UI language.
  const lists = new Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type: 'conjunction' });
  const wrapped = Object.fromEntries(
    Object.entries(values).map(([name, text]) => [
      name,
      typeof text === 'string' ? (
        <UserText key={name}>{text}</UserText>
      ) : (
        <Fragment key={name}>
          {lists
            .formatToParts(text)
            .map((part, i) =>
              part.type === 'element' ? (
                <UserText key={i}>{part.value}</UserText>
              ) : (
                <Fragment key={i}>{part.value}</Fragment>
              ),
            )}
        </Fragment>
      ),
    ]),
  );
  // A French `{de_name}` elides before the isolate: « d’<Amina> », « de <Salma> ».
  for (const [name, text] of Object.entries(values)) {
    if (typeof text === 'string') {
      wrapped[`de_${name}`] = (
        <Fragment key={`de_${name}`}>
          {frenchDePrefix(text)}
          {wrapped[name]}
        </Fragment>
      );
    }
  }
  const parts = compiled.format<ReactNode>(wrapped);
  return Array.isArray(parts) ? (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>{part}</Fragment>
      ))}
    </>
  ) : (
    parts
  );
}

/** A day `YYYY-MM-DD` as a Date at UTC midnight, formatted in UTC so it never shifts. */
function dayToDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

export interface I18n {
  locale: Locale;
  dir: 'ltr' | 'rtl';
  t: (key: MessageKey, values?: MessageValues) => string;
  /** A message whose values are user text, each isolated with `dir="auto"`. */
  tUser: (key: MessageKey, values: Record<string, string | readonly string[]>) => ReactNode;
  /** A text the API already wrote in the three languages (rule sentences). */
  pick: (text: Localized) => string;
  formatDay: (day: string) => string;
  formatDayRange: (start: string, end: string) => string;
  /** An instant, on its Moroccan calendar day (rules use Morocco's clock, core/time.ts). */
  formatInstantDay: (instant: string) => string;
  /** An instant as a date and time in Morocco, e.g. « jeudi 19 mars 2026 à 10:00 ». */
  formatInstant: (instant: string) => string;
  /** An instant's time of day in Morocco, e.g. « 10:00 ». */
  formatTime: (instant: string) => string;
  /** A list such as « A, B et C » in the UI language. */
  formatList: (items: string[]) => string;
}

export function createI18n(locale: Locale): I18n {
  const intl = INTL_LOCALE[locale];
  const days = new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' });
  const lists = new Intl.ListFormat(intl, { style: 'long', type: 'conjunction' });
  return {
    locale,
    dir: directionOf(locale),
    t: (key, values) => format(locale, key, values),
    tUser: (key, values) => formatWithUserText(locale, key, values),
    pick: (text) => text[locale] ?? text.fr,
    formatDay: (day) => frenchOrdinalDays(days.format(dayToDate(day)), intl),
    formatDayRange: (start, end) =>
      frenchOrdinalDays(days.formatRange(dayToDate(start), dayToDate(end)), intl),
    // Morocco's wall clock from core/time.ts (carried tz data), never the browser's zone data.
    formatInstantDay: (instant) => formatMorocco(instant, intl, { dateStyle: 'long' }),
    formatInstant: (instant) =>
      formatMorocco(instant, intl, { dateStyle: 'full', timeStyle: 'short' }),
    formatTime: (instant) => formatMorocco(instant, intl, { timeStyle: 'short' }),
    formatList: (items) => lists.format(items),
  };
}

const I18nContext = createContext<I18n>(createI18n(DEFAULT_LOCALE));

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => createI18n(locale), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language's helpers: `const { t } = useT(); t('members.title')`. */
export function useT(): I18n {
  return useContext(I18nContext);
}

const STORAGE_KEY = 'copil.locale';

/** Outside Teams: the language chosen in the menu (kept in localStorage), French by default. */
export function storedLocale(): Locale {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    return saved ? toLocale(saved) : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage may be disabled (private mode): the choice then lasts for this page only.
  }
}
