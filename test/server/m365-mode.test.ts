import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGraphPorts, provisionSite } from '../../graph/index.js';
import { EXAMPLE_OBJECT_IDS, loadExampleCommittee } from '../../server/example-committee.js';
import { startServer, type RunningServer } from '../../server/start.js';
import { fakeClient, SITE_URL, startFake } from '../contract/graph-harness.js';
import type { GraphFake } from '../fakes/graph/index.js';
import { FakeGraphHttpHandler } from '../fakes/graph/forwarding-middleware.js';
import { configFrom } from '../support/config.js';
import { manualClock, sequentialIds } from '../support/fixtures.js';

const TENANT = '11111111-2222-4333-8444-555555555555';
const CLIENT_ID = '66666666-7777-4888-8999-000000000000';
const BOT_ID = '99999999-8888-4777-8666-555555555555';

let fake: GraphFake;
let server: RunningServer;
let privateKey: CryptoKey;

async function teamsSsoToken(
  oid: string,
  version: '1.0' | '2.0' = '2.0',
  extra: Record<string, unknown> = {},
) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    ver: version,
    tid: TENANT,
    oid,
    scp: 'access_as_user',
    name: 'Test',
    ...extra,
  })
    .setProtectedHeader({ alg: 'RS256', kid: 'entra-like', typ: 'JWT' })
    .setIssuer(
      version === '1.0'
        ? `https://sts.windows.net/${TENANT}/`
        : `https://login.microsoftonline.com/${TENANT}/v2.0`,
    )
    .setAudience(version === '1.0' ? `api://copil.example.org/${CLIENT_ID}` : CLIENT_ID)
    .setIssuedAt(now)
    .setExpirationTime(now + 3600)
    .sign(privateKey);
}

beforeAll(async () => {
  fake = await startFake();
  fake.addSite({ hostname: 'fake-tenant.sharepoint.com', path: '/sites/copil' });
  fake.addUser({
    id: 'mailbox',
    mail: 'secretariat@ministere.example.org',
    displayName: 'Secrétariat',
  });
  const client = fakeClient(fake);
  await provisionSite(client, SITE_URL);
  // The register already lives in SharePoint: the example committee, written through Graph.
  await loadExampleCommittee(
    await openGraphPorts({
      client,
      siteUrl: SITE_URL,
      clock: manualClock(),
      ids: sequentialIds('seed'),
    }),
  );
  const keys = await generateKeyPair('RS256', { extractable: true });
  privateKey = keys.privateKey as CryptoKey;
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'entra-like', alg: 'RS256' };
  server = await startServer(
    configFrom({
      COPIL_MODE: 'm365',
      PORT: 0,
      LOG_LEVEL: 'silent',
      GRAPH_SITE_URL: SITE_URL,
      GRAPH_CALENDAR_MAILBOX: 'secretariat@ministere.example.org',
      COPIL_TICK_SECONDS: 0,
      AAD_APP_CLIENT_ID: CLIENT_ID,
      AAD_APP_TENANT_ID: TENANT,
      AAD_APP_CLIENT_SECRET: 'not-used-with-the-fake',
      TAB_DOMAIN: 'copil.example.org',
      BOT_ID,
      BOT_PASSWORD: 'bot-secret',
    }),
    {
      graphTransport: new FakeGraphHttpHandler(fake),
      graphAuth: { getAccessToken: async () => 'fake-app-only-token' },
      entraKeys: createLocalJWKSet({ keys: [jwk] }),
    },
  );
}, 60_000);

afterAll(async () => {
  await server?.close();
  await fake?.close();
});

