import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../../embedded/private-files.js';
import { join } from 'node:path';
import { Router } from 'express';
import { createEvents, type EventAttributes } from 'ics';
import type { Meeting } from '../../core/model/meeting.js';
import type { Ports } from '../../core/ports/store.js';
import { canReadCommittee } from '../../core/usecases/actor.js';
import { agendaHtml } from '../../core/usecases/meetings/schedule.js';
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

const plain = (html: string) =>
  html
    .replace(/<li>/g, '\n- ')
    .replace(/<[^>]+>/g, '')
    .trim();

/** Embedded mode's calendar (ARCHITECTURE.md): the committee's meetings as an ICS feed. */
export function calendarIcs(meetings: Meeting[]): string {
  const events: EventAttributes[] = meetings
    .filter((m) => m.status !== 'draft')
    .map((m) => ({
      uid: `${m.id}@ogp-copil`,
      start: Date.parse(m.start),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: Date.parse(m.end),
      endInputType: 'utc',
      endOutputType: 'utc',
      title: m.title,
      description: plain(agendaHtml(m)),
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
    calName: 'Comité de pilotage OGP Maroc',
  });
  if (error || !value) throw error ?? new Error('ICS generation failed');
  return value;
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
    res.type('text/calendar; charset=utf-8').send(calendarIcs(meetings));
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
