import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PLAYGROUND_IDS,
  buildPlaygroundConfig,
  examplePeople,
  playgroundUserId,
} from '../../scripts/playground.js';
import { startServer, type RunningServer } from '../../server/start.js';
import { configFrom } from '../support/config.js';
import { manualClock } from '../support/fixtures.js';
import { chromiumAvailable, launchBrowser, newPage } from './support/browser.js';
import { actAs, startPlayground, type RunningPlayground } from './support/playground.js';

/**
 * A meeting's notice and proposals (R5.2, R5.3) as members live them in a Teams-like client:
 * the real server (its clock moved by hand), the Microsoft 365 Agents Playground and Chromium.
 * The Playground's current user is Amina Imaginaire (civil-society titular); acting as Nadia
 * Modèle (administration titular) is done by rewriting `from.id` on the UI's requests
 * (PLAYGROUND_NOTES.md). The meeting is on Thursday 19 March 2026 at 09:00 in Rabat; the
 * notice goes out on Monday 9 March, so proposals close on Friday 13 March at 00:00.
 */
describe.skipIf(!chromiumAvailable())('meetings in the Agents Playground', () => {
  const clock = manualClock('2026-03-01T09:00:00Z');
  let dir: string;
  let server: RunningServer;
  let playground: RunningPlayground;
  let browser: Browser;
  let page: Page;
  let meetingId: string;
  const as = { nadia: playgroundUserId('adminTitular') };
  let actingAs: (userId: string | undefined) => void;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'copil-bot-meetings-'));
    server = await startServer(
      configFrom({
        COPIL_DATA_DIR: path.join(dir, 'data'),
        PORT: 0,
        LOG_LEVEL: 'silent',
        COPIL_TICK_SECONDS: 0,
      }),
      { clock },
    );
    playground = await startPlayground({
      dir: path.join(dir, 'playground'),
      config: buildPlaygroundConfig(await examplePeople(server.ports), {
        currentUser: 'civilTitular',
      }),
      endpoint: server.botEndpoint,
    });
    browser = await launchBrowser();
    page = await newPage(browser, { viewport: { width: 1280, height: 2400 } });
    actingAs = await actAs(page);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const noticeCards = () => page.locator('.ac-adaptiveCard').filter({ hasText: 'Meeting notice:' });
  const openChat = (name: RegExp) => page.getByRole('treeitem', { name }).click();

  /** The secretariat's API, with a local sign-in token. */
  async function api<T>(method: string, route: string, body?: unknown): Promise<T> {
    const auth = await fetch(`${server.url}/auth/local/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId: 'p-sec' }),
    });
    const { accessToken } = (await auth.json()) as { accessToken: string };
    const response = await fetch(`${server.url}${route}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(response.ok, `${method} ${route}: ${response.status}`).toBe(true);
    return (await response.json()) as T;
  }

  /** Types a proposal into the card and sends it (Action.Execute meeting.propose). */
  async function propose(card: Locator, text: string) {
    const box = card.getByLabel('Your proposal, and why');
    await box.click();
    await box.pressSequentially(text);
    await card.getByRole('button', { name: 'Send the proposal' }).click();
  }

  it('stores the personal chat and the channel when they open', async () => {
    await page.goto(playground.url);
    await page.getByRole('textbox').first().waitFor();
    await openChat(/Séances/);
    await expect
      .poll(async () => (await server.ports.conversations.list()).map((c) => c.value.kind).sort(), {
        timeout: 15_000,
      })
      .toEqual(['channel', 'personal']);
    const records = (await server.ports.conversations.list()).map((c) => c.value);
    expect(records).toContainEqual(
      expect.objectContaining({ kind: 'personal', personId: 'p-c1t' }),
    );
    expect(records).toContainEqual(
      expect.objectContaining({ kind: 'channel', conversationId: PLAYGROUND_IDS.channel }),
    );
  }, 30_000);

  it('delivers the notice (R5.2) to the channel and to the member’s personal chat', async () => {
    const scheduled = await api<{ value: { id: string; version: string } }>(
      'POST',
      '/api/meetings',
      {
        title: 'Réunion du comité — 1er semestre 2026',
        start: '2026-03-19T09:00',
        end: '2026-03-19T12:00',
        location: 'Rabat, salle du Conseil',
        agenda: [{ title: 'Suivi du plan d’action', presenter: 'Secrétariat' }],
      },
    );
    meetingId = scheduled.value.id;
    clock.set('2026-03-09T08:00:00Z');
    await api('POST', `/api/meetings/${meetingId}/notice`, { version: scheduled.value.version });
    await server.tick();
    await expect.poll(() => noticeCards().count(), { timeout: 15_000 }).toBe(1);
    const card = noticeCards().first();
    const text = await card.innerText();
    expect(text).toContain('Meeting notice: Réunion du comité — 1er semestre 2026');
    expect(text).toContain('Thursday, 19 March 2026, 09:00 to 12:00 (Morocco time)');
    expect(text).toContain('Suivi du plan d’action');
    expect(text).toContain('until Thursday, 12 March 2026 at 23:59 (Morocco time) (R5.3)');
    await openChat(/Personal Chat/);
    await expect.poll(() => noticeCards().count(), { timeout: 10_000 }).toBe(1);
    expect(await noticeCards().first().innerText()).toContain('You may propose an agenda item');
  }, 40_000);

  it('takes a proposal from two members on the channel card, each seeing their own after refresh', async () => {
    clock.set('2026-03-10T10:00:00Z');
    await openChat(/Séances/);
    const card = noticeCards().first();
    await propose(card, 'Point sur la plateforme de participation');
    await expect.poll(() => card.innerText(), { timeout: 10_000 }).toContain('Proposal sent');
    expect(await card.innerText()).toContain(
      'You proposed an agenda item: “Point sur la plateforme de participation”',
    );

    actingAs(as.nadia);
    await propose(card, 'Bilan des consultations régionales');
    await expect
      .poll(() => card.innerText(), { timeout: 10_000 })
      .toContain('You proposed an agenda item: “Bilan des consultations régionales”');
    expect(await card.innerText()).not.toContain('Point sur la plateforme');

    actingAs(undefined);
    await card.getByRole('button', { name: 'Refresh' }).click();
    await expect
      .poll(() => card.innerText(), { timeout: 10_000 })
      .not.toContain('Bilan des consultations');
    expect(await card.innerText()).toContain('“Point sur la plateforme de participation”');
    actingAs(as.nadia);
    await card.getByRole('button', { name: 'Refresh' }).click();
    await expect
      .poll(() => card.innerText(), { timeout: 10_000 })
      .toContain('“Bilan des consultations régionales”');
    expect(await card.innerText()).not.toContain('Point sur la plateforme');
    actingAs(undefined);

    // The notice in Amina's personal chat refreshes into her state too.
    await openChat(/Personal Chat/);
    const personal = noticeCards().first();
    await personal.getByRole('button', { name: 'Refresh' }).click();
    await expect
      .poll(() => personal.innerText(), { timeout: 10_000 })
      .toContain('You proposed an agenda item: “Point sur la plateforme de participation”');
    await openChat(/Séances/);

    const proposals = (await server.ports.proposals.list()).map((p) => p.value);
    expect(proposals.map((p) => [p.proposerId, p.text]).sort()).toEqual([
      ['p-a1t', 'Bilan des consultations régionales'],
      ['p-c1t', 'Point sur la plateforme de participation'],
    ]);
  }, 40_000);

  it('refuses a proposal after the window with R5.3, on a card that shows it closed', async () => {
    clock.set('2026-03-13T00:00:01Z');
    actingAs(as.nadia);
    const card = noticeCards().first();
    await propose(card, 'Un point de dernière minute');
    await expect.poll(() => card.innerText(), { timeout: 10_000 }).toContain('Refused (R5.3)');
    const text = await card.innerText();
    expect(text).toContain('closed on 13 March 2026 at 00:00 (Morocco time)');
    expect(text).toContain(
      'Proposal window closed on Friday, 13 March 2026 at 00:00 (Morocco time) (R5.3).',
    );
    expect(await card.getByRole('button', { name: 'Send the proposal' }).count()).toBe(0);
    expect(await server.ports.proposals.list()).toHaveLength(2);
    actingAs(undefined);
  }, 30_000);
});
