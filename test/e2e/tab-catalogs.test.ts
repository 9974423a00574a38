import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { INTL_LOCALE, type Locale } from '../../core/i18n/localized.js';
import { ar } from '../../tabs/src/i18n/messages.ar.js';
import { en } from '../../tabs/src/i18n/messages.en.js';
import { fr, type Catalog } from '../../tabs/src/i18n/messages.fr.js';

/*
 * The tab's message catalogs (fr, ar, en): the same keys, valid ICU MessageFormat, and every
 * count written with each language's plural forms — Arabic has six (CLDR).
 */

const CATALOGS: Record<Locale, Catalog> = { fr, ar, en };
const PLURAL = 6; // TYPE.plural in @formatjs/icu-messageformat-parser
const SELECT = 5;

interface Element {
  type: number;
  value?: string;
  pluralType?: string;
  options?: Record<string, { value: Element[] }>;
}

/** Every cardinal plural of a message: the argument and its option keys. */
function plurals(elements: Element[]): { argument: string; options: string[] }[] {
  return elements.flatMap((element) => {
    const nested = Object.values(element.options ?? {}).flatMap((option) => plurals(option.value));
    if (element.type === PLURAL && element.pluralType === 'cardinal') {
      return [
        { argument: element.value ?? '', options: Object.keys(element.options ?? {}) },
        ...nested,
      ];
    }
    return element.type === SELECT || element.type === PLURAL ? nested : [];
  });
}

const ast = (locale: Locale, key: keyof Catalog) =>
  new IntlMessageFormat(
    CATALOGS[locale][key],
    INTL_LOCALE[locale],
  ).getAst() as unknown as Element[];

describe('tab message catalogs', () => {
  it('have the same keys in French, Arabic and English', () => {
    const keys = Object.keys(fr).sort();
    expect(Object.keys(ar).sort()).toEqual(keys);
    expect(Object.keys(en).sort()).toEqual(keys);
  });

  it('are valid ICU MessageFormat in every language', () => {
    for (const locale of ['fr', 'ar', 'en'] as const) {
      for (const key of Object.keys(fr) as (keyof Catalog)[]) {
        expect(() => ast(locale, key), `${locale} ${key}`).not.toThrow();
      }
    }
  });

  it('write every Arabic count with the six plural forms', () => {
    const counted = (Object.keys(ar) as (keyof Catalog)[]).filter(
      (key) => plurals(ast('ar', key)).length > 0,
    );
    expect(counted.length).toBeGreaterThanOrEqual(6);
    for (const key of counted) {
      for (const plural of plurals(ast('ar', key))) {
        expect(plural.options.sort(), `ar ${key} {${plural.argument}}`).toEqual(
          expect.arrayContaining(['zero', 'one', 'two', 'few', 'many', 'other']),
        );
      }
      // The same counts are plural in the other languages too.
      for (const locale of ['fr', 'en'] as const) {
        for (const plural of plurals(ast(locale, key))) {
          expect(plural.options, `${locale} ${key}`).toEqual(
            expect.arrayContaining(['one', 'other']),
          );
        }
      }
    }
  });

  it('agrees seats with their number in Arabic (0, 1, 2, 3–10, 11–99, 100)', () => {
    const seats = new IntlMessageFormat(ar['count.seats'], INTL_LOCALE.ar);
    expect([0, 1, 2, 3, 11, 100].map((count) => seats.format({ count }))).toEqual([
      'لا مقاعد',
      'مقعد واحد',
      'مقعدان',
      '3 مقاعد',
      '11 مقعدًا',
      '100 مقعد',
    ]);
  });

  it('counts mandates in French and English', () => {
    const term = (locale: Locale, value: number) =>
      new IntlMessageFormat(CATALOGS[locale]['seat.term'], INTL_LOCALE[locale]).format({
        term: value,
      });
    expect(term('fr', 1)).toBe('Premier mandat');
    expect(term('fr', 2)).toBe('Mandat n° 2 — 2 mandats consécutifs');
    expect(term('en', 2)).toBe('Mandate no. 2 — 2 consecutive mandates');
    expect(term('ar', 2)).toBe('الولاية الثانية — ولايتان متتاليتان');
  });
});
