import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../core/contracts/meetings.js';
import { startServer, type RunningServer } from '../../server/start.js';
import { configFrom } from '../support/config.js';
import { manualClock, temporaryDirectory } from '../support/fixtures.js';
import { meetingPatchSuite, type PatchDriver } from '../support/meeting-patch.suite.js';

/* The same PATCH cases as test/usecases/meeting-patch.test.ts, through the HTTP API. */

let server: RunningServer;
let removeDir: () => Promise<void>;
let token = '';

beforeAll(async () => {
  const dir = await temporaryDirectory();
  removeDir = dir.remove;
  server = await startServer(
    configFrom({ COPIL_DATA_DIR: dir.path, PORT: 0, LOG_LEVEL: 'silent', COPIL_TICK_SECONDS: 0 }),
    { clock: manualClock('2026-03-01T09:00:00Z') },
  );
  const res = await fetch(`${server.url}/auth/local/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId: 'p-sec' }),
  });
  token = ((await res.json()) as { accessToken: string }).accessToken;
});
afterAll(async () => {
  await server.close();
  await removeDir();
});

async function call(path: string, body?: unknown) {
  const res = await fetch(`${server.url}/api${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as unknown };
}

function detail(reply: { status: number; body: unknown }): MeetingDetail {
  if (reply.status >= 300) throw new Error(`refused: ${JSON.stringify(reply)}`);
  const body = reply.body as { value?: MeetingDetail };
  return body.value ?? (reply.body as MeetingDetail);
}

const driver = (): PatchDriver => ({
  schedule: async (body) => detail(await call('/meetings', body)),
  update: async (id, body) => {
    const reply = await call(`/meetings/${encodeURIComponent(id)}`, body);
    if (reply.status === 200) return { ok: true, value: detail(reply) };
    const reason = reply.status === 400 ? 'invalid' : reply.status === 409 ? 'conflict' : 'other';
    return { ok: false, reason, body: reply.body };
  },
  get: async (id) => detail(await call(`/meetings/${encodeURIComponent(id)}`)),
  uploadAgendaDocument: async (name) => {
    const res = await fetch(
      `${server.url}/api/documents?purpose=agenda-document&name=${encodeURIComponent(name)}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf' },
        body: '%PDF-1.4\n% agenda\n%%EOF\n',
      },
    );
    if (res.status !== 201) throw new Error(`upload refused: ${await res.text()}`);
    return ((await res.json()) as { id: string }).id;
  },
});

meetingPatchSuite('HTTP API', driver);

describe('PATCH /api/meetings/:id', () => {
  it('is the same partial update: moving by start and end keeps the agenda and the guests', async () => {
    const doc = await driver().uploadAgendaDocument('ordre-du-jour.pdf');
    const before = await driver().schedule({
      title: 'Réunion',
      start: '2026-06-18T10:00',
      end: '2026-06-18T12:00',
      agenda: [{ title: 'Point', presenter: 'Secrétariat', documentIds: [doc] }],
      externalInvitees: [{ name: 'Invitée', email: 'invitee@example.org' }],
    });
    const res = await fetch(`${server.url}/api/meetings/${encodeURIComponent(before.id)}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        version: before.version,
        start: '2026-06-25T10:00',
        end: '2026-06-25T12:00',
      }),
    });
    expect(res.status).toBe(200);
    const after = await driver().get(before.id);
    expect(after.start).not.toBe(before.start);
    expect(after.agenda).toEqual(before.agenda);
    expect(after.externalInvitees).toEqual(before.externalInvitees);
  });
});
