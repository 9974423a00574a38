import { badRequest, conflict, GraphHttpError, notFound } from './errors.js';
import { parseSelect, queryOption } from './odata.js';
import { carriedParams, decodeSkipToken, encodeSkipToken, graphLink, parseTop } from './paging.js';
import { requireSite } from './router.js';
import type { Route, RouteContext } from './router.js';
import { bodyObject } from './sharepoint-lists.js';
import { ifMatchFails } from './sharepoint-items.js';
import {
  children,
  downloadUrl,
  driveItemEtag,
  driveItemJson,
  driveJson,
  findDrive,
  freeName,
  newItem,
  parseConflictBehavior,
  SIMPLE_UPLOAD_LIMIT,
  writeFile,
  type DriveTarget,
} from './drive-model.js';
import type { DriveItemState } from './state.js';
import { isJsonObject } from './types.js';
import type { GraphResponse, JsonObject } from './types.js';
import { createUploadSession } from './upload-session.js';

/** Document library routes: drives, items, children, content, upload sessions (PLATFORM_NOTES §2). */

const DEFAULT_PAGE = 200;

/**
 * Resolves `items/{id}`, `root`, and their path-addressed forms `…:/a/b.txt:`. With
 * `createFolders`, missing intermediate folders are created (as an upload to a new path does).
 */
export function resolveTarget(ctx: RouteContext, createFolders = false): DriveTarget {
  const { site, drive } = findDrive(ctx.state, ctx.params['driveId'] ?? '');
  const itemId = ctx.params['itemId'];
  // `items/root` is an alias of the root, as in Graph.
  const base =
    itemId === undefined || itemId.toLowerCase() === 'root'
      ? drive.items.get(drive.rootId)
      : drive.items.get(itemId);
  if (!base) throw notFound('Item not found');
  if (!ctx.address) {
    const parent = base.parentId ? drive.items.get(base.parentId) : undefined;
    return { site, drive, item: base, parent: parent ?? base, name: base.name };
  }
  const parts = ctx.address.path.split('/').filter((p) => p.length > 0);
  let folder = base;
  for (const part of parts.slice(0, -1)) {
    let next = children(drive, folder).find((c) => c.name.toLowerCase() === part.toLowerCase());
    if (!next) {
      if (!createFolders) throw notFound('Item not found');
      next = newItem(drive, folder.id, part, true, Buffer.alloc(0));
    }
    if (!next.folder) throw badRequest(`'${part}' is not a folder.`);
    folder = next;
  }
  const name = parts[parts.length - 1];
  if (name === undefined) return { site, drive, item: folder, parent: folder, name: folder.name };
  const item = children(drive, folder).find((c) => c.name.toLowerCase() === name.toLowerCase());
  return item ? { site, drive, item, parent: folder, name } : { site, drive, parent: folder, name };
}

const ok = (body: unknown, status = 200): GraphResponse => ({ status, body });

function getItem(ctx: RouteContext): GraphResponse {
  const target = resolveTarget(ctx);
  if (!target.item) throw notFound('Item not found');
  const json = driveItemJson(target.site, target.drive, target.item, ctx.options);
  const chosen = parseSelect(queryOption(ctx.req.query, 'select'));
  if (!chosen) return ok(json);
  return ok(
    Object.fromEntries(
      Object.entries(json).filter(([k]) => chosen.includes(k) || k.startsWith('@')),
    ),
  );
}

function listChildren(ctx: RouteContext): GraphResponse {
  const target = resolveTarget(ctx);
  const folder = target.item;
  if (!folder) throw notFound('Item not found');
  if (!folder.folder) throw badRequest('The item is not a folder.');
  const all = children(target.drive, folder);
  const scope = `children:${folder.id}`;
  const skip = ctx.req.query.get('$skiptoken');
  const offset = skip ? decodeSkipToken(skip, scope) : 0;
  const top = parseTop(queryOption(ctx.req.query, 'top'));
  // PLATFORM_NOTES §1 "Paging": drive children default 200 per page.
  const server = ctx.options.pageSize ?? DEFAULT_PAGE;
  const size = Math.max(1, Math.min(top ?? server, server));
  const body: JsonObject = {
    value: all
      .slice(offset, offset + size)
      .map((child) => driveItemJson(target.site, target.drive, child, ctx.options)),
  };
  if (offset + size < all.length) {
    body['@odata.nextLink'] = graphLink(
      ['drives', target.drive.id, 'items', folder.id, 'children'],
      [
        ...carriedParams(ctx.req.query, ['$skiptoken']),
        ['$skiptoken', encodeSkipToken(offset + size, scope)],
      ],
    );
  }
  return ok(body);
}

