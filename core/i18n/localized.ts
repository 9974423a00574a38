import { IntlMessageFormat } from 'intl-messageformat';

/** The three UI languages: French is the default, Arabic is right to left. */
export const LOCALES = ['fr', 'ar', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

/** A text in every UI language. */
export type Localized = Record<Locale, string>;

/** A message parameter: a plain value, or a value already written in each language. */
export type MessageParam = string | number | Localized;

/**
 * Intl locale used for each UI language. Moroccan Arabic with Latin digits is what the
 * ministry's documents use.
 */
export const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' };

const compiled = new Map<string, IntlMessageFormat>();

function compile(source: string, locale: Locale): IntlMessageFormat {
  const key = `${locale}\u0000${source}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(source, INTL_LOCALE[locale]);
    compiled.set(key, format);
  }
  return format;
}

function isLocalized(value: MessageParam): value is Localized {
  return typeof value === 'object' && value !== null && 'fr' in value;
}

/**
 * Renders an ICU MessageFormat template (with CLDR plural rules, so Arabic gets its six plural
 * forms) in each language.
 */
export function localize(
  templates: Localized,
  params: Record<string, MessageParam> = {},
): Localized {
  const render = (locale: Locale): string => {
    const values: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(params)) {
      values[name] = isLocalized(value) ? value[locale] : value;
    }
    return String(compile(templates[locale], locale).format(values));
  };
  return { fr: render('fr'), ar: render('ar'), en: render('en') };
}

/** Picks a supported locale from a BCP 47 tag such as `ar-MA` or `en-US`; French otherwise. */
export function toLocale(tag: string | undefined | null): Locale {
  const language = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language ?? '')
    ? (language as Locale)
    : DEFAULT_LOCALE;
}
