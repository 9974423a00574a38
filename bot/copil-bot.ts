import {
  StatusCodes,
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import { z } from 'zod';
import type { CalendarPort } from '../core/ports/calendar.js';
import type { Notifier } from '../core/ports/notifier.js';
import type { Ports } from '../core/ports/store.js';
import { resolveActor, type Actor } from '../core/usecases/actor.js';
import type { AppPorts } from '../core/usecases/meetings/app-ports.js';
import { requeueOnInstall } from '../core/usecases/meetings/notice-delivery.js';
import { setMyLanguage } from '../core/usecases/register/me.js';
import type { AdaptiveCard } from './cards/card.js';
import { helpCard } from './cards/help-card.js';
import { languageCard, SET_LANGUAGE_VERB } from './cards/language-card.js';
import { notMemberCard } from './cards/not-member-card.js';
import type { DecisionVerb } from './cards/decision-parts.js';
import type { MeetingVerb } from './cards/meeting-parts.js';
import { welcomeCard } from './cards/welcome-card.js';
import { parseText, parseVerb, type Command } from './commands.js';
import { forgetConversation, rememberConversation } from './conversation-references.js';
import { handleDecisionAction, isDecisionVerb } from './decision-routes.js';
import { pickLocale, type Locale } from './i18n.js';
import type { BotLogger } from './logger.js';
import { handleMeetingAction, isMeetingVerb } from './meeting-routes.js';
import { cardMessage, clientLocale } from './messages.js';
import { OnceGate } from './once.js';
import { RefreshAudience, type Audience } from './refresh-audience.js';
import { refusalCard, routes, type Turn } from './routes.js';

/**
 * The ports the bot works with: storage, plus the calendar and notifier that the meetings use
 * cases need. Without them (a register-only deployment) a meeting action fails loudly.
 */
export type BotPorts = Ports & Partial<Pick<AppPorts, 'calendar' | 'notifier'>>;

const missing = (what: string) => () => {
  throw new Error(`the bot was built without a ${what} port: meetings are unavailable`);
};

/** The use cases' ports, failing loudly on a port the server did not give. */
export function appPortsOf(ports: BotPorts): AppPorts {
  const calendar: CalendarPort = ports.calendar ?? {
    upsert: missing('calendar'),
    cancel: missing('calendar'),
    changes: missing('calendar'),
  };
  const notifier: Notifier = ports.notifier ?? { send: missing('notifier') };
  return { ...ports, calendar, notifier };
}

export interface CopilBotOptions {
  logger: BotLogger;
  /** The tab's members page (an absolute URL), linked from the composition card. */
  tabUrl?: string;
  /** Who a card refreshes for; shared with the notifier so both read Teams' rosters once. */
  audience?: Audience;
  /**
   * Called after a card action that may have queued notifications (a proposal reaches the
   * secretariat, an answer the proposer): the server delivers its outbox then.
   */
  afterChange?: () => void;
}

const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** A language button's data: only the language; who chose it is the activity's sender. */
const LanguageChoice = z.object({ locale: z.enum(['fr', 'ar', 'en', 'client']) });

const isCardVerb = (verb: unknown): verb is MeetingVerb | DecisionVerb =>
  isMeetingVerb(verb) || isDecisionVerb(verb);

/**
 * Whether an action may have queued notifications for the server to deliver now. A refresh
 * changes nothing; a ballot queues nothing (the result is announced at closing), and a whole
 * committee casting within minutes should not start an outbox pass per click.
 */
const mayQueueNotifications = (verb: MeetingVerb | DecisionVerb) =>
  !verb.endsWith('.refresh') && verb !== 'vote.cast';

/**
 * The Teams edge of the committee: remembers where it is installed, greets once, and answers
 * commands typed or clicked with Adaptive Cards. Identity is the activity's `from.aadObjectId`
 * looked up in the register; nothing a client puts in a message or card data grants a role.
 */
export class CopilBot extends TeamsActivityHandler {
  private readonly ports: AppPorts;
  private readonly gate = new OnceGate();
  private readonly audience: Audience;

  constructor(
    ports: BotPorts,
    private readonly options: CopilBotOptions,
  ) {
    super();
    this.ports = appPortsOf(ports);
    this.audience = options.audience ?? new RefreshAudience();
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.install(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await forgetConversation(this.ports, context.activity);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (context.activity.membersAdded?.some((member) => member.id === botId)) {
        await this.install(context);
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      await context.sendActivity(cardMessage(await this.answer(context)));
      await next();
    });
  }

  /** Action.Execute: the returned card replaces the one that was clicked. */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const verb = invokeValue.action?.verb;
    if (isCardVerb(verb)) {
      const card = await this.cardAction(context, verb, invokeValue.action?.data);
      return { statusCode: StatusCodes.OK, type: CARD_CONTENT_TYPE, value: card };
    }
    if (verb === SET_LANGUAGE_VERB) {
      const card = await this.setLanguage(context, invokeValue.action?.data);
      return { statusCode: StatusCodes.OK, type: CARD_CONTENT_TYPE, value: card };
    }
    const command = parseVerb({ verb });
    const turn = await this.turn(context);
    const card = command ? await routes[command](turn) : helpCard({}, turn.locale);
    return { statusCode: StatusCodes.OK, type: CARD_CONTENT_TYPE, value: card };
  }

  /** A typed command, or an Action.Submit (a message with no text and `value.verb`). */
  private async answer(context: TurnContext): Promise<AdaptiveCard> {
    const { text, value } = context.activity;
    // Action.Submit, the fallback of Action.Execute on older clients: the same handlers.
    const verb =
      value && typeof value === 'object' ? (value as { verb?: unknown }).verb : undefined;
    if (!text && isCardVerb(verb)) return this.cardAction(context, verb, value);
    if (!text && verb === SET_LANGUAGE_VERB) return this.setLanguage(context, value);
    if (value !== undefined && !text) return this.route(parseVerb(value), await this.turn(context));
    const parsed = parseText(text);
    // A command word of one language answers in that language, unless the person chose one.
    const turn = await this.turn(context, 'language' in parsed ? parsed.language : undefined);
    if ('command' in parsed) return this.route(parsed.command, turn);
    return helpCard(parsed.unknown ? { notUnderstood: parsed.unknown } : {}, turn.locale);
  }

  /**
   * A meeting or decision card's button (Execute or Submit) or its refresh: the actor is the
   * activity's `from.aadObjectId` looked up in the register, whatever the card data says.
   */
  private async cardAction(
    context: TurnContext,
    verb: MeetingVerb | DecisionVerb,
    data: unknown,
  ): Promise<AdaptiveCard> {
    const actor = await this.actorOf(context);
    const turn = {
      ports: this.ports,
      actor,
      locale: pickLocale(clientLocale(context.activity), actor?.locale),
      refreshUserIds: await this.audience.userIds(context),
      gate: this.gate,
    };
    const card = isMeetingVerb(verb)
      ? await handleMeetingAction(turn, verb, data)
      : await handleDecisionAction(turn, verb, data);
    if (mayQueueNotifications(verb)) this.options.afterChange?.();
    return card;
  }

  private route(command: Command | undefined, turn: Turn): Promise<AdaptiveCard> {
    return command ? routes[command](turn) : Promise.resolve(helpCard({}, turn.locale));
  }

  private async install(context: TurnContext): Promise<void> {
    const { activity } = context;
    const actor = await this.actorOf(context);
    const { record, created } = await rememberConversation(this.ports, activity, actor);
    this.options.logger.info(
      { conversationKind: record.kind, created, personId: record.personId },
      created ? 'conversation reference stored' : 'conversation reference refreshed',
    );
    if (!created) return;
    // R5.2: a notice that could not reach this person (or the channel) for want of the app
    // now can: it is queued again and delivered at once.
    const recipient =
      record.kind === 'channel'
        ? ({ channel: 'committee' } as const)
        : record.kind === 'personal' && record.personId
          ? { personId: record.personId }
          : undefined;
    if (recipient && (await requeueOnInstall(this.ports, recipient)) > 0) {
      this.options.afterChange?.();
    }
    const locale = pickLocale(clientLocale(activity), actor?.locale);
    const personal = record.kind === 'personal';
    // Teams often sends installationUpdate without `from.name`: the register's name then.
    const name = personal ? (activity.from?.name ?? actor?.displayName) : undefined;
    await context.sendActivity(
      cardMessage(
        welcomeCard(
          { ...(name ? { name } : {}), ...(personal ? { registered: !!actor } : {}) },
          locale,
        ),
      ),
    );
  }

  /**
   * A language button (issue 3/8, item 2): the person's choice is saved in the register by the
   * use case (audited), for the person the activity's `from.aadObjectId` names — the card data
   * carries only the language. The answer is written in the language now in force.
   */
  private async setLanguage(context: TurnContext, data: unknown): Promise<AdaptiveCard> {
    const actor = await this.actorOf(context);
    const fallback = pickLocale(clientLocale(context.activity), actor?.locale);
    if (!actor) return notMemberCard({}, fallback);
    const parsed = LanguageChoice.safeParse(data);
    if (!parsed.success) return languageCard({ chosen: actor.locale }, fallback);
    const chosen = parsed.data.locale === 'client' ? null : parsed.data.locale;
    const outcome = await setMyLanguage(this.ports, actor, { locale: chosen });
    if (!outcome.ok) return refusalCard(outcome, fallback);
    const locale = pickLocale(clientLocale(context.activity), outcome.value.locale);
    return languageCard({ chosen: outcome.value.locale, saved: chosen ?? 'client' }, locale);
  }

  private async turn(context: TurnContext, typedLocale?: Locale): Promise<Turn> {
    const actor = await this.actorOf(context);
    return {
      ports: this.ports,
      actor,
      locale: pickLocale(clientLocale(context.activity), actor?.locale, typedLocale),
      ...(this.options.tabUrl ? { tabUrl: this.options.tabUrl } : {}),
    };
  }

  private async actorOf(context: TurnContext): Promise<Actor | undefined> {
    const aadObjectId = context.activity.from?.aadObjectId;
    return aadObjectId ? resolveActor(this.ports, aadObjectId) : undefined;
  }
}
