import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalIssuer } from '../../server/auth/local-issuer.js';
import { startServer, type RunningServer } from '../../server/start.js';
import { configFrom } from '../support/config.js';
import { temporaryDirectory } from '../support/fixtures.js';
import { localToken } from '../support/local-token.js';

/*
 * Issue 10, "identity by object id only": a token signs in only with an object id the register
 * holds. Its e-mail, `preferred_username` or `upn` claims never bind it to a person.
 */
let server: RunningServer;
let dataDir: string;
let removeDir: () => Promise<void>;
let secretariat: string;

const call = (path: string, token: string, init: RequestInit = {}) =>
  fetch(`${server.url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  });

async function snapshot(): Promise<string> {
  const [seats, people, audit] = await Promise.all([
    server.ports.seats.list(),
    server.ports.people.list(),
    server.ports.auditLog.read(),
  ]);
  return JSON.stringify({ seats, people, audit });
}

beforeAll(async () => {
  const dir = await temporaryDirectory();
  dataDir = dir.path;
  removeDir = dir.remove;
  server = await startServer(
    configFrom({ COPIL_DATA_DIR: dir.path, PORT: 0, LOG_LEVEL: 'silent', COPIL_TICK_SECONDS: 0 }),
  );
  secretariat = await localToken(server.url, 'p-sec');
});

afterAll(async () => {
  await server.close();
  await removeDir();
});

describe('identity by object id only (issue 10)', () => {
  it('answers 403, localised, to an unknown object id with a pending member’s e-mail, and binds nothing', async () => {
    const added = await call('/api/seats', secretariat, {
      method: 'POST',
      body: JSON.stringify({
        college: 'civil_society',
        organisation: { name: 'Association fictive Identité' },
        titular: { displayName: 'Nadia Attente', email: 'nadia.attente@example.org', guest: true },
        alternate: { displayName: 'Omar Attente', email: 'omar.attente@example.org', guest: true },
        mandateStart: '2025-01-01',
        mandateEnd: '2026-12-31',
      }),
    });
    expect(added.status).toBe(201);
    const before = await snapshot();

    // A token signed by the very issuer the server trusts, for an object id not in the register.
    const issuer = await createLocalIssuer(dataDir);
    for (const username of ['nadia.attente@example.org', 'NADIA.Attente@Example.org']) {
      const { accessToken } = await issuer.issue({
        oid: '0f0f0f0f-1111-4222-8333-444444444444',
        name: 'Nadia Attente',
        username,
        guest: true,
      });
      const res = await call('/api/me', accessToken);
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const problem = (await res.json()) as { message: Record<string, string> };
      expect(Object.keys(problem.message).sort()).toEqual(['ar', 'en', 'fr']);
      expect(problem.message['fr']).toContain('registre');
    }
    expect(await snapshot()).toBe(before);
  });

  it('signs a newly registered person in with the local id the register gave them', async () => {
    const [nadia] = await server.ports.people.findBy('email', 'nadia.attente@example.org');
    expect(nadia?.value.aadObjectId).not.toContain('@');
    const res = await call('/api/me', await localToken(server.url, nadia?.value.id ?? ''));
    expect(res.status).toBe(200);
  });

  it('refuses an object id sent in the request body', async () => {
    const before = await snapshot();
    const res = await call('/api/seats', secretariat, {
      method: 'POST',
      body: JSON.stringify({
        college: 'civil_society',
        organisation: { name: 'Association fictive Corps' },
        titular: {
          displayName: 'Choisi Corps',
          email: 'choisi@example.org',
          guest: true,
          aadObjectId: '0f0f0f0f-1111-4222-8333-444444444444',
        },
        alternate: { displayName: 'Autre Corps', email: 'autre.corps@example.org', guest: true },
        mandateStart: '2025-01-01',
        mandateEnd: '2026-12-31',
      }),
    });
    expect(res.status).toBe(400);
    expect(await snapshot()).toBe(before);
  });
});
