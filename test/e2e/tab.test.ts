import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/start.js';
import { seriousViolations } from './support/axe.js';
import { openTabPage, signInAs, startTabServer } from './support/tab-server.js';

/*
 * The committee tab in Chromium against the real server (embedded mode, example committee,
 * local sign-in). One server and one browser for the file; each test has its own page.
 */

type Locale = 'fr' | 'ar' | 'en';

const SCREENSHOTS = resolve('reports/screenshots');

let server: RunningServer;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ server, browser, stop } = await startTabServer('copil-tab-'));
}, 60_000);

afterAll(() => stop?.());

const openPage = (locale: Locale = 'fr', width = 1280) => openTabPage(browser, locale, width);

const signIn = (page: Page, displayName: string, path = '/dashboard') =>
  signInAs(page, server.url, displayName, path);

async function goToMembers(page: Page, label = 'Membres'): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  await page.getByTestId('seat').first().waitFor();
}

/** Fills one person fieldset of a seat form (titular, alternate, or a replacement) with a new person. */
async function newPerson(
  dialog: Locator,
  path: 'titular' | 'alternate' | 'person',
  name: string,
  email: string,
) {
  const group = dialog.getByTestId(`person-${path}`);
  await group.getByRole('radio', { name: 'Nouvelle entrée' }).check();
  await group.getByRole('textbox', { name: 'Nom complet' }).fill(name);
  await group.getByRole('textbox', { name: 'Adresse e-mail' }).fill(email);
}

const parity = (page: Page) => page.getByRole('main').getByTestId('parity');

