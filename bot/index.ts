import type { CloudAdapter, Request, Response } from 'botbuilder';
import type { Ports } from '../core/ports/store.js';
import { createBotAdapter, type BotAdapterConfig } from './adapter.js';
import { CopilBot } from './copil-bot.js';
import type { BotLogger } from './logger.js';

export { createBotAdapter, type BotAdapterConfig } from './adapter.js';
export { CopilBot, type CopilBotOptions } from './copil-bot.js';
export type { BotLogger } from './logger.js';

export interface CreateBotOptions {
  ports: Ports;
  config: BotAdapterConfig;
  logger: BotLogger;
  /** The tab's members page (absolute URL) linked from the composition card, when public. */
  tabUrl?: string;
}

export interface Bot {
  adapter: CloudAdapter;
  bot: CopilBot;
  /** The `POST /api/messages` handler; express 5 (with `express.json()`) gives a parsed body. */
  handle(req: Request, res: Response): Promise<void>;
}

/** Builds the bot for the server to mount at `POST /api/messages`. */
export function createBot(options: CreateBotOptions): Bot {
  const adapter = createBotAdapter(options.config, options.logger);
  const bot = new CopilBot(options.ports, {
    logger: options.logger,
    ...(options.tabUrl ? { tabUrl: options.tabUrl } : {}),
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
    handle: (req, res) => adapter.process(req, res, (context) => bot.run(context)),
  };
}
