import { randomUUID } from 'node:crypto';
import { eventJson } from './calendar.js';
import { GraphContract } from './contract.js';
import type { ContractViolation } from './contract.js';
import { defaultOpenApiDir } from './contract-index.js';
import { driveItemEtag, findDrive, newItem, writeFile } from './drive-model.js';
import { notFound } from './errors.js';
import type { FaultController } from './faults.js';
import { resolveSite } from './router.js';
import { FakeServer } from './server.js';
import type { LoggedRequest } from './server.js';
import { createItem, fieldsJson, itemEtag } from './sharepoint-items.js';
import { addDocumentLibrary, createSite, findList, newList } from './sharepoint-lists.js';
import { emptyState, siteWebUrl } from './state.js';
import type { DriveItemState, FakeState, ListState, SiteState } from './state.js';
import type { JsonObject, ResolvedOptions } from './types.js';

/**
 * A loopback Microsoft Graph fake (SharePoint lists, document library, Outlook calendar) that
 * behaves as PLATFORM_NOTES §1–§5 describe and checks every request against the official OpenAPI
 * slices (§9). Wire a Graph client to it with `FakeGraphHttpHandler`
 * (./forwarding-middleware.ts) so auth, retry, redirect and paging run as in production.
 */

export interface GraphFakeOptions {
  /** Server page size for every collection (lists, items, children, events); forces paging. */
  pageSize?: number;
  /** Folder with Sites.yml, Files.yml, Calendar.yml, CloudCommunications.yml. */
  openApiDir?: string;
  /** Check requests against the OpenAPI slices (default true). */
  contract?: boolean;
  /** Order of $batch responses: `reverse` (default; not request order) or `request`. */
  batchResponseOrder?: 'reverse' | 'request';
  /** `GET …/content`: `redirect` (302 to a SharePoint download URL, default) or `direct` (200). */
  downloadMode?: 'redirect' | 'direct';
  /** Host of upload and download URLs for sites not on *.sharepoint.com. */
  tenantHost?: string;
  tenantId?: string;
}

export interface FakeSiteInfo {
  id: string;
  hostname: string;
  path: string;
  webUrl: string;
  /** The default document library ("Documents"). */
  driveId: string;
}

export interface FakeUserInfo {
  id: string;
  mail: string;
  displayName: string;
  userPrincipalName: string;
  userType?: 'Member' | 'Guest';
}

export interface FakeListItemInfo {
  id: string;
  eTag: string;
  fields: JsonObject;
}

export interface GraphFake {
  /** `http://127.0.0.1:PORT`; Graph paths are served under `/v1.0/...`. */
  readonly baseUrl: string;
  /** Every request received (inner $batch requests too), in order. */
  readonly requests: readonly LoggedRequest[];
  /** Requests refused as outside the OpenAPI contract; assert it is empty after each test. */
  readonly contractViolations: readonly ContractViolation[];
  readonly faults: FaultController;
  /** The raw in-memory tenant, for assertions the helpers below do not cover. */
  readonly state: FakeState;
  close(): Promise<void>;
  /** Empties everything: data, request log, violations, faults. */
  reset(): void;
  /** Makes every delta token minted so far answer 410 Gone. */
  expireDeltaTokens(): void;
  /** Throws, listing them, if any contract violation was recorded. */
  assertNoContractViolations(): void;

  addSite(init: {
    hostname: string;
    path: string;
    displayName?: string;
    description?: string;
  }): FakeSiteInfo;
  addUser(init: {
    id: string;
    mail: string;
    displayName: string;
    userPrincipalName?: string;
    /** `Guest` for a B2B guest; a member by default. */
    userType?: 'Member' | 'Guest';
  }): FakeUserInfo;
  /** Seeds a list as `POST /sites/{id}/lists` would create it. */
  addList(
    siteId: string,
    init: { displayName: string; columns?: JsonObject[]; template?: string; description?: string },
  ): { id: string; displayName: string };
  /** Seeds a document library (a second drive on the site). */
  addDocumentLibrary(siteId: string, name: string): { listId: string; driveId: string };
  /** Seeds an item as `POST …/items {fields}` would (same validation). */
  addListItem(siteId: string, list: string, fields: JsonObject): FakeListItemInfo;
  /** Seeds a file at a drive-relative path (folders created as needed). */
  addFile(driveId: string, path: string, content: Buffer | string): { id: string; eTag: string };

  /** Current items of a list (by id or display name), with all fields. */
  listItems(siteId: string, list: string): FakeListItemInfo[];
  /** A file's bytes by drive-relative path, or undefined. */
  fileContent(driveId: string, path: string): Buffer | undefined;
  /** A user's current events as Graph returns them (times in UTC). */
  events(userId: string): JsonObject[];
  /** Deleted and cancelled events (Outlook's Deleted Items), with the cancellation comment. */
  deletedEvents(userId: string): (JsonObject & { cancellationComment?: string })[];
}

