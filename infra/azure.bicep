// Azure hosting for ogp-copil in Microsoft 365 mode (COPIL_MODE=m365), deployed by the
// arm/deploy step of teamsapp.yml with infra/azure.parameters.json.
//
// One Linux App Service (Node 24 LTS; Node 20 reached its end of life on 2026-04-30) runs the
// express server from its built output (`node dist/node/server/main.js`: teamsapp.yml's deploy
// builds, prunes the dev dependencies and zips; nothing compiles at boot): the tab pages, the tab
// API and the bot's /api/messages. The Azure Bot resource registers that endpoint with the Teams channel.
// The outputs are written back to env/.env.<env> by the Toolkit (their names are the
// variable names), which is how the manifest learns TAB_ENDPOINT and TAB_DOMAIN.

@minLength(4)
@maxLength(20)
@description('Base of every resource name; the App Service name must be globally unique.')
param resourceBaseName string

@description('Region of the App Service; the Azure Bot resource is always global.')
param location string = resourceGroup().location

@description('App Service plan SKU. B1 is the smallest Linux SKU with Always On, which the in-process scheduler tick needs.')
param webAppSku string = 'B1'

@maxLength(42)
@description('Display name of the Azure Bot resource.')
param botDisplayName string

@description('Client id of the bot Entra app (botAadApp/create).')
param botAadAppClientId string

@secure()
@description('Client secret of the bot Entra app.')
param botAadAppClientSecret string

@description('Client id of the Entra app used for tab SSO and Microsoft Graph (aadApp/create).')
param aadAppClientId string

@description('Tenant of that Entra app: the ministry tenant.')
param aadAppTenantId string

@secure()
@description('Client secret of that Entra app, for on-behalf-of and app-only Graph calls.')
param aadAppClientSecret string

@description('Authority host, e.g. https://login.microsoftonline.com.')
param aadAppOauthAuthorityHost string

@description('The committee SharePoint site, e.g. https://contoso.sharepoint.com/sites/copil.')
param graphSiteUrl string

@description('The secretariat mailbox (UPN or object id) whose calendar holds the meetings.')
param graphCalendarMailbox string

resource serverfarm 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true // required for a Linux plan
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      // The built server, started directly: no npm, no build step, no compiler at boot.
      appCommandLine: 'node dist/node/server/main.js'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

var siteHost = webApp.properties.defaultHostName

// App settings are a separate resource so they can name the site's own host name without a
// dependency cycle. The server's config (zod over process.env) reads these names.
resource webAppSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    WEBSITE_RUN_FROM_PACKAGE: '1'
    // The package is deployed built and pruned (teamsapp.yml): no Oryx build on the server.
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
    NODE_ENV: 'production'
    RUNNING_ON_AZURE: '1'
    COPIL_MODE: 'm365'
    // App Service forwards to the app on PORT; it must listen on every interface.
    HOST: '0.0.0.0'
    TAB_ENDPOINT: 'https://${siteHost}'
    TAB_DOMAIN: siteHost
    BOT_ID: botAadAppClientId
    BOT_PASSWORD: botAadAppClientSecret
    // New Azure Bot registrations are single-tenant (multi-tenant creation is retired).
    BOT_TYPE: 'SingleTenant'
    BOT_TENANT_ID: tenant().tenantId
    AAD_APP_CLIENT_ID: aadAppClientId
    AAD_APP_CLIENT_SECRET: aadAppClientSecret
    AAD_APP_TENANT_ID: aadAppTenantId
    AAD_APP_OAUTH_AUTHORITY_HOST: aadAppOauthAuthorityHost
    GRAPH_SITE_URL: graphSiteUrl
    GRAPH_CALENDAR_MAILBOX: graphCalendarMailbox
  }
}

resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${siteHost}/api/messages'
    msaAppId: botAadAppClientId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenant().tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = siteHost
output BOT_ENDPOINT string = 'https://${siteHost}'
output TAB_DOMAIN string = siteHost
output TAB_ENDPOINT string = 'https://${siteHost}'
