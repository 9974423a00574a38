import { badRequest, conflict, GraphHttpError, notFound } from './errors.js';
import { newGuid } from './ids.js';
import { evaluateFilter, parseExpand, parseFilter, parseSelect, queryOption } from './odata.js';
import { carriedParams, decodeSkipToken, encodeSkipToken, graphLink, parseTop } from './paging.js';
import { requireSite } from './router.js';
import type { Route, RouteContext } from './router.js';
import {
  applyColumnFlags,
  columnFromDefinition,
  columnJson,
  systemColumns,
  uniqueKey,
} from './sharepoint-columns.js';
import { newDrive, siteWebUrl } from './state.js';
import type { ListState, SiteState } from './state.js';
import { isJsonObject } from './types.js';
import type { GraphResponse, JsonObject } from './types.js';

/** Sites, lists and columns (PLATFORM_NOTES §1 "Create a list", "Column types"). */

const DEFAULT_PAGE = 200;

export function createSite(init: {
  hostname: string;
  path: string;
  displayName?: string;
  description?: string;
}): SiteState {
  const path = `/${init.path}`.replace(/\/+/g, '/').replace(/\/$/, '');
  const name = path.split('/').pop() || init.hostname;
  const site: SiteState = {
    id: `${init.hostname},${newGuid()},${newGuid()}`,
    hostname: init.hostname,
    path,
    name,
    displayName: init.displayName ?? name,
    description: init.description ?? '',
    created: new Date(),
    lists: [],
    drives: [],
  };
  addDocumentLibrary(site, 'Documents');
  return site;
}

/** A document library is a list and a drive at once (PLATFORM_NOTES §2). */
export function addDocumentLibrary(site: SiteState, name: string): ListState {
  const list = newList(site, { displayName: name, template: 'documentLibrary' });
  const drive = newDrive(site, name, list.id);
  list.driveId = drive.id;
  site.drives.push(drive);
  return list;
}

export function newList(
  site: SiteState,
  init: { displayName: string; description?: string; template?: string; columns?: JsonObject[] },
): ListState {
  const template = init.template ?? 'genericList';
  if (site.lists.some((l) => l.displayName.toLowerCase() === init.displayName.toLowerCase())) {
    throw conflict(
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
    );
  }
  const now = new Date();
  const list: ListState = {
    id: newGuid(),
    name: init.displayName.replace(/[^\w-]/g, ''),
    displayName: init.displayName,
    description: init.description ?? '',
    template,
    created: now,
    modified: now,
    version: 1,
    columns: systemColumns(template),
    items: new Map(),
    nextItemId: 1,
    changeSeq: 0,
    tombstones: [],
  };
  for (const def of init.columns ?? []) addColumn(list, def);
  site.lists.push(list);
  return list;
}

function addColumn(list: ListState, def: JsonObject): JsonObject {
  const column = columnFromDefinition(def);
  if (list.columns.some((c) => c.name.toLowerCase() === column.name.toLowerCase())) {
    // The SharePoint message for a second field of the same internal name.
    throw badRequest(`A duplicate field name "${column.name}" was found.`);
  }
  list.columns.push(column);
  return columnJson(column);
}

export function findList(site: SiteState, key: string): ListState | undefined {
  const lower = key.toLowerCase();
  // GET /sites/{id}/lists/{list-id} accepts the id or the display name (brief §4).
  return (
    site.lists.find((l) => l.id.toLowerCase() === lower) ??
    site.lists.find((l) => l.displayName.toLowerCase() === lower || l.name.toLowerCase() === lower)
  );
}

export function requireList(ctx: RouteContext): { site: SiteState; list: ListState } {
  const site = requireSite(ctx);
  const list = findList(site, ctx.params['listId'] ?? '');
  if (!list) throw notFound('List not found');
  return { site, list };
}

export function listEtag(list: ListState): string {
  return `"${list.id},${list.version}"`;
}

export function listJson(site: SiteState, list: ListState, expandColumns: boolean): JsonObject {
  const folder = list.template === 'documentLibrary' ? list.displayName : `Lists/${list.name}`;
  const json: JsonObject = {
    '@odata.etag': listEtag(list),
    createdDateTime: list.created.toISOString(),
    description: list.description,
    eTag: listEtag(list),
    id: list.id,
    lastModifiedDateTime: list.modified.toISOString(),
    name: list.name,
    webUrl: `${siteWebUrl(site)}/${folder}`,
    displayName: list.displayName,
    createdBy: { user: { displayName: 'System Account' } },
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
  };
  if (expandColumns) json['columns'] = list.columns.map(columnJson);
  return json;
}

