import { z } from 'zod';
import type { Locale } from '../core/i18n/localized.js';
import { foldForMatching } from '../core/text.js';

/** What the bot can be asked, typed or through a card button (the card verb is the same name). */
export const COMMANDS = ['help', 'composition', 'language'] as const;
export type Command = (typeof COMMANDS)[number];

/**
 * The words that name each command in each language, folded as core folds typed words (lower
 * case, no accents or Arabic diacritics). Arabic words are given with and without the article.
 * A word that belongs to one language only also tells the language the person wrote in.
 */
const WORDS: Record<Command, Record<Locale | 'any', readonly string[]>> = {
  help: { fr: ['aide'], ar: ['مساعدة', 'المساعدة'], en: ['help'], any: ['?'] },
  composition: {
    fr: ['membres'],
    ar: ['تشكيلة', 'التشكيلة', 'الأعضاء'],
    en: ['members'],
    any: ['composition'],
  },
  language: {
    fr: ['langue', 'langues'],
    ar: ['اللغة', 'لغة'],
    en: ['language', 'languages'],
    any: [],
  },
};

const BY_WORD = new Map<string, { command: Command; language?: Locale }>(
  Object.entries(WORDS).flatMap(([command, byLanguage]) =>
    Object.entries(byLanguage).flatMap(([language, words]) =>
      words.map(
        (word) =>
          [
            commandWord(word),
            language === 'any'
              ? { command: command as Command }
              : { command: command as Command, language: language as Locale },
          ] as const,
      ),
    ),
  ),
);

/**
 * A typed command word: folded by core (core/text.ts: case, accents, Arabic diacritics and
 * tatweel), then without a leading slash or trailing punctuation, so that « Composition ! » or
 * « /aide » still match. Only for reading commands: records are compared by core.
 */
export function commandWord(text: string): string {
  const folded = foldForMatching(text);
  const bare = folded
    .replace(/^\//, '')
    .replace(/[\s.!؟?,;:،]+$/u, '')
    .trim();
  // A lone « ? » asks for help: keep it rather than strip it to nothing.
  return bare || folded;
}

/** Removes `<at>Bot</at>` mentions (Teams channels and group chats must mention the bot). */
export function stripMentions(text: string): string {
  return text.replace(/<at>[^<]*<\/at>/gi, ' ');
}

export type ParsedText = { command: Command; language?: Locale } | { unknown: string };

/**
 * The command a message asks for (and the language of the word, when it has only one), or what
 * was typed when it names none.
 */
export function parseText(raw: string | undefined): ParsedText {
  const text = stripMentions(raw ?? '')
    .replace(/&nbsp;/g, ' ')
    .trim();
  return BY_WORD.get(commandWord(text)) ?? { unknown: text };
}

/**
 * The payload of a card button (Action.Submit value or Action.Execute data). Only the verb is
 * read: any identity field a client could put in `data` is ignored (roles come from the store).
 */
const VerbSchema = z.object({ verb: z.enum(COMMANDS) });

export function parseVerb(data: unknown): Command | undefined {
  const parsed = VerbSchema.safeParse(data);
  return parsed.success ? parsed.data.verb : undefined;
}
