import type { ConversationReference, TurnContext } from 'botbuilder';
import type { ConversationRecord } from '../core/ports/conversations.js';
import type { DeliveryResult, Notification, Notifier, Recipient } from '../core/ports/notifier.js';
import type { Stored } from '../core/ports/repository.js';
import { actorFor, type Actor } from '../core/usecases/actor.js';
import type { AppPorts } from '../core/usecases/meetings/app-ports.js';
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
      await adapter.continueConversationAsync(options.appId || '', reference, async (context) => {
        try {
          const built = await notificationCard(
            {
              ports,
              actor: viewer.actor,
              locale,
              now: ports.clock.now(),
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
      });
      if (failure) throw failure;
      logger.info(
        { kind: notification.kind, conversationKind: record.kind, locale },
        'notification delivered',
      );
      return { delivered: true };
    },
  };
}

const newestFirst = (a: Stored<ConversationRecord>, b: Stored<ConversationRecord>) =>
  b.value.updatedAt.localeCompare(a.value.updatedAt);

/**
 * The conversation that reaches a recipient: a person's 1:1 chat (by person id, else by their
 * Entra object id, for a chat installed before they were in the register), or the committee
 * channel (the most recently installed or refreshed one).
 */
export async function conversationFor(
  ports: Pick<AppPorts, 'conversations' | 'people'>,
  recipient: Recipient,
): Promise<ConversationRecord | undefined> {
  if ('channel' in recipient) {
    const channels = await ports.conversations.findBy('kind', 'channel');
    return channels.sort(newestFirst)[0]?.value;
  }
  const personal = (records: Stored<ConversationRecord>[]) =>
    records.filter((r) => r.value.kind === 'personal').sort(newestFirst)[0]?.value;
  const byPerson = personal(await ports.conversations.findBy('personId', recipient.personId));
  if (byPerson) return byPerson;
  const person = await ports.people.get(recipient.personId);
  if (!person) return undefined;
  return personal(await ports.conversations.findBy('aadObjectId', person.value.aadObjectId));
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