export function siteJson(site: SiteState): JsonObject {
  const [, collectionId, webId] = site.id.split(',');
  return {
    createdDateTime: site.created.toISOString(),
    description: site.description,
    id: site.id,
    lastModifiedDateTime: site.created.toISOString(),
    name: site.name,
    webUrl: siteWebUrl(site),
    displayName: site.displayName,
    root: {},
    siteCollection: { hostname: site.hostname },
    sharepointIds: { siteId: collectionId, webId, siteUrl: siteWebUrl(site) },
  };
}

const ok = (body: unknown, status = 200): GraphResponse => ({ status, body });

function pageSize(ctx: RouteContext): number {
  const top = parseTop(queryOption(ctx.req.query, 'top'));
  const server = ctx.options.pageSize ?? DEFAULT_PAGE;
  return Math.max(1, Math.min(top ?? server, server));
}

function select(json: JsonObject, fields: string[] | undefined): JsonObject {
  if (!fields) return json;
  const out: JsonObject = {};
  for (const [key, val] of Object.entries(json)) {
    if (key.startsWith('@odata') || fields.includes(key)) out[key] = val;
  }
  return out;
}

export const listRoutes: Route[] = [
  {
    method: 'GET',
    pattern: 'sites/:siteId',
    handler: (ctx) =>
      ok(select(siteJson(requireSite(ctx)), parseSelect(queryOption(ctx.req.query, 'select')))),
  },
  {
    method: 'GET',
    pattern: 'sites/:siteId/lists',
    handler: (ctx) => {
      const site = requireSite(ctx);
      const expand = parseExpand(queryOption(ctx.req.query, 'expand') ?? '');
      const chosen = parseSelect(queryOption(ctx.req.query, 'select'));
      const filterText = queryOption(ctx.req.query, 'filter');
      const filter = filterText ? parseFilter(filterText) : undefined;
      const all = site.lists
        .map((list) => listJson(site, list, expand.has('columns')))
        .filter((json) => !filter || evaluateFilter(filter, (path) => dig(json, path)));
      const scope = `lists:${site.id}`;
      const skip = ctx.req.query.get('$skiptoken');
      const offset = skip ? decodeSkipToken(skip, scope) : 0;
      const size = pageSize(ctx);
      const body: JsonObject = {
        value: all.slice(offset, offset + size).map((json) => select(json, chosen)),
      };
      if (offset + size < all.length) {
        body['@odata.nextLink'] = graphLink(
          ['sites', site.id, 'lists'],
          [
            ...carriedParams(ctx.req.query, ['$skiptoken']),
            ['$skiptoken', encodeSkipToken(offset + size, scope)],
          ],
        );
      }
      return ok(body);
    },
  },
  {
    method: 'POST',
    pattern: 'sites/:siteId/lists',
    handler: (ctx) => {
      const site = requireSite(ctx);
      const body = bodyObject(ctx);
      if (typeof body['name'] === 'string') {
        // Real message (microsoft-graph-docs PR #2663): the URL name is the server's choice.
        throw badRequest(
          "Cannot define a 'name' for a list as it is assigned by the server. Instead, provide 'displayName'",
        );
      }
      const displayName = body['displayName'];
      if (typeof displayName !== 'string' || displayName.trim() === '') {
        throw badRequest("A list needs a 'displayName'.");
      }
      const info = isJsonObject(body['list']) ? body['list'] : {};
      const columns = Array.isArray(body['columns']) ? body['columns'].filter(isJsonObject) : [];
      const list = newList(site, {
        displayName,
        template: typeof info['template'] === 'string' ? info['template'] : 'genericList',
        columns,
        ...(typeof body['description'] === 'string' ? { description: body['description'] } : {}),
      });
      return ok(listJson(site, list, false), 201);
    },
  },
  {
    method: 'GET',
    pattern: 'sites/:siteId/lists/:listId',
    handler: (ctx) => {
      const { site, list } = requireList(ctx);
      const expand = parseExpand(queryOption(ctx.req.query, 'expand') ?? '');
      const chosen = parseSelect(queryOption(ctx.req.query, 'select'));
      return ok(select(listJson(site, list, expand.has('columns')), chosen));
    },
  },
  {
    method: 'PATCH',
    pattern: 'sites/:siteId/lists/:listId',
    handler: (ctx) => {
      const { site, list } = requireList(ctx);
      const body = bodyObject(ctx);
      if (typeof body['displayName'] === 'string') list.displayName = body['displayName'];
      if (typeof body['description'] === 'string') list.description = body['description'];
      list.version++;
      list.modified = new Date();
      return ok(listJson(site, list, false));
    },
  },
  {
    method: 'DELETE',
    pattern: 'sites/:siteId/lists/:listId',
    handler: (ctx) => {
      const { site, list } = requireList(ctx);
      site.lists = site.lists.filter((l) => l !== list);
      site.drives = site.drives.filter((d) => d.id !== list.driveId);
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: 'sites/:siteId/lists/:listId/columns',
    handler: (ctx) => {
      const { list } = requireList(ctx);
      const chosen = parseSelect(queryOption(ctx.req.query, 'select'));
      const filterText = queryOption(ctx.req.query, 'filter');
      const filter = filterText ? parseFilter(filterText) : undefined;
      const value = list.columns
        .map(columnJson)
        .filter((json) => !filter || evaluateFilter(filter, (path) => dig(json, path)))
        .map((json) => select(json, chosen));
      return ok({ value });
    },
  },
  {
    method: 'POST',
    pattern: 'sites/:siteId/lists/:listId/columns',
    handler: (ctx) => {
      const { list } = requireList(ctx);
      return ok(addColumn(list, bodyObject(ctx)), 201);
    },
  },
  {
    method: 'GET',
    pattern: 'sites/:siteId/lists/:listId/columns/:columnId',
    handler: (ctx) => {
      const { list } = requireList(ctx);
      return ok(columnJson(requireColumn(list, ctx.params['columnId'] ?? '')));
    },
  },
  {
    method: 'PATCH',
    pattern: 'sites/:siteId/lists/:listId/columns/:columnId',
    handler: (ctx) => {
      const { list } = requireList(ctx);
      const column = requireColumn(list, ctx.params['columnId'] ?? '');
      const body = bodyObject(ctx);
      const before = { ...column };
      try {
        applyColumnFlags(column, body);
        if (column.enforceUniqueValues && !before.enforceUniqueValues) {
          assertNoDuplicates(list, column.name);
        }
      } catch (error) {
        Object.assign(column, before);
        throw error;
      }
      return ok(columnJson(column));
    },
  },
  {
    method: 'DELETE',
    pattern: 'sites/:siteId/lists/:listId/columns/:columnId',
    handler: (ctx) => {
      const { list } = requireList(ctx);
      const column = requireColumn(list, ctx.params['columnId'] ?? '');
      if (column.system || column.name === 'Title') {
        throw new GraphHttpError(403, 'accessDenied', 'Built-in columns cannot be deleted.');
      }
      list.columns = list.columns.filter((c) => c !== column);
      return { status: 204 };
    },
  },
];

function requireColumn(list: ListState, key: string) {
  const lower = key.toLowerCase();
  const column =
    list.columns.find((c) => c.id.toLowerCase() === lower) ??
    list.columns.find((c) => c.name.toLowerCase() === lower);
  if (!column) throw notFound('Column not found');
  return column;
}

function assertNoDuplicates(list: ListState, name: string): void {
  const seen = new Set<string>();
  for (const item of list.items.values()) {
    const key = uniqueKey(item.values[name]);
    if (key === undefined) continue;
    if (seen.has(key)) {
      throw badRequest(
        'This field contains duplicate values. Remove all duplicate values and try the operation again.',
      );
    }
    seen.add(key);
  }
}

export function bodyObject(ctx: RouteContext): JsonObject {
  const json = ctx.req.json;
  if (!isJsonObject(json)) throw badRequest('The request body must be a JSON object.');
  return json;
}

function dig(json: JsonObject, path: string[]): unknown {
  let current: unknown = json;
  for (const key of path) {
    if (!isJsonObject(current)) return undefined;
    current = current[key];
  }
  return current;
}
