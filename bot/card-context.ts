import type { Actor } from '../core/usecases/actor.js';
import type { AppPorts } from '../core/usecases/meetings/app-ports.js';
import type { Outcome } from '../core/usecases/outcome.js';
import type { AdaptiveCard } from './cards/card.js';
import type { Locale } from './i18n.js';

/*
 * What the meeting and decision card builders share (bot/meeting-cards.ts and
 * bot/decision-cards.ts): the first dispatches notifications to the second, so the shared
 * parts live here rather than in either of them.
 */

/**
 * Who a card is built for and where it goes. Cards are built from the use cases with the
 * viewer's actor, so each shows that person's `can` and their own proposals; a channel card is
 * built for no one in particular (`neutral`) and each member's client refreshes it into theirs.
 */
export interface CardContext {
  ports: AppPorts;
  actor: Actor;
  locale: Locale;
  refreshUserIds: readonly string[];
  /** A card for a channel: no personal state, forms shown while their window is open. */
  neutral?: boolean;
}

/** A card, or the use case's refusal to show it. */
export type Built = Outcome<AdaptiveCard>;

export const ok = (card: AdaptiveCard): Built => ({ ok: true, value: card, warnings: [] });

/** The person the card shows its personal parts to; none on a channel card. */
export function viewer(context: CardContext): { viewerId?: string } {
  return context.neutral ? {} : { viewerId: context.actor.personId };
}