describe('committee tab — members register', () => {
  it('saves a fifth civil-society seat as pending with its reason (R3.2), activated with the HCFP seat', async () => {
    const page = await openPage('fr');
    await signIn(page, 'Salma Exemple');
    await goToMembers(page);
    await expect.poll(() => parity(page).getAttribute('data-balanced')).toBe('true');

    // A civil-society seat: a new association, two new guests.
    await page.getByRole('button', { name: 'Ajouter un siège' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Société civile' }).check();
    await dialog
      .getByTestId('organisation')
      .getByRole('radio', { name: 'Nouvelle entrée' })
      .check();
    await dialog
      .getByRole('textbox', { name: 'Nom de l’organisation' })
      .fill('Association essai Parité');
    await newPerson(dialog, 'titular', 'Nour Essai', 'nour.essai@example.org');
    // Embedded mode has no tenant directory: the search says a local account will be made.
    const titular = dialog.getByTestId('person-titular');
    await titular.getByRole('button', { name: 'Rechercher dans l’annuaire' }).click();
    await expect
      .poll(() => titular.getByRole('status').textContent())
      .toBe('Mode local : un nouveau compte local sera créé à l’enregistrement.');
    await newPerson(dialog, 'alternate', 'Ilyas Essai', 'ilyas.essai@example.org');
    await dialog.getByRole('button', { name: 'Ajouter le siège' }).click();
    await dialog.waitFor({ state: 'detached' });

    // R3.2: the seat is saved pending — parity holds, the seat shows why it waits.
    const result = page.getByTestId('change-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('Siège enregistré en attente de parité (R3.2)');
    expect(await parity(page).getAttribute('data-balanced')).toBe('true');
    expect(await parity(page).getByTestId('parity-pending').textContent()).toBe(
      '1 siège en attente de parité',
    );
    expect(await parity(page).getByRole('status').count()).toBe(1);
    const pendingSeat = page.getByTestId('seat').filter({ hasText: 'Association essai Parité' });
    expect(await pendingSeat.getAttribute('data-status')).toBe('pending');
    expect(await pendingSeat.getByTestId('seat-pending').textContent()).toBe(
      'en attente de parité',
    );
    const reason = (await pendingSeat.getByTestId('seat-pending-reason').textContent()) ?? '';
    expect(reason).toContain('ni convoqué ni compté dans les votes');
    expect(reason).toContain(
      'Il deviendra actif quand le collège de l’administration comptera 1 siège de plus.',
    );
    expect(reason).toContain('lettre officielle (R4.1)');
    expect(await pendingSeat.getByTestId('parity-finding').getAttribute('data-rule')).toBe('R3.2');
    expect(
      await page.getByTestId('college-civil_society').getByTestId('college-count').textContent(),
    ).toBe('4 sièges · 1 siège en attente de parité');

    // An administration seat for the example public body that has a commitment but no seat.
    await page.getByRole('button', { name: 'Ajouter un siège' }).click();
    dialog = page.getByRole('dialog');
    await dialog
      .getByRole('combobox', { name: 'Organisation du registre' })
      .selectOption({ label: 'Haut-commissariat fictif à la Participation (HCFP)' });
    await newPerson(dialog, 'titular', 'Samira Essai', 'samira.essai@example.org');
    await newPerson(dialog, 'alternate', 'Yassine Essai', 'yassine.essai@example.org');
    await dialog.getByRole('button', { name: 'Ajouter le siège' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Both become active together: 5 = 5, nothing pending any more.
    await expect.poll(() => pendingSeat.getAttribute('data-status')).toBe('active');
    expect(await parity(page).getAttribute('data-balanced')).toBe('true');
    expect(await parity(page).textContent()).toContain('Parité respectée');
    expect(await parity(page).getByTestId('parity-pending').count()).toBe(0);
    expect(await parity(page).getByTestId('parity-civil-society').textContent()).toContain(
      '5 sièges',
    );
    expect(
      await page.getByTestId('college-administration').getByTestId('college-count').textContent(),
    ).toBe('5 sièges');
    expect(
      await page.getByTestId('college-civil_society').getByTestId('college-count').textContent(),
    ).toBe('5 sièges');
    const hcfp = page
      .getByTestId('seat')
      .filter({ hasText: 'Haut-commissariat fictif à la Participation' });
    expect(await hcfp.textContent()).toContain('Samira Essai');
    await page.context().close();
  });

  it('refuses a seat whose titular and alternate are the same person, citing R3.1 in the dialog', async () => {
    const page = await openPage('fr');
    await signIn(page, 'Salma Exemple', '/members');
    await page.getByTestId('seat').first().waitFor();
    await page.getByRole('button', { name: 'Ajouter un siège' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Société civile' }).check();
    await dialog
      .getByTestId('organisation')
      .getByRole('radio', { name: 'Nouvelle entrée' })
      .check();
    await dialog
      .getByRole('textbox', { name: 'Nom de l’organisation' })
      .fill('Collectif essai Doublon');
    for (const path of ['titular', 'alternate'] as const) {
      await dialog
        .getByTestId(`person-${path}`)
        .getByRole('combobox', { name: 'Personne du registre' })
        .selectOption('p-chair');
    }
    await dialog.getByRole('button', { name: 'Ajouter le siège' }).click();

    const problem = dialog.getByTestId('problem');
    await problem.waitFor();
    const text = (await problem.textContent()) ?? '';
    expect(text).toContain('R3.1');
    expect(text).toContain(
      'le titulaire et le suppléant d’un siège sont deux personnes différentes',
    );
    // Nothing typed is lost.
    expect(await dialog.getByRole('textbox', { name: 'Nom de l’organisation' }).inputValue()).toBe(
      'Collectif essai Doublon',
    );
    expect(
      await dialog
        .getByTestId('person-alternate')
        .getByRole('combobox', { name: 'Personne du registre' })
        .inputValue(),
    ).toBe('p-chair');
    await page.context().close();
  });

  it('shows a civil-society member the register read-only, and the API refuses her change (403)', async () => {
    const page = await openPage('fr');
    await signIn(page, 'Amina Imaginaire', '/members');
    await page.getByTestId('seat').first().waitFor();
    const main = page.getByRole('main');
    expect(await main.getByText('seul le secrétariat modifie le registre').count()).toBe(1);
    expect(await main.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Ajouter un siège|Actions pour/ }).count()).toBe(
      0,
    );
    expect(await main.getByRole('textbox').count()).toBe(0);

    const token = await page.evaluate(
      () =>
        (
          JSON.parse(window.sessionStorage.getItem('copil.session') ?? '{}') as {
            accessToken?: string;
          }
        ).accessToken,
    );
    expect(token).toBeTruthy();
    const response = await fetch(`${server.url}/api/seats`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        college: 'civil_society',
        organisation: { name: 'Association non autorisée' },
        titular: { displayName: 'Personne Un', email: 'un@example.org', guest: true },
        alternate: { displayName: 'Personne Deux', email: 'deux@example.org', guest: true },
        mandateStart: '2025-01-01',
        mandateEnd: '2026-12-31',
      }),
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { reason: string }).reason).toBe('forbidden');
    await page.context().close();
  });
});

describe('committee tab — seat changes by the secretariat', () => {
  it('records a designation letter (R4.1 finding gone) and ends a civil-society membership into the history', async () => {
    const page = await openPage('fr');
    await signIn(page, 'Salma Exemple', '/members');
    const dfap = page
      .getByTestId('seat')
      .filter({ hasText: 'Direction fictive des Archives publiques' });
    expect(await dfap.textContent()).toContain('R4.1');
    await dfap.getByRole('button', { name: /^Actions pour/ }).click();
    await page.getByRole('menuitem', { name: 'Enregistrer la lettre de désignation' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'lettre-dfap.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% lettre de désignation (essai)\n%%EOF\n'),
    });
    await dialog.getByRole('button', { name: 'Enregistrer la lettre' }).click();
    await dialog.waitFor({ state: 'detached' });
    await dfap.getByRole('link', { name: /lettre-dfap\.pdf/ }).waitFor();
    expect(await dfap.textContent()).not.toContain('R4.1');

    const collective = page
      .getByTestId('seat')
      .filter({ hasText: 'Collectif fictif Données citoyennes' });
    await collective.getByRole('button', { name: /^Actions pour/ }).click();
    await page.getByRole('menuitem', { name: 'Proposer la fin de l’adhésion' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Cause (article 12)' }).selectOption('dissolved');
    await dialog.getByRole('button', { name: 'Proposer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await collective.getByText(/Fin d’adhésion proposée le/).waitFor();

    await collective.getByRole('button', { name: /^Actions pour/ }).click();
    await page.getByRole('menuitem', { name: 'Confirmer la fin de l’adhésion' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await collective.waitFor({ state: 'detached' });
    const history = page
      .getByTestId('ceased')
      .getByRole('row')
      .filter({ hasText: 'Collectif fictif Données citoyennes' });
    expect(await history.textContent()).toContain('L’organisation est dissoute');

    // R3.2: the cessation is recorded, and the imbalance it leaves is flagged with what the
    // manual requires — on the members page and on the dashboard.
    await expect.poll(() => parity(page).getAttribute('data-balanced')).toBe('false');
    const flag = parity(page).getByTestId('parity-finding');
    expect(await flag.getAttribute('data-key')).toBe('composition-unbalanced');
    const flagText = (await flag.textContent()) ?? '';
    expect(flagText).toContain('Il manque 1 siège actif au collège de la société civile');
    expect(flagText).toContain('selon les étapes publiées (R4.6)');
    await page.getByRole('navigation').getByRole('link', { name: 'Tableau de bord' }).click();
    const dashboardFlag = parity(page).getByTestId('parity-finding');
    await dashboardFlag.waitFor();
    expect(await dashboardFlag.textContent()).toContain('(R4.6)');
    await page.context().close();
  });
});

describe('committee tab — concurrent changes', () => {
  it('says someone else changed the seat when its version is stale, and reloads on request', async () => {
    const page = await openPage('fr');
    await signIn(page, 'Salma Exemple', '/members');
    const network = page.getByTestId('seat').filter({ hasText: 'Réseau imaginaire des Jeunes' });
    await network.getByRole('button', { name: /^Actions pour/ }).click();
    await page.getByRole('menuitem', { name: 'Remplacer le titulaire' }).click();
    const dialog = page.getByRole('dialog');
    await newPerson(dialog, 'person', 'Hajar Essai', 'hajar.essai@example.org');

    // Meanwhile, another secretariat session replaces the same seat's alternate.
    const token = await page.evaluate(
      () =>
        (
          JSON.parse(window.sessionStorage.getItem('copil.session') ?? '{}') as {
            accessToken: string;
          }
        ).accessToken,
    );
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const composition = (await (
      await fetch(`${server.url}/api/composition`, { headers })
    ).json()) as {
      civilSociety: { id: string; version: string; organisation: { name: string } }[];
    };
    const seat = composition.civilSociety.find((s) =>
      s.organisation.name.startsWith('Réseau imaginaire'),
    )!;
    const other = await fetch(`${server.url}/api/seats/${seat.id}/holders`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        role: 'alternate',
        person: {
          displayName: 'Omar Concurrent',
          email: 'omar.concurrent@example.org',
          guest: true,
        },
        version: seat.version,
      }),
    });
    expect(other.status).toBe(200);

    await dialog.getByRole('button', { name: 'Remplacer', exact: true }).click();
    const problem = dialog.getByTestId('problem');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('Quelqu’un d’autre a modifié cet enregistrement');
    await problem.getByRole('button', { name: 'Recharger' }).click();
    await dialog.waitFor({ state: 'detached' });
    await network.getByText('Omar Concurrent').waitFor();
    expect(await network.textContent()).not.toContain('Hajar Essai');
    await page.context().close();
  });
});

describe('committee tab — languages and accessibility', () => {
  it('renders the Arabic members screen right to left', async () => {
    const page = await openPage('fr');
    await page.goto(`${server.url}/dashboard`);
    // The language menu of the sign-in screen (outside Teams).
    await page.getByRole('button', { name: 'Langue : Français' }).click();
    await page.getByRole('menuitemradio', { name: 'العربية' }).click();
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    await page.getByRole('button', { name: /Salma Exemple/ }).click();
    await goToMembers(page, 'الأعضاء');

    expect(await page.locator('.fui-FluentProvider').first().getAttribute('dir')).toBe('rtl');
    // The first college in reading order (administration) sits on the right.
    const administration = await page.getByTestId('college-administration').boundingBox();
    const civilSociety = await page.getByTestId('college-civil_society').boundingBox();
    expect(administration && civilSociety).toBeTruthy();
    expect(administration!.x).toBeGreaterThan(civilSociety!.x);
    // The title hugs the right edge.
    const title = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(title!.x + title!.width).toBeGreaterThan(1280 - 80);
    // Arabic plural: 3 to 10 take the "few" form.
    expect(
      await page.getByTestId('college-administration').getByTestId('college-count').textContent(),
    ).toMatch(/^\d+ مقاعد$/);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'members-ar.png'), fullPage: true });
    await page.context().close();
  });

  for (const locale of ['fr', 'ar'] as const) {
    it(`has no serious or critical axe violation on each screen (${locale})`, async () => {
      const page = await openPage(locale);
      const found: Record<string, string[]> = {};
      await page.goto(`${server.url}/dashboard`);
      await page.getByRole('button', { name: /Salma Exemple/ }).waitFor();
      found['sign-in'] = await seriousViolations(page);

      await page.getByRole('button', { name: /Salma Exemple/ }).click();
      await page.getByRole('main').getByTestId('parity').waitFor();
      found.dashboard = await seriousViolations(page);

      await goToMembers(page, locale === 'fr' ? 'Membres' : 'الأعضاء');
      found.members = await seriousViolations(page);

      await page
        .getByRole('button', { name: locale === 'fr' ? 'Ajouter un siège' : 'إضافة مقعد' })
        .click();
      await page.getByRole('dialog').waitFor();
      // Let the dialog's entrance animation end (colour contrast is measured on final colours).
      await page.waitForTimeout(400);
      found['add-seat dialog'] = await seriousViolations(page);

      expect(found).toEqual({ 'sign-in': [], dashboard: [], members: [], 'add-seat dialog': [] });
      await page.context().close();
    });
  }
});
