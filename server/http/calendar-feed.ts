import { createHash, randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import express, { Router } from 'express';
import { createEvents, type EventAttributes } from 'ics';
import type { CalendarFeedLink } from '../../core/contracts/feeds.js';
import type { Locale } from '../../core/i18n/localized.js';
import { render, type MessageKey } from '../../core/i18n/render.js';
import type { Meeting } from '../../core/model/meeting.js';
import type { FeedTokens } from '../../core/ports/feed-tokens.js';
import type { Ports } from '../../core/ports/store.js';
import { visibleToMembers } from '../../core/rules/visibility.js';
import {
  calendarFeedReader,
  getCalendarFeed,
  issueCalendarFeed,
  revokeCalendarFeedOf,
  revokeOwnCalendarFeed,
} from '../../core/usecases/feeds/calendar-feeds.js';
import { DEFAULT_POLICY } from '../../core/policy.js';
import {
  INTL_LOCALES,
  formatInstantLong,
  formatMorocco,
  offsetLabel,
  toMoroccoWallClock,
} from '../../core/time.js';
import { actorOf } from './authenticate.js';
import { sendOutcome } from './problem.js';

/** Feed tokens: 256 random bits, URL-safe; stored as their SHA-256 (hex). */
export const feedTokens: FeedTokens = {
  issue() {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: feedTokens.hash(token) };
  },
  hash: (token) => createHash('sha256').update(token, 'utf8').digest('hex'),
};

/**
 * The one feed key shared by everyone (before per-person feeds) is withdrawn: its file is
 * deleted at start, and `/calendar.ics` answers 410 whatever key it is given.
 */
export async function retireSharedFeedKey(dataDir: string): Promise<void> {
  await rm(join(dataDir, 'keys', 'calendar-feed.key'), { force: true });
}

/** The path of a person's feed; its token travels in the query (request logs hold the path). */
export const PERSONAL_FEED_PATH = '/calendar/personal.ics';

/** Who publishes the feed: the committee's secretariat (RFC 5545 ORGANIZER). */
export interface FeedOrganizer {
  name: string;
  email: string;
}

const say = (key: MessageKey, locale: Locale, params: Record<string, string | number> = {}) =>
  render(locale, key, params);

/**
 * The event's text, written for people in the feed holder's language (issue 3/8, item 2;
 * French by default). Plain text, never HTML (no entities, no tags); paragraphs are separated
 * by line breaks, which the ICS writer escapes as `\n`. Every local time stated here comes
 * from the Morocco-time module, the same instants as DTSTART/DTEND (written in UTC).
 */
export function meetingDescription(meeting: Meeting, locale: Locale = 'fr'): string {
  const start = toMoroccoWallClock(meeting.start);
  const end = toMoroccoWallClock(meeting.end);
  const intl = INTL_LOCALES[locale];
  const day = formatMorocco(meeting.start, intl, { dateStyle: 'full' });
  const offset = offsetLabel(start.offsetMinutes);
  const paragraphs = [
    start.day === end.day
      ? say('feed.when.sameDay', locale, { day, start: start.time, end: end.time, offset })
      : say('feed.when.span', locale, {
          day,
          start: start.time,
          until: formatInstantLong(meeting.end)[locale],
          offset,
        }),
  ];
  if (meeting.agenda.length > 0) {
    const items = meeting.agenda.map(
      (item, i) => `${i + 1}. ${item.title}${item.presenter ? ` — ${item.presenter}` : ''}`,
    );
    paragraphs.push([say('feed.agenda', locale), ...items].join('\n'));
  }
  paragraphs.push(say('feed.proposals', locale, { days: DEFAULT_POLICY.proposalWindowDays }));
  return paragraphs.join('\n\n');
}

/**
 * RFC 5545 §3.1: content lines longer than 75 octets are folded (CRLF and one space). The `ics`
 * package folds at 75 *characters*, so an Arabic or accented line exceeds 75 octets: unfold
 * its output and fold again on octets, never inside a UTF-8 sequence (a code point is whole).
 */
