import { describe, expect, it } from 'vitest';
import { commandWord, parseText, parseVerb } from '../../bot/commands.js';
import { pickLocale, plainEcho } from '../../bot/i18n.js';

describe('typed commands', () => {
  it.each([
    ['aide', 'help'],
    ['Help', 'help'],
    ['  AIDE !', 'help'],
    ['/aide', 'help'],
    ['?', 'help'],
    ['مساعدة', 'help'],
    ['composition', 'composition'],
    ['Composition ?', 'composition'],
    ['COMPOSITION.', 'composition'],
    ['tashkila', undefined],
    ['تشكيلة', 'composition'],
    ['التشكيلة', 'composition'],
    ['تَشْكِيلَة', 'composition'],
    ['<at>Copil OGP</at> composition', 'composition'],
    ['<at>Copil OGP</at>&nbsp;aide', 'help'],
  ])('reads %j as %s', (text, command) => {
    const parsed = parseText(text);
    expect('command' in parsed ? parsed.command : undefined).toBe(command);
  });

  it('returns what was typed, mention removed, when it names no command', () => {
    expect(parseText('<at>Copil OGP</at> bonjour à tous')).toEqual({ unknown: 'bonjour à tous' });
    expect(parseText(undefined)).toEqual({ unknown: '' });
  });

  it('folds accents, case and compatibility forms as core does', () => {
    expect(commandWord('  Éàç  ÜNÏ ')).toBe('eac uni');
    // NFKC first (core/text.ts): a full-width word is the word.
    expect(commandWord('ＡＩＤＥ')).toBe('aide');
  });
});

describe('card verbs', () => {
  it('reads only the verb of a card payload', () => {
    expect(parseVerb({ verb: 'composition', aadObjectId: 'someone-else' })).toBe('composition');
    expect(parseVerb({ verb: 'drop-table' })).toBeUndefined();
    expect(parseVerb('composition')).toBeUndefined();
    expect(parseVerb(undefined)).toBeUndefined();
  });
});

describe('reply language', () => {
  it('prefers the client’s language, then the person’s, then French', () => {
    expect(pickLocale('ar-MA', 'en')).toBe('ar');
    expect(pickLocale('en-US')).toBe('en');
    expect(pickLocale('FR_fr', 'ar')).toBe('fr');
    expect(pickLocale('de-DE', 'ar')).toBe('ar');
    expect(pickLocale(undefined, 'en')).toBe('en');
    expect(pickLocale(undefined)).toBe('fr');
    expect(pickLocale('es-ES')).toBe('fr');
  });
});

describe('echoing what someone typed', () => {
  it('escapes markdown, drops control characters and bounds the length', () => {
    expect(plainEcho('[click](https://x.example) **now**\u0000')).toBe(
      '\\[click\\](https://x.example) \\*\\*now\\*\\*',
    );
    expect(plainEcho('a'.repeat(200))).toHaveLength(80);
    expect(plainEcho('a'.repeat(200)).endsWith('…')).toBe(true);
  });
});
