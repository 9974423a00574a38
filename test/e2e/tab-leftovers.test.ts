import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start.js';
import { openTabPage, signInAs, startTabServer } from './support/tab-server.js';

/*
 * Issue 3/8 item 1: a screen of one language shows no text from another. Text people typed
 * (names, titles: the `[data-user-text]` isolates) and proper names (OGP, Teams, Outlook, rule
 * ids, UTC offsets) aside, an Arabic screen has no Latin word and an English one no French.
 */

let server: RunningServer;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ server, browser, stop } = await startTabServer('copil-leftovers-'));
}, 60_000);

afterAll(() => stop?.());

const SCREENS = [
  '/dashboard',
  '/members',
  '/meetings',
  '/decisions',
  '/communications',
  '/revisions',
];

/** Proper names and codes every language writes in Latin letters. */
const NAMES =
  /\b(OGP|Teams|Microsoft|Outlook|Google|ICS|PDF|UTC|R\d+(\.\d+)*|art\.|iCal|URL|CNDP|Copil)\b/g;

/** The visible text of the page, one entry per text node, without what people typed. */
async function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[data-user-text], [dir="auto"], script, style, option')) {
        continue;
      }
      if (!parent.checkVisibility()) continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    return texts.join('\n');
  });
}

const FRENCH =
  /\b(le|la|les|des|du|une|est|pour|avec|aucun|aucune|réunion|siège|sièges|membres)\b|[éèêàçùâîôû]/iu;

describe('committee tab — no text from another language', () => {
  it.each([
    ['ar', (text: string) => text.replace(NAMES, '').match(/[A-Za-zÀ-ÿ]{2,}/g) ?? []],
    [
      'en',
      (text: string) =>
        text
          .split('\n')
          .filter((line) => FRENCH.test(line.replace(NAMES, '')))
          .map((line) => line.trim()),
    ],
  ] as const)('%s screens', async (locale, leftovers) => {
    const page = await openTabPage(browser, locale);
    await signInAs(page, server.url, 'Salma Exemple');
    const found: Record<string, string[]> = {};
    for (const path of SCREENS) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('main').locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const text = await interfaceText(page);
      // The check reads the screen (not an empty page) and would see a leftover.
      expect(text.length, path).toBeGreaterThan(100);
      expect(leftovers(`${text}\nRéunion du comité`).length, path).toBeGreaterThan(0);
      const words = leftovers(text);
      if (words.length > 0) found[path] = [...new Set(words)];
    }
    expect(found).toEqual({});
    await page.context().close();
  });
});
