import { randomBytes } from 'node:crypto';
import { badRequest, GraphHttpError } from './errors.js';
import { newChangeKey, newEventId, newGuid } from './ids.js';
import { parseSelect, queryOption } from './odata.js';
import { carriedParams, graphLink, parseTop } from './paging.js';
import type { Route, RouteContext } from './router.js';
import { bodyObject } from './sharepoint-lists.js';
import { ifMatchFails } from './sharepoint-items.js';
import type { EventState, UserState } from './state.js';
import { preferredTimeZone, utcToWallClock, wallClockToUtc } from './time-zones.js';
import { isJsonObject } from './types.js';
import type { GraphResponse, JsonObject } from './types.js';

/** Outlook calendar of a mailbox + Teams online meetings (PLATFORM_NOTES §3). */

/** Outlook pages events by 10 unless `$top` or `Prefer: odata.maxpagesize` says otherwise. */
const DEFAULT_PAGE = 10;

/** Properties kept outside `props` because the fake computes them. */
const COMPUTED = new Set(['start', 'end', 'onlineMeeting', 'id', 'changeKey']);

export function requireUser(ctx: RouteContext): UserState {
  const key = (ctx.params['userId'] ?? '').toLowerCase();
  const user = ctx.state.users.find(
    (u) =>
      u.id.toLowerCase() === key ||
      u.mail.toLowerCase() === key ||
      u.userPrincipalName.toLowerCase() === key,
  );
  if (!user) {
    throw new GraphHttpError(
      404,
      'ErrorInvalidUser',
      `The requested user '${ctx.params['userId']}' is invalid.`,
    );
  }
  return user;
}

function requireEvent(ctx: RouteContext, user: UserState): EventState {
  const event = user.events.get(ctx.params['eventId'] ?? '');
  if (!event) {
    throw new GraphHttpError(
      404,
      'ErrorItemNotFound',
      'The specified object was not found in the store.',
    );
  }
  return event;
}

const eventEtag = (event: EventState): string => `W/"${event.changeKey}"`;

function assertIfMatch(ctx: RouteContext, event: EventState): void {
  if (ifMatchFails(ctx.req.headers['if-match'], eventEtag(event))) {
    throw new GraphHttpError(
      412,
      'ErrorIrresolvableConflict',
      'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.',
    );
  }
}

