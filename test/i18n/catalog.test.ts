import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { INTL_LOCALE, type Locale } from '../../core/i18n/localized.js';
import { CATALOGS, frenchDe, render, type Catalog } from '../../core/i18n/render.js';
import { formatDay, formatMorocco } from '../../core/time.js';

/*
 * The one message catalog per language (core/i18n/catalog/, issue 3/8 item 1), shared by the
 * tab, the bot's cards, the calendar feed and the API: the same keys, valid ICU MessageFormat,
 * every count with each language's plural forms (Arabic has six, CLDR), the same arguments in
 * every language, Arabic punctuation in Arabic, and French elision before a name.
 */

const { fr, ar } = CATALOGS;
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

describe('the message catalogs', () => {
  it('have the same keys in French, Arabic and English', () => {
    const keys = Object.keys(fr).sort();
    expect(Object.keys(ar).sort()).toEqual(keys);
    expect(Object.keys(CATALOGS.en).sort()).toEqual(keys);
  });

  it('are valid ICU MessageFormat in every language', () => {
    for (const locale of ['fr', 'ar', 'en'] as const) {
      for (const key of Object.keys(fr) as (keyof Catalog)[]) {
        expect(() => ast(locale, key), `${locale} ${String(key)}`).not.toThrow();
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
        expect(plural.options.sort(), `ar ${String(key)} {${plural.argument}}`).toEqual(
          expect.arrayContaining(['zero', 'one', 'two', 'few', 'many', 'other']),
        );
      }
      // The same counts are plural in the other languages too.
      for (const locale of ['fr', 'en'] as const) {
        for (const plural of plurals(ast(locale, key))) {
          expect(plural.options, `${locale} ${String(key)}`).toEqual(
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

const LITERAL = 0;
const ARGUMENT = 1;

/** Every literal text of a message (outside arguments), and every argument name it uses. */
function walk(elements: Element[]): { literals: string[]; arguments: Set<string> } {
  const literals: string[] = [];
  const args = new Set<string>();
  const visit = (list: Element[]) => {
    for (const element of list) {
      if (element.type === LITERAL) literals.push(element.value ?? '');
      else if (element.value && element.type !== 7 /* pound */) args.add(element.value);
      for (const option of Object.values(element.options ?? {})) visit(option.value);
    }
  };
  visit(elements);
  return { literals, arguments: args };
}

const keys = Object.keys(fr) as (keyof Catalog)[];

describe('the message catalogs: one voice in three languages', () => {
  it('use the same arguments in every language (a French « de » elision counts as its name)', () => {
    const base = (name: string) => name.replace(/^de_/, '');
    for (const key of keys) {
      const names = (locale: Locale) => [...walk(ast(locale, key)).arguments].map(base).sort();
      expect(new Set(names('ar')), `ar ${String(key)}`).toEqual(new Set(names('fr')));
      expect(new Set(names('en')), `en ${String(key)}`).toEqual(new Set(names('fr')));
    }
  });

  it('write Arabic punctuation in Arabic text (، ؛ ؟), never the Latin marks', () => {
    const wrong: string[] = [];
    for (const key of keys) {
      for (const literal of walk(ast('ar', key)).literals) {
        // A Latin comma between Latin words (a product name list) is left alone.
        const arabic = literal.replace(/[A-Za-z][A-Za-z .]*[,;?][A-Za-z ]*/g, '');
        if (/[,;?]/.test(arabic)) wrong.push(`${String(key)}: ${literal}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('elide « de » before a name in French (« d’Amina »): `{de_name}`, never « de {name} »', () => {
    const wrong: string[] = [];
    for (const key of keys) {
      const elements = ast('fr', key);
      const flat = (list: Element[]): Element[] =>
        list.flatMap((e) => [e, ...Object.values(e.options ?? {}).flatMap((o) => flat(o.value))]);
      const all = flat(elements);
      all.forEach((element, i) => {
        const next = all[i + 1];
        if (
          element.type === LITERAL &&
          /(^|[\s(])(de|que) $/.test(element.value ?? '') &&
          next?.type === ARGUMENT &&
          !/^(day|date|start|end|when|time|until|count|days|total|delivered|title|gap|limit)$/.test(
            next.value ?? '',
          )
        ) {
          wrong.push(`${String(key)}: …${element.value}{${next.value}}`);
        }
      });
    }
    expect(wrong).toEqual([]);
  });

  it('write « Google Agenda » and other names the same in every language, translated where a word', () => {
    expect(CATALOGS.ar['meetings.feedHint']).not.toContain('Agenda');
  });
});

describe('French as it is written', () => {
  it('elides « de » before a vowel: « proposition d’Amina », « de Salma »', () => {
    expect(render('fr', 'proposals.answerTitle', { name: 'Amina Imaginaire' })).toBe(
      'Répondre à la proposition d’Amina Imaginaire',
    );
    expect(render('fr', 'proposals.answerTitle', { name: 'Salma Exemple' })).toBe(
      'Répondre à la proposition de Salma Exemple',
    );
    expect(frenchDe('Écoute Maroc')).toBe('d’Écoute Maroc');
    expect(frenchDe('Hajar')).toBe('de Hajar');
  });

  it('writes the first of the month as « 1er », in dates and ranges', () => {
    expect(formatDay('2027-01-01', 'fr-MA', { dateStyle: 'long' })).toBe('1er janvier 2027');
    expect(formatDay('2027-03-01', 'fr-MA', { dateStyle: 'full' })).toBe('lundi 1er mars 2027');
    expect(formatDay('2027-03-11', 'fr-MA', { dateStyle: 'long' })).toBe('11 mars 2027');
    expect(formatMorocco('2027-01-01T10:00:00Z', 'fr-MA', { dateStyle: 'long' })).toBe(
      '1er janvier 2027',
    );
    expect(formatDay('2027-01-01', 'en-GB', { dateStyle: 'long' })).toBe('1 January 2027');
  });
});
