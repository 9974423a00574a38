import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * A control the server refuses now (its view's `cannot`, a rule of the manual): shown disabled
 * but focusable, described by the rule and its sentence (aria-describedby). Returns that
 * description, for the test to check the rule and the words.
 */
export async function refusalOf(page: Page, button: Locator): Promise<string> {
  await button.waitFor();
  expect(await button.getAttribute('aria-disabled')).toBe('true');
  const id = await button.getAttribute('aria-describedby');
  expect(id).toBeTruthy();
  const reason = page.locator(`[id="${id ?? ''}"]`);
  expect(await reason.getAttribute('data-testid')).toBe('action-reason');
  return (await reason.textContent()) ?? '';
}
