import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../core/contracts/meetings.js';
import { createAudited } from '../../core/usecases/audited-write.js';
import { startServer, type RunningServer } from '../../server/start.js';
import { configFrom } from '../support/config.js';
import { manualClock, temporaryDirectory } from '../support/fixtures.js';
import { localToken } from '../support/local-token.js';

let server: RunningServer;
let removeDir: () => Promise<void>;
const clock = manualClock('2026-03-01T09:00:00Z');
const tokens: Record<string, string> = {};

const tokenFor = (personId: string) => localToken(server.url, personId);

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

async function meeting(as: string): Promise<MeetingDetail> {
  const res = await call('/api/meetings/m-api', as);
  expect(res.status).toBe(200);
  return (await res.json()) as MeetingDetail;
}

beforeAll(async () => {
  const dir = await temporaryDirectory();
  removeDir = dir.remove;
  server = await startServer(
    configFrom({ COPIL_DATA_DIR: dir.path, PORT: 0, LOG_LEVEL: 'silent', COPIL_TICK_SECONDS: 0 }),
    { clock },
  );
  tokens.sec = await tokenFor('p-sec');
  tokens.amina = await tokenFor('p-c1t');
  // A draft meeting 19 days ahead (scheduling itself is tested in meetings-api.test.ts).
  await createAudited(
    server.ports,
    'meetings',
    { actor: { personId: 'p-sec' }, action: 'MeetingScheduled', at: clock.now() },
    {
      id: 'm-api',
      title: 'Réunion du comité',
      start: '2026-03-20T10:00:00Z',
      end: '2026-03-20T12:00:00Z',
      online: true,
      status: 'draft',
      agenda: [],
      externalInvitees: [],
      postponedFrom: [],
      calendarEventId: 'ics-m-api',
      source: 'tab',
    },
  );
});
afterAll(async () => {
  await server.close();
  await removeDir();
});

/** The app installed for nobody: the "Avis envoyé" while nothing reached anyone. */
describe('R5.2 notice delivery through the API', () => {
  it('answers the notice with the delivery queued, never as delivered', async () => {
    const { version } = await meeting('sec');
    const res = await call('/api/meetings/m-api/notice', 'sec', { version });
    expect(res.status).toBe(200);
    const sent = (await res.json()) as { value: MeetingDetail };
    const delivery = sent.value.noticeDelivery!;
    expect(delivery.delivered).toBe(0);
    expect(delivery.inProgress).toBe(delivery.total);
    expect(delivery.notInstalled).toBe(delivery.total);
  });

  it('shows after the tick that nobody was reached, and why', async () => {
    await server.tick();
    const delivery = (await meeting('sec')).noticeDelivery!;
    expect(delivery).toMatchObject({ delivered: 0, inProgress: 0, canRetry: true });
    expect(delivery.failed).toBe(delivery.total);
    expect(delivery.channel).toMatchObject({ state: 'failed', reason: 'no-conversation' });
    expect(
      delivery.recipients!.every(
        (r) => r.teams.state === 'failed' && r.teams.reason === 'no-conversation',
      ),
    ).toBe(true);
    const dashboard = (await (await call('/api/dashboard', 'sec')).json()) as {
      secretariat: { notices: { meetingId: string }[] };
    };
    expect(dashboard.secretariat.notices.map((n) => n.meetingId)).toEqual(['m-api']);
  });

  it('shows a member the counts and their own line only', async () => {
    const delivery = (await meeting('amina')).noticeDelivery!;
    expect(delivery.recipients).toBeUndefined();
    expect(delivery.mine).toMatchObject({ person: { id: 'p-c1t' }, teams: { state: 'failed' } });
    expect(delivery.canRetry).toBe(false);
  });

  it('refuses the retry to a member (403) and takes it from the secretariat, audited', async () => {
    const refused = await call('/api/meetings/m-api/notice/retry', 'amina', {});
    expect(refused.status).toBe(403);
    const bad = await call('/api/meetings/m-api/notice/retry', 'sec', { personIds: 'all' });
    expect(bad.status).toBe(400);
    const res = await call('/api/meetings/m-api/notice/retry', 'sec', { personIds: ['p-c1t'] });
    expect(res.status).toBe(200);
    const retried = (await res.json()) as { value: MeetingDetail };
    const line = retried.value.noticeDelivery!.recipients!.find((r) => r.person.id === 'p-c1t');
    expect(line?.teams).toMatchObject({ state: 'queued', reason: 'no-conversation' });
    const audit = await server.ports.auditLog.about('notice-delivery', 'm-api');
    expect(audit.map((e) => [e.action, e.actorId])).toEqual([['NoticeDeliveryRetried', 'p-sec']]);
  });
});
