import { plainEcho, t, type Locale } from '../i18n.js';
import { adaptiveCard, heading, submit, text, type AdaptiveCard } from './card.js';

export interface HelpView {
  /** What the person typed when it named no command; echoed without markdown. */
  notUnderstood?: string;
}

/** The commands the bot answers, with a button for each. */
export function helpCard(view: HelpView, locale: Locale): AdaptiveCard {
  const echo = view.notUnderstood ? plainEcho(view.notUnderstood) : '';
  return adaptiveCard(
    locale,
    [
      ...(echo
        ? [text(t('help.notUnderstood', locale, { text: echo }), { color: 'Attention' })]
        : []),
      heading(t('help.title', locale)),
      text(t('help.intro', locale)),
      text(
        [
          t('help.command.composition', locale),
          t('help.command.language', locale),
          t('help.command.help', locale),
        ]
          .map((line) => `- ${line}`)
          .join('\n'),
        { spacing: 'Small' },
      ),
    ],
    [
      submit(t('action.composition', locale), 'composition'),
      submit(t('header.language', locale), 'language'),
    ],
  );
}
