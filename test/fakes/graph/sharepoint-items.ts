import { badRequest, conflict, GraphHttpError, notFound } from './errors.js';
import { braceGuid, newGuid } from './ids.js';
import {
  compareValues,
  evaluateFilter,
  filterProperties,
  parseExpand,
  parseFilter,
  parseOrderBy,
  parseSelect,
  queryOption,
} from './odata.js';
import type { FilterExpr, OrderBy } from './odata.js';
import { carriedParams, decodeSkipToken, encodeSkipToken, graphLink, parseTop } from './paging.js';
import type { Route, RouteContext } from './router.js';
import { findColumn, uniqueKey, validateFieldWrites } from './sharepoint-columns.js';
import { bodyObject, requireList } from './sharepoint-lists.js';
import { siteWebUrl } from './state.js';
import type { ListItemState, ListState, SiteState } from './state.js';
import { isJsonObject } from './types.js';
import type { GraphResponse, JsonObject } from './types.js';

/** List items (PLATFORM_NOTES §1 "Items", "$filter / $orderby / indexing", "Optimistic concurrency"). */

const DEFAULT_PAGE = 200;
/** SharePoint's own app principal id in the User Information List, for app-only writes. */
const APP_LOOKUP_ID = '1073741822';

export const NON_INDEXED_PREFER = 'HonorNonIndexedQueriesWarningMayFailRandomly';

export function itemEtag(item: ListItemState): string {
  return `"${braceGuid(item.guid)},${item.version}"`;
}

const sharePointDate = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The fieldValueSet as Graph returns it: empty values omitted, system fields after user ones. */
export function fieldsJson(list: ListState, item: ListItemState, chosen?: string[]): JsonObject {
  const all: JsonObject = { '@odata.etag': itemEtag(item) };
  for (const column of list.columns) {
    if (column.system) continue;
    const key =
      column.type === 'lookup' || column.type === 'personOrGroup'
        ? `${column.name}LookupId`
        : column.name;
    const value = item.values[key];
    if (value === null || value === undefined) continue;
    // PLATFORM_NOTES §1: hidden columns only come back if named in $select.
    if (column.hidden && !chosen?.includes(column.name)) continue;
    all[key] = value;
  }
  const title = typeof item.values['Title'] === 'string' ? item.values['Title'] : '';
  Object.assign(all, {
    id: String(item.id),
    ContentType: 'Item',
    Modified: sharePointDate(item.modified),
    Created: sharePointDate(item.created),
    AuthorLookupId: APP_LOOKUP_ID,
    EditorLookupId: APP_LOOKUP_ID,
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
    Edit: '',
    LinkTitleNoMenu: title,
    LinkTitle: title,
    ItemChildCount: '0',
    FolderChildCount: '0',
    _ComplianceFlags: '',
    _ComplianceTag: '',
    _ComplianceTagWrittenTime: '',
    _ComplianceTagUserId: '',
    AppAuthorLookupId: '1',
    AppEditorLookupId: '1',
  });
  if (!chosen) return all;
  const out: JsonObject = { '@odata.etag': all['@odata.etag'] };
  for (const name of chosen) {
    const key = name === 'ID' ? 'id' : name;
    if (all[key] !== undefined) out[key] = all[key];
    if (all[`${key}LookupId`] !== undefined) out[`${key}LookupId`] = all[`${key}LookupId`];
  }
  return out;
}

export interface ItemView {
  expandFields: boolean;
  fieldSelect?: string[];
  select?: string[];
}

export function itemJson(
  site: SiteState,
  list: ListState,
  item: ListItemState,
  view: ItemView,
): JsonObject {
  const json: JsonObject = {
    '@odata.etag': itemEtag(item),
    createdDateTime: item.created.toISOString(),
    eTag: itemEtag(item),
    id: String(item.id),
    lastModifiedDateTime: item.modified.toISOString(),
    webUrl: `${siteWebUrl(site)}/Lists/${list.name}/${item.id}_.000`,
    createdBy: { user: { displayName: 'SharePoint App' } },
    lastModifiedBy: { user: { displayName: 'SharePoint App' } },
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: '0x0100', name: 'Item' },
  };
  if (view.expandFields) json['fields'] = fieldsJson(list, item, view.fieldSelect);
  if (!view.select) return json;
  const out: JsonObject = {};
  for (const [key, val] of Object.entries(json)) {
    if (
      key.startsWith('@odata') ||
      view.select.includes(key) ||
      (key === 'fields' && view.expandFields)
    ) {
      out[key] = val;
    }
  }
  return out;
}

export function itemView(ctx: RouteContext): ItemView {
  const expand = parseExpand(queryOption(ctx.req.query, 'expand') ?? '');
  const fields = expand.get('fields');
  const select = parseSelect(queryOption(ctx.req.query, 'select'));
  const view: ItemView = { expandFields: fields !== undefined };
  if (fields?.select) view.fieldSelect = fields.select;
  if (select) view.select = select;
  return view;
}

