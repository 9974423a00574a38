import { resolve } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAudited } from '../../core/usecases/audited-write.js';
import { conversationFor } from '../../core/usecases/meetings/index.js';
import { loadContext } from '../../core/usecases/meetings/load.js';
import { committeeRecipients } from '../../core/usecases/meetings/outbox.js';
import type { RunningServer } from '../../server/start.js';
import { manualClock } from '../support/fixtures.js';
import { chromiumAvailable, newPage } from './support/browser.js';
import { startTabServer } from './support/tab-server.js';

/*
 * R5.2 in the tab: the secretariat sends a notice; one member (Rachid Supposé, civil-society
 * alternate) never installed the app. The meeting page says what happened — delivered to 16
 * of 17, 1 not reachable, why, what to do — and after the app is installed for him, a retry
 * reaches him. The Teams service stands for a notifier that delivers wherever the bot has a
 * conversation stored (the real bot needs Teams' connector; bot/notifier.ts is tested apart).
 */

const UI_TIMEOUT = 15_000;
const MEETING = 'm-delivery-e2e';
const UNREACHABLE = 'p-c1s';

let server: RunningServer;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;
const clock = manualClock('2026-03-01T09:00:00Z');
const delivered: string[] = [];
let installs = 0;

async function install(personId?: string) {
  installs += 1;
  await server.ports.conversations.create({
    id: `conv-${installs}`,
    conversationId: `a:${installs}`,
    kind: personId ? 'personal' : 'channel',
    ...(personId ? { personId } : {}),
    reference: { conversation: { id: `a:${installs}` } },
    updatedAt: clock.now(),
  });
}

beforeAll(async () => {
  ({ server, browser, stop } = await startTabServer('copil-tab-delivery-', {
    clock,
    settings: { COPIL_TICK_SECONDS: 0 },
  }));
  const app = server.appPorts;
  app.notifier.send = async (recipient) => {
    if (!(await conversationFor(app, recipient))) {
      return { delivered: false, reason: 'no-conversation' };
    }
    delivered.push('personId' in recipient ? recipient.personId : 'channel');
    return { delivered: true };
  };
  for (const id of committeeRecipients(await loadContext(app))) {
    if (id !== UNREACHABLE) await install(id);
  }
  await install();
  await createAudited(
    server.ports,
    'meetings',
    { actor: { personId: 'p-sec' }, action: 'MeetingScheduled', at: clock.now() },
    {
      id: MEETING,
      title: 'Réunion du comité — avis suivi',
      start: '2026-03-20T10:00:00Z',
      end: '2026-03-20T12:00:00Z',
      online: true,
      status: 'draft',
      agenda: [{ id: 'a1', title: 'Suivi du plan d’action', documentIds: [] }],
      externalInvitees: [],
      postponedFrom: [],
      calendarEventId: `ics-${MEETING}`,
      source: 'tab',
    },
  );
}, 90_000);

afterAll(() => stop?.());

async function signedIn(displayName: string, path: string): Promise<Page> {
  const page = await newPage(browser, { viewport: { width: 1280, height: 1400 } });
  page.setDefaultTimeout(UI_TIMEOUT);
  await page.addInitScript(() => window.localStorage.setItem('copil.locale', 'fr'));
  await page.goto(`${server.url}${path}`);
  await page.getByRole('button', { name: new RegExp(displayName) }).click();
  await expect
    .poll(() => page.getByTestId('signed-in-person').textContent())
    .toContain(displayName);
  return page;
}

describe.skipIf(!chromiumAvailable())('committee tab — who the notice reached (R5.2)', () => {
  it('shows the secretariat an unreachable member, why, what to do, and retries once he has the app', async () => {
    const page = await signedIn('Salma Exemple', `/meetings/${MEETING}`);
    await page.getByRole('button', { name: 'Envoyer l’avis de réunion' }).click();
    // The confirmation follows the delivery: never "sent" before anything was delivered.
    const result = page.getByTestId('change-result');
    await result.getByText(/^Avis enregistré : /).waitFor();
    await expect
      .poll(() => result.textContent())
      .toBe('Avis enregistré : remis à 16 membres sur 17 ; 1 injoignable.');

    const section = page.getByTestId('notice-delivery');
    await expect
      .poll(() => section.getByTestId('delivery-summary').textContent())
      .toBe('Avis enregistré : remis à 16 membres sur 17 ; 1 injoignable.');
    const row = section.locator(`[data-testid=delivery-row][data-person=${UNREACHABLE}]`);
    expect(await row.getAttribute('data-state')).toBe('failed');
    expect(await row.textContent()).toContain('Rachid Supposé');
    expect(await row.getByTestId('delivery-reason').textContent()).toBe(
      'L’application n’est pas installée pour ce membre : le bot ne peut pas lui écrire.',
    );
    expect(await row.textContent()).toContain('Dans le calendrier ICS du comité');
    const help = section.getByTestId('delivery-help');
    expect(await help.textContent()).toContain('Installez l’application pour eux');
    expect(await section.getByTestId('delivery-channel').textContent()).toContain('Remis');
    await section.screenshot({ path: resolve('reports/screenshots/notice-delivery-fr.png') });
    // The delivery table, its badges and the retry buttons pass axe (no serious violation).
    // Through the debugger protocol: the tab's CSP (rightly) refuses an inline <script>.
    await page.evaluate(axe.source);
    const violations = await page.evaluate(async () => {
      const results = await (window as unknown as { axe: typeof axe }).axe.run(
        '[data-testid=notice-delivery]',
        { resultTypes: ['violations'] },
      );
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help}`);
    });
    expect(violations).toEqual([]);

    // The dashboard lists the notice that did not reach everyone, with the person and why.
    const dashboard = await signedIn('Salma Exemple', '/dashboard');
    const issue = dashboard.locator(`[data-testid=dashboard-notice][data-meeting=${MEETING}]`);
    await issue.waitFor();
    expect(await issue.getByTestId('delivery-row').count()).toBe(1);
    expect(await issue.textContent()).toContain('Rachid Supposé');
    await dashboard.close();

    // The app is installed for him; the secretariat retries just him.
    await install(UNREACHABLE);
    await row.getByRole('button', { name: 'Relancer l’envoi à Rachid Supposé' }).click();
    await expect
      .poll(() => section.getByTestId('delivery-summary').textContent())
      .toBe('Avis enregistré : remis à 17 membres sur 17.');
    await expect.poll(() => row.getAttribute('data-state')).toBe('delivered');
    expect(delivered.filter((id) => id === UNREACHABLE)).toHaveLength(1);
    const audit = await server.ports.auditLog.about('notice-delivery', MEETING);
    expect(audit.map((e) => [e.action, e.actorId])).toEqual([['NoticeDeliveryRetried', 'p-sec']]);
    await page.close();
  });

  it('shows a member the count and their own line, not the others’', async () => {
    const page = await signedIn('Amina Imaginaire', `/meetings/${MEETING}`);
    const section = page.getByTestId('notice-delivery');
    await expect
      .poll(() => section.getByTestId('delivery-mine').textContent())
      .toMatch(/^L’avis vous a été remis dans Teams le /);
    expect(await section.getByTestId('delivery-table').count()).toBe(0);
    expect(await section.getByRole('button', { name: /Relancer/ }).count()).toBe(0);
    await page.close();
  });
});