export function foldIcsLines(ics: string): string {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      for (const char of line) {
        const size = Buffer.byteLength(char, 'utf8');
        // The first line holds 75 octets; each continuation line 74 after its leading space.
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(current);
          current = '';
          octets = 0;
        }
        current += char;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

const DEFAULT_ORGANIZER_EMAIL = 'secretariat@ogp-copil.invalid';

/**
 * Embedded mode's calendar (ARCHITECTURE.md): the committee's meetings as an ICS feed, its
 * texts in `locale` (the feed holder's language).
 */
export function calendarIcs(
  meetings: Meeting[],
  organizer: FeedOrganizer = {
    name: say('feed.organizer', 'fr'),
    email: DEFAULT_ORGANIZER_EMAIL,
  },
  locale: Locale = 'fr',
): string {
  const events: EventAttributes[] = meetings
    // Only meetings the members were told of: never a draft, nor a draft cancelled or moved
    // before its notice (core/rules/visibility.ts).
    .filter((m) => visibleToMembers(m))
    .map((m) => ({
      uid: `${m.id}@ogp-copil`,
      // Instants in UTC (`Z`): no calendar's zone tables can shift them (core/time.ts).
      start: Date.parse(m.start),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: Date.parse(m.end),
      endInputType: 'utc',
      endOutputType: 'utc',
      title: m.title,
      description: meetingDescription(m, locale),
      organizer,
      ...(m.location ? { location: m.location } : {}),
      ...(m.joinUrl ? { url: m.joinUrl } : {}),
      status:
        m.status === 'cancelled'
          ? 'CANCELLED'
          : m.status === 'postponed'
            ? 'TENTATIVE'
            : 'CONFIRMED',
      sequence: m.postponedFrom.length + (m.status === 'cancelled' ? 1 : 0),
      categories: ['Copil'],
    }));
  const { error, value } = createEvents(events, {
    productId: 'ogp-copil',
    method: 'PUBLISH',
    calName: say('feed.name', locale),
  });
  if (error || !value) throw error ?? new Error('ICS generation failed');
  return foldIcsLines(value);
}

/** The organizer: the first secretariat person of the register, when there is one. */
async function feedOrganizer(ports: Ports, locale: Locale): Promise<FeedOrganizer> {
  const people = (await ports.people.list()).map((p) => p.value);
  const secretariat = people.find((p) => p.roles.includes('secretariat') && p.email);
  return {
    name: say('feed.organizer', locale),
    email: secretariat?.email ?? DEFAULT_ORGANIZER_EMAIL,
  };
}

export function calendarFeedRoutes(
  ports: Ports,
  baseUrl: () => string,
  tokens: FeedTokens = feedTokens,
) {
  const publicRouter = Router();
  publicRouter.get('/calendar.ics', (_req, res) => {
    res
      .status(410)
      .type('text/plain')
      .send('This shared calendar link was withdrawn: each person now has their own, in the app.');
  });
  publicRouter.get(PERSONAL_FEED_PATH, async (req, res) => {
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    const reader = await calendarFeedReader(ports, tokens, token);
    if (!reader) {
      // Unknown, revoked, or its holder no longer on the committee: alike, nothing to tell.
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    // The meetings the members were told of (calendarIcs asks core/rules/visibility.ts); the
    // same for every reader, the secretariat included: drafts are worked on in the tab.
    // Written in the holder's chosen language (issue 3/8 item 2), French without one.
    const locale = reader.locale ?? 'fr';
    const meetings = (await ports.meetings.list()).map((m) => m.value);
    res
      .type('text/calendar; charset=utf-8')
      .send(calendarIcs(meetings, await feedOrganizer(ports, locale), locale));
  });

  const apiRouter = Router();
  const json = express.json({ limit: '1kb', strict: true, type: () => true });
  const feedUrl = (token: string) =>
    `${baseUrl()}${PERSONAL_FEED_PATH}?token=${encodeURIComponent(token)}`;
  // Whether the signed-in person has a working link (the URL was shown once, when made).
  apiRouter.get('/calendar-feed', async (req, res) =>
    sendOutcome(res, await getCalendarFeed(ports, actorOf(req))),
  );
  // A new link for the signed-in person; the previous one stops working.
  apiRouter.post('/calendar-feed', json, async (req, res) => {
    const outcome = await issueCalendarFeed(ports, tokens, actorOf(req));
    if (!outcome.ok) return sendOutcome(res, outcome);
    const link: CalendarFeedLink = {
      url: feedUrl(outcome.value.token),
      createdAt: outcome.value.createdAt,
    };
    res.status(201).json(link);
  });
  apiRouter.post('/calendar-feed/revoke', json, async (req, res) =>
    sendOutcome(res, await revokeOwnCalendarFeed(ports, actorOf(req))),
  );
  apiRouter.post('/people/:id/calendar-feed/revoke', json, async (req, res) =>
    sendOutcome(res, await revokeCalendarFeedOf(ports, actorOf(req), String(req.params.id))),
  );
  return { publicRouter, apiRouter };
}