/** Records a change for delta (PLATFORM_NOTES §1 "Delta"). */
export function touch(list: ListState, item: ListItemState): void {
  list.changeSeq++;
  item.changeSeq = list.changeSeq;
}

const normaliseEtag = (tag: string): string =>
  tag
    .trim()
    .replace(/^W\//i, '')
    .replace(/^"(.*)"$/, '$1')
    .toLowerCase();

/** If-Match: `*` matches any, otherwise one of the listed tags must equal the current eTag. */
export function ifMatchFails(header: string | undefined, current: string): boolean {
  if (header === undefined || header.trim() === '') return false;
  if (header.trim() === '*') return false;
  const wanted = normaliseEtag(current);
  return !header.split(/,(?=\s*(?:W\/)?")/).some((tag) => normaliseEtag(tag) === wanted);
}

function preconditionFailed(header: string, current: string): GraphHttpError {
  // PLATFORM_NOTES §1: the 412 body's code is undocumented [?]; the message is SharePoint's.
  return new GraphHttpError(
    412,
    'preconditionFailed',
    `The request ETag value '${header}' does not match the object's ETag value '${current}'.`,
  );
}

/**
 * enforceUniqueValues → 409. Code and message: Graph reports "One or more fields with unique
 * constraints already has the provided value" (microsoftgraph/msgraph-sdk-dotnet#790); the code is
 * not documented, we use nameAlreadyExists, Graph's code for its other 409 conflicts.
 */
function assertUnique(list: ListState, values: JsonObject, exceptId?: number): void {
  for (const column of list.columns) {
    if (!column.enforceUniqueValues) continue;
    const key = uniqueKey(values[column.name]);
    if (key === undefined) continue;
    for (const other of list.items.values()) {
      if (other.id !== exceptId && uniqueKey(other.values[column.name]) === key) {
        throw conflict(
          'One or more fields with unique constraints already has the provided value.',
        );
      }
    }
  }
}

function requireItem(list: ListState, id: string): ListItemState {
  const item = /^\d+$/.test(id) ? list.items.get(Number(id)) : undefined;
  if (!item) throw notFound('Item not found');
  return item;
}

function refuseLibraryItems(list: ListState): void {
  if (list.template === 'documentLibrary') {
    throw new GraphHttpError(
      501,
      'notImplemented',
      'The Graph fake serves document-library content through /drives, not list items.',
    );
  }
}

export function createItem(list: ListState, fields: JsonObject): ListItemState {
  const values = validateFieldWrites(list, fields);
  assertUnique(list, values);
  const now = new Date();
  const item: ListItemState = {
    id: list.nextItemId++,
    guid: newGuid(),
    version: 1,
    values,
    created: now,
    modified: now,
    changeSeq: 0,
  };
  list.items.set(item.id, item);
  touch(list, item);
  return item;
}

function updateItem(
  ctx: RouteContext,
  list: ListState,
  item: ListItemState,
  fields: JsonObject,
): void {
  const ifMatch = ctx.req.headers['if-match'];
  if (ifMatchFails(ifMatch, itemEtag(item)))
    throw preconditionFailed(ifMatch ?? '', itemEtag(item));
  const changes = validateFieldWrites(list, fields);
  const merged = { ...item.values, ...changes };
  assertUnique(list, merged, item.id);
  item.values = merged;
  item.version++;
  item.modified = new Date();
  touch(list, item);
}

/** Resolves `fields/X` for filter and orderby, enforcing the indexing rule. */
function fieldAccessor(ctx: RouteContext, list: ListState, paths: string[][]): void {
  const prefer = ctx.req.headers['prefer'] ?? '';
  const honour = prefer.toLowerCase().includes(NON_INDEXED_PREFER.toLowerCase());
  for (const path of paths) {
    if (path[0] !== 'fields' || path.length !== 2) {
      throw badRequest(
        `Only fields/<name> can be used in filter or orderby; got '${path.join('/')}'.`,
      );
    }
    const name = path[1] ?? '';
    const base = name.endsWith('LookupId') ? name.slice(0, -'LookupId'.length) : name;
    const column = findColumn(list, name) ?? findColumn(list, base);
    if (!column) throw badRequest(`Field '${name}' does not exist.`);
    if (!column.indexed && !honour) {
      // PLATFORM_NOTES §1, message quoted verbatim there.
      throw badRequest(
        `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
      );
    }
  }
}

function fieldValue(list: ListState, item: ListItemState, path: string[]): unknown {
  const name = path[1] ?? '';
  if (name === 'id' || name === 'ID') return item.id;
  if (name === 'Created') return sharePointDate(item.created);
  if (name === 'Modified') return sharePointDate(item.modified);
  const column = findColumn(list, name);
  return item.values[column?.name ?? name] ?? item.values[name];
}

function queryItems(ctx: RouteContext, list: ListState): ListItemState[] {
  const filterText = queryOption(ctx.req.query, 'filter');
  const orderText = queryOption(ctx.req.query, 'orderby');
  const filter: FilterExpr | undefined = filterText ? parseFilter(filterText) : undefined;
  const order: OrderBy[] = orderText ? parseOrderBy(orderText) : [];
  fieldAccessor(ctx, list, [
    ...(filter ? filterProperties(filter) : []),
    ...order.map((o) => o.path),
  ]);
  let items = [...list.items.values()].sort((a, b) => a.id - b.id);
  if (filter) {
    items = items.filter((item) => evaluateFilter(filter, (path) => fieldValue(list, item, path)));
  }
  if (order.length > 0) {
    items.sort((a, b) => {
      for (const { path, descending } of order) {
        const result = compareValues(fieldValue(list, a, path), fieldValue(list, b, path)) ?? 0;
        if (result !== 0) return descending ? -result : result;
      }
      return a.id - b.id;
    });
  }
  return items;
}

const ok = (body: unknown, status = 200): GraphResponse => ({ status, body });

export const itemRoutes: Route[] = [
  {
    method: 'GET',
    pattern: 'sites/:siteId/lists/:listId/items',
    handler: (ctx) => {
      const { site, list } = requireList(ctx);
      refuseLibraryItems(list);
      const items = queryItems(ctx, list);
      const view = itemView(ctx);
      const scope = `items:${list.id}`;
      const skip = ctx.req.query.get('$skiptoken');
      const offset = skip ? decodeSkipToken(skip, scope) : 0;
      const top = parseTop(queryOption(ctx.req.query, 'top'));
      const server = ctx.options.pageSize ?? DEFAULT_PAGE;
      const size = Math.max(1, Math.min(top ?? server, server));
      const body: JsonObject = {
        value: items.slice(offset, offset + size).map((item) => itemJson(site, list, item, view)),
      };
      if (offset + size < items.length) {
        body['@odata.nextLink'] = graphLink(
          ['sites', site.id, 'lists', list.id, 'items'],
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
    pattern: 'sites/:siteId/lists/:listId/items',
    handler: (ctx) => {
      const { site, list } = requireList(ctx);
      refuseLibraryItems(list);
      const body = bodyObject(ctx);
      const fields = body['fields'];
      if (!isJsonObject(fields)) throw badRequest("A list item is created with a 'fields' object.");
      const item = createItem(list, fields);
      return ok(itemJson(site, list, item, { expandFields: true }), 201);
    },
  },
  {
    method: 'GET',
    pattern: 'sites/:siteId/lists/:listId/items/:itemId',
    handler: (ctx) => {
      const { site, list } = requireList(ctx);
      const item = requireItem(list, ctx.params['itemId'] ?? '');
      return ok(itemJson(site, list, item, itemView(ctx)));
    },
  },
  {
    method: 'PATCH',
    pattern: 'sites/:siteId/lists/:listId/items/:itemId',
    handler: (ctx) => {
      const { site, list } = requireList(ctx);
      const item = requireItem(list, ctx.params['itemId'] ?? '');
      const body = bodyObject(ctx);
      updateItem(ctx, list, item, isJsonObject(body['fields']) ? body['fields'] : {});
      return ok(itemJson(site, list, item, { expandFields: true }));
    },
  },
  {
    method: 'DELETE',
    pattern: 'sites/:siteId/lists/:listId/items/:itemId',
    handler: (ctx) => {
      const { list } = requireList(ctx);
      const item = requireItem(list, ctx.params['itemId'] ?? '');
      const ifMatch = ctx.req.headers['if-match'];
      if (ifMatchFails(ifMatch, itemEtag(item))) {
        throw preconditionFailed(ifMatch ?? '', itemEtag(item));
      }
      list.items.delete(item.id);
      list.changeSeq++;
      list.tombstones.push({ id: item.id, changeSeq: list.changeSeq });
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: 'sites/:siteId/lists/:listId/items/:itemId/fields',
    handler: (ctx) => {
      const { list } = requireList(ctx);
      const item = requireItem(list, ctx.params['itemId'] ?? '');
      return ok(fieldsJson(list, item, parseSelect(queryOption(ctx.req.query, 'select'))));
    },
  },
  {
    method: 'PATCH',
    pattern: 'sites/:siteId/lists/:listId/items/:itemId/fields',
    handler: (ctx) => {
      const { list } = requireList(ctx);
      const item = requireItem(list, ctx.params['itemId'] ?? '');
      updateItem(ctx, list, item, bodyObject(ctx));
      // PLATFORM_NOTES §1: 200 + the fieldValueSet.
      return ok(fieldsJson(list, item));
    },
  },
];