function teamsMeeting(ctx: RouteContext, user: UserState): JsonObject {
  const thread = randomBytes(36).toString('base64url');
  const context = encodeURIComponent(
    JSON.stringify({ Tid: ctx.options.tenantId, Oid: user.id }),
  ).toLowerCase();
  return {
    joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${thread}%40thread.v2/0?context=${context}`,
    conferenceId: String(100_000_000 + (randomBytes(4).readUInt32BE() % 900_000_000)),
    tollNumber: '+1 323-555-0166',
  };
}

function readTime(value: unknown, field: 'start' | 'end'): { utc: number; zone: string } {
  if (
    !isJsonObject(value) ||
    typeof value['dateTime'] !== 'string' ||
    typeof value['timeZone'] !== 'string'
  ) {
    // [?] Outlook's exact wording for a missing start/end is not in the notes.
    throw new GraphHttpError(
      400,
      'ErrorInvalidRequest',
      `The event needs '${field}' with dateTime and timeZone.`,
    );
  }
  return { utc: wallClockToUtc(value['dateTime'], value['timeZone']), zone: value['timeZone'] };
}

function applyTimes(event: EventState, body: JsonObject): void {
  if (body['start'] !== undefined) {
    const start = readTime(body['start'], 'start');
    event.startUtc = start.utc;
    event.startTimeZone = start.zone;
  }
  if (body['end'] !== undefined) {
    const end = readTime(body['end'], 'end');
    event.endUtc = end.utc;
    event.endTimeZone = end.zone;
  }
  if (event.endUtc < event.startUtc) {
    throw new GraphHttpError(
      400,
      'ErrorCalendarEndDateIsEarlierThanStartDate',
      'The end date occurs before the start date.',
    );
  }
}

function wantsTeams(props: JsonObject): boolean {
  const provider = props['onlineMeetingProvider'];
  return (
    props['isOnlineMeeting'] === true && (provider === undefined || provider === 'teamsForBusiness')
  );
}

function touch(user: UserState, event: EventState): void {
  user.changeSeq++;
  event.changeSeq = user.changeSeq;
  event.changeKey = newChangeKey();
  event.modified = new Date();
}

/** The returned zone: `Prefer: outlook.timezone`, else UTC (PLATFORM_NOTES §3 [?]). */
export function responseZone(ctx: RouteContext): { zone: string; headers: Record<string, string> } {
  const preferred = preferredTimeZone(ctx.req.headers['prefer']);
  if (!preferred) return { zone: 'UTC', headers: {} };
  return { zone: preferred, headers: { 'Preference-Applied': `outlook.timezone="${preferred}"` } };
}

export function eventJson(user: UserState, event: EventState, zone: string): JsonObject {
  const p = event.props;
  const body = isJsonObject(p['body']) ? p['body'] : { contentType: 'html', content: '' };
  const preview = String(body['content'] ?? '')
    .replace(/<[^>]*>/g, '')
    .trim()
    .slice(0, 255);
  const attendees = Array.isArray(p['attendees']) ? p['attendees'].filter(isJsonObject) : [];
  return {
    '@odata.etag': eventEtag(event),
    id: event.id,
    createdDateTime: event.created.toISOString(),
    lastModifiedDateTime: event.modified.toISOString(),
    changeKey: event.changeKey,
    categories: Array.isArray(p['categories']) ? p['categories'] : [],
    transactionId: p['transactionId'] ?? null,
    originalStartTimeZone: event.startTimeZone,
    originalEndTimeZone: event.endTimeZone,
    iCalUId: event.iCalUId,
    uid: event.iCalUId,
    reminderMinutesBeforeStart: p['reminderMinutesBeforeStart'] ?? 15,
    isReminderOn: p['isReminderOn'] ?? true,
    hasAttachments: false,
    subject: p['subject'] ?? '',
    bodyPreview: preview,
    importance: p['importance'] ?? 'normal',
    sensitivity: p['sensitivity'] ?? 'normal',
    isAllDay: p['isAllDay'] ?? false,
    isCancelled: event.cancelled,
    isOrganizer: true,
    responseRequested: p['responseRequested'] ?? true,
    seriesMasterId: null,
    showAs: p['showAs'] ?? 'busy',
    type: p['recurrence'] ? 'seriesMaster' : 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(event.id)}&exvsurl=1&path=/calendar/item`,
    // PLATFORM_NOTES §3: onlineMeetingUrl is deprecated and null; use onlineMeeting.joinUrl.
    onlineMeetingUrl: null,
    isOnlineMeeting: p['isOnlineMeeting'] ?? false,
    onlineMeetingProvider:
      p['onlineMeetingProvider'] ??
      (p['isOnlineMeeting'] === true ? 'teamsForBusiness' : 'unknown'),
    allowNewTimeProposals: p['allowNewTimeProposals'] ?? true,
    isDraft: false,
    hideAttendees: p['hideAttendees'] ?? false,
    responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
    body,
    start: { dateTime: utcToWallClock(event.startUtc, zone), timeZone: zone },
    end: { dateTime: utcToWallClock(event.endUtc, zone), timeZone: zone },
    location: p['location'] ?? {
      displayName: '',
      locationType: 'default',
      uniqueIdType: 'unknown',
      address: {},
      coordinates: {},
    },
    locations: Array.isArray(p['locations']) ? p['locations'] : [],
    recurrence: p['recurrence'] ?? null,
    // PLATFORM_NOTES §3: the response echoes attendees with status.response "none".
    attendees: attendees.map((a) => ({
      type: a['type'] ?? 'required',
      status: { response: 'none', time: '0001-01-01T00:00:00Z' },
      emailAddress: a['emailAddress'],
    })),
    organizer: { emailAddress: { name: user.displayName, address: user.mail } },
    onlineMeeting: event.onlineMeeting,
  };
}

