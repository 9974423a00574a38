import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../core/model/person.js';
import { calendarIcs } from '../../server/http/calendar-feed.js';
import { startServer, type RunningServer } from '../../server/start.js';
import { configFrom } from '../support/config.js';
import { manualClock, temporaryDirectory } from '../support/fixtures.js';
import { localToken } from '../support/local-token.js';

/**
 * Issue 10 item 3 at the API: every read goes through the visibility rule
 * (core/rules/visibility.ts) — drafts and cancelled drafts stay the secretariat's, letters are
 * for the secretariat, the chair and the seat's holders, e-mails for members only.
 */
let server: RunningServer;
let removeDir: () => Promise<void>;
const clock = manualClock('2026-03-01T09:00:00Z');
const tokens: Record<string, string> = {};

function call(path: string, as: string, body?: unknown) {
  return fetch(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${tokens[as]}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function json<T>(path: string, as: string): Promise<T> {
  const res = await call(path, as);
  expect(res.status, `${as} GET ${path}`).toBe(200);
  const body = (await res.json()) as T | { value: T };
  return Array.isArray(body) || !('value' in (body as object))
    ? (body as T)
    : (body as { value: T }).value;
}

const listIds = async (as: string) =>
  (await json<{ id: string }[]>('/api/meetings', as)).map((m) => m.id);

async function schedule(title: string, start: string, end: string) {
  const res = await call('/api/meetings', 'sec', { title, start, end });
  expect(res.status).toBe(201);
  return ((await res.json()) as { value: { id: string; version: string } }).value;
}

const extra = (id: string, displayName: string, roles: Person['roles']): Person => ({
  id,
  aadObjectId: `00000000-0000-4000-8000-${Buffer.from(id).toString('hex').padStart(12, '0').slice(-12)}`,
  displayName,
  email: `${id}@example.org`,
  roles,
  guest: false,
  example: true,
});

beforeAll(async () => {
  const dir = await temporaryDirectory();
  removeDir = dir.remove;
  server = await startServer(
    configFrom({ COPIL_DATA_DIR: dir.path, PORT: 0, LOG_LEVEL: 'silent', COPIL_TICK_SECONDS: 0 }),
    { clock },
  );
  await server.ports.people.create(extra('p-obs', 'Observateur Fictif', ['observer']));
  await server.ports.people.create(extra('p-ext', 'Invitée Fictive', ['external']));
  for (const [who, id] of Object.entries({
    sec: 'p-sec',
    chair: 'p-chair',
    amina: 'p-c1t',
    nadia: 'p-a1t',
    youssef: 'p-a1s',
    observer: 'p-obs',
    external: 'p-ext',
  })) {
    tokens[who] = await localToken(server.url, id);
  }
});
afterAll(async () => {
  await server.close();
  await removeDir();
});

describe('meetings: a draft, and a draft cancelled before its notice, are the secretariat’s', () => {
  let draft = { id: '', version: '' };
  let noticed = { id: '', version: '' };

  it("a member's and an observer's list has no draft; the secretariat's has it", async () => {
    draft = await schedule('Brouillon secret', '2026-03-20T09:00', '2026-03-20T11:00');
    expect(await listIds('sec')).toContain(draft.id);
    for (const who of ['amina', 'chair', 'observer']) {
      expect(await listIds(who)).not.toContain(draft.id);
      expect((await call(`/api/meetings/${draft.id}`, who)).status).toBe(404);
    }
    const dashboard = await json<{ upcoming: { id: string }[] }>('/api/dashboard', 'amina');
    expect(dashboard.upcoming.map((m) => m.id)).not.toContain(draft.id);
  });

  it('a noticed meeting is in every member’s list', async () => {
    noticed = await schedule('Réunion annoncée', '2026-03-19T09:00', '2026-03-19T11:00');
    const res = await call(`/api/meetings/${noticed.id}/notice`, 'sec', {
      version: noticed.version,
    });
    expect(res.status).toBe(200);
    noticed.version = ((await res.json()) as { value: { version: string } }).value.version;
    for (const who of ['amina', 'chair', 'observer']) {
      expect(await listIds(who)).toContain(noticed.id);
    }
  });

  it('cancelling a draft keeps it, and its reason, hidden from members and out of the feed', async () => {
    const res = await call(`/api/meetings/${draft.id}/cancel`, 'sec', {
      reason: 'Raison interne',
      version: draft.version,
    });
    expect(res.status).toBe(200);
    for (const who of ['amina', 'chair', 'observer']) {
      expect(await listIds(who)).not.toContain(draft.id);
      expect((await call(`/api/meetings/${draft.id}`, who)).status).toBe(404);
    }
    expect(await listIds('sec')).toContain(draft.id);
    const meetings = (await server.ports.meetings.list()).map((m) => m.value);
    const ics = calendarIcs(meetings);
    expect(ics).not.toContain(draft.id);
    expect(ics).not.toContain('Raison interne');
    expect(ics).toContain(noticed.id);
  });

  it('cancelling a noticed meeting leaves it visible to members, as cancelled', async () => {
    const res = await call(`/api/meetings/${noticed.id}/cancel`, 'sec', {
      reason: 'Annulée',
      version: noticed.version,
    });
    expect(res.status).toBe(200);
    expect(await listIds('amina')).toContain(noticed.id);
    const meetings = (await server.ports.meetings.list()).map((m) => m.value);
    expect(calendarIcs(meetings)).toContain(noticed.id);
  });
});

describe('documents by purpose: a designation letter (R4.1)', () => {
  it("is for the secretariat, the chair and the seat's holders; others get 404", async () => {
    const seat = (await server.ports.seats.get('seat-a1'))!.value;
    const letter = seat.designationLetterId!;
    expect(letter).toBeTruthy();
    for (const who of ['sec', 'chair', 'nadia', 'youssef']) {
      expect((await call(`/api/documents/${letter}`, who)).status, who).toBe(200);
    }
    for (const who of ['observer', 'external', 'amina']) {
      expect((await call(`/api/documents/${letter}`, who)).status, who).toBe(404);
    }
  });
});

describe("contact details (law 09-08): members see each other's e-mails", () => {
  type Holder = { id: string; displayName: string; email?: string };
  const holders = (view: { administration: { titular?: Holder }[] }) =>
    view.administration.map((s) => s.titular).filter((h): h is Holder => !!h);

  it('an observer’s composition has names and organisations, no e-mail', async () => {
    const view = await json<{
      administration: { titular?: Holder; organisation: { name: string } }[];
    }>('/api/composition', 'observer');
    expect(holders(view).length).toBeGreaterThan(0);
    expect(JSON.stringify(view)).not.toContain('@example.org');
    expect(view.administration[0]!.organisation.name).toBeTruthy();
    expect(holders(view)[0]!.displayName).toBeTruthy();
    // Nor the letters, which are not theirs (R4.1).
    expect(JSON.stringify(view)).not.toContain('designationLetter');
  });

  it('a member’s composition carries the e-mails', async () => {
    const view = await json<{ administration: { titular?: Holder }[] }>(
      '/api/composition',
      'amina',
    );
    expect(holders(view).every((h) => h.email?.endsWith('@example.org'))).toBe(true);
  });
});

describe('a vote is read as its decision (R13.2): outside any meeting, the committee’s readers', () => {
  it('members and observers read it; an external participant gets 404, as for the decision', async () => {
    type Versioned = { id: string; version: string; vote?: { id: string } };
    const post = async (path: string, body: unknown) => {
      const res = await call(path, 'chair', body);
      expect(res.status, path).toBeLessThan(300);
      return ((await res.json()) as { value: Versioned }).value;
    };
    const decision = await post('/api/decisions', { text: 'Calendrier de co-création' });
    const exhausted = await post(`/api/decisions/${decision.id}/consensus-exhausted`, {
      version: decision.version,
    });
    const opened = await post(`/api/decisions/${decision.id}/vote`, {
      version: exhausted.version,
      motion: 'Adopter le calendrier',
      closesAt: '2026-03-05T16:00',
    });
    const voteId = opened.vote!.id;
    for (const who of ['amina', 'nadia', 'observer', 'sec']) {
      expect((await call(`/api/votes/${voteId}`, who)).status, who).toBe(200);
    }
    const hidden = await call(`/api/votes/${voteId}`, 'external');
    expect(hidden.status).toBe(404);
    expect(await hidden.text()).not.toContain('Adopter le calendrier');
    expect((await call(`/api/decisions/${decision.id}`, 'external')).status).toBe(404);
  });
});
