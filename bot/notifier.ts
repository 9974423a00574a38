import type { ConversationReference, TurnContext } from 'botbuilder';
import {
  DeliveryFailed,
  type DeliveryResult,
  type Notification,
  type Notifier,
  type Recipient,
} from '../core/ports/notifier.js';
import { actorFor, type Actor } from '../core/usecases/actor.js';
import type { AppPorts } from '../core/usecases/meetings/app-ports.js';
import { conversationFor } from '../core/usecases/meetings/delivery-view.js';
import { pickLocale } from './i18n.js';
import type { BotLogger } from './logger.js';
import { notificationCard } from './meeting-cards.js';
import { cardMessage } from './messages.js';
import { RefreshAudience, type Audience } from './refresh-audience.js';

/** The one adapter method the notifier uses (CloudAdapter's; a recording adapter in tests). */
export interface ProactiveAdapter {
  continueConversationAsync(
    botAppId: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

export interface TeamsNotifierOptions {
  adapter: ProactiveAdapter;
  /**
   * The use cases' ports. They are read when a notification is sent, so the server may build
   * them with this very notifier in them (`ports.notifier = createTeamsNotifier({ ports })`).
   */
  ports: AppPorts;
  /** The Azure Bot's app id; empty when the bot runs anonymously (Playground). */
  appId?: string;
  logger: BotLogger;
  audience?: Audience;
}

export { conversationFor };

/**
 * A notification could not be turned into a card for its recipient (e.g. the person lost the
 * right to read the meeting, or the meeting no longer exists). Retrying will not help; the
 * outbox records the code and the message.
 */
export class NotificationRefused extends Error {
  constructor(
    readonly code: 'forbidden' | 'not_found' | 'invalid' | 'conflict' | 'rule' | 'unknown-person',
    message: string,
  ) {
    super(message);
    this.name = 'NotificationRefused';
  }
}

/** The HTTP status the Bot Connector answered, on the errors botbuilder throws (RestError). */
function statusOf(error: unknown): number | undefined {
  const e = error as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } };
  const status = e?.statusCode ?? e?.status ?? e?.response?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Names a failed send for the outbox and the secretariat (PLATFORM_NOTES §7): 429 is Teams'
 * rate limit (try again later); 403 means the member blocked or removed the app, 404 that the
 * chat is gone — neither is fixed by trying again; a card that cannot be made for that person
 * is refused. Anything else stays as thrown: a `bot-error`, retried up to a bound.
 */
export function deliveryFailure(error: unknown): unknown {
  if (error instanceof DeliveryFailed) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof NotificationRefused) return new DeliveryFailed('refused', false, message);
  switch (statusOf(error)) {
    case 429:
      return new DeliveryFailed('throttled', true, message);
    case 403:
      return new DeliveryFailed('blocked', false, message);
    case 404:
      return new DeliveryFailed('gone', false, message);
    default:
      return error;
  }
}

/**
 * The notifier port on Teams: finds the conversation where the recipient can be reached (their
 * 1:1 chat, or the committee channel), builds the card for that recipient from the current state
 * (their language, their `can`, their own proposals; a channel card for no one in particular,
 * which each member's client refreshes into their own view) and sends it proactively.
 * Failures propagate: the outbox retries.
 */
export function createTeamsNotifier(options: TeamsNotifierOptions): Notifier {
  const { adapter, ports, logger } = options;
  const audience = options.audience ?? new RefreshAudience();
  return {
    async send(recipient: Recipient, notification: Notification): Promise<DeliveryResult> {
      const record = await conversationFor(ports, recipient);
      if (!record) return { delivered: false, reason: 'no-conversation' };
      const viewer = await viewerFor(ports, recipient);
      const reference = record.reference as Partial<ConversationReference> & { locale?: string };
      // A channel speaks the language of the client that installed the app there (else French).
      const locale = pickLocale(reference.locale, viewer.neutral ? undefined : viewer.actor.locale);
      // An error thrown inside the turn would go to the adapter's onTurnError (which apologises
      // in the chat and swallows it): keep it and rethrow it to the caller instead.
      let failure: unknown;
      const turn = adapter.continueConversationAsync(
        options.appId || '',
        reference,
        async (context) => {
          try {
            const built = await notificationCard(
              {
                ports,
                actor: viewer.actor,
                locale,
                refreshUserIds: await audience.userIds(context),
                neutral: viewer.neutral,
              },
              notification,
            );
            if (!built.ok) {
              throw new NotificationRefused(built.reason, built.message.en);
            }
            await context.sendActivity(cardMessage(built.value));
          } catch (error) {
            failure = error;
          }
        },
      );
      // The connector may refuse the conversation itself (403, 404, 429) before the turn runs.
      await turn.catch((error: unknown) => {
        failure ??= error;
      });
      if (failure) throw deliveryFailure(failure);
      logger.info(
        { kind: notification.kind, conversationKind: record.kind, locale },
        'notification delivered',
      );
      return { delivered: true };
    },
  };
}

/**
 * Whose view a card shows. A person sees their own; a channel card is built with the chair's
 * rights (else the secretariat's) but without anyone's personal state.
 */
async function viewerFor(
  ports: AppPorts,
  recipient: Recipient,
): Promise<{ actor: Actor; neutral: boolean }> {
  if ('personId' in recipient) {
    const person = await ports.people.get(recipient.personId);
    if (!person) {
      throw new NotificationRefused('unknown-person', `no person ${recipient.personId}`);
    }
    return { actor: await actorFor(ports, person.value), neutral: false };
  }
  const people = (await ports.people.list()).map((p) => p.value);
  const reader =
    people.find((p) => p.roles.includes('chair')) ??
    people.find((p) => p.roles.includes('secretariat'));
  if (!reader) {
    throw new NotificationRefused('unknown-person', 'the register has no chair nor secretariat');
  }
  return { actor: await actorFor(ports, reader), neutral: true };
}
