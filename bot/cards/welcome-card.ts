import { plainEcho, t, type Locale } from '../i18n.js';
import { adaptiveCard, heading, notice, submit, text, type AdaptiveCard } from './card.js';

export interface WelcomeView {
  /** The display name Teams gave for the person (a personal chat); absent in a channel. */
  name?: string;
  /** False when the person's account is not in the register (personal chat only). */
  registered?: boolean;
}

/** Sent once when the app is installed in a conversation. */
export function welcomeCard(view: WelcomeView, locale: Locale): AdaptiveCard {
  const name = view.name ? plainEcho(view.name, 60) : '';
  return adaptiveCard(
    locale,
    [
      heading(t('welcome.title', locale)),
      ...(name ? [text(t('welcome.greeting', locale, { name }), { weight: 'Bolder' })] : []),
      text(t('welcome.body', locale)),
      ...(view.registered === false ? [notice('warning', t('welcome.unregistered', locale))] : []),
      text(t('help.intro', locale), { spacing: 'Medium' }),
      text(`- ${t('help.command.composition', locale)}\n- ${t('help.command.help', locale)}`, {
        spacing: 'Small',
      }),
    ],
    [
      submit(t('action.composition', locale), 'composition'),
      submit(t('action.help', locale), 'help'),
    ],
  );
}