const get = (path: string, token?: string) =>
  fetch(`${server.url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

describe('Microsoft 365 mode (Graph adapter through the fake, Teams SSO tokens)', () => {
  it('offers no local sign-in and says to use Teams', async () => {
    expect(await (await get('/api/config')).json()).toMatchObject({
      mode: 'm365',
      signIn: 'teams',
    });
    expect((await get('/auth/local/people')).status).toBe(404);
  });

  it('accepts a v2 and a v1 Teams SSO token for a registered person; roles from SharePoint', async () => {
    const v2 = await get('/api/me', await teamsSsoToken(EXAMPLE_OBJECT_IDS.secretariat));
    expect(v2.status).toBe(200);
    expect(await v2.json()).toMatchObject({ roles: ['secretariat'], canManageRegister: true });
    const v1 = await get(
      '/api/me',
      await teamsSsoToken(EXAMPLE_OBJECT_IDS.civilTitular, '1.0', { acct: 1 }),
    );
    expect(await v1.json()).toMatchObject({ roles: ['titular'], person: { guest: true } });
  });

  it('reads the composition from the SharePoint lists', async () => {
    const res = await get('/api/composition', await teamsSsoToken(EXAMPLE_OBJECT_IDS.civilTitular));
    const view = (await res.json()) as { parity: { administration: number; civilSociety: number } };
    expect(view.parity).toMatchObject({ administration: 4, civilSociety: 4 });
    fake.assertNoContractViolations();
  });

  it('refuses a token for someone outside the register, and one from another tenant', async () => {
    expect(
      (await get('/api/me', await teamsSsoToken('00000000-dead-4bee-8000-000000000000'))).status,
    ).toBe(403);
    const foreign = await teamsSsoToken(EXAMPLE_OBJECT_IDS.secretariat, '2.0', {
      tid: '22222222-2222-4222-8222-222222222222',
    });
    expect((await get('/api/me', foreign)).status).toBe(401);
  });

  it('refuses bot traffic without the Bot Framework token once an app id is configured', async () => {
    const res = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        text: 'composition',
        channelId: 'msteams',
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
      }),
    });
    expect(res.status).toBe(401);
  });
});

describe('Microsoft 365 mode: identity by object id only (issue 10)', () => {
  const post = async (path: string, token: string, body: unknown) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const register = async () =>
    JSON.stringify(
      await Promise.all([
        server.ports.seats.list(),
        server.ports.people.list(),
        server.ports.auditLog.read(),
      ]),
    );

  it('adds a civil-society seat from the directory: invited guests, their object ids from Graph', async () => {
    const secretariat = await teamsSsoToken(EXAMPLE_OBJECT_IDS.secretariat);
    // Not in the directory and no invitation asked: refused, nothing saved, nobody invited.
    const seat = {
      college: 'civil_society',
      organisation: { name: 'Association fictive Annuaire' },
      titular: {
        displayName: 'Leila Invitée',
        email: 'leila@association.example.org',
        guest: true,
      },
      alternate: {
        displayName: 'Karim Invité',
        email: 'karim@association.example.org',
        guest: true,
      },
      mandateStart: '2025-01-01',
      mandateEnd: '2026-12-31',
    };
    const before = await register();
    const refused = await post('/api/seats', secretariat, seat);
    expect(refused.status).toBe(400);
    expect(await register()).toBe(before);

    const lookup = await get(
      '/api/directory?email=leila%40association.example.org&guest=true',
      secretariat,
    );
    expect(await lookup.json()).toEqual({ source: 'entra' });

    const added = await post('/api/seats', secretariat, {
      ...seat,
      titular: { ...seat.titular, invite: true },
      alternate: { ...seat.alternate, invite: true },
    });
    expect(added.status).toBe(201);
    const guest = fake.state.users.find((u) => u.mail === 'leila@association.example.org');
    expect(guest?.userType).toBe('Guest');
    const [leila] = await server.ports.people.findBy('email', 'leila@association.example.org');
    expect(leila?.value.aadObjectId).toBe(guest?.id);
    fake.assertNoContractViolations();
  });

  it('answers 403 to an unknown object id carrying a pending member’s e-mail, and binds nothing', async () => {
    const before = await register();
    for (const claimed of ['leila@association.example.org', 'LEILA@Association.Example.org']) {
      const token = await teamsSsoToken('0a0a0a0a-1b1b-4c2c-8d3d-4e4e4e4e4e4e', '2.0', {
        preferred_username: claimed,
        email: claimed,
        upn: claimed,
        acct: 1,
      });
      const res = await get('/api/me', token);
      expect(res.status).toBe(403);
      const problem = (await res.json()) as { message: Record<string, string> };
      expect(Object.keys(problem.message).sort()).toEqual(['ar', 'en', 'fr']);
    }
    expect(await register()).toBe(before);
  });

  it('signs the invited guest in with the object id the invitation answered', async () => {
    const guest = fake.state.users.find((u) => u.mail === 'leila@association.example.org');
    const res = await get('/api/me', await teamsSsoToken(guest?.id ?? '', '2.0', { acct: 1 }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ person: { guest: true } });
  });
});
