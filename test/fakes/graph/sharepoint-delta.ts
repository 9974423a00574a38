import { GraphHttpError } from './errors.js';
import { queryOption } from './odata.js';
import { carriedParams, graphLink, parseTop } from './paging.js';
import type { Route, RouteContext } from './router.js';
import { requireList } from './sharepoint-lists.js';
import { itemJson, itemView } from './sharepoint-items.js';
import type { ListState } from './state.js';
import type { JsonObject } from './types.js';

/**
 * `GET …/lists/{id}/items/delta` (PLATFORM_NOTES §1 "Delta"): follow nextLink until a deltaLink;
 * `token=latest` gives an empty page and the current deltaLink; deletions come back as
 * `deleted: {state: 'deleted'}`; an unknown or expired token is 410 Gone with a Location to start
 * over.
 */

const DEFAULT_PAGE = 200;

interface DeltaToken {
  /** list id */
  l: string;
  /** changes after this sequence number; -1 for a first enumeration */
  f: number;
  /** snapshot: changes up to this sequence number (only in next-page tokens) */
  s?: number;
  /** offset within the snapshot (only in next-page tokens) */
  o?: number;
  /** deltaEpoch when minted */
  e: number;
}

const encode = (token: DeltaToken): string =>
  Buffer.from(JSON.stringify(token)).toString('base64url');

function decode(text: string): DeltaToken | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as DeltaToken;
    return typeof parsed.l === 'string' && typeof parsed.f === 'number' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function gone(ctx: RouteContext, siteId: string, list: ListState): GraphHttpError {
  return new GraphHttpError(
    410,
    'resyncChangesApplyDifferences',
    'Resync required. Replace any local items with the server\u2019s version (including deletes) if you\u2019re sure that the service was up to date with your local changes when you last sync\u2019d.',
    {
      headers: {
        Location: graphLink(
          ['sites', siteId, 'lists', list.id, 'items', 'delta'],
          carriedParams(ctx.req.query, ['token']),
        ),
      },
    },
  );
}

export const deltaRoutes: Route[] = [
  {
    method: 'GET',
    pattern: 'sites/:siteId/lists/:listId/items/delta',
    handler: (ctx) => {
      const { site, list } = requireList(ctx);
      const segments = ['sites', site.id, 'lists', list.id, 'items', 'delta'];
      const carried = carriedParams(ctx.req.query, ['token']);
      const raw = ctx.req.query.get('token');
      const epoch = ctx.state.deltaEpoch;
      if (raw === 'latest') {
        const link = graphLink(segments, [
          ...carried,
          ['token', encode({ l: list.id, f: list.changeSeq, e: epoch })],
        ]);
        return { status: 200, body: { value: [], '@odata.deltaLink': link } };
      }
      let token: DeltaToken = { l: list.id, f: -1, e: epoch };
      if (raw !== null) {
        const decoded = decode(raw);
        if (
          !decoded ||
          decoded.l !== list.id ||
          decoded.e !== epoch ||
          decoded.f > list.changeSeq
        ) {
          throw gone(ctx, site.id, list);
        }
        token = decoded;
      }
      const snapshot = token.s ?? list.changeSeq;
      const offset = token.o ?? 0;
      const changes: { seq: number; json: JsonObject }[] = [];
      const view = itemView(ctx);
      for (const item of list.items.values()) {
        if (item.changeSeq > token.f && item.changeSeq <= snapshot) {
          changes.push({ seq: item.changeSeq, json: itemJson(site, list, item, view) });
        }
      }
      if (token.f >= 0) {
        for (const gone of list.tombstones) {
          if (gone.changeSeq > token.f && gone.changeSeq <= snapshot) {
            changes.push({
              seq: gone.changeSeq,
              json: { id: String(gone.id), deleted: { state: 'deleted' } },
            });
          }
        }
      }
      changes.sort((a, b) => a.seq - b.seq);
      const top = parseTop(queryOption(ctx.req.query, 'top'));
      const server = ctx.options.pageSize ?? DEFAULT_PAGE;
      const size = Math.max(1, Math.min(top ?? server, server));
      const body: JsonObject = { value: changes.slice(offset, offset + size).map((c) => c.json) };
      if (offset + size < changes.length) {
        const next: DeltaToken = {
          l: list.id,
          f: token.f,
          s: snapshot,
          o: offset + size,
          e: epoch,
        };
        body['@odata.nextLink'] = graphLink(segments, [...carried, ['token', encode(next)]]);
      } else {
        const done: DeltaToken = { l: list.id, f: snapshot, e: epoch };
        body['@odata.deltaLink'] = graphLink(segments, [...carried, ['token', encode(done)]]);
      }
      return { status: 200, body };
    },
  },
];
