import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The page's serious and critical axe violations, each as « id (impact): help — targets ». */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Through the debugger protocol: the tab's CSP (rightly) refuses an inline <script>.
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}
