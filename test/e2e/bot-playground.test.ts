import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAYGROUND_IDS, buildPlaygroundConfig, examplePeople } from '../../scripts/playground.js';
import { startServer, type RunningServer } from '../../server/start.js';
import { configFrom } from '../support/config.js';
import { chromiumAvailable, launchBrowser, newPage } from './support/browser.js';
import { startPlayground, type RunningPlayground } from './support/playground.js';

/**
 * The bot through a real Teams-like client: the Microsoft 365 Agents Playground renders the
 * cards with the official Adaptive Cards renderer and relays activities exactly as the Teams
 * channel would (PLAYGROUND_NOTES.md). The Playground's client speaks en-US.
 */
describe.skipIf(!chromiumAvailable())('bot in the Agents Playground', () => {
  let dir: string;
  let server: RunningServer;
  let playground: RunningPlayground;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'copil-bot-e2e-'));
    server = await startServer(
      configFrom({
        COPIL_DATA_DIR: path.join(dir, 'data'),
        PORT: 0,
        LOG_LEVEL: 'silent',
      }),
    );
    playground = await startPlayground({
      dir: path.join(dir, 'playground'),
      config: buildPlaygroundConfig(await examplePeople(server.ports)),
      endpoint: server.botEndpoint,
    });
    browser = await launchBrowser();
    page = await newPage(browser, { viewport: { width: 1280, height: 2000 } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const cards = () => page.locator('.ac-adaptiveCard');

  it('stores the personal conversation reference when the chat opens, and welcomes once', async () => {
    await page.goto(playground.url);
    await expect.poll(() => server.ports.conversations.list(), { timeout: 15_000 }).toHaveLength(1);
    const [record] = await server.ports.conversations.list();
    expect(record!.value).toMatchObject({
      conversationId: PLAYGROUND_IDS.personalChat,
      kind: 'personal',
      personId: 'p-sec',
      reference: {
        serviceUrl: `http://localhost:${playground.port}/_connector`,
        conversation: { id: PLAYGROUND_IDS.personalChat, tenantId: PLAYGROUND_IDS.tenantId },
      },
    });
    await expect.poll(() => cards().count(), { timeout: 10_000 }).toBe(1);
    await expect
      .poll(() => cards().first().innerText())
      .toContain('Welcome to the OGP Morocco steering committee');
  }, 30_000);

  it('answers « composition » with a card that shows parity', async () => {
    const before = await cards().count();
    const composer = page.getByRole('textbox').first();
    await composer.click();
    await composer.pressSequentially('composition');
    await composer.press('Enter');
    await expect.poll(() => cards().count(), { timeout: 10_000 }).toBe(before + 1);
    const card = cards().last();
    await expect
      .poll(() => card.innerText())
      .toContain('Parity respected (R3.2): 4 active seats for each college.');
    const text = await card.innerText();
    expect(text).toContain('Steering committee composition');
    expect(text).toContain('Nadia Modèle');
  }, 30_000);

  it('answers the welcome card’s Composition button (Action.Submit) with the same card', async () => {
    const before = await cards().count();
    await cards().first().getByRole('button', { name: 'Composition' }).click();
    await expect.poll(() => cards().count(), { timeout: 10_000 }).toBe(before + 1);
    await expect.poll(() => cards().last().innerText()).toContain('Parity respected (R3.2)');
    // Opening the chat again refreshes the reference: still one record, no second welcome.
    await page.reload();
    await page.getByRole('textbox').first().waitFor();
    await expect.poll(() => server.ports.conversations.list()).toHaveLength(1);
  }, 30_000);
});
