import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplePdf } from '../../server/example-committee.js';
import { startServer, type RunningServer } from '../../server/start.js';
import { configFrom } from '../support/config.js';
import { temporaryDirectory } from '../support/fixtures.js';
import { localToken } from '../support/local-token.js';

let server: RunningServer;
let removeDir: () => Promise<void>;
const tokens: Record<string, string> = {};

const tokenFor = (personId: string) => localToken(server.url, personId);

function call(path: string, init: RequestInit & { as?: string; json?: unknown } = {}) {
  const headers = new Headers(init.headers);
  if (init.as) headers.set('authorization', `Bearer ${tokens[init.as]}`);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = typeof init.json === 'string' ? init.json : JSON.stringify(init.json);
  }
  return fetch(`${server.url}${path}`, { ...init, headers, body });
}

/** The whole register, to show that a refused request changed nothing. */
async function snapshot(): Promise<string> {
  const [seats, people, organisations, audit] = await Promise.all([
    server.ports.seats.list(),
    server.ports.people.list(),
    server.ports.organisations.list(),
    server.ports.auditLog.read(),
  ]);
  return JSON.stringify({ seats, people, organisations, audit });
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
  );
  tokens.secretariat = await tokenFor('p-sec');
  tokens.member = await tokenFor('p-c1t');
});

afterAll(async () => {
  await server.close();
  await removeDir();
});

const validSeat = {
  college: 'civil_society',
  organisation: { name: 'Association fictive API' },
  titular: { displayName: 'Titulaire Api', email: 'titulaire.api@example.org', guest: true },
  alternate: { displayName: 'Suppleant Api', email: 'suppleant.api@example.org', guest: true },
  mandateStart: '2025-01-01',
  mandateEnd: '2026-12-31',
};

