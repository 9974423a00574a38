import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/start.js';
import { configFrom } from '../support/config.js';
import { manualClock, temporaryDirectory } from '../support/fixtures.js';
import { localToken } from '../support/local-token.js';
import { expectMatchesOpenApi } from '../support/openapi.js';

let server: RunningServer;
let removeDir: () => Promise<void>;
const clock = manualClock('2026-03-02T09:00:00Z');
const tokens: Record<string, string> = {};

const tokenFor = (personId: string) => localToken(server.url, personId);

/** Posts to the API; every answer must match the OpenAPI document (test/support/openapi.ts). */
async function post(path: string, as: string, body: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens[as]}`, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  await expectMatchesOpenApi(res, 'POST');
  return res;
}

async function snapshot() {
  const p = server.ports;
  return JSON.stringify(
    await Promise.all([
      p.decisions.list(),
      p.votes.list(),
      p.ballots.list(),
      p.communications.list(),
      p.revisions.list(),
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
  for (const id of ['p-sec', 'p-chair', 'p-c1t']) tokens[id] = await tokenFor(id);
});
afterAll(async () => {
  await server.close();
  await removeDir();
});

describe('decisions and votes API', () => {
  let decision = { id: '', version: '' };
  let voteId = '';

  it('records a decision and opens a vote only after exhausted consensus (422 R5.7)', async () => {
    const created = await post('/api/decisions', 'p-sec', {
      text: 'Adopter le plan de communication.',
    });
    expect(created.status).toBe(201);
    decision = ((await created.json()) as { value: { id: string; version: string } }).value;
    const early = await post(`/api/decisions/${decision.id}/vote`, 'p-chair', {
      version: decision.version,
      motion: 'Adopter',
      closesAt: '2026-03-02T12:00',
    });
    expect(early.status).toBe(422);
    expect(((await early.json()) as { rule: string }).rule).toBe('R5.7');
    const exhausted = await post(`/api/decisions/${decision.id}/consensus-exhausted`, 'p-chair', {
      version: decision.version,
    });
    const after = ((await exhausted.json()) as { value: { version: string } }).value;
    const opened = await post(`/api/decisions/${decision.id}/vote`, 'p-chair', {
      version: after.version,
      motion: 'Adopter',
      closesAt: '2026-03-02T12:00',
    });
    expect(opened.status).toBe(200);
    voteId = ((await opened.json()) as { value: { vote: { id: string } } }).value.vote.id;
  });

  it('refuses bad input on every decision route with 400 and changes nothing', async () => {
    const before = await snapshot();
    const cases: [string, string, unknown][] = [
      ['/api/decisions', 'p-sec', { text: '' }],
      ['/api/decisions', 'p-sec', { text: 'x', status: 'adopted' }],
      [`/api/decisions/${decision.id}/consensus`, 'p-chair', {}],
      [
        `/api/decisions/${decision.id}/vote`,
        'p-chair',
        { version: '1', motion: 'x', closesAt: 'demain' },
      ],
      [`/api/votes/${voteId}/ballot`, 'p-c1t', { choice: 'maybe' }],
      [
        `/api/votes/${voteId}/ballot`,
        'p-c1t',
        { choice: 'yes', seatId: 'seat-a1', voter: 'titular' },
      ],
      [`/api/votes/${voteId}/ballot`, 'p-c1t', '{"choice":'],
      [`/api/votes/${voteId}/close`, 'p-chair', {}],
      ['/api/communications', 'p-c1t', { text: 'x', channel: 'tv', plannedDay: '2026-03-10' }],
      ['/api/communications', 'p-c1t', { text: 'x', channel: 'portal', plannedDay: '10/03/2026' }],
      ['/api/revisions', 'p-c1t', { text: '', supporters: 20 }],
    ];
    for (const [path, as, body] of cases) {
      const res = await post(path, as, body);
      expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(400);
    }
    expect(await snapshot()).toBe(before);
  });

  it('takes a ballot from the token’s person only, and refuses the secretariat (422 R6)', async () => {
    const ballot = await post(`/api/votes/${voteId}/ballot`, 'p-c1t', { choice: 'yes' });
    expect(ballot.status).toBe(200);
    const stored = await server.ports.ballots.findBy('voteId', voteId);
    expect(stored.map((b) => b.value.voterId)).toEqual(['p-c1t']);
    const secretariat = await post(`/api/votes/${voteId}/ballot`, 'p-sec', { choice: 'yes' });
    expect(secretariat.status).toBe(422);
    expect(((await secretariat.json()) as { rule: string }).rule).toBe('R6');
  });

  it('refuses a member closing the vote (403) and a ballot after closing time (422 R13.2)', async () => {
    const vote = (await (
      await fetch(`${server.url}/api/votes/${voteId}`, {
        headers: { authorization: `Bearer ${tokens['p-chair']}` },
      })
    ).json()) as { version: string };
    expect(
      (await post(`/api/votes/${voteId}/close`, 'p-c1t', { version: vote.version })).status,
    ).toBe(403);
    clock.set('2026-03-02T12:00:00Z');
    const late = await post(`/api/votes/${voteId}/ballot`, 'p-c1t', { choice: 'no' });
    expect(late.status).toBe(422);
    expect(((await late.json()) as { details: { reason: string } }).details.reason).toBe(
      'vote-closed',
    );
  });
});
