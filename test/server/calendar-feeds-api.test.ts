import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/start.js';
import { configFrom } from '../support/config.js';
import { manualClock, temporaryDirectory } from '../support/fixtures.js';
import { localToken } from '../support/local-token.js';

let server: RunningServer;
let dataDir = '';
let removeDir: () => Promise<void>;
const tokens: Record<string, string> = {};
const OLD_SHARED_KEY = 'the-old-shared-key-everyone-had';

function call(path: string, as: string, method: 'GET' | 'POST' = 'GET') {
  return fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${tokens[as]}`,
      ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
    },
    ...(method === 'POST' ? { body: '{}' } : {}),
  });
}

/** Makes a new feed link for `as` and returns its URL on this test server. */
async function newFeed(as: string): Promise<string> {
  const res = await call('/api/calendar-feed', as, 'POST');
  expect(res.status, await res.clone().text()).toBe(201);
  const { url } = (await res.json()) as { url: string };
  return url.replace(/^http:\/\/[^/]+/, server.url);
}

beforeAll(async () => {
  const dir = await temporaryDirectory();
  dataDir = dir.path;
  removeDir = dir.remove;
  // The shared key of the previous version, as a data folder upgraded in place holds it.
  await mkdir(join(dataDir, 'keys'), { recursive: true });
  await writeFile(join(dataDir, 'keys', 'calendar-feed.key'), OLD_SHARED_KEY);
  server = await startServer(
    configFrom({ COPIL_DATA_DIR: dataDir, PORT: 0, LOG_LEVEL: 'silent', COPIL_TICK_SECONDS: 0 }),
    { clock: manualClock('2026-03-01T09:00:00Z') },
  );
  for (const [name, personId] of [
    ['sec', 'p-sec'],
    ['amina', 'p-c1t'],
    ['other', 'p-c2t'],
    ['ceased', 'p-c3t'],
  ] as const) {
    tokens[name] = await localToken(server.url, personId);
  }
});
afterAll(async () => {
  await server.close();
  await removeDir();
});

describe('calendar feeds per person (API)', () => {
  it('refuses the old shared key with 410 and deletes its file', async () => {
    const res = await fetch(`${server.url}/calendar.ics?key=${OLD_SHARED_KEY}`);
    expect(res.status).toBe(410);
    await expect(access(join(dataDir, 'keys', 'calendar-feed.key'))).rejects.toThrow();
  });

  it('gives each person their own URL, shown once; GET tells only whether one works', async () => {
    expect(await (await call('/api/calendar-feed', 'amina')).json()).toEqual({ active: false });
    const amina = await newFeed('amina');
    const other = await newFeed('other');
    expect(amina).not.toBe(other);
    const status = (await (await call('/api/calendar-feed', 'amina')).json()) as object;
    expect(status).toMatchObject({ active: true });
    expect(JSON.stringify(status)).not.toContain('token');
    for (const url of [amina, other]) {
      const ics = await fetch(url);
      expect(ics.status).toBe(200);
      expect(ics.headers.get('content-type')).toContain('text/calendar');
      expect(await ics.text()).toContain('BEGIN:VCALENDAR');
    }
    expect((await fetch(`${server.url}/calendar/personal.ics?token=wrong`)).status).toBe(404);
    expect((await fetch(`${server.url}/calendar/personal.ics`)).status).toBe(404);
  });

  it('a new link replaces the previous one', async () => {
    const first = await newFeed('amina');
    const second = await newFeed('amina');
    expect((await fetch(first)).status).toBe(404);
    expect((await fetch(second)).status).toBe(200);
  });

  it('the person revokes their own link: it answers 404', async () => {
    const url = await newFeed('amina');
    const res = await call('/api/calendar-feed/revoke', 'amina', 'POST');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ revoked: 1 });
    expect((await fetch(url)).status).toBe(404);
    expect(await (await call('/api/calendar-feed', 'amina')).json()).toEqual({ active: false });
  });

  it('the secretariat revokes anyone’s link; a member gets 403', async () => {
    const url = await newFeed('other');
    expect((await call('/api/people/p-c2t/calendar-feed/revoke', 'amina', 'POST')).status).toBe(
      403,
    );
    expect((await fetch(url)).status).toBe(200);
    const res = await call('/api/people/p-c2t/calendar-feed/revoke', 'sec', 'POST');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ revoked: 1 });
    expect((await fetch(url)).status).toBe(404);
    expect((await call('/api/people/p-nobody/calendar-feed/revoke', 'sec', 'POST')).status).toBe(
      404,
    );
  });

  it('R12: confirming a cessation revokes the ceased holder’s link', async () => {
    const url = await newFeed('ceased');
    expect((await fetch(url)).status).toBe(200);
    const seat = await server.ports.seats.get('seat-c3');
    const proposed = await fetch(`${server.url}/api/seats/seat-c3/cessation`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.sec}`, 'content-type': 'application/json' },
      body: JSON.stringify({ cause: 'dissolved', version: seat?.version }),
    });
    expect(proposed.status, await proposed.clone().text()).toBe(200);
    const { value } = (await proposed.json()) as { value: { version: string } };
    const confirmed = await fetch(`${server.url}/api/seats/seat-c3/cessation/confirm`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.sec}`, 'content-type': 'application/json' },
      body: JSON.stringify({ version: value.version }),
    });
    expect(confirmed.status, await confirmed.clone().text()).toBe(200);
    expect((await fetch(url)).status).toBe(404);
    const keys = await server.ports.calendarFeeds.findBy('personId', 'p-c3t');
    expect(keys.map((k) => k.value.revocation)).toEqual(['cessation']);
  });
});

describe('the feed in its holder’s language (issue 3/8 item 2)', () => {
  const setLanguage = (as: string, body: string) =>
    fetch(`${server.url}/api/me/language`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${tokens[as]}`, 'content-type': 'application/json' },
      body,
    });

  it('is written in Arabic once the person chose Arabic, and in French again when they forget it', async () => {
    const url = await newFeed('other');
    expect(await (await fetch(url)).text()).toContain('X-WR-CALNAME:Comité de pilotage OGP Maroc');
    const chosen = await setLanguage('other', JSON.stringify({ locale: 'ar' }));
    expect(chosen.status).toBe(200);
    expect(((await chosen.json()) as { locale?: string }).locale).toBe('ar');
    const arabic = (await (await fetch(url)).text()).replace(/\r\n[ \t]/g, '');
    expect(arabic).toContain('X-WR-CALNAME:لجنة قيادة الشراكة من أجل الحكومة المنفتحة بالمغرب');
    // Another person's feed stays French.
    const amina = await newFeed('amina');
    expect(await (await fetch(amina)).text()).toContain('X-WR-CALNAME:Comité de pilotage');
    expect((await setLanguage('other', JSON.stringify({ locale: null }))).status).toBe(200);
    expect(await (await fetch(url)).text()).toContain('X-WR-CALNAME:Comité de pilotage');
  });

  it('refuses a language it does not offer, naming the field, and changes nothing', async () => {
    const res = await setLanguage('amina', JSON.stringify({ locale: 'de' }));
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { issues?: { path: string }[] };
    expect(JSON.stringify(problem)).toContain('locale');
    const me = (await (await call('/api/me', 'amina')).json()) as { locale?: string };
    expect(me.locale).toBeUndefined();
  });
});
