import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botEndpointKeyFile } from '../../server/auth/bot-endpoint-key.js';
import { EXAMPLE_OBJECT_IDS, examplePdf } from '../../server/example-committee.js';
import { startServer, type RunningServer } from '../../server/start.js';
import { hostGuard, originGuard } from '../../server/http/request-guards.js';
import { configFrom } from '../support/config.js';
import { temporaryDirectory } from '../support/fixtures.js';
import { localToken } from '../support/local-token.js';

/**
 * Issue 10, items 2 and 6: what a browser on this machine can no longer do to the app (no
 * cross-site change, no DNS rebinding, no anonymous bot without the install's key) and the
 * HTTP hardening (CSP, no-store, rate limits, upload quota).
 */

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with exactly these headers (fetch would not let a test set `Host`). */
function raw(
  baseUrl: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawAnswer> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const voteInvoke = {
  type: 'invoke',
  name: 'adaptiveCard/action',
  channelId: 'msteams',
  serviceUrl: 'http://127.0.0.1:9/_connector',
  from: { id: '29:copil-civilTitular', aadObjectId: EXAMPLE_OBJECT_IDS.civilTitular },
  recipient: { id: 'bot' },
  conversation: { id: 'a:conversation', conversationType: 'personal' },
  value: { action: { type: 'Action.Execute', verb: 'vote.cast', data: {} } },
};

async function startOn(settings: Record<string, string | number> = {}) {
  const dir = await temporaryDirectory();
  const server = await startServer(
    configFrom({
      COPIL_DATA_DIR: dir.path,
      PORT: 0,
      LOG_LEVEL: 'silent',
      COPIL_TICK_SECONDS: 0,
      ...settings,
    }),
  );
  return {
    server,
    dataDir: dir.path,
    stop: async () => {
      await server.close();
      await dir.remove();
    },
  };
}

describe('no cross-site requests (issue 10, item 2)', () => {
  let server: RunningServer;
  let dataDir: string;
  let stop: () => Promise<void>;
  let secretariat: string;

  beforeAll(async () => {
    ({ server, dataDir, stop } = await startOn());
    secretariat = await localToken(server.url, 'p-sec');
  });
  afterAll(() => stop());

  const json = (body: unknown, headers: Record<string, string> = {}) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = (body: unknown, headers: Record<string, string> = {}) => ({
    method: 'POST',
    headers: { 'content-type': 'text/plain', ...headers },
    body: JSON.stringify(body),
  });

  it('answers 421 to a Host outside the loopback names and port (DNS rebinding)', async () => {
    const port = server.port;
    for (const host of ['attacker.example', `attacker.example:${port}`, `127.0.0.1:${port + 1}`]) {
      const answer = await raw(server.url, '/auth/local/token', {
        method: 'POST',
        headers: { host, 'content-type': 'application/json' },
        body: JSON.stringify({ personId: 'p-sec' }),
      });
      expect(answer.status, host).toBe(421);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(JSON.parse(answer.body)).toMatchObject({ status: 421, reason: 'misdirected' });
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      expect((await raw(server.url, '/api/config', { headers: { host } })).status, host).toBe(200);
    }
  });

  it('accepts application/json only on every state-changing route family (415)', async () => {
    const auth = { authorization: `Bearer ${secretariat}` };
    const before = (await server.ports.meetings.list()).length;
    const routes: [string, string][] = [
      ['/auth/local/token', 'POST'],
      [server.botEndpoint.slice(server.url.length), 'POST'],
      ['/api/seats', 'POST'],
      ['/api/meetings', 'POST'],
      ['/api/meetings/m-none', 'PATCH'],
      ['/api/decisions', 'POST'],
      ['/api/calendar-feed', 'POST'],
    ];
    for (const [path, method] of routes) {
      for (const type of [
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data',
      ]) {
        const res = await fetch(`${server.url}${path}`, {
          ...text({ personId: 'p-sec', title: 'x' }, { ...auth, 'content-type': type }),
          method,
        });
        expect(res.status, `${method} ${path} ${type}`).toBe(415);
        expect(await res.json()).toMatchObject({ status: 415, reason: 'unsupported_media_type' });
      }
    }
    expect((await server.ports.meetings.list()).length).toBe(before);
  });

  it('refuses (403) a change whose Origin is another site, even another loopback port', async () => {
    const foreign = `http://127.0.0.1:${server.port + 1}`;
    const token = await fetch(
      `${server.url}/auth/local/token`,
      json({ personId: 'p-sec' }, { origin: foreign }),
    );
    expect(token.status).toBe(403);
    expect(await token.json()).toMatchObject({ reason: 'forbidden' });
    expect((await fetch(server.botEndpoint, json(voteInvoke, { origin: 'null' }))).status).toBe(
      403,
    );
    // The upload keeps the file's content type, but not a foreign origin.
    const upload = await fetch(`${server.url}/api/documents?purpose=minutes&name=pv.pdf`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${secretariat}`,
        'content-type': 'application/pdf',
        origin: 'https://attacker.example',
      },
      body: Buffer.from(examplePdf('PV')),
    });
    expect(upload.status).toBe(403);
    // The app's own origin and the Teams hosts are welcome.
    for (const origin of [server.url, 'https://teams.microsoft.com', 'https://x.cloud.microsoft']) {
      expect(
        (await fetch(`${server.url}/auth/local/token`, json({ personId: 'p-sec' }, { origin })))
          .status,
        origin,
      ).toBe(200);
    }
  });

  it('lets only the local chat client, which knows the install key, reach the anonymous bot', async () => {
    expect(statSync(botEndpointKeyFile(dataDir)).mode & 0o777).toBe(0o600);
    const noKey = await fetch(`${server.url}/api/messages`, json(voteInvoke));
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toMatchObject({ reason: 'unauthenticated' });
    expect((await fetch(`${server.url}/api/messages?key=guess`, json(voteInvoke))).status).toBe(
      401,
    );
    const withKey = await fetch(server.botEndpoint, json({ type: 'typing' }));
    expect([200, 201, 202]).toContain(withKey.status);
  });
});

describe('HTTP hardening (issue 10, item 6)', () => {
  let server: RunningServer;
  let stop: () => Promise<void>;
  let secretariat: string;
  let member: string;

  beforeAll(async () => {
    ({ server, stop } = await startOn({
      COPIL_RATE_SIGN_IN: 3,
      COPIL_RATE_BOT: 2,
      COPIL_RATE_BAD_TOKENS: 6,
      COPIL_RATE_UPLOADS: 3,
      COPIL_UPLOAD_QUOTA_BYTES_PER_DAY: 2500,
    }));
    secretariat = await localToken(server.url, 'p-sec');
    member = await localToken(server.url, 'p-c1t');
  });
  afterAll(() => stop());

  it('sends a real Content-Security-Policy on every answer', async () => {
    for (const path of ['/', '/api/config', '/api/me', '/healthz']) {
      const policy = (await fetch(`${server.url}${path}`)).headers.get('content-security-policy');
      expect(policy, path).toContain("default-src 'self'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(policy).toContain("connect-src 'self'");
      expect(policy).toContain("img-src 'self' data:");
      expect(policy).toContain('frame-ancestors');
      expect(policy).toContain('https://teams.microsoft.com');
    }
  });

  it('answers every API, sign-in and feed request with Cache-Control: no-store', async () => {
    const auth = { authorization: `Bearer ${secretariat}` };
    for (const [path, headers] of [
      ['/api/me', auth],
      ['/api/people', auth],
      ['/api/me', {}],
      ['/api/config', {}],
      ['/auth/local/people', {}],
      ['/calendar.ics', {}],
    ] as const) {
      const res = await fetch(`${server.url}${path}`, { headers });
      expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
  });

  it('uses 401 for a missing or bad token and 403 for a signed-in person not allowed', async () => {
    const anonymous = await fetch(`${server.url}/api/me`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(
      (await fetch(`${server.url}/api/me`, { headers: { authorization: 'Bearer nope' } })).status,
    ).toBe(401);
    const res = await fetch(`${server.url}/api/seats`, {
      method: 'POST',
      headers: { authorization: `Bearer ${member}`, 'content-type': 'application/json' },
      body: JSON.stringify({}),
    });
    expect([400, 403]).toContain(res.status);
  });

  it('stops a client that keeps presenting bad tokens, not one whose token is good', async () => {
    // Four 401s were answered above (CSP, no-store, and two in the previous test).
    const bad = () => fetch(`${server.url}/api/me`, { headers: { authorization: 'Bearer x' } });
    expect((await bad()).status).toBe(401);
    expect((await bad()).status).toBe(401);
    const limited = await bad();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeTruthy();
    // A good token from the same address still gets through.
    const good = await fetch(`${server.url}/api/me`, {
      headers: { authorization: `Bearer ${secretariat}` },
    });
    expect(good.status).toBe(200);
  });

  it('answers 429 with Retry-After once the sign-in limit is reached', async () => {
    // One token was taken in beforeAll and one in the test above.
    let last: Response | undefined;
    for (let i = 0; i < 3; i += 1) {
      last = await fetch(`${server.url}/auth/local/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ personId: 'p-sec' }),
      });
    }
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await last?.json()).toMatchObject({ status: 429, reason: 'too_many_requests' });
  });

  it('limits the bot per conversation and user, not per address', async () => {
    const post = (user: string) =>
      fetch(server.botEndpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'typing',
          from: { id: user },
          conversation: { id: 'a:c' },
          channelId: 'msteams',
          serviceUrl: 'http://127.0.0.1:9/_connector',
        }),
      });
    expect((await post('29:a')).status).not.toBe(429);
    expect((await post('29:a')).status).not.toBe(429);
    const third = await post('29:a');
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBeTruthy();
    expect((await post('29:b')).status).not.toBe(429);
  });

  it('refuses an upload over the daily quota with a clear message, and keeps the others', async () => {
    // A member attaching communication visuals (R10.1): the secretariat's quota already holds
    // the example committee's letters, which count as uploaded today.
    const upload = (bytes: number) =>
      fetch(`${server.url}/api/documents?purpose=visual&name=visuel.txt`, {
        method: 'POST',
        headers: { authorization: `Bearer ${member}`, 'content-type': 'text/plain' },
        body: 'a'.repeat(bytes),
      });
    expect((await upload(1000)).status).toBe(201);
    expect((await upload(1000)).status).toBe(201);
    const over = await upload(1000);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    const problem = (await over.json()) as { message: { fr: string; en: string } };
    expect(problem.message.en).toContain('Upload quota reached');
    expect(problem.message.fr).toContain('Quota de téléversement');
    // The request limit (3 per window) comes next: the fourth upload is refused as too many.
    const fourth = await upload(10);
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get('retry-after')).toBeTruthy();
  });
});

