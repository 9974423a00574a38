import {
  StatusCodes,
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import type { Ports } from '../core/ports/store.js';
import { resolveActor, type Actor } from '../core/usecases/actor.js';
import type { AdaptiveCard } from './cards/card.js';
import { helpCard } from './cards/help-card.js';
import { welcomeCard } from './cards/welcome-card.js';
import { parseText, parseVerb, type Command } from './commands.js';
import { forgetConversation, rememberConversation } from './conversation-references.js';
import { pickLocale } from './i18n.js';
import type { BotLogger } from './logger.js';
import { cardMessage, clientLocale } from './messages.js';
import { routes, type Turn } from './routes.js';

export interface CopilBotOptions {
  logger: BotLogger;
  /** The tab's members page (an absolute URL), linked from the composition card. */
  tabUrl?: string;
}

const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * The Teams edge of the committee: remembers where it is installed, greets once, and answers
 * commands typed or clicked with Adaptive Cards. Identity is the activity's `from.aadObjectId`
 * looked up in the register; nothing a client puts in a message or card data grants a role.
 */
export class CopilBot extends TeamsActivityHandler {
  constructor(
    private readonly ports: Ports,
    private readonly options: CopilBotOptions,
  ) {
    super();
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
    const command = parseVerb({ verb: invokeValue.action?.verb });
    const turn = await this.turn(context);
    const card = command ? await routes[command](turn) : helpCard({}, turn.locale);
    return { statusCode: StatusCodes.OK, type: CARD_CONTENT_TYPE, value: card };
  }

  /** A typed command, or an Action.Submit (a message with no text and `value.verb`). */
  private async answer(context: TurnContext): Promise<AdaptiveCard> {
    const turn = await this.turn(context);
    const { text, value } = context.activity;
    if (value !== undefined && !text) return this.route(parseVerb(value), turn);
    const parsed = parseText(text);
    if ('command' in parsed) return this.route(parsed.command, turn);
    return helpCard(parsed.unknown ? { notUnderstood: parsed.unknown } : {}, turn.locale);
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

  private async turn(context: TurnContext): Promise<Turn> {
    const actor = await this.actorOf(context);
    return {
      ports: this.ports,
      actor,
      locale: pickLocale(clientLocale(context.activity), actor?.locale),
      ...(this.options.tabUrl ? { tabUrl: this.options.tabUrl } : {}),
    };
  }

  private async actorOf(context: TurnContext): Promise<Actor | undefined> {
    const aadObjectId = context.activity.from?.aadObjectId;
    return aadObjectId ? resolveActor(this.ports, aadObjectId) : undefined;
  }
}
