import type { NoticeDelivery } from '../../api/client.js';
import type { I18n } from '../../i18n/i18n.js';

/**
 * What the notice's delivery says in one sentence, from the server's counts — never "sent"
 * when nothing reached anyone: « remis à 14 membres sur 16 ; 2 injoignables », or, while the
 * outbox is still working, how many are on their way.
 */
export function deliverySummary(delivery: NoticeDelivery, t: I18n['t']): string {
  const parts = [t('delivery.reached', { delivered: delivery.delivered, total: delivery.total })];
  if (delivery.inProgress > 0) {
    parts.push(t('delivery.inProgressCount', { count: delivery.inProgress }));
  }
  if (delivery.failed > 0) parts.push(t('delivery.failedCount', { count: delivery.failed }));
  return parts.join(t('delivery.separator'));
}

/** The confirmation after sending (or retrying) the notice. */
export function noticeConfirmation(delivery: NoticeDelivery | undefined, t: I18n['t']): string {
  if (!delivery) return t('delivery.recordedNoTracking');
  return t('delivery.recorded', { summary: deliverySummary(delivery, t) });
}

/** The outbox is still working on this notice: the page follows it. */
export const deliveryInProgress = (delivery: NoticeDelivery | undefined) =>
  delivery !== undefined &&
  (delivery.inProgress > 0 ||
    (delivery.channel !== undefined &&
      ['queued', 'sending', 'retrying'].includes(delivery.channel.state)));
