import { IntlMessageFormat } from 'intl-messageformat';
import { ar } from './catalog/ar.js';
import { en } from './catalog/en.js';
import { fr, type Catalog, type MessageKey } from './catalog/fr.js';
import {
  INTL_LOCALE,
  LOCALES,
  type Locale,
  type Localized,
  type MessageParam,
} from './localized.js';

export type { Catalog, MessageKey };

/** The one catalog per language (issue 3/8, item 1): tab, cards, calendar, problem details. */
export const CATALOGS: Readonly<Record<Locale, Catalog>> = { fr, ar, en };

const compiled = new Map<string, IntlMessageFormat>();

function compile(locale: Locale, key: MessageKey): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(CATALOGS[locale][key], INTL_LOCALE[locale]);
    compiled.set(cacheKey, format);
  }
  return format;
}

/** « de » as French writes it before `value`: « d’ » before a vowel, else « de » (h left alone). */
export function frenchDePrefix(value: string): string {
  return /^[aeiouyàâäéèêëîïôöùûüœæ]/iu.test(value.trim()) ? 'd’' : 'de ';
}

/** French elides « de » before a vowel: « d’Amina », « de Salma ». */
export function frenchDe(value: string): string {
  return `${frenchDePrefix(value)}${value}`;
}

const isLocalized = (value: MessageParam): value is Localized =>
  typeof value === 'object' && value !== null && 'fr' in value;

/**
 * The values a message is formatted with in `locale`: a value written in each language is
 * taken in this one, and every text value `x` also comes as `de_x`, its French « de x »
 * elided as the language wants (« d’Amina ») — the French catalog writes `{de_name}`.
 */
export function messageValues(
  locale: Locale,
  params: Readonly<Record<string, MessageParam>> = {},
): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(params)) {
    const value = isLocalized(param) ? param[locale] : param;
    values[name] = value;
    if (typeof value === 'string') values[`de_${name}`] = frenchDe(value);
  }
  return values;
}

/** One message of the catalog, written in `locale`. */
export function render(
  locale: Locale,
  key: MessageKey,
  params: Readonly<Record<string, MessageParam>> = {},
): string {
  return String(compile(locale, key).format(messageValues(locale, params)));
}

/** One message of the catalog in every language (a problem detail's `message`). */
export function renderAll(
  key: MessageKey,
  params: Readonly<Record<string, MessageParam>> = {},
): Localized {
  const all = {} as Localized;
  for (const locale of LOCALES) all[locale] = render(locale, key, params);
  return all;
}
