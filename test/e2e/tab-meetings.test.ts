import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishedMeeting } from '../../core/contracts/index.js';
import type { RunningServer } from '../../server/start.js';
import { manualClock } from '../support/fixtures.js';
import { typeDate, typeTime } from './support/pickers.js';
import { refusalOf } from './support/refusal.js';
import { seriousViolations } from './support/axe.js';
import { openTabPage, signInAs, startTabServer } from './support/tab-server.js';

/*
 * The meetings workflow (R5) in the tab, in Chromium, as people use it, against the real
 * server (embedded mode, example committee) whose clock the test moves: schedule → notice
 * refused at 9 days, sent at 10 → proposals, one after the window → attendance → minutes
 * across Eid al-Fitr → an amendment → publication.
 *
 * The meeting: Thursday 19 March 2026, 10:00 Morocco time (UTC+0: Ramadan). Eid al-Fitr is
 * estimated on Friday 20 and Saturday 21 March, so the 3 business days for the minutes are
 * Mon 23, Tue 24 and Wed 25 March (R5.5); amendments run until Fri 27; publication from 28.
 */

type Locale = 'fr' | 'ar';

const SCREENSHOTS = resolve('reports/screenshots');
const TITLE = 'Réunion du comité — premier semestre 2026';

let server: RunningServer;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;
const clock = manualClock('2026-03-02T09:00:00Z');

beforeAll(async () => {
  ({ server, browser, stop } = await startTabServer('copil-tab-meetings-', { clock }));
}, 60_000);

afterAll(() => stop?.());

const openPage = (locale: Locale = 'fr') => openTabPage(browser, locale);

const signIn = (page: Page, displayName: string, path = '/dashboard') =>
  signInAs(page, server.url, displayName, path);

const text = async (locator: Locator) => (await locator.textContent()) ?? '';

/** Reloads the page (the server's clock moved) and waits for the meeting. */
async function reloadMeeting(page: Page): Promise<void> {
  await page.reload();
  await page.getByTestId('deadlines').waitFor();
}

let meetingPath = '';