describe('HTTP API', () => {
  it('answers /healthz and the public config', async () => {
    expect(await (await call('/healthz')).json()).toMatchObject({ status: 'ok', mode: 'embedded' });
    expect(await (await call('/api/config')).json()).toMatchObject({
      mode: 'embedded',
      signIn: 'local',
    });
  });

  it('sends the headers Teams needs to frame the tab', async () => {
    const res = await call('/healthz');
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors');
    expect(res.headers.get('x-frame-options')).toBeNull();
  });

  it('requires a valid token on every API route', async () => {
    for (const path of ['/api/me', '/api/composition', '/api/organisations', '/api/people']) {
      const res = await call(path);
      expect(res.status, path).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    const forged = await call('/api/me', {
      headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJvaWQiOiJ4In0.' },
    });
    expect(forged.status).toBe(401);
  });

  it('gives a member read access and the secretariat the register', async () => {
    const me = (await (await call('/api/me', { as: 'member' })).json()) as {
      roles: string[];
      canManageRegister: boolean;
    };
    expect(me).toMatchObject({ roles: ['titular'], canManageRegister: false });
    expect((await call('/api/composition', { as: 'member' })).status).toBe(200);
    expect((await call('/api/people', { as: 'member' })).status).toBe(403);
    expect((await call('/api/people', { as: 'secretariat' })).status).toBe(200);
  });

  it('refuses every change from a member with 403, whatever role the body claims', async () => {
    const before = await snapshot();
    const attempts: [string, unknown][] = [
      ['/api/seats', { ...validSeat, role: 'secretariat' }],
      ['/api/seats/seat-c2/holders', { role: 'titular', person: { id: 'p-c1t' }, version: '1' }],
      ['/api/seats/seat-a4/designation-letter', { documentId: 'x', version: '1' }],
      ['/api/seats/seat-c2/cessation', { cause: 'dissolved', version: '1' }],
      ['/api/seats/seat-c2/cessation/confirm', { version: '1' }],
      ['/api/seats/seat-c2/cessation/dismiss', { version: '1' }],
      ['/api/seats/seat-c2/withdraw', { version: '1' }],
    ];
    for (const [path, body] of attempts) {
      const res = await call(path, { method: 'POST', as: 'member', json: body });
      expect([400, 403], path).toContain(res.status);
    }
    const plain = await call('/api/seats', { method: 'POST', as: 'member', json: validSeat });
    expect(plain.status).toBe(403);
    const upload = await call('/api/documents?purpose=designation-letter&name=x.pdf', {
      method: 'POST',
      as: 'member',
      headers: { 'content-type': 'application/pdf' },
      body: Buffer.from(examplePdf('x')),
    });
    expect(upload.status).toBe(403);
    expect(await snapshot()).toBe(before);
  });

  it('refuses bad input with 400 naming the fields, and changes nothing', async () => {
    const before = await snapshot();
    const cases: [string, unknown][] = [
      ['/api/seats', '{not json'],
      ['/api/seats', []],
      ['/api/seats', { ...validSeat, college: 42 }],
      ['/api/seats', { ...validSeat, mandateEnd: undefined }],
      ['/api/seats', { ...validSeat, titular: { displayName: 'X', email: 'nope' } }],
      ['/api/seats', { ...validSeat, roles: ['secretariat'] }],
      ['/api/seats/seat-c2/holders', { role: 'president', person: { id: 'p-c1t' }, version: '1' }],
      ['/api/seats/seat-c2/holders', { role: 'titular', version: '1' }],
      ['/api/seats/seat-c2/cessation', { cause: 'bored', version: '1' }],
      ['/api/seats/seat-c2/cessation/confirm', {}],
      ['/api/seats/..%2F..%2Fetc/cessation/dismiss', { version: '1' }],
      ['/api/seats/seat-c2/withdraw', {}],
    ];
    for (const [path, body] of cases) {
      const res = await call(path, { method: 'POST', as: 'secretariat', json: body });
      const problem = (await res.json()) as { reason: string; issues?: unknown[] };
      expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(400);
      expect(problem.reason).toBe('invalid');
    }
    const named = (await (
      await call('/api/seats', {
        method: 'POST',
        as: 'secretariat',
        json: { ...validSeat, college: 42 },
      })
    ).json()) as { issues: { path: string }[] };
    expect(named.issues.map((i) => i.path)).toContain('college');
    expect(await snapshot()).toBe(before);
  });

  it('answers 404 for an unknown seat and 409 for a stale version', async () => {
    const missing = await call('/api/seats/no-such-seat/cessation/dismiss', {
      method: 'POST',
      as: 'secretariat',
      json: { version: '1' },
    });
    expect(missing.status).toBe(404);
    const before = await snapshot();
    const stale = await call('/api/seats/seat-c2/holders', {
      method: 'POST',
      as: 'secretariat',
      json: {
        role: 'alternate',
        person: { displayName: 'Y Z', email: 'yz@example.org' },
        version: '999',
      },
    });
    expect(stale.status).toBe(409);
    expect(await snapshot()).toBe(before);
  });

  it('refuses a rule violation with 422, its rule id and its sentence in three languages', async () => {
    const res = await call('/api/seats', {
      method: 'POST',
      as: 'secretariat',
      json: { ...validSeat, titular: { id: 'p-c2t' }, alternate: { id: 'p-c2t' } },
    });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { rule: string; message: Record<string, string> };
    expect(problem.rule).toBe('R3.1');
    expect(Object.keys(problem.message).sort()).toEqual(['ar', 'en', 'fr']);
  });

  it('refuses an upload whose bytes are not the declared type, or of an unknown purpose', async () => {
    const fake = await call('/api/documents?purpose=designation-letter&name=x.pdf', {
      method: 'POST',
      as: 'secretariat',
      headers: { 'content-type': 'application/pdf' },
      body: '<script>alert(1)</script>',
    });
    expect(fake.status).toBe(400);
    const purpose = await call('/api/documents?purpose=selfie&name=x.pdf', {
      method: 'POST',
      as: 'secretariat',
      headers: { 'content-type': 'application/pdf' },
      body: Buffer.from(examplePdf('x')),
    });
    expect(purpose.status).toBe(400);
  });

  it('R3.2 adds a fifth civil-society seat as pending (201, with its reason in codes) and withdraws it', async () => {
    const created = await call('/api/seats', {
      method: 'POST',
      as: 'secretariat',
      json: validSeat,
    });
    expect(created.status).toBe(201);
    const body = (await created.json()) as {
      value: { id: string; version: string; status: string; pending?: unknown };
      warnings: { rule: string }[];
    };
    expect(body.value.status).toBe('pending');
    expect(body.value.pending).toMatchObject({
      reason: {
        rule: 'R3.2',
        key: 'seat-pending',
        params: { lacking: 'administration', missing: 1, remedyRule: 'R4.1' },
      },
    });
    expect(body.warnings).toEqual([]);
    const composition = (await (await call('/api/composition', { as: 'member' })).json()) as {
      civilSociety: { id: string; status: string }[];
      parity: { civilSociety: number; balanced: boolean; pending: { civilSociety: number } };
    };
    expect(composition.civilSociety.find((s) => s.id === body.value.id)?.status).toBe('pending');
    expect(composition.parity).toMatchObject({
      civilSociety: 4,
      balanced: true,
      pending: { civilSociety: 1 },
    });

    const withdrawn = await call(`/api/seats/${body.value.id}/withdraw`, {
      method: 'POST',
      as: 'secretariat',
      json: { version: body.value.version },
    });
    expect(withdrawn.status).toBe(200);
    expect(((await withdrawn.json()) as { value: { status: string } }).value.status).toBe(
      'withdrawn',
    );
    const active = await call('/api/seats/seat-c2/withdraw', {
      method: 'POST',
      as: 'secretariat',
      json: { version: (await server.ports.seats.get('seat-c2'))?.version },
    });
    expect(active.status).toBe(422);
  });

  it('serves an uploaded letter back', async () => {
    const pdf = examplePdf('Lettre');
    const uploaded = await call(
      '/api/documents?purpose=designation-letter&name=lettre%20DFAP.pdf',
      {
        method: 'POST',
        as: 'secretariat',
        headers: { 'content-type': 'application/pdf' },
        body: Buffer.from(pdf),
      },
    );
    expect(uploaded.status).toBe(201);
    const ref = (await uploaded.json()) as { id: string; sha256: string };
    // A letter on no seat yet is the secretariat's alone (core/rules/visibility.ts): a member
    // gets 404, the secretariat the bytes.
    expect((await call(`/api/documents/${ref.id}`, { as: 'member' })).status).toBe(404);
    const download = await call(`/api/documents/${ref.id}`, { as: 'secretariat' });
    expect(download.status).toBe(200);
    expect(download.headers.get('x-content-sha256')).toBe(ref.sha256);
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true);
  });

  it('refuses anonymous bot traffic that does not come from this machine', async () => {
    // The request comes from loopback, so the bot answers (anything but 403).
    const res = await call('/api/messages', { method: 'POST', json: { type: 'ping' } });
    expect(res.status).not.toBe(403);
  });
});