describe('Host and Origin in Microsoft 365 mode', () => {
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const config = configFrom({
      COPIL_MODE: 'm365',
      PORT: 0,
      GRAPH_SITE_URL: 'https://contoso.sharepoint.com/sites/copil',
      GRAPH_CALENDAR_MAILBOX: 'secretariat@ministere.example.org',
      AAD_APP_CLIENT_ID: '11111111-1111-4111-8111-111111111111',
      AAD_APP_TENANT_ID: '22222222-2222-4222-8222-222222222222',
      AAD_APP_CLIENT_SECRET: 'unused',
      TAB_DOMAIN: 'copil.example.org',
      BOT_ID: '33333333-3333-4333-8333-333333333333',
      BOT_PASSWORD: 'unused',
    });
    const app = express();
    app.use(hostGuard(config), originGuard(config));
    app.all('/{*any}', (_req, res) => void res.status(204).end());
    const server = createServer(app);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise((done) => server.close(() => done()));
  });
  afterAll(() => close());

  it('answers TAB_DOMAIN on whatever port the proxy forwards to, and 421 to any other name', async () => {
    for (const host of ['copil.example.org', 'copil.example.org:8080', 'COPIL.example.org']) {
      expect((await raw(url, '/api/me', { headers: { host } })).status, host).toBe(204);
    }
    for (const host of ['evil.example', 'copil.example.org.evil.example', 'localhost:1']) {
      expect((await raw(url, '/api/me', { headers: { host } })).status, host).toBe(421);
    }
  });

  it('takes a change from the https origin of TAB_DOMAIN and the Teams hosts only', async () => {
    const post = (origin: string) =>
      raw(url, '/api/seats', {
        method: 'POST',
        headers: { host: 'copil.example.org', origin, 'content-type': 'application/json' },
        body: '{}',
      });
    for (const origin of [
      'https://copil.example.org',
      'https://teams.microsoft.com',
      'https://outlook.office.com',
      'https://teams.cloud.microsoft',
    ]) {
      expect((await post(origin)).status, origin).toBe(204);
    }
    for (const origin of [
      'http://copil.example.org:8080',
      'https://evil.example',
      'https://teams.microsoft.com.evil.example',
      'http://teams.microsoft.com',
    ]) {
      expect((await post(origin)).status, origin).toBe(403);
    }
  });
});
