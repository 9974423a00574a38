import type { Locale, Localized, MessageParam } from './localized.js';
import { render, type MessageKey } from './render.js';

/**
 * A sentence as core returns it (issue 3/8, item 1): a catalog key with its parameters, never
 * text written in core. It reads as a `Localized` — `message.fr`, `message[locale]` — and each
 * language is rendered from the shared catalog (core/i18n/catalog/) only when an edge reads it
 * (then kept). `key` and `params` are there for the edges and the API (problem details carry
 * them as `messageKey`/`messageParams`), but are not enumerable: a message compares, spreads
 * and serialises as the three texts it stands for.
 */
export interface Message extends Localized {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, MessageParam>>;
}

export function message(key: MessageKey, params: Record<string, MessageParam> = {}): Message {
  const rendered: Partial<Record<Locale, string>> = {};
  const text = (locale: Locale) => (rendered[locale] ??= render(locale, key, params));
  const result = {} as Message;
  Object.defineProperties(result, {
    key: { value: key, enumerable: false },
    params: { value: params, enumerable: false },
    fr: { get: () => text('fr'), enumerable: true },
    ar: { get: () => text('ar'), enumerable: true },
    en: { get: () => text('en'), enumerable: true },
  });
  return result;
}

/** Whether a `Localized` is a catalog message (with its key), e.g. for problem details. */
export const isMessage = (value: Localized): value is Message =>
  typeof (value as Partial<Message>).key === 'string';
