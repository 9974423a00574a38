import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingNoticeCard } from '../../bot/cards/meeting-notice-card.js';
import type { MeetingDetail } from '../../core/contracts/index.js';
import type { RunningServer } from '../../server/start.js';
import { cardTexts } from '../bot/adaptive-cards.js';
import { manualClock } from '../support/fixtures.js';
import { newPage } from './support/browser.js';
import { typeDate, typeTime } from './support/pickers.js';
import { startTabServer } from './support/tab-server.js';

/*
 * Morocco's clock since 2026-09-20 (permanent UTC+0, tzdata 2026c), end to end: a meeting
 * typed at 10:00 in the tab on 2 December 2026 is 10:00 on the tab, on the notice card and in
 * the ICS feed (DTSTART 10:00Z), on a runtime (Node 20, ICU tzdata 2025c) whose own data still
 * says UTC+1. Every layer goes through core/time.ts and its carried data.
 */

const UI_TIMEOUT = 10_000;
const TITLE = 'Réunion du comité — décembre 2026';

let server: RunningServer;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;
const clock = manualClock('2026-11-02T09:00:00Z');

beforeAll(async () => {
  ({ server, browser, stop } = await startTabServer('copil-tab-morocco-time-', { clock }));
}, 60_000);

afterAll(() => stop?.());

const text = async (page: Page, testId: string) =>
  (await page.getByTestId(testId).textContent()) ?? '';

describe('Morocco time after 2026-09-20 (UTC+0), in the tab, the card and the ICS', () => {
  it('shows a meeting typed at 10:00 as 10:00 everywhere, stored as 10:00Z', async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(UI_TIMEOUT);
    await page.addInitScript(() => window.localStorage.setItem('copil.locale', 'fr'));
    await page.goto(`${server.url}/meetings`);
    await page.getByRole('button', { name: /Salma Exemple/ }).click();
    await page.getByRole('button', { name: 'Planifier une réunion' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Titre' }).fill(TITLE);
    await typeDate(dialog.getByLabel('Date'), '02/12/2026');
    await typeTime(dialog.getByLabel('Heure de début'), '10:00');
    await typeTime(dialog.getByLabel('Heure de fin'), '12:00');
    expect(await text(page, 'time-hint')).toContain('UTC+00:00');
    await dialog.getByRole('button', { name: 'Planifier', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForURL(/\/meetings\/[^/]+$/);
    const meetingId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');

    // The tab shows 10:00.
    await expect.poll(() => text(page, 'meeting-when')).toContain('2 décembre 2026');
    expect(await text(page, 'meeting-when')).toContain('10:00');
    expect(await text(page, 'meeting-when')).not.toContain('11:00');

    // The server stored 10:00 UTC (Morocco is UTC+0 on that day).
    const token = await page.evaluate(
      () =>
        (
          JSON.parse(window.sessionStorage.getItem('copil.session') ?? '{}') as {
            accessToken: string;
          }
        ).accessToken,
    );
    const get = async <T>(path: string) =>
      (await (
        await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } })
      ).json()) as T;
    let detail = await get<MeetingDetail>(`/api/meetings/${meetingId}`);
    expect(detail.start).toBe('2026-12-02T10:00:00Z');
    expect(detail.end).toBe('2026-12-02T12:00:00Z');

    // The notice goes out (30 days ahead, R5.2): the card built for it says 10:00.
    const notice = await fetch(`${server.url}/api/meetings/${meetingId}/notice`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ version: detail.version }),
    });
    expect(notice.status, await notice.clone().text()).toBe(200);
    detail = await get<MeetingDetail>(`/api/meetings/${meetingId}`);
    const card = cardTexts(meetingNoticeCard({ meeting: detail, refreshUserIds: [] }, 'fr')).join(
      '\n',
    );
    expect(card).toContain('mercredi 2 décembre 2026, de 10:00 à 12:00 (heure du Maroc)');

    // The ICS feed: DTSTART at 10:00Z and the same 10:00 in its text.
    // The signed-in person's own feed link, made on demand (shown once).
    const { url } = (await (
      await fetch(`${server.url}/api/calendar-feed`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: '{}',
      })
    ).json()) as { url: string };
    const ics = await (await fetch(url.replace(/^http:\/\/[^/]+/, server.url))).text();
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('DTSTART:20261202T100000Z');
    expect(unfolded).toContain('DTEND:20261202T120000Z');
    expect(unfolded).toContain('mercredi 2 décembre 2026\\, de 10:00 à 12:00');
    await page.context().close();
  }, 60_000);
});
