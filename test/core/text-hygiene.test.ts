import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FileNameSchema, OptionalTextSchema, TextSchema } from '../../core/model/common.js';
import { ScheduleMeetingRequestSchema } from '../../core/contracts/meetings.js';
import { invalid } from '../../core/usecases/outcome.js';

const line = TextSchema(200);
const paragraph = TextSchema(2000, { multiline: true });

const accepted = (schema: typeof line, text: string) => schema.safeParse(text).success;
const refusal = (schema: typeof line, text: string) => {
  const result = schema.safeParse(text);
  return result.success ? undefined : result.error.issues.map((i) => i.message).join(' | ');
};

describe('text hygiene: what passes', () => {
  it.each([
    ['French', 'Réunion du comité de pilotage — 2e semestre'],
    ['Arabic', 'اجتماع لجنة القيادة'],
    ['Arabic with harakat', 'بِسْمِ اللَّهِ الرَّحْمَٰنِ'],
    ['French inside Arabic with RLM', 'اجتماع \u200F(Rabat)\u200F'],
    ['LRM and the Arabic letter mark', 'Plan\u200E \u061C2025'],
    ['an emoji with a skin tone and a ZWJ sequence', '👍🏽 👩‍💻'],
    ['a zero-width joiner inside visible text', 'a\u200Db'],
    ['Tifinagh', 'ⴰⵣⵓⵍ'],
  ])('accepts %s', (_, text) => {
    expect(refusal(line, text)).toBeUndefined();
  });

  it('normalises to NFC and trims', () => {
    expect(line.parse('  Re\u0301union  ')).toBe('Réunion');
  });

  it('keeps paragraphs where multi-line text is allowed', () => {
    expect(paragraph.parse('Premier point.\n\n\tSecond point.\r\n')).toBe(
      'Premier point.\n\n\tSecond point.',
    );
  });

  it('lets an optional text be absent or blank', () => {
    expect(OptionalTextSchema(50).parse(undefined)).toBeUndefined();
    expect(OptionalTextSchema(50).parse('   ')).toBe('');
    expect(OptionalTextSchema(50).safeParse('\u200B').success).toBe(false);
  });
});

