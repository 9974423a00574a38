import type { NoticeDelivery } from '../../core/contracts/delivery.js';
import type { Localized } from '../../core/i18n/localized.js';
import { LOCALES } from '../../core/i18n/localized.js';
import { t, type Locale } from '../i18n.js';

/**
 * The notice's delivery in one phrase, from the server's counts (R5.2): « remis à 14 membres
 * sur 16 ; 2 injoignables », or how many are still on their way — never "sent" by itself.
 */
export function deliverySummary(delivery: NoticeDelivery, locale: Locale): string {
  const parts = [
    t('delivery.reached', locale, { delivered: delivery.delivered, total: delivery.total }),
  ];
  if (delivery.inProgress > 0) {
    parts.push(t('delivery.inProgressCount', locale, { count: delivery.inProgress }));
  }
  if (delivery.failed > 0)
    parts.push(t('delivery.failedCount', locale, { count: delivery.failed }));
  if (delivery.notInstalled > 0 && delivery.failed < delivery.notInstalled) {
    // Not failed yet, but the bot has no chat with them: say so before the outbox tries.
    parts.push(t('card.delivery.notInstalled', locale, { count: delivery.notInstalled }));
  }
  return parts.join(t('delivery.separator', locale));
}

/** The confirmation after sending the notice, in every language (a card's feedback). */
export function noticeRecorded(delivery: NoticeDelivery): Localized {
  return Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      t('notice.recorded', locale, { summary: deliverySummary(delivery, locale) }),
    ]),
  ) as Localized;
}
