import type { Localized } from '../../core/i18n/localized.js';
import { t, type Locale } from '../i18n.js';
import { adaptiveCard, heading, text, type AdaptiveCard } from './card.js';

export interface ErrorView {
  /** A refusal the person can act on (e.g. a stale version); never an exception's text. */
  message?: Localized;
  /** An opaque id also written to the log, so the secretariat can find the incident. */
  reference?: string;
}

/** Something failed: a localised apology without internal details. */
export function errorCard(view: ErrorView, locale: Locale): AdaptiveCard {
  return adaptiveCard(locale, [
    heading(t('error.title', locale)),
    text(view.message ? view.message[locale] : t('error.body', locale)),
    ...(view.reference
      ? [
          text(t('error.reference', locale, { reference: view.reference }), {
            isSubtle: true,
            size: 'Small',
          }),
        ]
      : []),
  ]);
}
