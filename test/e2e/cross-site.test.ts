import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_OBJECT_IDS } from '../../server/example-committee.js';
import { startServer, type RunningServer } from '../../server/start.js';
import { configFrom } from '../support/config.js';
import { temporaryDirectory } from '../support/fixtures.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable, newPage } from './support/browser.js';

/**
 * Issue 10, item 2, in a real browser: a page on another origin of this machine (another
 * loopback port) tries what the probe did — a no-cors text/plain vote to the anonymous bot,
 * a text/plain local sign-in, a JSON change to the API, a form post — and nothing changes. A
 * page reached through a rebound name (DNS rebinding) gets 421 from the app.
 */

const REBOUND = 'rebound.attacker.test';

let app: RunningServer;
let attacker: Server;
let attackerUrl: string;
let browser: Browser;
let removeDir: () => Promise<void>;

/** The attacker's page: its script aims at the app and reports what it could read. */
const attackerPage = (appUrl: string) => `<!doctype html>
<html><body><form id="f" method="POST" action="${appUrl}/auth/local/token" enctype="text/plain" target="sink">
<input name='{"personId":"p-sec","x":"' value='"}'></form><iframe name="sink"></iframe>
<script>
const invoke = ${JSON.stringify({
  type: 'invoke',
  name: 'adaptiveCard/action',
  channelId: 'msteams',
  serviceUrl: 'http://127.0.0.1:9/_connector',
  from: { id: '29:copil-civilTitular', aadObjectId: EXAMPLE_OBJECT_IDS.civilTitular },
  recipient: { id: 'bot' },
  conversation: { id: 'a:copil-personal-chat', conversationType: 'personal' },
  value: { action: { type: 'Action.Execute', verb: 'vote.cast', data: { choice: 'no' } } },
})};
async function attempt(name, run) {
  try { const res = await run(); return [name, res.type, res.status]; }
  catch (error) { return [name, 'error', String(error)]; }
}
window.attack = async () => {
  const results = await Promise.all([
    attempt('bot', () => fetch('${appUrl}/api/messages', { method: 'POST', mode: 'no-cors',
      headers: { 'content-type': 'text/plain' }, body: JSON.stringify(invoke) })),
    attempt('bot-json', () => fetch('${appUrl}/api/messages', { method: 'POST', mode: 'no-cors',
      headers: { 'content-type': 'application/json' }, body: JSON.stringify(invoke) })),
    attempt('token', () => fetch('${appUrl}/auth/local/token', { method: 'POST', mode: 'no-cors',
      headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ personId: 'p-sec' }) })),
    attempt('token-cors', () => fetch('${appUrl}/auth/local/token', { method: 'POST',
      headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ personId: 'p-sec' }) })),
    attempt('api-json', () => fetch('${appUrl}/api/meetings', { method: 'POST',
      headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'x' }) })),
    attempt('api-no-cors', () => fetch('${appUrl}/api/seats', { method: 'POST', mode: 'no-cors',
      headers: { 'content-type': 'application/json' }, body: JSON.stringify({}) })),
  ]);
  document.getElementById('f').submit();
  return results;
};
</script></body></html>`;

async function stateOf(server: RunningServer): Promise<string> {
  const [ballots, meetings, seats, audit] = await Promise.all([
    server.ports.ballots.list(),
    server.ports.meetings.list(),
    server.ports.seats.list(),
    server.ports.auditLog.read(),
  ]);
  return JSON.stringify({ ballots, meetings, seats, audit });
}

describe.skipIf(!chromiumAvailable())('a page on another origin (issue 10, item 2)', () => {
  beforeAll(async () => {
    const dir = await temporaryDirectory();
    removeDir = dir.remove;
    app = await startServer(
      configFrom({ COPIL_DATA_DIR: dir.path, PORT: 0, LOG_LEVEL: 'silent', COPIL_TICK_SECONDS: 0 }),
    );
    attacker = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(attackerPage(app.url));
    });
    await new Promise<void>((done) => attacker.listen(0, '127.0.0.1', done));
    attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      // A name the attacker controls that resolves to this machine: DNS rebinding.
      args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${REBOUND} 127.0.0.1`],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => attacker?.close(done));
    await app?.close();
    await removeDir?.();
  });

  it('cannot vote, sign in or change anything', async () => {
    const before = await stateOf(app);
    const page = await newPage(browser);
    const answers: { method: string; path: string; status: number }[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === app.url) {
        answers.push({
          method: response.request().method(),
          path: url.pathname,
          status: response.status(),
        });
      }
    });
    await page.goto(attackerUrl);
    const results = (await page.evaluate('window.attack()')) as [string, string, unknown][];
    await page.waitForTimeout(500);

    // Nothing the page could read: opaque answers or network errors (no CORS for other sites).
    for (const [name, type] of results) expect(['opaque', 'error'], name).toContain(type);
    // What the app answered to what reached it: refusals only, never a token or a change.
    const posts = answers.filter((a) => a.method === 'POST');
    expect(posts.length).toBeGreaterThan(0);
    for (const post of posts) expect([401, 403, 415], JSON.stringify(post)).toContain(post.status);
    expect(await stateOf(app)).toBe(before);
    await page.context().close();
  }, 30_000);

  it('answers 421 to a page that reaches it through a rebound name', async () => {
    const page = await newPage(browser, { blockExternal: false });
    const rebound = `http://${REBOUND}:${app.port}`;
    const response = await page.goto(`${rebound}/api/config`);
    expect(response?.status()).toBe(421);
    const token = await page.evaluate(async () => {
      const res = await fetch('/auth/local/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ personId: 'p-sec' }),
      });
      return res.status;
    });
    expect(token).toBe(421);
    await page.context().close();
  }, 30_000);
});
