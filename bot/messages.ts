import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { AdaptiveCard } from './cards/card.js';

/** A message carrying one Adaptive Card. */
export function cardMessage(card: AdaptiveCard): Partial<Activity> {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

/** The client's language: `locale`, or the `clientInfo` entity some activities carry instead. */
export function clientLocale(activity: Partial<Activity>): string | undefined {
  if (activity.locale) return activity.locale;
  const info = activity.entities?.find((entity) => entity.type === 'clientInfo');
  return typeof info?.['locale'] === 'string' ? info['locale'] : undefined;
}
