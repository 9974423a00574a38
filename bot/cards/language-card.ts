import { LOCALES } from '../../core/i18n/localized.js';
import { LANGUAGE_NAMES, t, type Locale } from '../i18n.js';
import {
  actionSet,
  adaptiveCard,
  execute,
  heading,
  text,
  type AdaptiveCard,
  type CardAction,
} from './card.js';

/** The verb of the language buttons; its data carries `locale` (or `client`). */
export const SET_LANGUAGE_VERB = 'language.set';

export interface LanguageView {
  /** The language the person chose, if any (the register's `locale`). */
  chosen?: Locale | undefined;
  /** Set when the card answers a change: the choice just saved, or `client` when forgotten. */
  saved?: Locale | 'client';
}

/**
 * The person's language (issue 3/8, item 2): what they chose, and one button per language plus
 * « follow Teams ». Written in the language the person now gets, so a change shows at once.
 */
export function languageCard(view: LanguageView, locale: Locale): AdaptiveCard {
  const choices: CardAction[] = LOCALES.filter((l) => l !== view.chosen).map((l) =>
    execute(LANGUAGE_NAMES[l], SET_LANGUAGE_VERB, { locale: l }, { inputs: 'none' }),
  );
  if (view.chosen) {
    choices.push(
      execute(
        t('language.followClient', locale),
        SET_LANGUAGE_VERB,
        { locale: 'client' },
        { inputs: 'none' },
      ),
    );
  }
  return adaptiveCard(locale, [
    ...(view.saved
      ? [
          text(t(view.saved === 'client' ? 'language.cleared' : 'language.saved', locale), {
            color: 'Good',
          }),
        ]
      : []),
    heading(t('language.title', locale)),
    text(
      view.chosen
        ? t('language.current', locale, { language: LANGUAGE_NAMES[view.chosen] })
        : t('language.none', locale),
    ),
    text(t('language.body', locale), { spacing: 'Small' }),
    actionSet(choices),
  ]);
}
