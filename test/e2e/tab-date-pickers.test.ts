import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../core/contracts/index.js';
import type { RunningServer } from '../../server/start.js';
import { CATALOGS as ALL_CATALOGS, type Catalog } from '../../core/i18n/render.js';
import { manualClock } from '../support/fixtures.js';
import { newPage } from './support/browser.js';
import { typeDate, typeTime } from './support/pickers.js';
import { signInAs, startTabServer, UI_TIMEOUT } from './support/tab-server.js';
import { seriousViolations } from './support/axe.js';

/*
 * Dates and times as Moroccans write them (issue 11, item 3), in a browser set up as in the
 * United States — locale en-US (mm/dd/yyyy, AM/PM) and a zone far from Morocco's. In the
 * French and in the Arabic tab, the secretariat schedules a meeting on 18 March 2027 at 10:00,
 * once by typing the date and once by picking it in the calendar. The fields show 18/03/2027
 * and 10:00 (day first, 24-hour) with the day written in full in the UI language, the Arabic
 * calendar is right to left with Arabic month names, and the meeting is stored at 10:00 on
 * Morocco's clock (UTC+0 since 2026-09-20, core/time.ts): neither the browser's locale nor
 * its zone decides anything.
 */

const SCREENSHOTS = resolve('reports/screenshots');
const DAY = '18/03/2027';

let server: RunningServer;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;
const clock = manualClock('2027-01-11T09:00:00Z');

