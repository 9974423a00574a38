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
  it('prefers the person’s chosen language, then the typed word’s, then the client’s, then French', () => {
    expect(pickLocale('ar-MA', 'en')).toBe('en');
    expect(pickLocale('ar-MA', 'en', 'fr')).toBe('en');
    expect(pickLocale('en-US', undefined, 'fr')).toBe('fr');
    expect(pickLocale('en-US')).toBe('en');
    expect(pickLocale('FR_fr')).toBe('fr');
    expect(pickLocale('de-DE', 'ar')).toBe('ar');
    expect(pickLocale(undefined, 'en')).toBe('en');
    expect(pickLocale(undefined)).toBe('fr');
    expect(pickLocale('es-ES')).toBe('fr');
  });

  it('tells the language of a command word when it belongs to one language only', () => {
    expect(parseText('Aide !')).toEqual({ command: 'help', language: 'fr' });
    expect(parseText('المساعدة')).toEqual({ command: 'help', language: 'ar' });
    expect(parseText('help')).toEqual({ command: 'help', language: 'en' });
    expect(parseText('composition')).toEqual({ command: 'composition' });
    expect(parseText('Langue')).toEqual({ command: 'language', language: 'fr' });
    expect(parseText('اللغة')).toEqual({ command: 'language', language: 'ar' });
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
