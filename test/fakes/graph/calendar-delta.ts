import { GraphHttpError } from './errors.js';
import { graphLink } from './paging.js';
import type { Route, RouteContext } from './router.js';
import {
  eventJson,
  overlaps,
  pageSizeFor,
  parseWindowBound,
  requireUser,
  responseZone,
} from './calendar.js';
import type { GraphResponse, JsonObject } from './types.js';

/** `GET /users/{id}/calendarView/delta` (PLATFORM_NOTES §3; Users.Functions.yml). */

interface CalendarDeltaToken {
  u: string;
  a: number;
  b: number;
  f: number;
  s?: number;
  o?: number;
  e: number;
}

const encodeToken = (token: CalendarDeltaToken): string =>
  Buffer.from(JSON.stringify(token)).toString('base64url');

function decodeToken(text: string): CalendarDeltaToken | undefined {
  try {
    const parsed = JSON.parse(
      Buffer.from(text, 'base64url').toString('utf8'),
    ) as CalendarDeltaToken;
    return typeof parsed.u === 'string' && typeof parsed.f === 'number' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `GET /users/{id}/calendarView/delta`: the first call carries the window; the links carry
 * `$skiptoken` (next page) and `$deltatoken` (next round), the window encoded inside. Removed
 * events come back as `{id, '@removed': {reason: 'deleted'}}`.
 */
function calendarDelta(ctx: RouteContext): GraphResponse {
  const user = requireUser(ctx);
  const segments = ['users', ctx.params['userId'] ?? '', 'calendarView', 'delta'];
  const raw = ctx.req.query.get('$deltatoken') ?? ctx.req.query.get('$skiptoken');
  const epoch = ctx.state.deltaEpoch;
  let token: CalendarDeltaToken;
  if (raw !== null) {
    const decoded = decodeToken(raw);
    if (!decoded || decoded.u !== user.id || decoded.e !== epoch || decoded.f > user.changeSeq) {
      // [?] Outlook's code for an unusable sync state is not in the notes.
      throw new GraphHttpError(
        410,
        'SyncStateNotFound',
        'The sync state is invalid or has expired; start a new delta round.',
      );
    }
    token = decoded;
  } else {
    const a = parseWindowBound(ctx.req.query.get('startDateTime'), 'startDateTime');
    const b = parseWindowBound(ctx.req.query.get('endDateTime'), 'endDateTime');
    token = { u: user.id, a, b, f: -1, e: epoch };
  }
  const snapshot = token.s ?? user.changeSeq;
  const offset = token.o ?? 0;
  const { zone, headers } = responseZone(ctx);
  const changes: { seq: number; json: JsonObject }[] = [];
  for (const event of user.events.values()) {
    if (
      event.changeSeq > token.f &&
      event.changeSeq <= snapshot &&
      overlaps(event, token.a, token.b)
    ) {
      changes.push({ seq: event.changeSeq, json: eventJson(user, event, zone) });
    }
  }
  if (token.f >= 0) {
    for (const gone of user.removed) {
      if (gone.changeSeq > token.f && gone.changeSeq <= snapshot) {
        changes.push({
          seq: gone.changeSeq,
          json: {
            '@odata.type': '#microsoft.graph.event',
            id: gone.id,
            '@removed': { reason: 'deleted' },
          },
        });
      }
    }
  }
  changes.sort((x, y) => x.seq - y.seq);
  const size = pageSizeFor(ctx);
  const body: JsonObject = { value: changes.slice(offset, offset + size).map((c) => c.json) };
  if (offset + size < changes.length) {
    const next = encodeToken({ ...token, s: snapshot, o: offset + size });
    body['@odata.nextLink'] = graphLink(segments, [['$skiptoken', next]]);
  } else {
    const done = encodeToken({ u: user.id, a: token.a, b: token.b, f: snapshot, e: epoch });
    body['@odata.deltaLink'] = graphLink(segments, [['$deltatoken', done]]);
  }
  return { status: 200, headers, body };
}

export const calendarDeltaRoutes: Route[] = [
  { method: 'GET', pattern: 'users/:userId/calendarView/delta', handler: calendarDelta },
];