function createChild(ctx: RouteContext): GraphResponse {
  const target = resolveTarget(ctx);
  const folder = target.item;
  if (!folder?.folder) throw badRequest('Children can only be created in a folder.');
  const body = bodyObject(ctx);
  const name = body['name'];
  if (typeof name !== 'string') throw badRequest("A new item needs a 'name'.");
  if (!isJsonObject(body['folder'])) {
    throw badRequest('Only folders can be created this way; upload files with PUT …/content.');
  }
  const behavior = parseConflictBehavior(body['@microsoft.graph.conflictBehavior'], 'fail');
  const existing = children(target.drive, folder).find(
    (c) => c.name.toLowerCase() === name.toLowerCase(),
  );
  let created: DriveItemState;
  if (existing && behavior === 'fail') throw conflict('The specified item name already exists.');
  if (existing && behavior === 'replace') {
    target.drive.items.delete(existing.id);
    created = newItem(target.drive, folder.id, name, true, Buffer.alloc(0));
  } else {
    created = newItem(
      target.drive,
      folder.id,
      freeName(target.drive, folder, name),
      true,
      Buffer.alloc(0),
    );
  }
  return ok(driveItemJson(target.site, target.drive, created, ctx.options), 201);
}

function putContent(ctx: RouteContext): GraphResponse {
  if (ctx.req.body.length > SIMPLE_UPLOAD_LIMIT) {
    throw new GraphHttpError(
      413,
      'requestEntityTooLarge',
      'Simple upload is limited to 250 MB; use an upload session.',
    );
  }
  const target = resolveTarget(ctx, true);
  const behavior = parseConflictBehavior(
    ctx.req.query.get('@microsoft.graph.conflictBehavior') ?? undefined,
    'replace', // PLATFORM_NOTES §2: "The default for PUT is replace."
  );
  if (!ctx.address) {
    // items/{id}/content: a new version of that file.
    if (!target.item || target.item.folder) throw badRequest('The item is not a file.');
    const ifMatch = ctx.req.headers['if-match'];
    if (ifMatchFails(ifMatch, driveItemEtag(target.item))) {
      throw new GraphHttpError(412, 'notAllowed', "ETag does not match current item's value", {
        innerError: { code: 'preconditionFailed' },
      });
    }
    const { item } = writeFile(
      target.drive,
      target.parent,
      target.name,
      target.item,
      ctx.req.body,
      'replace',
    );
    return ok(driveItemJson(target.site, target.drive, item, ctx.options), 200);
  }
  const { item, status } = writeFile(
    target.drive,
    target.parent,
    target.name,
    target.item,
    ctx.req.body,
    behavior,
  );
  return ok(driveItemJson(target.site, target.drive, item, ctx.options), status);
}

function getContent(ctx: RouteContext): GraphResponse {
  const target = resolveTarget(ctx);
  const item = target.item;
  if (!item) throw notFound('Item not found');
  if (item.folder) throw badRequest('A folder has no content.');
  if (ctx.options.downloadMode === 'direct') {
    return { status: 200, headers: { 'Content-Type': item.mimeType }, body: item.content };
  }
  // Graph answers /content with a 302 to a pre-authenticated SharePoint URL; clients follow it.
  return { status: 302, headers: { Location: downloadUrl(target.site, item, ctx.options) } };
}

