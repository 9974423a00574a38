import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Clock } from '../../../core/ports/clock.js';
import { startServer, type RunningServer } from '../../../server/start.js';
import { configFrom } from '../../support/config.js';
import { buildTab } from '../global-setup.js';
import { launchBrowser, newPage } from './browser.js';

export type TabLocale = 'fr' | 'ar' | 'en';

export const UI_TIMEOUT = 10_000;

export interface TabServer {
  server: RunningServer;
  browser: Browser;
  /** Closes the browser and the server, then removes the data folder. */
  stop(): Promise<void>;
}

/**
 * The tab's browser tests run against the real server (embedded mode, the example committee,
 * local sign-in) on a fresh data folder, with Chromium beside it: one of each per test file.
 */
export async function startTabServer(
  prefix: string,
  options: { clock?: Clock; settings?: Record<string, string | number> } = {},
): Promise<TabServer> {
  await buildTab();
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const [server, browser] = await Promise.all([
    startServer(
      configFrom({
        COPIL_DATA_DIR: dataDir,
        PORT: 0,
        LOG_LEVEL: 'silent',
        COPIL_TAB_DIR: 'dist/tab',
        ...options.settings,
      }),
      options.clock ? { clock: options.clock } : {},
    ),
    launchBrowser(),
  ]);
  return {
    server,
    browser,
    async stop() {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh page (own storage) with the tab's language preset as the language menu stores it. */
export async function openTabPage(
  browser: Browser,
  locale: TabLocale = 'fr',
  width = 1280,
): Promise<Page> {
  const page = await newPage(browser, { viewport: { width, height: 900 } });
  page.setDefaultTimeout(UI_TIMEOUT);
  await page.addInitScript((l) => window.localStorage.setItem('copil.locale', l), locale);
  return page;
}

/** Signs in on the local sign-in screen by clicking the person's name. */
export async function signInAs(
  page: Page,
  baseUrl: string,
  displayName: string,
  path = '/dashboard',
): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('button', { name: new RegExp(displayName) }).click();
  await expect
    .poll(() => page.getByTestId('signed-in-person').textContent())
    .toContain(displayName);
}
