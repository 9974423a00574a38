import { existsSync } from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

/**
 * Debian's Chromium driven by playwright-core (no browser download). CI installs it with
 * `apt-get install chromium`; CHROMIUM_PATH overrides the location.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * Launches Chromium. Playwright gives each launch a fresh temporary user-data directory and
 * removes it on close; pages come from {@link newPage}, each in its own context (own storage).
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** True for URLs this machine serves (loopback, data:, blob:, about:). */
export function isLocalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (['data:', 'blob:', 'about:'].includes(parsed.protocol)) return true;
    return LOOPBACK_HOSTS.has(parsed.hostname);
  } catch {
    return false;
  }
}

export interface NewPageOptions extends BrowserContextOptions {
  /** Abort every request that leaves this machine (fonts from CDNs, telemetry). Default true. */
  blockExternal?: boolean;
}

/** A page in a fresh browser context (its own cookies and storage). */
export async function newPage(
  browser: Browser,
  { blockExternal = true, ...contextOptions }: NewPageOptions = {},
): Promise<Page & { context(): BrowserContext }> {
  const context = await browser.newContext(contextOptions);
  if (blockExternal) {
    await context.route(
      (url) => !isLocalUrl(url.toString()),
      (route) => route.abort('blockedbyclient'),
    );
  }
  return context.newPage();
}
