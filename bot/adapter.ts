import { randomUUID } from 'node:crypto';
import {
  CallerIdConstants,
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
  /**
   * The Bot Framework cloud, for sovereign clouds; absent: the public cloud. Given, all four
   * are used (botbuilder then takes none of its own defaults).
   */
  cloud?: BotCloud;
}

/** botbuilder's ConfigurationBotFrameworkAuthentication endpoint settings, by meaning. */
export interface BotCloud {
  /** Where the channel's signing keys are published (ToBotFromChannelOpenIdMetadataUrl). */
  openIdMetadataUrl: string;
  /** The issuer of the channel's tokens (ToBotFromChannelTokenIssuer). */
  tokenIssuer: string;
  /** The authority of the bot's outgoing tokens (ToChannelFromBotLoginUrl). */
  loginUrl: string;
  /** The audience of the bot's outgoing tokens (ToChannelFromBotOAuthScope). */
  oauthScope: string;
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
    {
      ...(config.tenantId ? { MicrosoftAppTenantId: config.tenantId } : {}),
      ...(config.cloud
        ? {
            ToBotFromChannelOpenIdMetadataUrl: config.cloud.openIdMetadataUrl,
            ToBotFromChannelTokenIssuer: config.cloud.tokenIssuer,
            ToChannelFromBotLoginUrl: config.cloud.loginUrl,
            ToChannelFromBotOAuthScope: config.cloud.oauthScope,
            // The rest of a parameterised cloud, at botframework-connector's public-cloud values
            // (AuthenticationConstants): the Emulator's keys and the user-token service, unused here.
            ToBotFromEmulatorOpenIdMetadataUrl:
              'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
            OAuthUrl: 'https://api.botframework.com',
            CallerId: CallerIdConstants.PublicAzureChannel,
            ValidateAuthority: true,
          }
        : {}),
    },
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
