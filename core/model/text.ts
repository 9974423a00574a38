import { z } from 'zod';
import type { Localized } from '../i18n/localized.js';

/**
 * Text hygiene, once (issue 10, item 4): every string a user types and every file name goes
 * through `textSchema`. It is NFC-normalised and trimmed, and refuses what displays as something
 * else than what it is: control characters (NUL…), lone surrogates, and the bidirectional
 * overrides, embeddings and isolates that reorder what follows them (`invoice\u202Efdp.exe`
 * shows as "invoiceexe.pdf"); and text with no visible character at all (only spaces,
 * zero-width characters or combining marks). The ordinary marks RLM/LRM (U+200F/U+200E) and
 * the Arabic letter mark (U+061C) stay allowed: they fix punctuation in mixed Arabic and French
 * text without reordering it. Each refusal carries its words in fr/ar/en (`params.localized`,
 * read by `describeIssue` in core/usecases/outcome.ts); the field is named by the issue's path.
 */

export interface TextOptions {
  /** Paragraphs allowed: line feeds, carriage returns and tabs pass. Otherwise one line. */
  multiline?: boolean;
  /** The empty string passes (after trimming); anything else must show something. */
  allowEmpty?: boolean;
}

const hex = (c: string) =>
  `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

// U+202A–U+202E: LRE, RLE, PDF, LRO, RLO; U+2066–U+2069: LRI, RLI, FSI, PDI.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
// C0 and C1 controls and DEL; tab, line feed and carriage return are sorted out below.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;
const LINE_CONTROL = /[\t\n\r]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * A character that shows: not white space, not a default-ignorable code point (zero-width
 * space/joiners U+200B–U+200D, word joiner U+2060, BOM U+FEFF, Hangul fillers, variation
 * selectors…), not a combining mark alone, not a control or format character, not the blank
 * Braille pattern U+2800.
 */
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{M}\p{Cc}\p{Cf}\p{Cs}\u2800]/u;
/** Characters Windows and SharePoint refuse in a file name, and path separators. */
const FILE_NAME_FORBIDDEN = /[\\/:*?"<>|]/;

const CONTROL_MESSAGE = (c: string): Localized => ({
  fr: `contient un caractère de contrôle non admis (${hex(c)})`,
  ar: `يحتوي على حرف تحكم غير مقبول (${hex(c)})`,
  en: `contains a control character that is not allowed (${hex(c)})`,
});
const ONE_LINE: Localized = {
  fr: 'doit tenir sur une seule ligne',
  ar: 'يجب أن يكون في سطر واحد',
  en: 'must fit on one line',
};
const LONE_SURROGATE_MESSAGE: Localized = {
  fr: 'contient un caractère Unicode mal formé (demi-paire de substitution isolée)',
  ar: 'يحتوي على حرف يونيكود غير سليم (نصف زوج بديل منفرد)',
  en: 'contains a malformed Unicode character (lone surrogate)',
};
const BIDI_MESSAGE = (c: string): Localized => ({
  fr: `contient un caractère qui change le sens d'affichage du texte (${hex(c)}) : retirez-le`,
  ar: `يحتوي على حرف يغيّر اتجاه عرض النص (${hex(c)}): يُرجى حذفه`,
  en: `contains a character that changes the display direction of the text (${hex(c)}): remove it`,
});
const INVISIBLE: Localized = {
  fr: 'ne contient aucun caractère visible',
  ar: 'لا يحتوي على أي حرف مرئي',
  en: 'contains no visible character',
};
const FILE_NAME_MESSAGE: Localized = {
  fr: 'un nom de fichier sans / \\ : * ? " < > |',
  ar: 'اسم ملف بدون / \\ : * ? " < > |',
  en: 'a file name without / \\ : * ? " < > |',
};

/** What is wrong with a (normalised, trimmed) text, or undefined when it is clean. */
export function textProblem(text: string, options: TextOptions = {}): Localized | undefined {
  if (LONE_SURROGATE.test(text)) return LONE_SURROGATE_MESSAGE;
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi) return BIDI_MESSAGE(bidi[0]);
  for (const match of text.matchAll(new RegExp(CONTROL.source, 'gu'))) {
    const c = match[0];
    if (!LINE_CONTROL.test(c)) return CONTROL_MESSAGE(c);
    if (!options.multiline) return c === '\t' ? CONTROL_MESSAGE(c) : ONE_LINE;
  }
  // The empty string is left to `min(1)` ("required") or allowed by an optional field.
  if (text !== '' && !VISIBLE.test(text)) return INVISIBLE;
  return undefined;
}

const refuse = (problem: Localized, ctx: z.RefinementCtx) =>
  ctx.addIssue({ code: 'custom', message: problem.en, params: { localized: problem } });

/** Any string, normalised and trimmed, with the hygiene checks; empty allowed. */
const hygienic = (max: number, options: TextOptions) =>
  z
    .string()
    .normalize('NFC')
    .trim()
    .max(max)
    .superRefine((text, ctx) => {
      const problem = textProblem(text, options);
      if (problem) refuse(problem, ctx);
    });

/**
 * A text typed by a user: normalised, trimmed, bounded, with something visible; non-empty
 * unless `allowEmpty` (a form's blank field, kept as `''`).
 */
export const TextSchema = (max = 500, options: TextOptions = {}) =>
  options.allowEmpty ? hygienic(max, options) : hygienic(max, options).min(1);

/** An optional text typed by a user: absent, empty (kept as `''`) or as `TextSchema` accepts it. */
export const OptionalTextSchema = (max = 500, options: Omit<TextOptions, 'allowEmpty'> = {}) =>
  hygienic(max, options).optional();

/** A file name as uploaded: one line of text without path separators or reserved characters. */
export const FileNameSchema = (max = 200) =>
  TextSchema(max).superRefine((name, ctx) => {
    if (FILE_NAME_FORBIDDEN.test(name)) refuse(FILE_NAME_MESSAGE, ctx);
  });
