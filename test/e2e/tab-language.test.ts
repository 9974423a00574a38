import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start.js';
import { openTabPage, signInAs, startTabServer } from './support/tab-server.js';

/*
 * Issue 3/8 item 2: a person's language is theirs, kept in the register. Chosen in the tab's
 * menu, it follows them to another browser, and wins over the browser's own choice.
 */

const SCREENSHOTS = resolve('reports/screenshots');

let server: RunningServer;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ server, browser, stop } = await startTabServer('copil-language-'));
}, 60_000);

afterAll(() => stop?.());

const aminaLocale = async () => (await server.ports.people.get('p-c1t'))?.value.locale;

describe('committee tab — the person’s language', () => {
  it('saves the menu’s choice in the register; another browser in French opens in Arabic', async () => {
    const page = await openTabPage(browser, 'fr');
    await signInAs(page, server.url, 'Amina Imaginaire');
    expect(await aminaLocale()).toBeUndefined();
    await page.getByRole('button', { name: 'Langue : Français' }).click();
    await page.getByRole('menuitemradio', { name: 'العربية' }).click();
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await expect.poll(aminaLocale).toBe('ar');
    const audit = (await server.ports.auditLog.read()).filter(
      (e) => e.action === 'PersonLanguageChosen',
    );
    expect(audit).toMatchObject([{ actorId: 'p-c1t', subject: { id: 'p-c1t' } }]);
    await page.context().close();

    // A fresh browser whose stored language is French: the register's choice wins once signed in.
    const other = await openTabPage(browser, 'fr');
    await other.goto(`${server.url}/dashboard`);
    await other.getByRole('button', { name: /Amina Imaginaire/ }).click();
    await expect.poll(() => other.locator('html').getAttribute('lang')).toBe('ar');
    expect(await other.locator('html').getAttribute('dir')).toBe('rtl');
    await other.getByRole('navigation').getByRole('link', { name: 'الأعضاء' }).waitFor();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await other.screenshot({ path: join(SCREENSHOTS, 'dashboard-ar-chosen.png') });

    // Back to English from the menu, then signing out leaves the person's choice behind.
    await other.getByRole('button', { name: 'اللغة: العربية' }).click();
    await other.getByRole('menuitemradio', { name: 'English' }).click();
    await expect.poll(aminaLocale).toBe('en');
    await expect.poll(() => other.locator('html').getAttribute('lang')).toBe('en');
    await other.context().close();
  });
});
