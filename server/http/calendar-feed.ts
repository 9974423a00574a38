import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../../embedded/private-files.js';
import { join } from 'node:path';
import { Router } from 'express';
import { createEvents, type EventAttributes } from 'ics';
import type { Meeting } from '../../core/model/meeting.js';
import type { Ports } from '../../core/ports/store.js';
import { visibleToMembers } from '../../core/rules/visibility.js';
import { canReadCommittee } from '../../core/usecases/actor.js';
import { DEFAULT_POLICY } from '../../core/policy.js';
import {
  INTL_LOCALES,
  formatInstantLong,
  formatMorocco,
  offsetLabel,
  toMoroccoWallClock,
} from '../../core/time.js';
import { actorOf } from './authenticate.js';
import { sendProblem } from './problem.js';

/** The feed's secret key, made at first start: calendar apps cannot send a bearer token. */
export async function feedKey(dataDir: string): Promise<string> {
  const file = join(dataDir, 'keys', 'calendar-feed.key');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const key = randomBytes(24).toString('base64url');
    ensurePrivateDir(join(dataDir, 'keys'));
    await writeFile(file, key, { mode: PRIVATE_FILE_MODE });
    return key;
  }
}

/** Who publishes the feed: the committee's secretariat (RFC 5545 ORGANIZER). */
export interface FeedOrganizer {
  name: string;
  email: string;
}

/**
 * The event's text, written for people (French, the committee's working language). Plain text,
 * never HTML (no entities, no tags); paragraphs are separated by line breaks, which the ICS
 * writer escapes as `\n`. Every local time stated here comes from the Morocco-time module, the
 * same instants as DTSTART/DTEND (written in UTC).
 */
export function meetingDescription(meeting: Meeting): string {
  const start = toMoroccoWallClock(meeting.start);
  const end = toMoroccoWallClock(meeting.end);
  const day = formatMorocco(meeting.start, INTL_LOCALES.fr, { dateStyle: 'full' });
  const when =
    start.day === end.day
      ? `${day}, de ${start.time} à ${end.time}`
      : `${day} à ${start.time}, jusqu'au ${formatInstantLong(meeting.end).fr}`;
  const paragraphs = [
    `Réunion du comité de pilotage OGP Maroc — ${when} (heure du Maroc, ${offsetLabel(start.offsetMinutes)}).`,
  ];
  if (meeting.agenda.length > 0) {
    const items = meeting.agenda.map(
      (item, i) => `${i + 1}. ${item.title}${item.presenter ? ` — ${item.presenter}` : ''}`,
    );
    paragraphs.push(['Ordre du jour :', ...items].join('\n'));
  }
  paragraphs.push(
    `L'ordre du jour est ouvert aux propositions des membres pendant ${DEFAULT_POLICY.proposalWindowDays} jours après l'avis (art. 5, R5.3).`,
  );
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

const DEFAULT_ORGANIZER: FeedOrganizer = {
  name: 'Secrétariat du comité de pilotage OGP Maroc',
  email: 'secretariat@ogp-copil.invalid',
};

/** Embedded mode's calendar (ARCHITECTURE.md): the committee's meetings as an ICS feed. */
export function calendarIcs(
  meetings: Meeting[],
  organizer: FeedOrganizer = DEFAULT_ORGANIZER,
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
      description: meetingDescription(m),
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
    calName: 'Comité de pilotage OGP Maroc',
  });
  if (error || !value) throw error ?? new Error('ICS generation failed');
  return foldIcsLines(value);
}

/** The organizer: the first secretariat person of the register, when there is one. */
async function feedOrganizer(ports: Ports): Promise<FeedOrganizer> {
  const people = (await ports.people.list()).map((p) => p.value);
  const secretariat = people.find((p) => p.roles.includes('secretariat') && p.email);
  return secretariat
    ? { name: DEFAULT_ORGANIZER.name, email: secretariat.email }
    : DEFAULT_ORGANIZER;
}

export function calendarFeedRoutes(ports: Ports, key: string, baseUrl: () => string) {
  const publicRouter = Router();
  publicRouter.get('/calendar.ics', async (req, res) => {
    const given = Buffer.from(String(req.query.key ?? ''));
    const expected = Buffer.from(key);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    const meetings = (await ports.meetings.list()).map((m) => m.value);
    res
      .type('text/calendar; charset=utf-8')
      .send(calendarIcs(meetings, await feedOrganizer(ports)));
  });
  const apiRouter = Router();
  apiRouter.get('/calendar-feed', (req, res) => {
    if (!canReadCommittee(actorOf(req))) {
      return sendProblem(res, 'forbidden', { detail: 'committee members only' });
    }
    res.json({ url: `${baseUrl()}/calendar.ics?key=${encodeURIComponent(key)}` });
  });
  return { publicRouter, apiRouter };
}
