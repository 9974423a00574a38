import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGraphPorts, provisionSite } from '../../graph/index.js';
import { EXAMPLE_OBJECT_IDS, loadExampleCommittee } from '../../server/example-committee.js';
import { personalActivity } from '../bot/fixtures.js';
import { fakeClient, SITE_URL, startFake } from '../contract/graph-harness.js';
import { createCloudFake, type CloudFake } from '../fakes/cloud/index.js';
import type { GraphFake } from '../fakes/graph/index.js';
import { manualClock, sequentialIds } from '../support/fixtures.js';

/*
 * The real entry point (server/main.ts, as `npm run dev` runs it), started as a child process
 * with nothing but an environment, as App Service starts it: Microsoft 365 mode against the
 * Graph fake, Entra ID, the App Service managed identity and the Bot Framework channel all
 * played by loopback fakes over https (test/fakes/cloud). Nothing is injected: every endpoint
 * the server reaches is a setting a sovereign-cloud deployment would set too.
 */

const TENANT = '11111111-2222-4333-8444-555555555555';
const GUEST_TENANT = '22222222-2222-4222-8222-222222222222';
const CLIENT_ID = '66666666-7777-4888-8999-000000000000';
/** The App Service's user-assigned managed identity, which is also the Azure Bot's identity. */
const IDENTITY_ID = '99999999-8888-4777-8666-555555555555';

interface Started {
  child: ChildProcess;
  url: string;
  stderr: () => string;
}

/** Runs server/main.ts with exactly `env` (plus PATH), and waits for the line naming its URL. */
async function startEntryPoint(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no start line in 60 s:\n${out}\n${err}`)),
      60_000,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /ogp-copil is running — (http:\/\/\S+?)\/?\s/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}\n${err}`));
    });
  });
  return { child, url, stderr: () => err };
}

describe('the server entry point in Microsoft 365 mode', () => {
  let fake: GraphFake;
  let cloud: CloudFake;
  let server: Started;

  beforeAll(async () => {
    fake = await startFake();
    fake.addSite({ hostname: 'fake-tenant.sharepoint.com', path: '/sites/copil' });
    fake.addUser({ id: 'mailbox', mail: 'secretariat@ministere.example.org', displayName: 'S' });
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
    cloud = await createCloudFake({ graphBaseUrl: fake.baseUrl });
    server = await startEntryPoint({
      // The managed identity, as App Service sets it, and trust in the fakes' certificate.
      IDENTITY_ENDPOINT: cloud.identityEndpoint,
      IDENTITY_HEADER: cloud.identityHeader,
      NODE_EXTRA_CA_CERTS: cloud.caFile,
      COPIL_MODE: 'm365',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'warn',
      COPIL_TICK_SECONDS: '0',
      TAB_DOMAIN: 'copil.example.org',
      AAD_APP_CLIENT_ID: CLIENT_ID,
      AAD_APP_TENANT_ID: TENANT,
      // Two tenants: the list that used to stop Microsoft 365 mode from starting.
      AAD_ALLOWED_TENANTS: `${TENANT},${GUEST_TENANT}`,
      AAD_APP_OAUTH_AUTHORITY_HOST: cloud.origin,
      GRAPH_ENDPOINT: cloud.origin,
      GRAPH_USE_MANAGED_IDENTITY: 'true',
      GRAPH_MANAGED_IDENTITY_CLIENT_ID: IDENTITY_ID,
      GRAPH_SITE_URL: SITE_URL,
      GRAPH_CALENDAR_MAILBOX: 'secretariat@ministere.example.org',
      BOT_ID: IDENTITY_ID,
      BOT_TYPE: 'UserAssignedMSI',
      BOT_TENANT_ID: TENANT,
      BOT_OPENID_METADATA_URL: cloud.botOpenIdMetadataUrl,
      BOT_TOKEN_ISSUER: cloud.botTokenIssuer,
      BOT_LOGIN_URL: `${cloud.origin}/${TENANT}`,
    });
  }, 90_000);

  afterAll(async () => {
    if (server?.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await once(server.child, 'exit');
    }
    await cloud?.close();
    await fake?.close();
  });

  it('answers /healthz in Microsoft 365 mode', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', mode: 'm365' });
  });

  it('serves the tab API to an Entra v2 access token, roles read from SharePoint with a managed identity token', async () => {
    const token = await cloud.entraAccessToken({
      tid: TENANT,
      oid: EXAMPLE_OBJECT_IDS.secretariat,
      aud: CLIENT_ID,
    });
    const res = await fetch(`${server.url}/api/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ roles: ['secretariat'] });
    // Graph was reached with the managed identity's token for the configured Graph endpoint.
    expect(cloud.issued.map((t) => [t.resource, t.clientId])).toContainEqual([
      cloud.origin,
      IDENTITY_ID,
    ]);
    expect(cloud.unauthenticatedGraphRequests).toEqual([]);
    fake.assertNoContractViolations();
  });

  it('refuses a token signed by another key', async () => {
    const { SignJWT, generateKeyPair } = await import('jose');
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({
      ver: '2.0',
      tid: TENANT,
      oid: EXAMPLE_OBJECT_IDS.secretariat,
      scp: 'access_as_user',
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'fake-entra-key' })
      .setIssuer(`${cloud.origin}/${TENANT}/v2.0`)
      .setAudience(CLIENT_ID)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    const res = await fetch(`${server.url}/api/me`, {
      headers: { authorization: `Bearer ${forged}` },
    });
    expect(res.status).toBe(401);
  });

  it('takes a bot turn from the channel and answers through the connector with its own token', async () => {
    const serviceUrl = cloud.connectorUrl;
    const activity = personalActivity(
      { id: '29:amina', name: 'Amina', aadObjectId: EXAMPLE_OBJECT_IDS.civilTitular },
      { type: 'message', id: 'turn-1', text: 'composition', serviceUrl, locale: 'fr-FR' },
    );
    const post = (authorization?: string) =>
      fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(authorization ? { authorization } : {}),
        },
        body: JSON.stringify(activity),
      });
    expect((await post()).status).toBe(401);
    const res = await post(`Bearer ${await cloud.channelToken(IDENTITY_ID, serviceUrl)}`);
    expect(res.status).toBe(200);
    const reply = cloud.connectorCalls.find((call) => call.path.endsWith('/activities/turn-1'));
    expect(reply?.body).toMatchObject({
      type: 'message',
      attachments: [
        expect.objectContaining({ contentType: 'application/vnd.microsoft.card.adaptive' }),
      ],
    });
    const botToken = cloud.issued.find((t) => t.resource === 'https://api.botframework.com');
    expect(botToken?.clientId).toBe(IDENTITY_ID);
    expect(reply?.authorization).toBe(`Bearer ${botToken?.accessToken}`);
  });
});

describe('the server entry point with a bad configuration', () => {
  it('lists every missing or bad variable and exits with code 2', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: process.cwd(),
      env: {
        PATH: process.env.PATH ?? '',
        COPIL_MODE: 'm365',
        PORT: 'eighty',
        BOT_PASSWORD: 'a-secret-never-printed',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(2);
    for (const key of [
      'PORT',
      'BOT_ID',
      'AAD_APP_CLIENT_ID',
      'AAD_APP_TENANT_ID',
      'TAB_DOMAIN',
      'GRAPH_SITE_URL',
      'GRAPH_CALENDAR_MAILBOX',
      'AAD_APP_CLIENT_SECRET',
    ]) {
      expect(err).toContain(`- ${key}: `);
    }
    expect(err).not.toContain('a-secret-never-printed');
  }, 60_000);
});