function selectEvent(json: JsonObject, chosen: string[] | undefined): JsonObject {
  if (!chosen) return json;
  const out: JsonObject = {};
  for (const [key, val] of Object.entries(json)) {
    if (key === '@odata.etag' || key === 'id' || chosen.includes(key)) out[key] = val;
  }
  return out;
}

export function pageSizeFor(ctx: RouteContext): number {
  const top = parseTop(queryOption(ctx.req.query, 'top'));
  const prefer = /odata\.maxpagesize\s*=\s*(\d+)/i.exec(ctx.req.headers['prefer'] ?? '');
  const asked = top ?? (prefer ? Number(prefer[1]) : undefined);
  const server = ctx.options.pageSize ?? DEFAULT_PAGE;
  return Math.max(1, Math.min(asked ?? server, ctx.options.pageSize ?? 1000));
}

export function parseWindowBound(value: string | null, name: string): number {
  if (value === null) {
    throw new GraphHttpError(
      400,
      'ErrorInvalidParameter',
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
    );
  }
  const text = /(Z|[+-]\d{2}:\d{2})$/i.test(value) ? value : `${value}Z`;
  const time = Date.parse(text);
  if (Number.isNaN(time)) throw badRequest(`Invalid ${name} '${value}'.`, 'ErrorInvalidParameter');
  return time;
}

export const overlaps = (event: EventState, start: number, end: number): boolean =>
  event.startUtc < end && event.endUtc > start;

function byStart(a: EventState, b: EventState): number {
  return a.startUtc - b.startUtc || a.created.getTime() - b.created.getTime();
}

function moveToDeletedItems(user: UserState, event: EventState): void {
  user.events.delete(event.id);
  user.changeSeq++;
  user.removed.push({ id: event.id, changeSeq: user.changeSeq });
  user.deletedItems.set(event.id, event);
}

function listEvents(ctx: RouteContext, segments: string[], events: EventState[]): GraphResponse {
  const user = requireUser(ctx);
  const { zone, headers } = responseZone(ctx);
  const chosen = parseSelect(queryOption(ctx.req.query, 'select'));
  const skip = Number(queryOption(ctx.req.query, 'skip') ?? 0);
  const size = pageSizeFor(ctx);
  const body: JsonObject = {
    value: events
      .slice(skip, skip + size)
      .map((e) => selectEvent(eventJson(user, e, zone), chosen)),
  };
  if (skip + size < events.length) {
    // Outlook's nextLinks page with $skip.
    body['@odata.nextLink'] = graphLink(segments, [
      ...carriedParams(ctx.req.query, ['$skip', 'skip']),
      ['$skip', String(skip + size)],
    ]);
  }
  return { status: 200, headers, body };
}