describe('committee tab — a meeting cycle (R5)', () => {
  it('runs schedule → notice (R5.2) → proposals (R5.3) → attendance → minutes (R5.5) → amendment → publication (R5.6)', async () => {
    // — The secretariat schedules the meeting, with an agenda item, its presenter and a document.
    const secretariat = await openPage('fr');
    await signIn(secretariat, 'Salma Exemple');
    await secretariat
      .getByRole('navigation')
      .getByRole('link', { name: 'Réunions', exact: true })
      .click();
    await secretariat.getByRole('button', { name: 'Planifier une réunion' }).click();
    let dialog = secretariat.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Titre' }).fill(TITLE);
    await typeDate(dialog.getByLabel('Date'), '19/03/2026');
    await typeTime(dialog.getByLabel('Heure de début'), '10:00');
    await typeTime(dialog.getByLabel('Heure de fin'), '12:00');
    // 19 March 2026 falls in Ramadan: Morocco is then on UTC+0, not +01:00.
    expect(await text(dialog.getByTestId('time-hint'))).toContain('UTC+00:00');
    await dialog.getByRole('textbox', { name: 'Lieu' }).fill('Rabat, ministère (salle 2)');
    const item = dialog.getByRole('group', { name: 'Point 1' });
    await item
      .getByRole('textbox', { name: 'Intitulé du point' })
      .fill('Suivi du plan d’action national');
    await item.getByRole('textbox', { name: 'Présenté par' }).fill('Nadia Modèle');
    await item.locator('input[type=file]').setInputFiles({
      name: 'note-de-suivi.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% note de suivi (essai)\n%%EOF\n'),
    });
    await dialog.getByRole('button', { name: 'Planifier', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await secretariat.waitForURL(/\/meetings\/[^/]+$/);
    meetingPath = new URL(secretariat.url()).pathname;
    const meetingId = decodeURIComponent(meetingPath.split('/').pop() ?? '');
    await secretariat.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const agenda = secretariat.getByTestId('agenda');
    expect(await text(agenda)).toContain('Présenté par Nadia Modèle');
    await agenda.getByRole('link', { name: 'Document : note-de-suivi.pdf' }).waitFor();
    expect(await text(secretariat.getByTestId('meeting-when'))).toContain('10:00');
    expect(await text(secretariat.getByTestId('deadline-notice'))).toContain('9 mars 2026');

    // The stored start is 10:00 Morocco time, i.e. 10:00 UTC that day.
    const token = await secretariat.evaluate(
      () =>
        (
          JSON.parse(window.sessionStorage.getItem('copil.session') ?? '{}') as {
            accessToken: string;
          }
        ).accessToken,
    );
    const stored = (await (
      await fetch(`${server.url}/api/meetings/${meetingId}`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as { start: string };
    expect(Date.parse(stored.start)).toBe(Date.parse('2026-03-19T10:00:00Z'));

    // — R5.2: 9 days ahead the notice is refused, with the rule's sentence.
    clock.set('2026-03-10T09:00:00Z');
    await secretariat.getByRole('button', { name: 'Envoyer l’avis de réunion' }).click();
    const refused = secretariat.getByTestId('problem');
    await refused.waitFor();
    expect(await text(refused)).toContain('R5.2');
    expect(await text(refused)).toContain(
      "L'avis de réunion doit parvenir aux membres au moins 10 jours avant la réunion",
    );
    expect(await text(refused)).toContain('il ne reste que 9 jours');
    // Read again, the meeting says so before any click: the button is disabled, with R5.2.
    await reloadMeeting(secretariat);
    const tooLate = await refusalOf(
      secretariat,
      secretariat.getByRole('button', { name: 'Envoyer l’avis de réunion' }),
    );
    expect(tooLate).toContain('R5.2');
    expect(tooLate).toContain('il ne reste que 9 jours');

    // 10 days ahead it goes out.
    clock.set('2026-03-09T09:00:00Z');
    await reloadMeeting(secretariat);
    await secretariat.getByRole('button', { name: 'Envoyer l’avis de réunion' }).click();
    // The confirmation says what happened (nobody has the app here): never "sent" (R5.2).
    await secretariat
      .getByTestId('change-result')
      .getByText(/^Avis enregistré : /)
      .waitFor();
    expect(await secretariat.getByTestId('problem').count()).toBe(0);
    await expect
      .poll(() => secretariat.locator('[data-status]').first().getAttribute('data-status'))
      .toBe('noticed');
    // R5.3: proposals close at 00:00 on 13 March (Morocco time), shown as a live countdown on
    // the server's clock; the polite live region speaks in whole minutes.
    const countdown = secretariat.getByTestId('deadline-proposals').getByTestId('countdown');
    await expect
      .poll(() => text(countdown.locator('[aria-hidden=true]')))
      .toMatch(/^3 jours et 14:5\d:\d\d$/);
    expect(await countdown.locator('[aria-live=polite]').textContent()).toBe(
      'Clôture dans 3 jours et 15 heures',
    );

    // — A member proposes an agenda item, from what is due on her dashboard.
    const member = await openPage('fr');
    await signIn(member, 'Amina Imaginaire');
    const due = member.getByTestId('dashboard-due').locator('[data-kind=propose]');
    await due.getByRole('link', { name: TITLE }).click();
    const proposals = member.getByTestId('proposals');
    await proposals
      .getByRole('textbox', { name: 'Point proposé' })
      .fill('Point sur la plateforme de pétitions en ligne');
    await proposals.getByRole('button', { name: 'Envoyer la proposition' }).click();
    await member.getByTestId('change-result').getByText('Proposition envoyée').waitFor();
    await proposals.getByTestId('proposal').first().waitFor();
    expect(await text(proposals.getByTestId('proposal').first())).toContain(
      'En attente de réponse',
    );

    // The window closes while her page is open: a second proposal (another date) is refused.
    await proposals.getByRole('radio', { name: 'Une autre date' }).check();
    await proposals.getByRole('textbox', { name: 'Motif' }).fill('Éviter la veille de l’Aïd.');
    await typeDate(proposals.getByLabel('Date proposée'), '26/03/2026');
    clock.set('2026-03-13T08:00:00Z');
    await proposals.getByRole('button', { name: 'Envoyer la proposition' }).click();
    const closed = proposals.getByTestId('problem');
    await closed.waitFor();
    expect(await text(closed)).toContain('R5.3');
    expect(await text(closed)).toContain(
      "Les membres peuvent proposer des points à l'ordre du jour ou une autre date pendant les 3 jours qui suivent la réception de l'avis de réunion",
    );
    expect(await text(closed)).toContain('13 mars 2026 à 00:00');
    // The server now says the window is closed: the form goes, the refusal stays.
    await proposals.getByRole('button', { name: 'Envoyer la proposition' }).waitFor({
      state: 'detached',
    });
    expect(await text(proposals.getByTestId('proposals-window'))).toContain('s’est close');
    expect(await proposals.getByTestId('proposal').count()).toBe(1);

    // — The secretariat answers with a reason: accepted, the item joins the agenda.
    await reloadMeeting(secretariat);
    await secretariat
      .getByRole('button', { name: 'Répondre à la proposition d’Amina Imaginaire' })
      .click();
    dialog = secretariat.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Accepter (ajouter à l’ordre du jour)' }).check();
    await dialog
      .getByRole('textbox', { name: 'Motif de la réponse (transmis au membre)' })
      .fill('Le point complète le suivi du plan.');
    await dialog.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await dialog.waitFor({ state: 'detached' });
    const answered = secretariat.getByTestId('proposal').first();
    await answered.getByText('Acceptée').waitFor();
    expect(await text(answered)).toContain('Le point complète le suivi du plan.');
    await agenda
      .getByTestId('agenda-item')
      .filter({ hasText: 'Point sur la plateforme de pétitions en ligne' })
      .getByText('proposé par un membre')
      .waitFor();

    // — The meeting is held: attendance, with a civil-society seat absent (titular and
    // alternate), the absence not justified.
    clock.set('2026-03-19T10:30:00Z');
    await reloadMeeting(secretariat);
    const attendance = secretariat.getByTestId('attendance');
    await attendance.getByRole('button', { name: 'Marquer tout le monde présent' }).click();
    for (const name of ['Khadija Hypothèse', 'Anas Illustration']) {
      await attendance
        .getByRole('radiogroup', { name })
        .getByRole('radio', { name: 'Absent(e)' })
        .check();
    }
    await attendance.getByRole('button', { name: 'Enregistrer la présence' }).click();
    await secretariat.getByTestId('change-result').getByText('Présence enregistrée').waitFor();
    const khadija = attendance.getByTestId('attendee').filter({ hasText: 'Khadija Hypothèse' });
    await khadija.getByText('Absence non justifiée').waitFor();
    expect(await text(attendance)).toContain('2 absentes');
    await attendance
      .getByRole('button', { name: 'Justification de l’absence de Khadija Hypothèse' })
      .click();
    dialog = secretariat.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Non justifiée' }).check();
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await text(khadija)).toContain('Absence non justifiée');
    await expect
      .poll(() => secretariat.locator('[data-status]').first().getAttribute('data-status'))
      .toBe('held');

    // — Minutes: the deadline straddles Eid al-Fitr (20–21 March) and a weekend → 25 March.
    expect(await text(secretariat.getByTestId('deadline-minutes'))).toContain('25 mars 2026');
    clock.set('2026-03-25T10:00:00Z');
    await reloadMeeting(secretariat);
    const minutes = secretariat.getByTestId('minutes');
    expect(await text(minutes.getByTestId('minutes-due'))).toContain('25 mars 2026');
    // Shared on the last day: on time, nothing late.
    expect(await minutes.getByText('En retard').count()).toBe(0);
    await minutes
      .getByRole('textbox', { name: 'Texte du compte rendu' })
      .fill('Compte rendu de la réunion du 19 mars 2026.\n1. Suivi du plan d’action national.');
    await minutes.getByRole('button', { name: 'Partager le compte rendu' }).click();
    await secretariat.getByTestId('change-result').getByText('Compte rendu partagé').waitFor();
    await minutes.getByText('Partagé le 25 mars 2026.').waitFor();
    expect(await text(secretariat.getByTestId('deadline-amendments'))).toContain('27 mars 2026');
    expect(await text(secretariat.getByTestId('deadline-publication'))).toContain('28 mars 2026');

    // — A member amends inside the window; the secretariat integrates the amendment.
    clock.set('2026-03-26T09:00:00Z');
    await reloadMeeting(member);
    const amendments = member.getByTestId('amendments');
    await amendments
      .getByRole('textbox', { name: 'Votre amendement' })
      .fill('Ajouter la liste des documents présentés au point 1.');
    await amendments.getByRole('button', { name: 'Proposer l’amendement' }).click();
    await member.getByTestId('change-result').getByText('Amendement envoyé').waitFor();

    await reloadMeeting(secretariat);
    await secretariat
      .getByRole('button', { name: 'Intégrer l’amendement d’Amina Imaginaire' })
      .click();
    dialog = secretariat.getByRole('dialog');
    await dialog
      .getByRole('textbox', { name: 'Réponse (transmise au membre)' })
      .fill('Liste ajoutée au point 1.');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'detached' });
    const amendment = secretariat.getByTestId('amendment').first();
    await amendment.getByText('Intégré', { exact: true }).waitFor();
    expect(await text(amendment)).toContain('Liste ajoutée au point 1.');

    // — R5.6: publishing inside the amendment window is refused, and the secretariat sees why
    // beside the disabled button…
    const publication = secretariat.getByTestId('publication');
    const early = await refusalOf(
      secretariat,
      publication.getByRole('button', { name: 'Publier sur le portail national' }),
    );
    expect(early).toContain('R5.6');
    expect(early).toContain(
      'L’ordre du jour, le compte rendu et la liste des participants sont publiés sur le portail national après la période d’amendement des membres',
    );

    // …and done once it has ended.
    clock.set('2026-03-30T09:00:00Z');
    await reloadMeeting(secretariat);
    await publication.getByRole('button', { name: 'Publier sur le portail national' }).click();
    await publication.getByText('Publiée sur le portail national le 30 mars 2026.').waitFor();
    await expect
      .poll(() => secretariat.locator('[data-status]').first().getAttribute('data-status'))
      .toBe('published');

    // The public export lists it: agenda (with the accepted proposal) and participants.
    const published = (await (
      await fetch(`${server.url}/public/meetings`)
    ).json()) as PublishedMeeting[];
    const entry = published.find((m) => m.id === meetingId);
    expect(entry?.title).toBe(TITLE);
    expect(entry?.agenda.map((a) => a.title)).toEqual([
      'Suivi du plan d’action national',
      'Point sur la plateforme de pétitions en ligne',
    ]);
    expect(entry?.agenda[0]?.presenter).toBe('Nadia Modèle');
    const participants = entry?.participants.map((p) => p.name) ?? [];
    expect(participants).toContain('Amina Imaginaire');
    expect(participants).not.toContain('Khadija Hypothèse');
    expect(participants).not.toContain('Anas Illustration');
    expect(entry?.minutes).toBeDefined();

    await member.context().close();
    await secretariat.context().close();
  }, 90_000);
});

/** A call to the API as one of the example committee's people (test setup only). */
async function api<T>(personId: string, path: string, body?: unknown): Promise<T> {
  const { accessToken } = (await (
    await fetch(`${server.url}/auth/local/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId }),
    })
  ).json()) as { accessToken: string };
  const response = await fetch(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.ok, `${path}: ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

interface Detail {
  id: string;
  version: string;
  attendance: { person: { id: string } }[];
}

/** Schedules a meeting and sends its notice (setup through the API). */
async function noticedMeeting(title: string, start: string, end: string): Promise<string> {
  const { value } = await api<{ value: Detail }>('p-sec', '/api/meetings', { title, start, end });
  await api('p-sec', `/api/meetings/${value.id}/notice`, { version: value.version });
  return value.id;
}

describe('committee tab — Hijri holidays on the dashboard', () => {
  it('shows an estimate gone by unconfirmed as past, without a confirm button, and one ahead as to confirm', async () => {
    // 1 April 2026: Eid al-Fitr (estimated 20–21 March) is over; Eid al-Adha (27–28 May) ahead.
    clock.set('2026-04-01T09:00:00Z');
    const page = await openPage('fr');
    await signIn(page, 'Salma Exemple');
    const fitr = page.getByTestId('holiday').filter({ hasText: 'Aïd Al Fitr' });
    await fitr.waitFor();
    expect(await text(fitr)).toContain('estimée (passée)');
    expect(await fitr.getByRole('button').count()).toBe(0);
    const adha = page.getByTestId('holiday').filter({ hasText: 'Aïd Al Adha' });
    expect(await text(adha)).toContain('estimée, à confirmer');
    await adha
      .getByRole('button', { name: 'Confirmer la date officielle — Aïd Al Adha' })
      .waitFor();
    await page.context().close();
  }, 30_000);
});

describe('committee tab — after the meeting: R12.1 absences and Hijri holidays', () => {
  it('proposes a seat’s cessation once its third unjustified absence is recorded, and recomputes the minutes deadline when Eid al-Adha is confirmed', async () => {
    // Two more meetings (the cycle's was the first absence of the Réseau imaginaire's seat).
    clock.set('2026-04-01T09:00:00Z');
    const april = await noticedMeeting('Réunion d’avril', '2026-04-21T10:00', '2026-04-21T12:00');
    const may = await noticedMeeting('Réunion de mai', '2026-05-26T10:00', '2026-05-26T12:00');
    clock.set('2026-04-21T09:30:00Z');
    const detail = await api<Detail>('p-sec', `/api/meetings/${april}`);
    await api('p-sec', `/api/meetings/${april}/attendance`, {
      entries: detail.attendance.map((a) => ({
        personId: a.person.id,
        status: a.person.id.startsWith('p-c2') ? 'absent' : 'present',
      })),
    });

    clock.set('2026-05-26T09:30:00Z');
    const page = await openPage('fr');
    await signIn(page, 'Salma Exemple', '/members');
    await page.getByTestId('seat').first().waitFor();
    const network = 'Réseau imaginaire des Jeunes pour la Redevabilité';
    expect(await page.getByTestId('candidates').filter({ hasText: network }).count()).toBe(0);

    // The third meeting, in progress: the seat is absent again (titular and alternate).
    await page.getByRole('navigation').getByRole('link', { name: 'Réunions', exact: true }).click();
    await page
      .getByTestId('meetings-upcoming')
      .getByRole('link', { name: 'Réunion de mai' })
      .click();
    const attendance = page.getByTestId('attendance');
    await attendance.getByRole('button', { name: 'Marquer tout le monde présent' }).click();
    for (const name of ['Khadija Hypothèse', 'Anas Illustration']) {
      await attendance
        .getByRole('radiogroup', { name })
        .getByRole('radio', { name: 'Absent(e)' })
        .check();
    }
    await attendance.getByRole('button', { name: 'Enregistrer la présence' }).click();
    await page.getByTestId('change-result').getByText('Présence enregistrée').waitFor();

    // R12.1 → R12.2: the members screen proposes the cessation at once.
    await page.getByRole('navigation').getByRole('link', { name: 'Membres', exact: true }).click();
    const candidate = page.getByTestId('candidates').getByRole('listitem').filter({
      hasText: network,
    });
    await candidate.waitFor();
    expect(await text(candidate)).toContain('Absences sans justification : 3 réunions');

    // Minutes of a Tuesday meeting before Eid al-Adha (estimated Wed 27 – Thu 28 May):
    // Fri 29, Mon 1 and Tue 2 June.
    await page.goBack();
    await page.getByTestId('deadlines').waitFor();
    expect(await text(page.getByTestId('deadline-minutes'))).toContain('2 juin 2026');

    // The moon was sighted a day early: Eid is confirmed on Tue 26 – Wed 27 May.
    await page.getByRole('navigation').getByRole('link', { name: 'Tableau de bord' }).click();
    await page.getByRole('button', { name: 'Confirmer la date officielle — Aïd Al Adha' }).click();
    const dialog = page.getByRole('dialog');
    await typeDate(dialog.getByLabel('Premier jour officiel'), '26/05/2026');
    await dialog.getByRole('textbox', { name: 'Source (facultatif)' }).fill('Communiqué officiel');
    await dialog.getByRole('button', { name: 'Confirmer', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('holiday-confirmed').waitFor();
    const eid = page.getByTestId('holiday').filter({ hasText: 'Aïd Al Adha' });
    expect(await text(eid)).toContain('confirmée');
    expect(await text(eid)).toContain('26–27 mai 2026');

    // Every open deadline is recomputed: Thu 28, Fri 29 May and Mon 1 June.
    await page.goto(`${server.url}/meetings/${may}`);
    await expect.poll(() => text(page.getByTestId('deadline-minutes'))).toContain('1er juin 2026');
    await page.context().close();
  }, 40_000);
});

describe('committee tab — moving and cancelling a meeting', () => {
  it('moves a noticed meeting (postponed: a new notice is due, R5.2), then cancels it with a reason', async () => {
    clock.set('2026-05-27T09:00:00Z');
    const id = await noticedMeeting('Réunion de juillet', '2026-07-09T10:00', '2026-07-09T12:00');
    const page = await openPage('fr');
    await signIn(page, 'Salma Exemple', `/meetings/${id}`);
    await page.getByTestId('deadlines').waitFor();
    expect(await page.getByRole('button', { name: 'Envoyer l’avis de réunion' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Modifier ou déplacer' }).click();
    let dialog = page.getByRole('dialog');
    // The form holds the meeting as it is, in Morocco time (UTC+1 in July).
    expect(await dialog.getByRole('textbox', { name: 'Titre' }).inputValue()).toBe(
      'Réunion de juillet',
    );
    expect(await dialog.getByLabel('Date').inputValue()).toBe('09/07/2026');
    expect(await dialog.getByLabel('Heure de début').inputValue()).toBe('10:00');
    expect(await text(dialog.getByTestId('time-hint'))).toContain('UTC+01:00');
    expect(await text(dialog)).toContain(
      'un nouvel avis, au moins 10 jours avant, sera nécessaire',
    );
    await typeDate(dialog.getByLabel('Date'), '16/07/2026');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('[data-status]').first().getAttribute('data-status'))
      .toBe('postponed');
    expect(await text(page.getByTestId('meeting-when'))).toContain('jeudi 16 juillet 2026 à 10:00');
    await page.getByRole('button', { name: 'Envoyer l’avis de réunion' }).waitFor();

    await page.getByRole('button', { name: 'Annuler la réunion' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Confirmer l’annulation' }).click();
    // Nothing is sent without a reason.
    await dialog.getByText('Obligatoire').waitFor();
    await dialog
      .getByRole('textbox', { name: 'Motif' })
      .fill('Remplacée par la réunion de septembre.');
    await dialog.getByRole('button', { name: 'Confirmer l’annulation' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('[data-status]').first().getAttribute('data-status'))
      .toBe('cancelled');
    expect(await page.getByRole('button', { name: 'Modifier ou déplacer' }).count()).toBe(0);
    await page.context().close();
  }, 30_000);
});

describe('committee tab — meetings screens in French and Arabic', () => {
  for (const locale of ['fr', 'ar'] as const) {
    it(`has no serious or critical axe violation on the meetings list, a meeting and the dashboard (${locale})`, async () => {
      const page = await openPage(locale);
      const found: Record<string, string[]> = {};
      await signIn(page, 'Salma Exemple');
      await page.getByTestId('dashboard-due').waitFor();
      await page.getByTestId('holiday').first().waitFor();
      found.dashboard = await seriousViolations(page);

      await page.goto(`${server.url}/meetings`);
      await page.getByTestId('meeting').first().waitFor();
      found.meetings = await seriousViolations(page);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `meetings-${locale}.png`), fullPage: true });

      await page
        .getByRole('button', { name: locale === 'fr' ? 'Planifier une réunion' : 'برمجة اجتماع' })
        .click();
      await page.getByRole('dialog').waitFor();
      // Let the dialog's entrance animation end (contrast is measured on final colours).
      await page.waitForTimeout(400);
      found['schedule dialog'] = await seriousViolations(page);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      await page.goto(`${server.url}${meetingPath}`);
      await page.getByTestId('attendance').waitFor();
      found.meeting = await seriousViolations(page);
      await page.screenshot({ path: join(SCREENSHOTS, `meeting-${locale}.png`), fullPage: true });

      expect(found).toEqual({ dashboard: [], meetings: [], 'schedule dialog': [], meeting: [] });
      await page.context().close();
    }, 30_000);
  }
});
