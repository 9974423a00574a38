import type { Client } from '@microsoft/microsoft-graph-client';
import { HashChainedAuditLog } from '../core/audit/chain.js';
import type { Clock, IdGenerator } from '../core/ports/clock.js';
import { COLLECTIONS, type CollectionName } from '../core/ports/collections.js';
import type { Ports, Repositories } from '../core/ports/store.js';
import { createHash } from 'node:crypto';
import { GraphDirectory } from './directory.js';
import { DriveDocumentStore } from './drive-store.js';
import { GraphRepository } from './graph-repository.js';
import { listDefinition } from './list-schema.js';
import { listsByName, resolveSiteId, siteDrive } from './site.js';

export { createGraphClient, type GraphClientOptions } from './client.js';
export { provisionSite, type ProvisionReport } from './provision.js';

const TEAMS_URL = 'https://teams.microsoft.com';

export interface GraphPortsOptions {
  client: Client;
  /** The committee site, e.g. https://contoso.sharepoint.com/sites/copil. */
  siteUrl: string;
  clock: Clock;
  ids: IdGenerator;
  /** Where an invited guest lands after redeeming the invitation (default: Teams). */
  inviteRedirectUrl?: string;
}

/**
 * The Microsoft 365 adapter: every port on the committee site through Microsoft Graph. The
 * site must have been provisioned (`npm run provision -- --site <url>`); a missing list is
 * reported with that instruction.
 */
export async function openGraphPorts(options: GraphPortsOptions): Promise<Ports> {
  const { client } = options;
  const siteId = await resolveSiteId(client, options.siteUrl);
  const lists = await listsByName(client, siteId);
  const missing = (Object.keys(COLLECTIONS) as CollectionName[])
    .map((name) => listDefinition(name).displayName)
    .filter((displayName) => !lists.has(displayName));
  if (missing.length > 0) {
    throw new Error(
      `The site ${options.siteUrl} lacks ${missing.join(', ')}: run npm run provision -- --site ${options.siteUrl}`,
    );
  }
  const repositories = Object.fromEntries(
    (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => {
      const list = lists.get(listDefinition(name).displayName);
      return [
        name,
        new GraphRepository(client, siteId, list?.id ?? '', COLLECTIONS[name] as never),
      ];
    }),
  ) as unknown as Repositories;
  const driveId = await siteDrive(client, siteId);
  return {
    ...repositories,
    files: new DriveDocumentStore(
      client,
      driveId,
      repositories.documents,
      options.clock,
      options.ids,
    ),
    auditLog: new HashChainedAuditLog(repositories.audit, (text) =>
      createHash('sha256').update(text, 'utf8').digest('hex'),
    ),
    clock: options.clock,
    ids: options.ids,
    directory: new GraphDirectory(client, options.inviteRedirectUrl ?? TEAMS_URL),
  };
}
