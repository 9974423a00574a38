import type { CloudAdapter, Request, Response } from 'botbuilder';
import type { Notifier } from '../core/ports/notifier.js';
import { createBotAdapter, type BotAdapterConfig } from './adapter.js';
import { CopilBot, appPortsOf, type BotPorts } from './copil-bot.js';
import type { BotLogger } from './logger.js';
import { createTeamsNotifier } from './notifier.js';
import { RefreshAudience } from './refresh-audience.js';

export { createBotAdapter, type BotAdapterConfig } from './adapter.js';
export { CopilBot, type BotPorts, type CopilBotOptions } from './copil-bot.js';
export type { BotLogger } from './logger.js';
export { RefreshAudience, type Audience } from './refresh-audience.js';
export {
  createTeamsNotifier,
  NotificationRefused,
  type ProactiveAdapter,
  type TeamsNotifierOptions,
} from './notifier.js';

export interface CreateBotOptions {
  /**
   * Storage, plus the calendar the meetings use cases need. `notifier` is the one the use cases
   * call (e.g. the server's outbox); without it they call this bot's Teams notifier directly.
   */
  ports: BotPorts;
  config: BotAdapterConfig;
  logger: BotLogger;
  /** The tab's members page (absolute URL) linked from the composition card, when public. */
  tabUrl?: string;
  /** Called after a card action that may have queued notifications (deliver the outbox). */
  afterChange?: () => void;
}

export interface Bot {
  adapter: CloudAdapter;
  bot: CopilBot;
  /** Sends proactive cards through this adapter (the server's outbox delivers with it). */
  notifier: Notifier;
  /** The `POST /api/messages` handler; express 5 (with `express.json()`) gives a parsed body. */
  handle(req: Request, res: Response): Promise<void>;
}

/** Builds the bot for the server to mount at `POST /api/messages`, and its notifier. */
export function createBot(options: CreateBotOptions): Bot {
  const adapter = createBotAdapter(options.config, options.logger);
  const audience = new RefreshAudience();
  // The notifier reads the ports when it sends; they hold it when no other notifier is given.
  const ports = appPortsOf(options.ports);
  const notifier = createTeamsNotifier({
    adapter,
    ports,
    logger: options.logger,
    audience,
    ...(options.config.appId ? { appId: options.config.appId } : {}),
  });
  if (!options.ports.notifier) ports.notifier = notifier;
  const bot = new CopilBot(ports, {
    logger: options.logger,
    audience,
    ...(options.tabUrl ? { tabUrl: options.tabUrl } : {}),
    ...(options.afterChange ? { afterChange: options.afterChange } : {}),
  });
  if (!options.config.appId) {
    options.logger.warn(
      {},
      'bot runs without an app id: anonymous, for the Playground on loopback',
    );
  }
  return {
    adapter,
    bot,
    notifier,
    handle: (req, res) => adapter.process(req, res, (context) => bot.run(context)),
  };
}