export async function createGraphFake(options: GraphFakeOptions = {}): Promise<GraphFake> {
  const resolved: ResolvedOptions = {
    pageSize: options.pageSize,
    contract: options.contract ?? true,
    batchResponseOrder: options.batchResponseOrder ?? 'reverse',
    downloadMode: options.downloadMode ?? 'redirect',
    tenantHost: options.tenantHost ?? 'fake-tenant.sharepoint.com',
    tenantId: options.tenantId ?? randomUUID(),
  };
  const contract = resolved.contract
    ? await GraphContract.load(options.openApiDir ?? defaultOpenApiDir())
    : undefined;
  const state = emptyState();
  const server = new FakeServer(state, resolved, contract);
  const port = await server.listen();

  const site = (id: string): SiteState => {
    const found = resolveSite(state, id);
    if (!found) throw new Error(`graph fake: no site '${id}'`);
    return found;
  };
  const list = (siteId: string, key: string): { s: SiteState; l: ListState } => {
    const s = site(siteId);
    const l = findList(s, key);
    if (!l) throw new Error(`graph fake: no list '${key}' on ${s.id}`);
    return { s, l };
  };
  const user = (id: string) => {
    const found = state.users.find((u) => u.id === id || u.mail.toLowerCase() === id.toLowerCase());
    if (!found) throw new Error(`graph fake: no user '${id}'`);
    return found;
  };
  const itemAt = (driveId: string, path: string): DriveItemState | undefined => {
    const { drive } = findDrive(state, driveId);
    let current = drive.items.get(drive.rootId);
    for (const part of path.split('/').filter((p) => p.length > 0)) {
      current = [...drive.items.values()].find(
        (c) => c.parentId === current?.id && c.name.toLowerCase() === part.toLowerCase(),
      );
      if (!current) return undefined;
    }
    return current;
  };

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests: server.requests,
    contractViolations: server.contractViolations,
    faults: server.faults,
    state,
    close: () => server.close(),
    reset() {
      Object.assign(state, emptyState());
      server.clearLogs();
      server.faults.clear();
    },
    expireDeltaTokens() {
      state.deltaEpoch++;
    },
    assertNoContractViolations() {
      if (server.contractViolations.length > 0) {
        const lines = server.contractViolations.map(
          (v) => `- ${v.reason}${v.batchId ? ` (batch id ${v.batchId})` : ''}`,
        );
        throw new Error(`Graph contract violations:\n${lines.join('\n')}`);
      }
    },

    addSite(init) {
      const created = createSite(init);
      state.sites.push(created);
      return {
        id: created.id,
        hostname: created.hostname,
        path: created.path,
        webUrl: siteWebUrl(created),
        driveId: created.drives[0]?.id ?? '',
      };
    },
    addUser(init) {
      const info: FakeUserInfo = {
        ...init,
        userPrincipalName: init.userPrincipalName ?? init.mail,
      };
      state.users.push({
        ...info,
        events: new Map(),
        changeSeq: 0,
        removed: [],
        deletedItems: new Map(),
      });
      return info;
    },
    addList(siteId, init) {
      const created = newList(site(siteId), init);
      return { id: created.id, displayName: created.displayName };
    },
    addDocumentLibrary(siteId, name) {
      const s = site(siteId);
      const created = addDocumentLibrary(s, name);
      return { listId: created.id, driveId: created.driveId ?? '' };
    },
    addListItem(siteId, key, fields) {
      const { l } = list(siteId, key);
      const item = createItem(l, fields);
      return { id: String(item.id), eTag: itemEtag(item), fields: fieldsJson(l, item) };
    },
    addFile(driveId, path, content) {
      const { drive } = findDrive(state, driveId);
      const parts = path.split('/').filter((p) => p.length > 0);
      const name = parts.pop();
      if (!name) throw new Error('graph fake: addFile needs a file name');
      let folder = drive.items.get(drive.rootId);
      for (const part of parts) {
        const parent: DriveItemState | undefined = folder;
        if (!parent) throw notFound('root missing');
        folder =
          [...drive.items.values()].find(
            (c) => c.parentId === parent.id && c.name.toLowerCase() === part.toLowerCase(),
          ) ?? newItem(drive, parent.id, part, true, Buffer.alloc(0));
      }
      if (!folder) throw notFound('root missing');
      const parent = folder;
      const existing = [...drive.items.values()].find(
        (c) => c.parentId === parent.id && c.name.toLowerCase() === name.toLowerCase(),
      );
      const bytes = typeof content === 'string' ? Buffer.from(content) : content;
      const { item } = writeFile(drive, parent, name, existing, bytes, 'replace');
      return { id: item.id, eTag: driveItemEtag(item) };
    },

    listItems(siteId, key) {
      const { l } = list(siteId, key);
      return [...l.items.values()]
        .sort((a, b) => a.id - b.id)
        .map((item) => ({
          id: String(item.id),
          eTag: itemEtag(item),
          fields: fieldsJson(l, item),
        }));
    },
    fileContent(driveId, path) {
      const item = itemAt(driveId, path);
      return item && !item.folder ? item.content : undefined;
    },
    events(userId) {
      const u = user(userId);
      return [...u.events.values()].map((e) => eventJson(u, e, 'UTC'));
    },
    deletedEvents(userId) {
      const u = user(userId);
      return [...u.deletedItems.values()].map((e) => ({
        ...eventJson(u, e, 'UTC'),
        ...(e.cancellationComment !== undefined
          ? { cancellationComment: e.cancellationComment }
          : {}),
      }));
    },
  };
}

export { FakeGraphHttpHandler } from './forwarding-middleware.js';
export type { ContractViolation } from './contract.js';
export type { LoggedRequest } from './server.js';
export type { FaultSpec } from './faults.js';