export const calendarRoutes: Route[] = [
  {
    method: 'POST',
    pattern: 'users/:userId/events',
    handler: (ctx) => {
      const user = requireUser(ctx);
      const body = bodyObject(ctx);
      const now = new Date();
      const props: JsonObject = {};
      for (const [key, val] of Object.entries(body)) if (!COMPUTED.has(key)) props[key] = val;
      const event: EventState = {
        id: newEventId(),
        changeKey: newChangeKey(),
        iCalUId: `040000008200E00074C5B7101A82E008${newGuid().replace(/-/g, '').toUpperCase()}`,
        created: now,
        modified: now,
        props,
        startUtc: 0,
        endUtc: 0,
        startTimeZone: 'UTC',
        endTimeZone: 'UTC',
        onlineMeeting: null,
        cancelled: false,
        changeSeq: 0,
      };
      if (body['start'] === undefined) readTime(undefined, 'start');
      if (body['end'] === undefined) readTime(undefined, 'end');
      applyTimes(event, body);
      // PLATFORM_NOTES §3: isOnlineMeeting + teamsForBusiness → onlineMeeting.joinUrl.
      if (wantsTeams(props)) event.onlineMeeting = teamsMeeting(ctx, user);
      user.events.set(event.id, event);
      touch(user, event);
      const { zone, headers } = responseZone(ctx);
      return { status: 201, headers, body: eventJson(user, event, zone) };
    },
  },
  {
    method: 'GET',
    pattern: 'users/:userId/events',
    handler: (ctx) => {
      if (queryOption(ctx.req.query, 'filter') !== null) {
        throw new GraphHttpError(
          501,
          'notImplemented',
          'The Graph fake does not filter events; use calendarView.',
        );
      }
      const user = requireUser(ctx);
      return listEvents(
        ctx,
        ['users', ctx.params['userId'] ?? '', 'events'],
        [...user.events.values()].sort(byStart),
      );
    },
  },
  {
    method: 'GET',
    pattern: 'users/:userId/events/:eventId',
    handler: (ctx) => {
      const user = requireUser(ctx);
      const event = requireEvent(ctx, user);
      const { zone, headers } = responseZone(ctx);
      const chosen = parseSelect(queryOption(ctx.req.query, 'select'));
      return { status: 200, headers, body: selectEvent(eventJson(user, event, zone), chosen) };
    },
  },
  {
    method: 'PATCH',
    pattern: 'users/:userId/events/:eventId',
    handler: (ctx) => {
      const user = requireUser(ctx);
      const event = requireEvent(ctx, user);
      assertIfMatch(ctx, event);
      const body = bodyObject(ctx);
      const wasOnline = event.onlineMeeting !== null;
      if (wasOnline) {
        const provider = body['onlineMeetingProvider'];
        // PLATFORM_NOTES §3: once online, the provider is fixed and it cannot go back offline.
        if (
          body['isOnlineMeeting'] === false ||
          (provider !== undefined && provider !== 'teamsForBusiness')
        ) {
          throw new GraphHttpError(
            400,
            'ErrorInvalidRequest',
            "An online meeting's provider cannot be changed and isOnlineMeeting cannot be set back to false.",
          );
        }
      }
      const before = {
        startUtc: event.startUtc,
        endUtc: event.endUtc,
        start: event.startTimeZone,
        end: event.endTimeZone,
      };
      try {
        applyTimes(event, body);
      } catch (error) {
        Object.assign(event, {
          startUtc: before.startUtc,
          endUtc: before.endUtc,
          startTimeZone: before.start,
          endTimeZone: before.end,
        });
        throw error;
      }
      for (const [key, val] of Object.entries(body)) if (!COMPUTED.has(key)) event.props[key] = val;
      if (!wasOnline && wantsTeams(event.props)) event.onlineMeeting = teamsMeeting(ctx, user);
      touch(user, event);
      const { zone, headers } = responseZone(ctx);
      return { status: 200, headers, body: eventJson(user, event, zone) };
    },
  },
  {
    method: 'DELETE',
    pattern: 'users/:userId/events/:eventId',
    handler: (ctx) => {
      const user = requireUser(ctx);
      const event = requireEvent(ctx, user);
      assertIfMatch(ctx, event);
      moveToDeletedItems(user, event);
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    pattern: 'users/:userId/events/:eventId/cancel',
    handler: (ctx) => {
      const user = requireUser(ctx);
      const event = requireEvent(ctx, user);
      const body = isJsonObject(ctx.req.json) ? ctx.req.json : {};
      const comment = body['Comment'] ?? body['comment'];
      event.cancelled = true;
      if (typeof comment === 'string') event.cancellationComment = comment;
      // PLATFORM_NOTES §3: 202 Accepted, no body; the event moves to Deleted Items.
      moveToDeletedItems(user, event);
      return { status: 202 };
    },
  },
  {
    method: 'GET',
    pattern: 'users/:userId/calendarView',
    handler: (ctx) => {
      const user = requireUser(ctx);
      const start = parseWindowBound(
        ctx.req.query.get('startDateTime') ?? ctx.req.query.get('startdatetime'),
        'startDateTime',
      );
      const end = parseWindowBound(
        ctx.req.query.get('endDateTime') ?? ctx.req.query.get('enddatetime'),
        'endDateTime',
      );
      const events = [...user.events.values()].filter((e) => overlaps(e, start, end)).sort(byStart);
      return listEvents(ctx, ['users', ctx.params['userId'] ?? '', 'calendarView'], events);
    },
  },
];