beforeAll(async () => {
  ({ server, browser, stop } = await startTabServer('copil-tab-date-pickers-', { clock }));
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 60_000);

afterAll(() => stop?.());

const { fr, ar } = ALL_CATALOGS;
const CATALOGS = { fr, ar } satisfies Record<string, Catalog>;
type Locale = keyof typeof CATALOGS;

/** A page of a browser whose own language is US English, in `timezoneId`, showing the tab in `locale`. */
async function usBrowserPage(locale: Locale, timezoneId: string): Promise<Page> {
  const page = await newPage(browser, {
    locale: 'en-US',
    timezoneId,
    viewport: { width: 1280, height: 900 },
  });
  page.setDefaultTimeout(UI_TIMEOUT);
  await page.addInitScript((l) => window.localStorage.setItem('copil.locale', l), locale);
  return page;
}

/** The browser really is a US one: its own date and time formats are month first and AM/PM. */
async function expectUsBrowser(page: Page): Promise<void> {
  const own = await page.evaluate(() => ({
    language: navigator.language,
    date: new Date(2027, 2, 18, 10).toLocaleDateString(),
    time: new Date(2027, 2, 18, 10).toLocaleTimeString(),
  }));
  expect(own.language).toBe('en-US');
  expect(own.date).toBe('3/18/2027');
  expect(own.time).toMatch(/AM/);
}

async function openScheduleForm(page: Page, locale: Locale): Promise<Locator> {
  const t = CATALOGS[locale];
  await signInAs(page, server.url, 'Salma Exemple', '/meetings');
  await page.getByRole('button', { name: t['meetings.schedule'] }).click();
  const dialog = page.getByRole('dialog', { name: t['meetingForm.title'] });
  await dialog.waitFor();
  return dialog;
}

/** The field's texts beside the control (the day in full, "Morocco time", the error). */
const fieldText = async (control: Locator) =>
  (await control.locator('xpath=ancestor::div[contains(@class, "fui-Field")][1]').innerText()) ??
  '';

/** Schedules, then returns the stored meeting (the API's answer) and the meeting page's text. */
async function submitAndRead(
  page: Page,
  dialog: Locator,
  locale: Locale,
): Promise<{ detail: MeetingDetail; when: string }> {
  await dialog
    .getByRole('button', { name: CATALOGS[locale]['meetingForm.submit'], exact: true })
    .click();
  await dialog.waitFor({ state: 'detached' });
  await page.waitForURL(/\/meetings\/[^/]+$/);
  const meetingId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
  await page.getByTestId('meeting-when').waitFor();
  const when = (await page.getByTestId('meeting-when').textContent()) ?? '';
  const token = await page.evaluate(
    () =>
      (
        JSON.parse(window.sessionStorage.getItem('copil.session') ?? '{}') as {
          accessToken: string;
        }
      ).accessToken,
  );
  const response = await fetch(`${server.url}/api/meetings/${meetingId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return { detail: (await response.json()) as MeetingDetail, when };
}

/** Serious or critical axe findings on the page as it is (the form, the calendar open). */

/** No US formats anywhere in the form: no month-first date, no AM/PM. */
async function expectNoUsFormats(dialog: Locator): Promise<void> {
  const shown = await dialog.evaluate((root) =>
    [
      root.textContent ?? '',
      ...[...root.querySelectorAll('input')].map((input) => input.value),
      ...[...root.querySelectorAll('input')].map((input) => input.placeholder),
    ].join('\n'),
  );
  expect(shown).not.toContain('03/18/2027');
  expect(shown).not.toContain('3/18/2027');
  expect(shown).not.toMatch(/\b[AP]M\b/);
  expect(shown).not.toMatch(/mm\/dd/i);
}

describe('date and time fields in the UI language, on Morocco’s clock (issue 11, item 3)', () => {
  it('French: types 18/03/2027 and 10:00 in a US browser; stored at 10:00 Morocco time', async () => {
    const page = await usBrowserPage('fr', 'America/New_York');
    await expectUsBrowser(page);
    const dialog = await openScheduleForm(page, 'fr');
    await dialog.getByRole('textbox', { name: 'Titre' }).fill('Réunion de mars 2027 (fr)');

    const day = dialog.getByRole('combobox', { name: 'Date' });
    const start = dialog.getByRole('combobox', { name: 'Heure de début' });
    const end = dialog.getByRole('combobox', { name: 'Heure de fin' });
    expect(await day.getAttribute('placeholder')).toBe('jj/mm/aaaa');

    // Typed by hand, day first; the field says how it read it, in French.
    await typeDate(day, DAY);
    expect(await day.inputValue()).toBe(DAY);
    expect(await fieldText(day)).toContain('jeudi 18 mars 2027');
    // Times: typed as in French (10h00 is read as 10:00), 24-hour, "Heure du Maroc" beside.
    await typeTime(start, '10h00');
    expect(await start.inputValue()).toBe('10:00');
    expect(await fieldText(start)).toContain('Heure du Maroc');
    expect(await dialog.getByTestId('time-hint').textContent()).toContain('UTC+00:00');

    // The end is picked in the list of times, which is on the 24-hour clock.
    await dialog.getByRole('button', { name: fr['timeField.openList'] }).nth(1).click();
    const options = await page.getByRole('option').allTextContents();
    expect(options).toContain('13:30');
    expect(options).toContain('23:30');
    expect(options.join(' ')).not.toMatch(/[AP]M/);
    // (The form starts at 10:00–12:00: 12:30 is a real choice.)
    await page.getByRole('option', { name: '12:30', exact: true }).click();
    await expect.poll(() => page.getByRole('option').count()).toBe(0);
    expect(await end.inputValue()).toBe('12:30');

    // The fields' descriptions: the day in full, Morocco time, the offset on that day.
    const description = (control: Locator) =>
      control.evaluate((element) =>
        (element.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' | '),
      );
    expect(await description(day)).toContain('jeudi 18 mars 2027');
    expect(await description(day)).toContain('UTC+00:00');
    expect(await description(start)).toContain('Heure du Maroc, sur 24 heures');
    expect(await description(start)).toContain('UTC+00:00');

    // The calendar opens on March 2027 in French, weeks from Monday.
    await dialog.getByRole('button', { name: fr['calendar.open'] }).click();
    const calendar = page.getByRole('dialog', { name: fr['calendar.label'] });
    await calendar.waitFor();
    const calendarText = await calendar.innerText();
    expect(calendarText).toContain('mars 2027');
    expect(calendarText).toContain(fr['calendar.goToToday']);
    expect(calendarText).not.toMatch(/March|Go to today/);
    await calendar.getByRole('button', { name: fr['calendar.nextMonth'] }).waitFor();
    const headers = await calendar.locator('th').allTextContents();
    expect(headers.slice(0, 7)).toEqual(['L', 'M', 'M', 'J', 'V', 'S', 'D']);
    await page.screenshot({ path: join(SCREENSHOTS, 'pickers-fr-calendar.png') });
    expect(await seriousViolations(page)).toEqual([]);
    // Picking the same day closes the calendar and keeps 18/03/2027.
    await calendar.getByRole('button', { name: '18, mars, 2027' }).click();
    await calendar.waitFor({ state: 'detached' });
    expect(await day.inputValue()).toBe(DAY);

    await expectNoUsFormats(dialog);
    await dialog.screenshot({ path: join(SCREENSHOTS, 'pickers-fr.png') });
    expect(await seriousViolations(page)).toEqual([]);

    const { detail, when } = await submitAndRead(page, dialog, 'fr');
    expect(detail.start).toBe('2027-03-18T10:00:00Z');
    expect(detail.end).toBe('2027-03-18T12:30:00Z');
    expect(when).toContain('18 mars 2027');
    expect(when).toContain('10:00');
    expect(when).not.toMatch(/\b[AP]M\b/);
    await page.context().close();
  }, 60_000);

  it('Arabic: picks 18/03/2027 in a right-to-left Arabic calendar in a US browser; stored at 10:00 Morocco time', async () => {
    const page = await usBrowserPage('ar', 'Pacific/Kiritimati');
    await expectUsBrowser(page);
    const dialog = await openScheduleForm(page, 'ar');
    await dialog
      .getByRole('textbox', { name: ar['meetingForm.meetingTitle'] })
      .fill('Réunion de mars 2027 (ar)');

    const day = dialog.getByRole('combobox', { name: ar['meetingForm.day'] });
    const start = dialog.getByRole('combobox', { name: ar['meetingForm.startTime'] });
    const end = dialog.getByRole('combobox', { name: ar['meetingForm.endTime'] });

    // Picked in the calendar: Arabic month names, right to left, from Morocco's today (January).
    await dialog.getByRole('button', { name: ar['calendar.open'] }).click();
    const calendar = page.getByRole('dialog', { name: ar['calendar.label'] });
    await calendar.waitFor();
    expect(await calendar.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await calendar.innerText()).toContain('يناير 2027');
    const next = calendar.getByRole('button', { name: ar['calendar.nextMonth'] });
    await next.click();
    await next.click();
    await expect.poll(() => calendar.innerText()).toContain('مارس 2027');
    const calendarText = await calendar.innerText();
    expect(calendarText).toContain(ar['calendar.goToToday']);
    // No Latin month or day names in the Arabic calendar.
    expect(calendarText).not.toMatch(/[A-Za-z]{3,}/);
    // Right to left: Monday's column (ن) stands right of Tuesday's (ث).
    const headers = calendar.locator('th');
    expect((await headers.allTextContents()).slice(0, 7)).toEqual([
      'ن',
      'ث',
      'ر',
      'خ',
      'ج',
      'س',
      'ح',
    ]);
    const monday = await headers.nth(0).boundingBox();
    const tuesday = await headers.nth(1).boundingBox();
    expect(monday!.x).toBeGreaterThan(tuesday!.x);
    await page.screenshot({ path: join(SCREENSHOTS, 'pickers-ar-calendar.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await calendar.getByRole('button', { name: '18, مارس, 2027' }).click();
    await calendar.waitFor({ state: 'detached' });
    expect(await day.inputValue()).toBe(DAY);
    expect(await fieldText(day)).toContain('الخميس، 18 مارس 2027');

    // Times typed with Arabic-Indic digits are read and shown as the app writes them.
    await typeTime(start, '١٠:٠٠');
    expect(await start.inputValue()).toBe('10:00');
    await typeTime(end, '12:00');
    expect(await end.inputValue()).toBe('12:00');
    expect(await fieldText(start)).toContain('بتوقيت المغرب');

    await expectNoUsFormats(dialog);
    await dialog.screenshot({ path: join(SCREENSHOTS, 'pickers-ar.png') });
    expect(await seriousViolations(page)).toEqual([]);

    const { detail, when } = await submitAndRead(page, dialog, 'ar');
    expect(detail.start).toBe('2027-03-18T10:00:00Z');
    expect(detail.end).toBe('2027-03-18T12:00:00Z');
    expect(when).toContain('18 مارس 2027');
    expect(when).toContain('10:00');
    await page.context().close();
  }, 60_000);

  it('says beside the field when a typed date or time is not one, and keeps what it had', async () => {
    const page = await usBrowserPage('fr', 'America/New_York');
    const dialog = await openScheduleForm(page, 'fr');
    const day = dialog.getByRole('combobox', { name: 'Date' });
    const start = dialog.getByRole('combobox', { name: 'Heure de début' });

    await typeDate(day, DAY);
    // Month first, as a US browser would write it: there is no 18th month.
    await typeDate(day, '03/18/2027');
    expect(await fieldText(day)).toContain(fr['dateField.invalid']);
    expect(await day.inputValue()).toBe(DAY);
    expect(await day.getAttribute('aria-invalid')).toBe('true');
    await typeTime(start, '10:00 PM');
    expect(await fieldText(start)).toContain(fr['timeField.invalid']);
    await dialog.screenshot({ path: join(SCREENSHOTS, 'pickers-fr-refused.png') });
    // Written in words, in French: read and shown day first.
    await typeDate(day, '18 mars 2027');
    expect(await day.inputValue()).toBe(DAY);
    expect(await fieldText(day)).not.toContain(fr['dateField.invalid']);

    expect(await start.inputValue()).toBe('10:00');
    await typeTime(start, '14h45');
    expect(await start.inputValue()).toBe('14:45');
    expect(await fieldText(start)).not.toContain(fr['timeField.invalid']);

    // Emptied, the date is required: the form says so beside it and sends nothing.
    await typeDate(day, '');
    expect(await day.inputValue()).toBe('');
    expect(await fieldText(day)).not.toContain('jeudi');
    await dialog.getByRole('textbox', { name: 'Titre' }).fill('Réunion sans date');
    await dialog.getByRole('button', { name: fr['meetingForm.submit'], exact: true }).click();
    await expect.poll(() => fieldText(day)).toContain(fr['form.required']);
    expect(await dialog.isVisible()).toBe(true);
    await page.context().close();
  }, 60_000);
});