function patchItem(ctx: RouteContext): GraphResponse {
  const target = resolveTarget(ctx);
  const item = target.item;
  if (!item || item.parentId === null) throw notFound('Item not found');
  const ifMatch = ctx.req.headers['if-match'];
  if (ifMatchFails(ifMatch, driveItemEtag(item))) {
    throw new GraphHttpError(412, 'notAllowed', "ETag does not match current item's value", {
      innerError: { code: 'preconditionFailed' },
    });
  }
  const body = bodyObject(ctx);
  const parentRef = body['parentReference'];
  if (isJsonObject(parentRef) && typeof parentRef['id'] === 'string') {
    const parent = target.drive.items.get(parentRef['id']);
    if (!parent?.folder) throw badRequest('The destination folder does not exist.');
    item.parentId = parent.id;
  }
  if (typeof body['name'] === 'string' && body['name'] !== item.name) {
    const parent = target.drive.items.get(item.parentId ?? '');
    if (
      parent &&
      children(target.drive, parent).some(
        (c) => c !== item && c.name.toLowerCase() === String(body['name']).toLowerCase(),
      )
    ) {
      throw conflict('The specified item name already exists.');
    }
    item.name = body['name'];
  }
  if (typeof body['description'] === 'string') item.description = body['description'];
  item.version++;
  item.modified = new Date();
  return ok(driveItemJson(target.site, target.drive, item, ctx.options));
}

function deleteItem(ctx: RouteContext): GraphResponse {
  const target = resolveTarget(ctx);
  const item = target.item;
  if (!item || item.parentId === null) throw notFound('Item not found');
  const ifMatch = ctx.req.headers['if-match'];
  if (ifMatchFails(ifMatch, driveItemEtag(item))) {
    throw new GraphHttpError(412, 'notAllowed', "ETag does not match current item's value", {
      innerError: { code: 'preconditionFailed' },
    });
  }
  const doomed = [item];
  while (doomed.length > 0) {
    const next = doomed.pop();
    if (!next) break;
    target.drive.items.delete(next.id);
    doomed.push(...children(target.drive, next));
  }
  return { status: 204 };
}

/** Both addressing forms of each item route (`items/{id}` and `root`), path addressing allowed. */
function itemAndRoot(
  method: string,
  suffix: string,
  handler: (ctx: RouteContext) => GraphResponse,
): Route[] {
  return [
    { method, pattern: `drives/:driveId/items/:itemId${suffix}`, handler, addressable: true },
    { method, pattern: `drives/:driveId/root${suffix}`, handler, addressable: true },
  ];
}

export const driveRoutes: Route[] = [
  {
    method: 'GET',
    pattern: 'sites/:siteId/drive',
    handler: (ctx) => {
      const site = requireSite(ctx);
      const drive = site.drives[0];
      if (!drive) throw notFound('The site has no document library.');
      return ok(driveJson(site, drive));
    },
  },
  {
    method: 'GET',
    pattern: 'sites/:siteId/drives',
    handler: (ctx) => {
      const site = requireSite(ctx);
      return ok({ value: site.drives.map((drive) => driveJson(site, drive)) });
    },
  },
  {
    method: 'GET',
    pattern: 'sites/:siteId/drives/:driveId',
    handler: (ctx) => {
      const site = requireSite(ctx);
      const drive = site.drives.find((d) => d.id === ctx.params['driveId']);
      if (!drive) throw notFound('The drive could not be found.');
      return ok(driveJson(site, drive));
    },
  },
  {
    method: 'GET',
    pattern: 'drives/:driveId',
    handler: (ctx) => {
      const { site, drive } = findDrive(ctx.state, ctx.params['driveId'] ?? '');
      return ok(driveJson(site, drive));
    },
  },
  ...itemAndRoot('GET', '', getItem),
  ...itemAndRoot('PATCH', '', patchItem),
  ...itemAndRoot('DELETE', '', deleteItem),
  ...itemAndRoot('GET', '/children', listChildren),
  ...itemAndRoot('POST', '/children', createChild),
  ...itemAndRoot('PUT', '/content', putContent),
  ...itemAndRoot('GET', '/content', getContent),
  ...itemAndRoot('POST', '/createUploadSession', (ctx) =>
    createUploadSession(ctx, resolveTarget(ctx, true)),
  ),
];
