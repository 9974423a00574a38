import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/start.js';
import { configFrom } from '../support/config.js';
import { manualClock, temporaryDirectory } from '../support/fixtures.js';
import { localToken } from '../support/local-token.js';
import { expectMatchesOpenApi } from '../support/openapi.js';

let server: RunningServer;
let removeDir: () => Promise<void>;
const clock = manualClock('2026-03-01T09:00:00Z');
const tokens: Record<string, string> = {};

const tokenFor = (personId: string) => localToken(server.url, personId);

/** Calls the API; every answer must match the OpenAPI document (test/support/openapi.ts). */
async function call(path: string, as: string | undefined, body?: unknown) {
  const method = body === undefined ? 'GET' : 'POST';
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(as ? { authorization: `Bearer ${tokens[as]}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  await expectMatchesOpenApi(res, method);
  return res;
}

async function snapshot() {
  const p = server.ports;
  return JSON.stringify(
    await Promise.all([
      p.meetings.list(),
      p.proposals.list(),
      p.attendance.list(),
      p.amendments.list(),
      p.outbox.list(),
    ]),
  );
}

beforeAll(async () => {
  const dir = await temporaryDirectory();
  removeDir = dir.remove;
  server = await startServer(
    configFrom({
      COPIL_DATA_DIR: dir.path,
      PORT: 0,
      LOG_LEVEL: 'silent',
      COPIL_TICK_SECONDS: 0,
    }),
    { clock },
  );
  tokens.sec = await tokenFor('p-sec');
  tokens.amina = await tokenFor('p-c1t');
  tokens.external = await tokenFor('p-chair');
});
afterAll(async () => {
  await server.close();
  await removeDir();
});

describe('meetings API', () => {
  let meetingId = '';
  let version = '';

  it('schedules a meeting (secretariat) and refuses a member with 403', async () => {
    const body = { title: 'Réunion', start: '2026-03-19T09:00', end: '2026-03-19T11:00' };
    expect((await call('/api/meetings', 'amina', body)).status).toBe(403);
    const res = await call('/api/meetings', 'sec', body);
    expect(res.status).toBe(201);
    const created = (await res.json()) as { value: { id: string; version: string } };
    meetingId = created.value.id;
    version = created.value.version;
  });

  it('takes Morocco wall-clock times: 14:30 typed in December 2026 is 14:30Z (UTC+0 since 2026-09-20)', async () => {
    const res = await call('/api/meetings', 'sec', {
      title: 'Réunion de décembre',
      start: '2026-12-02T14:30',
      end: '2026-12-02T16:00',
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { value: { start: string; end: string } };
    expect(created.value).toMatchObject({
      start: '2026-12-02T14:30:00Z',
      end: '2026-12-02T16:00:00Z',
    });
  });

  it('refuses a time sent with an offset or Z, naming the field', async () => {
    for (const start of ['2026-12-02T14:30Z', '2026-12-02T14:30:00+01:00']) {
      const res = await call('/api/meetings', 'sec', {
        title: 'x',
        start,
        end: '2026-12-02T16:00',
      });
      expect(res.status).toBe(400);
      const problem = (await res.json()) as { issues: { path: string; message: string }[] };
      expect(problem.issues).toEqual([
        { path: 'start', message: expect.stringContaining('YYYY-MM-DDTHH:mm') },
      ]);
    }
  });

  it('refuses bad input on every meeting route with 400 and changes nothing', async () => {
    const before = await snapshot();
    const cases: [string, unknown][] = [
      ['/api/meetings', { title: 'x', start: 'tomorrow', end: '2026-03-19T11:00:00Z' }],
      ['/api/meetings', { title: 'x', start: '2026-03-19T12:00', end: '2026-03-19T11:00' }],
      ['/api/meetings', { title: 'x', start: '2026-03-19T09:00:00', end: '2026-03-19T11:00:00Z' }],
      // The API takes Morocco's wall clock only: a client-computed offset or Z is refused.
      ['/api/meetings', { title: 'x', start: '2026-03-19T09:00Z', end: '2026-03-19T11:00' }],
      ['/api/meetings', { title: 'x', start: '2026-03-19T09:00', end: '2026-03-19T11:00+01:00' }],
      [
        '/api/meetings',
        {
          title: 'x',
          start: '2026-03-19T09:00',
          end: '2026-03-19T11:00',
          status: 'published',
        },
      ],
      [`/api/meetings/${meetingId}`, { title: 42, version }],
      [`/api/meetings/${meetingId}/cancel`, { version }],
      [`/api/meetings/${meetingId}/notice`, {}],
      [`/api/meetings/${meetingId}/attendance`, { entries: [] }],
      [
        `/api/meetings/${meetingId}/attendance`,
        { entries: [{ personId: 'p-c1t', status: 'late' }] },
      ],
      [`/api/meetings/${meetingId}/absences`, { personId: 'p-c1t', justified: true }],
      [`/api/meetings/${meetingId}/minutes`, { version }],
      [`/api/meetings/${meetingId}/minutes`, { version, text: 'a', documentId: 'b' }],
      [`/api/meetings/${meetingId}/publish`, {}],
      ['/api/holidays/confirmations', { key: 'christmas', date: '2026-12-25' }],
      ['/api/holidays/confirmations', { key: 'eid_al_fitr', date: '2026-07-01' }],
    ];
    for (const [path, body] of cases) {
      const res = await call(path, 'sec', body);
      expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(400);
    }
    expect(await snapshot()).toBe(before);
  });

  it('refuses a member’s proposal before the notice and another person’s identity in the body', async () => {
    const res = await call(`/api/meetings/${meetingId}/proposals`, 'amina', {
      kind: 'agenda_item',
      text: 'Un point',
      proposerId: 'p-sec',
    });
    expect(res.status).toBe(400);
  });

  it('refuses the notice at 9 days with 422 R5.2, accepts it at 10, with a stale version 409', async () => {
    clock.set('2026-03-10T08:00:00Z');
    const refused = await call(`/api/meetings/${meetingId}/notice`, 'sec', { version });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { rule: string }).rule).toBe('R5.2');
    clock.set('2026-03-09T08:00:00Z');
    expect(
      (await call(`/api/meetings/${meetingId}/notice`, 'sec', { version: '999' })).status,
    ).toBe(409);
    const sent = await call(`/api/meetings/${meetingId}/notice`, 'sec', { version });
    expect(sent.status).toBe(200);
  });

  it('takes a proposal in the window (201) and refuses one after it (422 R5.3)', async () => {
    clock.set('2026-03-10T08:00:00Z');
    const ok = await call(`/api/meetings/${meetingId}/proposals`, 'amina', {
      kind: 'date',
      text: 'Le 26 plutôt',
      proposedStart: '2026-03-26T10:00',
    });
    expect(ok.status).toBe(201);
    clock.set('2026-03-13T00:00:00Z');
    const late = await call(`/api/meetings/${meetingId}/proposals`, 'amina', {
      kind: 'agenda_item',
      text: 'Trop tard',
    });
    expect(late.status).toBe(422);
    expect(((await late.json()) as { rule: string }).rule).toBe('R5.3');
  });

  it('serves the dashboard, the holidays and the ICS feed', async () => {
    const dashboard = (await (await call('/api/dashboard', 'sec')).json()) as {
      secretariat?: { semester: { label: string } };
    };
    expect(dashboard.secretariat?.semester.label).toBe('2026-S1');
    const holidays = (await (await call('/api/holidays?year=2026', 'amina')).json()) as {
      key: string;
    }[];
    expect(holidays.some((h) => h.key === 'unity_day')).toBe(true);
    // Amina's own feed link, made on demand and shown once (test/server/calendar-feeds-api).
    const feed = (await (await call('/api/calendar-feed', 'amina', {})).json()) as { url: string };
    const ics = await fetch(feed.url.replace(/^http:\/\/localhost:\d+/, server.url));
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(await ics.text()).toContain('SUMMARY:Réunion');
    expect((await fetch(`${server.url}/calendar/personal.ics?token=wrong`)).status).toBe(404);
    expect((await fetch(`${server.url}/calendar.ics?key=wrong`)).status).toBe(410);
  });

  it('publishes nothing before publication: the public export is empty', async () => {
    expect(await (await fetch(`${server.url}/public/meetings`)).json()).toEqual([]);
    expect((await fetch(`${server.url}/public/documents/anything`)).status).toBe(404);
  });
});
