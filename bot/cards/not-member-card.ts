import type { Localized } from '../../core/i18n/localized.js';
import { t, type Locale } from '../i18n.js';
import { adaptiveCard, heading, submit, text, type AdaptiveCard } from './card.js';

export interface NotMemberView {
  /**
   * The use case's own refusal when the person is in the register without a role that reads it;
   * absent when the account is not in the register at all.
   */
  message?: Localized;
}

/** Answers someone the register does not know (or who may not read it): no committee data. */
export function notMemberCard(view: NotMemberView, locale: Locale): AdaptiveCard {
  return adaptiveCard(
    locale,
    [
      heading(t('notMember.title', locale)),
      text(view.message ? view.message[locale] : t('notMember.body', locale)),
    ],
    [submit(t('action.help', locale), 'help')],
  );
}
