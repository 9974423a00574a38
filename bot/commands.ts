import { z } from 'zod';
import { foldForMatching } from '../core/text.js';

/** What the bot can be asked, typed or through a card button (the card verb is the same name). */
export const COMMANDS = ['help', 'composition'] as const;
export type Command = (typeof COMMANDS)[number];

/**
 * The words that name each command, folded as core folds typed words (lower case, no accents
 * or Arabic diacritics). French is the default language; Arabic words are given with and
 * without the article.
 */
const WORDS: Record<Command, readonly string[]> = {
  help: ['aide', 'help', 'مساعدة', 'المساعدة', '?'],
  composition: ['composition', 'تشكيلة', 'التشكيلة', 'membres', 'members', 'الأعضاء'],
};

const BY_WORD = new Map<string, Command>(
  (Object.entries(WORDS) as [Command, readonly string[]][]).flatMap(([command, words]) =>
    words.map((word) => [commandWord(word), command] as const),
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

export type ParsedText = { command: Command } | { unknown: string };

/** The command a message asks for, or what was typed when it names none. */
export function parseText(raw: string | undefined): ParsedText {
  const text = stripMentions(raw ?? '')
    .replace(/&nbsp;/g, ' ')
    .trim();
  const command = BY_WORD.get(commandWord(text));
  return command ? { command } : { unknown: text };
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