describe('text hygiene: what is refused, and why', () => {
  it.each([
    ['the right-to-left override', 'invoice\u202Efdp.exe', /direction/],
    ['a left-to-right embedding', 'a\u202Ab', /direction/],
    ['a pop directional formatting', 'a\u202Cb', /direction/],
    ['a right-to-left isolate', '\u2067abc\u2069', /direction/],
    ['a first-strong isolate', 'abc\u2068', /direction/],
    ['NUL', 'abc\u0000', /control character.*U\+0000/],
    ['escape', 'a\u001Bb', /control character.*U\+001B/],
    ['DEL', 'a\u007Fb', /control character/],
    ['a C1 control', 'a\u0085b', /control character/],
    ['a lone high surrogate', 'a\uD83Db', /lone surrogate/],
    ['a lone low surrogate', '\uDC00abc', /lone surrogate/],
    ['only zero-width spaces', '\u200B\u200B', /no visible character/],
    ['only zero-width joiners and non-joiners', '\u200C\u200D', /no visible character/],
    ['only a word joiner and a BOM', '\u2060\uFEFF', /no visible character/],
    ['only RLM and LRM', '\u200F\u200E', /no visible character/],
    ['a combining mark alone', '\u0301', /no visible character/],
    ['harakat alone', '\u064E\u0650', /no visible character/],
    ['a Hangul filler', '\u3164', /no visible character/],
    ['the blank Braille pattern', '\u2800', /no visible character/],
    ['a line break in one-line text', 'Titre\nsur deux lignes', /one line/],
    ['a tab in one-line text', 'a\tb', /control character/],
  ])('refuses %s', (_, text, why) => {
    expect(refusal(line, text)).toMatch(why);
  });

  it('refuses blank text as required', () => {
    expect(refusal(line, '   ')).toBe('Too small: expected string to have >=1 characters');
  });

  it('refuses NUL even where paragraphs are allowed', () => {
    expect(refusal(paragraph, 'a\n\u0000')).toMatch(/U\+0000/);
  });

  it('names the field and says why in fr, ar and en', () => {
    const parsed = ScheduleMeetingRequestSchema.safeParse({
      title: 'Budget\u202Etxt.exe',
      start: '2027-03-01T10:00',
      end: '2027-03-01T12:00',
      agenda: [{ title: 'Point', presenter: '\u200B' }],
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const refused = invalid(parsed.error);
    if (refused.reason !== 'invalid') throw new Error('expected invalid');
    expect(refused.issues.map((i) => i.path)).toEqual(['title', 'agenda.0.presenter']);
    expect(refused.message.fr).toContain(
      "title : contient un caractère qui change le sens d'affichage du texte (U+202E)",
    );
    expect(refused.message.fr).toContain(
      'agenda.0.presenter : ne contient aucun caractère visible',
    );
    expect(refused.message.ar).toContain('title: يحتوي على حرف يغيّر اتجاه عرض النص (U+202E)');
    expect(refused.message.en).toContain('agenda.0.presenter: contains no visible character');
  });
});

describe('file names', () => {
  const name = FileNameSchema(200);
  it('accepts an Arabic or French file name', () => {
    expect(name.parse('محضر الاجتماع.pdf')).toBe('محضر الاجتماع.pdf');
    expect(name.parse('Lettre de désignation (2027).docx')).toBe(
      'Lettre de désignation (2027).docx',
    );
  });
  it.each([
    ['a spoofed extension', 'invoice\u202Efdp.exe', /direction/],
    ['a path', '../etc/passwd', /a file name without/],
    ['a Windows path', 'C:\\x.pdf', /a file name without/],
    ['a control character', 'a\u0007.pdf', /control character/],
    ['a line break', 'a\n.pdf', /one line/],
    ['an invisible name', '\u200B', /no visible character/],
  ])('refuses %s', (_, text, why) => {
    expect(refusal(name, text)).toMatch(why);
  });
});

/** Strings over the whole of UTF-16, lone surrogates included. */
const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const forbidden = fc.constantFrom(
  '\u0000',
  '\u0008',
  '\u007F',
  '\u009B',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\uD800',
  '\uDFFF',
);
const invisible = fc.constantFrom(
  ' ',
  '\u00A0',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u200E',
  '\u200F',
  '\u0301',
  '\u064B',
  '\u3000',
);
/** Arabic letters with harakat, French words, digits, punctuation and the RLM/LRM marks. */
const arabicOrFrench = fc
  .array(
    fc.constantFrom(
      'ب',
      'سْ',
      'مِ',
      'الله',
      'é',
      'à',
      'Ç',
      'œ',
      'Rabat',
      '2027',
      ' ',
      '،',
      '؟',
      '(',
      ')',
      '«',
      '»',
      '\u200F',
      '\u200E',
      'ـ',
    ),
    { minLength: 1, maxLength: 30 },
  )
  .map((parts) => parts.join(''))
  .filter((text) => /[^\s\u200E\u200F]/u.test(text));

describe('text hygiene, properties', () => {
  it('never accepts a text holding a control, a lone surrogate or a direction override', () => {
    fc.assert(
      fc.property(anyText, forbidden, anyText, (before, bad, after) => {
        // A lone high surrogate followed by a low one is a pair; keep the bad one alone.
        fc.pre(!/[\uD800-\uDBFF]$/.test(before) && !/^[\uDC00-\uDFFF]/.test(after));
        expect(accepted(paragraph, before + bad + after)).toBe(false);
      }),
    );
  });

  it('never accepts a text with no visible character', () => {
    fc.assert(
      fc.property(fc.array(invisible, { minLength: 1, maxLength: 20 }), (parts) => {
        expect(accepted(line, parts.join(''))).toBe(false);
      }),
    );
  });

  it('accepts Arabic and French text, unchanged but for NFC and trimming', () => {
    fc.assert(
      fc.property(arabicOrFrench, (text) => {
        expect(line.parse(text)).toBe(text.normalize('NFC').trim());
      }),
    );
  });

  it('is idempotent: what it returns it accepts again, unchanged', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = paragraph.safeParse(text);
        if (once.success) expect(paragraph.parse(once.data)).toBe(once.data);
      }),
    );
  });

  it('returns NFC text whenever it accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 30 }), (text) => {
        const parsed = paragraph.safeParse(text);
        if (parsed.success) expect(parsed.data).toBe(parsed.data.normalize('NFC'));
      }),
    );
  });
});
