import { randomUUID } from 'node:crypto';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type TurnContext,
} from 'botbuilder';
import { errorCard } from './cards/error-card.js';
import { pickLocale } from './i18n.js';
import type { BotLogger } from './logger.js';
import { cardMessage, clientLocale } from './messages.js';

export interface BotAdapterConfig {
  /** The Azure Bot's Entra app id; without it the bot runs anonymously (Playground, loopback). */
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  appType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

/**
 * The Bot Framework adapter: validates the channel's JWT when an app id is configured and
 * answers a failed turn with a localised apology, logging the details under an incident id.
 */
export function createBotAdapter(config: BotAdapterConfig, logger: BotLogger): CloudAdapter {
  const credentials = new ConfigurationServiceClientCredentialFactory({
    ...(config.appId ? { MicrosoftAppId: config.appId } : {}),
    ...(config.appPassword ? { MicrosoftAppPassword: config.appPassword } : {}),
    ...(config.tenantId ? { MicrosoftAppTenantId: config.tenantId } : {}),
    ...(config.appId && config.appType ? { MicrosoftAppType: config.appType } : {}),
  });
  const authentication = new ConfigurationBotFrameworkAuthentication(
    config.tenantId ? { MicrosoftAppTenantId: config.tenantId } : {},
    credentials,
  );
  const adapter = new CloudAdapter(authentication);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const reference = randomUUID().slice(0, 8);
    const { activity } = context;
    logger.error(
      {
        err: error,
        reference,
        activityType: activity.type,
        activityName: activity.name,
        conversationType: activity.conversation?.conversationType,
      },
      'bot turn failed',
    );
    try {
      await context.sendActivity(
        cardMessage(errorCard({ reference }, pickLocale(clientLocale(activity)))),
      );
    } catch (sendError) {
      logger.warn({ err: sendError, reference }, 'could not tell the user about a failed turn');
    }
  };
  return adapter;
}
