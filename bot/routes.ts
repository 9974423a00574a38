import type { Ports } from '../core/ports/store.js';
import type { Actor } from '../core/usecases/actor.js';
import type { Refusal } from '../core/usecases/outcome.js';
import { getComposition } from '../core/usecases/register/index.js';
import type { AdaptiveCard } from './cards/card.js';
import { compositionCard } from './cards/composition-card.js';
import { errorCard } from './cards/error-card.js';
import { helpCard } from './cards/help-card.js';
import { languageCard } from './cards/language-card.js';
import { notMemberCard } from './cards/not-member-card.js';
import type { Command } from './commands.js';
import type { Locale } from './i18n.js';

/** What a handler knows about the turn: the actor comes from the store, never from card data. */
export interface Turn {
  ports: Ports;
  /** Resolved from the activity's `from.aadObjectId`; undefined when not in the register. */
  actor: Actor | undefined;
  locale: Locale;
  /** The tab's members page, when the app has a public address. */
  tabUrl?: string;
}

export type Handler = (turn: Turn) => Promise<AdaptiveCard>;

/** One handler per command; adding a command without its handler fails to compile. */
export const routes: Record<Command, Handler> = {
  help: async ({ locale }) => helpCard({}, locale),
  // Issue 3/8 item 2: the person's language, kept in the register.
  language: async ({ actor, locale }) =>
    actor ? languageCard({ chosen: actor.locale }, locale) : notMemberCard({}, locale),
  composition: async ({ ports, actor, locale, tabUrl }) => {
    if (!actor) return notMemberCard({}, locale);
    const outcome = await getComposition(ports, actor);
    if (!outcome.ok) return refusalCard(outcome, locale);
    return compositionCard(
      { composition: outcome.value, ...(tabUrl ? { membersUrl: tabUrl } : {}) },
      locale,
    );
  },
};

/** A refused use case, rendered in the person's language. */
export function refusalCard(refusal: Refusal, locale: Locale): AdaptiveCard {
  switch (refusal.reason) {
    // In the register but without a role that may read it (e.g. an external participant).
    case 'forbidden':
      return notMemberCard({ message: refusal.message }, locale);
    case 'invalid':
    case 'not_found':
    case 'conflict':
    case 'rule':
      return errorCard({ message: refusal.message }, locale);
  }
}
