import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start.js';
import { openTabPage, signInAs, startTabServer } from './support/tab-server.js';

/*
 * Calendar feeds per person in the tab: a member makes their own link (shown once), revokes it;
 * the secretariat revokes anyone's link from the members screen.
 */

let server: RunningServer;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ server, browser, stop } = await startTabServer('copil-tab-feed-'));
}, 60_000);

afterAll(() => stop?.());

const onServer = (url: string) => url.replace(/^http:\/\/[^/]+/, server.url);

describe('calendar subscription links in the tab', () => {
  it('a member makes their own link, sees it once, and revokes it', async () => {
    const page = await openTabPage(browser);
    await signInAs(page, server.url, 'Amina Imaginaire', '/meetings');
    await page.getByRole('button', { name: 'Créer mon lien d’abonnement' }).click();
    const input = page.getByRole('textbox', { name: 'Adresse de l’abonnement au calendrier' });
    const url = await input.inputValue();
    expect(url).toMatch(/\/calendar\/personal\.ics\?token=[A-Za-z0-9_-]{43}$/);
    expect((await fetch(onServer(url))).status).toBe(200);

    // After a reload the link is not shown again: only that one works.
    await page.reload();
    await page.getByText(/Votre lien d’abonnement fonctionne depuis le/).waitFor();
    await expect(input.count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Révoquer mon lien' }).click();
    await page.getByText('Vous n’avez pas de lien d’abonnement actif.').waitFor();
    expect((await fetch(onServer(url))).status).toBe(404);
    await page.context().close();
  }, 60_000);

  it('the secretariat revokes a member’s link from the members screen', async () => {
    const member = await openTabPage(browser);
    await signInAs(member, server.url, 'Amina Imaginaire', '/meetings');
    await member.getByRole('button', { name: 'Créer mon lien d’abonnement' }).click();
    const url = await member
      .getByRole('textbox', { name: 'Adresse de l’abonnement au calendrier' })
      .inputValue();
    expect((await fetch(onServer(url))).status).toBe(200);

    const secretariat = await openTabPage(browser);
    await signInAs(secretariat, server.url, 'Salma Exemple', '/members');
    await secretariat
      .getByRole('combobox', { name: 'Personne' })
      .selectOption({ label: 'Amina Imaginaire' });
    await secretariat.getByRole('button', { name: 'Révoquer son lien' }).click();
    await secretariat.getByText('Le lien d’abonnement d’Amina Imaginaire est révoqué.').waitFor();
    expect((await fetch(onServer(url))).status).toBe(404);
    await member.context().close();
    await secretariat.context().close();
  }, 60_000);
});
