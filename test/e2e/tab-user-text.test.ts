import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start.js';
import { openTabPage, signInAs, startTabServer } from './support/tab-server.js';

/*
 * Text people typed (names, organisations, titles) carries dir="auto" in the tab, so a French
 * name inside an Arabic page keeps its punctuation where it was written (issue 10, item 4).
 */

const SCREENSHOTS = resolve('reports/screenshots');

let server: RunningServer;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ server, browser, stop } = await startTabServer('copil-user-text-'));
}, 60_000);

afterAll(() => stop?.());

describe('committee tab — user text direction', () => {
  it('shows organisation and holder names with dir="auto" on the Arabic members page', async () => {
    const page = await openTabPage(browser, 'ar');
    await signInAs(page, server.url, 'Salma Exemple', '/members');
    const seat = page.getByTestId('seat').first();
    await seat.waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');

    const organisation = seat.getByRole('heading', { level: 3 }).locator('[dir="auto"]').first();
    expect(await organisation.getAttribute('dir')).toBe('auto');
    // A French name in an Arabic page reads left to right inside its own isolate.
    const direction = await organisation.evaluate((el) => getComputedStyle(el).direction);
    const text = (await organisation.textContent()) ?? '';
    expect(direction).toBe(/^[\p{Script=Arabic}]/u.test(text.trim()) ? 'rtl' : 'ltr');
    expect(await seat.locator('dd [dir="auto"]').count()).toBeGreaterThan(0);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'members-ar-user-text.png'), fullPage: false });
    await page.context().close();
  });
});

describe('committee tab — names inside translated sentences', () => {
  it('isolates the presenter and each external invitee in the Arabic meeting page', async () => {
    const token = await (
      await fetch(`${server.url}/auth/local/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ personId: 'p-sec' }),
      })
    ).json();
    const created = await fetch(`${server.url}/api/meetings`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${(token as { accessToken: string }).accessToken}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        title: 'Réunion (test)',
        start: '2027-03-18T10:00',
        end: '2027-03-18T12:00',
        agenda: [{ title: 'Bilan', presenter: 'Nadia Modèle (DGRA).' }],
        externalInvitees: [
          { name: 'Karim Invité', email: 'karim@example.org', organisation: 'OCDE' },
          { name: 'ليلى الضيفة', email: 'leila@example.org' },
        ],
      }),
    });
    expect(created.status).toBe(201);
    const { value } = (await created.json()) as { value: { id: string } };

    const page = await openTabPage(browser, 'ar');
    await signInAs(page, server.url, 'Salma Exemple', `/meetings/${value.id}`);
    const presenter = page.locator('[dir="auto"]', { hasText: 'Nadia Modèle (DGRA).' });
    await presenter.waitFor();
    // The period and parenthesis stay after the French name inside its own isolate.
    expect(await presenter.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    const karim = page.locator('[dir="auto"]', { hasText: 'Karim Invité (OCDE)' });
    const leila = page.locator('[dir="auto"]', { hasText: 'ليلى الضيفة' });
    expect(await karim.count()).toBe(1);
    expect(await leila.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // Arabic separators between the names, outside the isolates.
    const line = page.getByText(/المدعوون الخارجيون/);
    expect(await line.textContent()).toContain('Karim Invité (OCDE) و');
    await page.screenshot({ path: join(SCREENSHOTS, 'meeting-ar-presenter.png'), fullPage: false });
    await page.context().close();
  });
});
