import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionView } from '../../core/contracts/index.js';
import type { RunningServer } from '../../server/start.js';
import { manualClock } from '../support/fixtures.js';
import { typeDate, typeTime } from './support/pickers.js';
import { refusalOf } from './support/refusal.js';
import { seriousViolations } from './support/axe.js';
import { openTabPage, signInAs, startTabServer } from './support/tab-server.js';

/*
 * Decisions and votes (R5.7, R13.2), communications (R10) and revisions of the manual (R13) in
 * the tab, in Chromium, against the real server (embedded mode, example committee) whose clock
 * the test moves and whose scheduler it runs by hand (`server.tick()`).
 *
 * The meeting: Monday 16 March 2026, 10:00–12:00 Morocco time (UTC+0: Ramadan). The vote
 * closes at 11:00. The plan ends on 31 December 2026, so revisions may only be filed from
 * 1 October (R13.1).
 */

type Locale = 'fr' | 'ar';

const SCREENSHOTS = resolve('reports/screenshots');
/** The tab reads an open vote every 5 s: a change shows within two reads. */
const LIVE = { timeout: 12_000, interval: 250 };
const MEETING = 'Réunion du comité — mars 2026';
const DECISION = 'Adopter la feuille de route de l’évaluation à mi-parcours du plan d’action';
const COMMUNICATION =
  'Le comité de pilotage publie le bilan à mi-parcours du plan d’action national.';
const REVISION = 'Porter de 10 à 15 jours le délai de l’avis de réunion (article 5).';

let server: RunningServer;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;
const clock = manualClock('2026-03-02T09:00:00Z');
let meetingId = '';
let decisionId = '';

beforeAll(async () => {
  ({ server, browser, stop } = await startTabServer('copil-tab-decisions-', {
    clock,
    settings: { COPIL_TICK_SECONDS: 0 },
  }));
  // The meeting, noticed 14 days ahead (R5.2), through the API.
  const { value } = await api<{ value: { id: string; version: string } }>(
    'p-sec',
    '/api/meetings',
    { title: MEETING, start: '2026-03-16T10:00', end: '2026-03-16T12:00' },
  );
  await api('p-sec', `/api/meetings/${value.id}/notice`, { version: value.version });
  meetingId = value.id;
  clock.set('2026-03-16T10:15:00Z');
}, 60_000);

afterAll(() => stop?.());

async function tokenOf(personId: string): Promise<string> {
  const { accessToken } = (await (
    await fetch(`${server.url}/auth/local/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId }),
    })
  ).json()) as { accessToken: string };
  return accessToken;
}

/** A call to the API as one of the example committee's people (test setup only). */
async function api<T>(personId: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${await tokenOf(personId)}`,
      'content-type': 'application/json',
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.ok, `${path}: ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

const openPage = (locale: Locale = 'fr', width = 1280) => openTabPage(browser, locale, width);

const signIn = (page: Page, displayName: string, path = '/dashboard') =>
  signInAs(page, server.url, displayName, path);

const text = async (locator: Locator) => (await locator.textContent()) ?? '';

/** Opens a section of "Décisions" from the navigation (a fresh read of the server). */
async function openSection(
  page: Page,
  sub?: 'Communications' | 'Révision du manuel',
): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections du comité' })
    .getByRole('link', {
      name: 'Décisions',
      exact: true,
    })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Décisions du comité' }).waitFor();
  if (sub) {
    await page
      .getByRole('navigation', { name: 'Décisions, communications et révisions' })
      .getByRole('link', { name: sub })
      .click();
  }
}

/** Opens the test's decision from the decisions list. */
async function openDecision(page: Page): Promise<void> {
  await openSection(page);
  await page.getByRole('link', { name: DECISION }).click();
  await page.getByTestId('decision-text').waitFor();
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

describe('committee tab — a decision by double-majority vote (R5.7, R13.2)', () => {
  it('refuses a vote before consensus is exhausted, then counts one ballot per seat, refuses a late ballot and posts the result', async () => {
    // — The secretariat records the decision at the meeting.
    const secretariat = await openPage();
    await signIn(secretariat, 'Salma Exemple');
    await openSection(secretariat);
    await secretariat.getByRole('button', { name: 'Consigner une décision' }).click();
    let dialog = secretariat.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Réunion' }).selectOption(meetingId);
    await dialog.getByRole('textbox', { name: 'Texte de la décision' }).fill(DECISION);
    await dialog.getByRole('button', { name: 'Consigner', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await secretariat.waitForURL(/\/decisions\/[^/]+$/);
    decisionId = decodeURIComponent(new URL(secretariat.url()).pathname.split('/').pop() ?? '');
    expect(await text(secretariat.getByTestId('decision-text'))).toBe(DECISION);
    await secretariat.locator('[data-status=under_discussion]').waitFor();
    expect(await text(secretariat.getByRole('main').locator('header'))).toContain(MEETING);

    // — The chair finds it on the meeting's page…
    const chair = await openPage();
    await signIn(chair, 'Karim Fictif');
    await chair
      .getByRole('navigation')
      .getByRole('link', { name: 'Réunions', exact: true })
      .click();
    await chair.getByRole('link', { name: MEETING }).first().click();
    await chair.getByTestId('meeting-decisions').getByRole('link', { name: DECISION }).click();
    await chair.getByTestId('decision-text').waitFor();

    // …and sees at once why a vote cannot open yet (R5.7), before filling any form: the button
    // is there, disabled, with the rule's sentence as its description; clicking opens nothing.
    const openVoteButton = chair.getByRole('button', { name: 'Ouvrir un vote' });
    const why = await refusalOf(chair, openVoteButton);
    expect(why).toContain('R5.7');
    expect(why).toContain('le comité décide par consensus');
    await openVoteButton.click({ force: true });
    expect(await chair.getByRole('dialog').count()).toBe(0);

    // The chair records that consensus efforts are exhausted, then opens the vote.
    await chair.getByRole('button', { name: 'Efforts de consensus épuisés' }).click();
    await chair.getByTestId('change-result').getByText('Épuisement').waitFor();
    expect(await text(chair.getByTestId('consensus-exhausted'))).toContain('Karim Fictif');
    await expect.poll(() => openVoteButton.getAttribute('aria-disabled')).toBeNull();
    expect(await chair.getByTestId('action-reason').count()).toBe(0);
    await openVoteButton.click();
    dialog = chair.getByRole('dialog');
    expect(await dialog.getByRole('textbox', { name: 'Motion soumise au vote' }).inputValue()).toBe(
      DECISION,
    );
    // 16 March 2026 falls in Ramadan: Morocco is on UTC+0.
    await typeDate(dialog.getByLabel('Date de clôture'), '16/03/2026');
    await typeTime(dialog.getByLabel('Heure de clôture'), '11:00');
    expect(await text(dialog.getByTestId('time-hint'))).toContain('UTC+00:00');
    await dialog.getByRole('button', { name: 'Ouvrir le vote' }).click();
    await dialog.waitFor({ state: 'detached' });
    const chairVote = chair.getByTestId('vote');
    await chair.locator('[data-vote-status=open]').waitFor();
    expect(await text(chairVote.getByTestId('vote-closes'))).toContain('11:00');
    expect(await text(chairVote.getByTestId('vote-policy'))).toContain(
      'au moins la moitié des sièges actifs de chaque collège',
    );
    // The chair holds no seat: no ballot (R13.2), but the live tally.
    expect(await text(chairVote.getByTestId('vote-eligibility'))).toContain('R13.2');
    expect(await text(chairVote.getByTestId('tally-civil_society'))).toContain('0 sur 4 sièges');

    // Three members vote yes by their cards (through the API here).
    const voteId = (await api<DecisionView>('p-chair', `/api/decisions/${decisionId}`)).vote?.id;
    for (const person of ['p-a1t', 'p-a2t', 'p-c2t']) {
      await api(person, `/api/votes/${voteId}/ballot`, { choice: 'yes' });
    }

    // — Amina (a guest titular) votes yes from the meeting's side panel, 360 px wide.
    const amina = await openPage('fr', 360);
    await signIn(amina, 'Amina Imaginaire', '/meeting');
    const panelVote = amina.getByTestId('vote');
    await panelVote.getByRole('radio', { name: 'Oui' }).check();
    await panelVote.getByRole('button', { name: 'Voter' }).click();
    await panelVote.getByTestId('ballot-result').getByText('Bulletin enregistré : Oui.').waitFor();
    await expect
      .poll(() => text(panelVote.getByTestId('ballot-note')))
      .toBe('Votre bulletin compte pour votre siège.');
    // A member sees her ballot, not the tally, until the vote closes.
    expect(await panelVote.getByTestId('tally').count()).toBe(0);
    await screenshot(amina, 'vote-side-panel-fr');

    // — Rachid, her alternate, votes no: the titular's ballot counts for the seat.
    const rachid = await openPage();
    await signIn(rachid, 'Rachid Supposé');
    await openDecision(rachid);
    const rachidVote = rachid.getByTestId('vote');
    await rachidVote.getByRole('radio', { name: 'Non' }).check();
    await rachidVote.getByRole('button', { name: 'Voter' }).click();
    await rachidVote.getByTestId('ballot-result').waitFor();
    await expect
      .poll(() => text(rachidVote.getByTestId('my-ballot')))
      .toContain('Votre bulletin : Non');
    expect(await text(rachidVote.getByTestId('ballot-note'))).toContain(
      'Le bulletin de votre titulaire compte pour votre siège',
    );

    // — The secretariat has no vote (R6), and is told why.
    await openDecision(secretariat);
    const eligibility = secretariat.getByTestId('vote-eligibility');
    expect(await text(eligibility)).toContain('Vous ne pouvez pas voter');
    expect(await text(eligibility)).toContain('R6');
    expect(await text(eligibility)).toContain('le secrétariat assure la coordination du comité');
    expect(await secretariat.getByRole('radio', { name: 'Oui' }).count()).toBe(0);

    // — The chair's page follows the tally live, per college: one ballot per seat, so
    // Rachid's "no" does not count against Amina's "yes".
    const civil = chairVote.getByTestId('tally-civil_society');
    await expect.poll(() => text(civil.locator('[data-count=yes]')), LIVE).toBe('2');
    expect(await text(civil.locator('[data-count=no]'))).toBe('0');
    expect(await text(civil.locator('[data-count=voted]'))).toBe('2 sur 4 sièges');
    expect(await text(civil.locator('[data-count=needed]'))).toBe('2');
    const administration = chairVote.getByTestId('tally-administration');
    expect(await text(administration.locator('[data-count=yes]'))).toBe('2');
    expect(await text(chairVote.getByTestId('vote-outcome'))).toContain(
      'À ce stade, la double majorité est atteinte.',
    );
    await screenshot(chair, 'vote-chair-fr');

    // — After the closing time, a ballot is refused (R13.2) with the closing time.
    clock.set('2026-03-16T11:00:30Z');
    await rachidVote.getByRole('radio', { name: 'Oui' }).check();
    await rachidVote.getByRole('button', { name: 'Changer mon vote' }).click();
    const late = rachidVote.getByTestId('problem');
    await late.waitFor();
    expect(await text(late)).toContain('R13.2');
    expect(await text(late)).toContain('ce vote est clos');
    // The ballot the server holds is shown again, and can no longer be changed.
    await expect.poll(() => rachidVote.getByRole('radio', { name: 'Non' }).isChecked()).toBe(true);
    await expect.poll(() => rachidVote.getByRole('radio', { name: 'Non' }).isDisabled()).toBe(true);

    // — The scheduler closes the vote: everyone sees the result per college and the outcome.
    await server.tick();
    for (const page of [chair, amina, rachid]) {
      const outcome = page.getByTestId('vote').getByTestId('vote-outcome');
      await expect.poll(() => text(outcome), LIVE).toBe('Adoptée à la double majorité');
    }
    await chair.locator('[data-status=adopted]').waitFor();
    expect(await text(chair.getByTestId('vote').getByTestId('vote-closes'))).toContain('Clos le');
    const result = amina.getByTestId('tally-civil_society');
    expect(await text(result.locator('[data-count=yes]'))).toBe('2');
    expect(await chair.getByRole('button', { name: 'Clore le vote maintenant' }).count()).toBe(0);

    for (const page of [secretariat, chair, rachid]) await page.context().close();
    await amina.context().close();
  }, 60_000);
});

describe('committee tab — a communication in the committee’s name (R10)', () => {
  it('is not publishable before validation (R10.1), is validated by silence after the window, then published', async () => {
    // — Amina submits a communication for the national portal.
    const amina = await openPage();
    await signIn(amina, 'Amina Imaginaire');
    await openSection(amina, 'Communications');
    await amina.getByRole('button', { name: 'Soumettre une communication' }).click();
    const dialog = amina.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Texte de la communication' }).fill(COMMUNICATION);
    await dialog.getByRole('radio', { name: 'Portail national (canal officiel)' }).check();
    await typeDate(dialog.getByLabel('Date de diffusion prévue'), '25/03/2026');
    expect(await text(dialog)).toContain('mot-dièse');
    await dialog.getByRole('button', { name: 'Soumettre', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    // Two business days to object (policy): Monday 16 → Wednesday 18 March.
    await amina
      .getByTestId('change-result')
      .getByText('les membres peuvent faire objection jusqu’au 18 mars 2026 inclus')
      .waitFor();
    const submitted = amina.getByTestId('communication').first();
    expect(await submitted.getAttribute('data-status')).toBe('submitted');
    expect(await text(submitted)).toContain('#OpenGovMorocco');
    expect(await text(submitted)).toContain('Portail national (canal officiel)');

    // — The secretariat cannot mark it published before validation (R10.1), and sees why.
    const secretariat = await openPage();
    await signIn(secretariat, 'Salma Exemple');
    await openSection(secretariat, 'Communications');
    const publish = () =>
      secretariat.getByRole('button', {
        name: 'Marquer comme publiée la communication d’Amina Imaginaire',
      });
    expect(await refusalOf(secretariat, publish())).toContain('R10.1');

    // — No objection by Wednesday: on Thursday the scheduler validates it.
    clock.set('2026-03-19T09:00:00Z');
    await server.tick();
    await openSection(secretariat, 'Communications');
    const item = secretariat.getByTestId('communication').first();
    await expect.poll(() => item.getAttribute('data-status')).toBe('validated');
    await publish().click();
    await secretariat
      .getByTestId('change-result')
      .getByText('Communication marquée comme publiée.')
      .waitFor();
    await expect.poll(() => item.getAttribute('data-status')).toBe('published');

    await amina.context().close();
    await secretariat.context().close();
  }, 30_000);
});

describe('committee tab — an objection sends a communication to a vote (R10.1)', () => {
  it('records a member’s objection, lets the chair put it to a vote and close it: rejected', async () => {
    await api('p-c1t', '/api/communications', {
      text: 'Annonce du calendrier de la consultation régionale.',
      channel: 'member_social',
      plannedDay: '2026-03-30',
    });

    // — Rachid objects within the window.
    const rachid = await openPage();
    await signIn(rachid, 'Rachid Supposé');
    await openSection(rachid, 'Communications');
    await rachid
      .getByRole('button', { name: 'Faire objection à la communication d’Amina Imaginaire' })
      .click();
    const dialog = rachid.getByRole('dialog');
    expect(await text(dialog)).toContain('Une objection envoie la communication au vote');
    await dialog
      .getByRole('textbox', { name: 'Motif de l’objection' })
      .fill('Le calendrier n’est pas encore arrêté.');
    await dialog.getByRole('button', { name: 'Envoyer l’objection' }).click();
    await dialog.waitFor({ state: 'detached' });
    await rachid.getByTestId('change-result').getByText('Objection enregistrée').waitFor();
    const objected = rachid.locator('[data-testid=communication][data-status=objected]');
    expect(await text(objected.getByTestId('objection'))).toContain(
      'Le calendrier n’est pas encore arrêté.',
    );
    // Objected once, he is not offered a second objection.
    expect(
      await rachid
        .getByRole('button', { name: 'Faire objection à la communication d’Amina Imaginaire' })
        .count(),
    ).toBe(0);

    // — While the objection is pending, « Marquer comme publiée » is shown disabled with R10.1.
    const secretariat = await openPage();
    await signIn(secretariat, 'Salma Exemple');
    await openSection(secretariat, 'Communications');
    const pending = secretariat.locator('[data-testid=communication][data-status=objected]');
    const why = await refusalOf(
      secretariat,
      pending.getByRole('button', {
        name: 'Marquer comme publiée la communication d’Amina Imaginaire',
      }),
    );
    expect(why).toContain('R10.1');
    expect(why).toContain('validée par lui avant de sortir');
    await secretariat.context().close();

    // — The chair puts it to a vote, follows the link to it and closes it early.
    const chair = await openPage();
    await signIn(chair, 'Karim Fictif');
    await openSection(chair, 'Communications');
    await chair
      .getByRole('button', { name: 'Soumettre au vote la communication d’Amina Imaginaire' })
      .click();
    const voteDialog = chair.getByRole('dialog');
    await typeDate(voteDialog.getByLabel('Date de clôture'), '19/03/2026');
    await typeTime(voteDialog.getByLabel('Heure de clôture'), '18:00');
    await voteDialog.getByRole('button', { name: 'Ouvrir le vote' }).click();
    await voteDialog.waitFor({ state: 'detached' });
    const voting = chair.locator('[data-testid=communication][data-status=vote_open]');
    await voting.getByRole('link', { name: 'Voir le vote' }).click();
    await chair.getByText('Cette décision valide une demande de communication (R10.1).').waitFor();
    expect(await text(chair.getByTestId('vote-motion'))).toContain('Valider la communication');
    await chair.getByRole('button', { name: 'Clore le vote maintenant' }).click();
    await chair.getByRole('dialog').getByRole('button', { name: 'Clore le vote' }).click();
    await chair.getByTestId('vote-closed').waitFor();
    await expect
      .poll(() => text(chair.getByTestId('vote-outcome')))
      .toBe('Rejetée : double majorité non atteinte');
    await chair.getByRole('link', { name: 'Voir les communications' }).click();
    await chair.locator('[data-testid=communication][data-status=rejected]').waitFor();

    await rachid.context().close();
    await chair.context().close();
  }, 30_000);
});

describe('committee tab — a request to revise the manual (R13)', () => {
  it('collects support by seat, then refuses filing outside the last quarter of the plan (R13.1)', async () => {
    const amina = await openPage();
    await signIn(amina, 'Amina Imaginaire');
    await openSection(amina, 'Révision du manuel');
    await amina.getByRole('button', { name: 'Demander une révision' }).click();
    const dialog = amina.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Révision proposée' }).fill(REVISION);
    await dialog.getByRole('button', { name: 'Créer la demande' }).click();
    await dialog.waitFor({ state: 'detached' });
    const request = amina.getByTestId('revision').first();
    // ceil(8 / 3) = 3 seats needed; the author supports it.
    expect(await text(request.getByTestId('revision-support'))).toContain(
      'Soutiens : 1 siège sur 3 nécessaires',
    );
    expect(await text(request.getByTestId('revision-window'))).toContain(
      'Dépôt possible du 1er octobre 2026 au 31 décembre 2026',
    );

    // — Nadia (administration) supports it.
    const nadia = await openPage();
    await signIn(nadia, 'Nadia Modèle');
    await openSection(nadia, 'Révision du manuel');
    await nadia.getByRole('button', { name: 'Soutenir la demande d’Amina Imaginaire' }).click();
    await nadia.getByTestId('change-result').getByText('Soutien enregistré.').waitFor();
    await expect
      .poll(() => text(nadia.getByTestId('revision').first().getByTestId('revision-support')))
      .toContain('2 sièges sur 3 nécessaires');
    expect(await nadia.getByRole('button', { name: /^Soutenir/ }).count()).toBe(0);

    // — Filing in March is refused: only in the plan's last quarter (R13.1). Amina sees why
    // beside the button, before trying.
    await openSection(amina, 'Révision du manuel');
    const why = await refusalOf(
      amina,
      amina.getByRole('button', { name: 'Déposer la demande d’Amina Imaginaire' }),
    );
    expect(why).toContain('R13.1');
    expect(why).toContain('dernier trimestre de la dernière année');
    expect(await amina.getByTestId('revision').first().getAttribute('data-status')).toBe(
      'collecting_support',
    );

    await amina.context().close();
    await nadia.context().close();
  }, 30_000);
});

describe('committee tab — what cannot be done yet, and why, before any form (R5.7, R10.1)', () => {
  const UNDECIDED = 'Adhérer à la charte des données ouvertes';
  const ANNOUNCEMENT = 'Annonce de l’atelier régional de co-création.';
  const LABELS = {
    fr: {
      openVote: 'Ouvrir un vote',
      publish: 'Marquer comme publiée la communication de Nadia Modèle',
    },
    ar: { openVote: 'فتح التصويت', publish: 'وضع علامة «منشور» على تواصل Nadia Modèle' },
  };
  let undecidedId = '';

  beforeAll(async () => {
    // A decision under discussion, and a communication with an objection pending.
    const { value } = await api<{ value: DecisionView }>('p-sec', '/api/decisions', {
      meetingId,
      text: UNDECIDED,
    });
    undecidedId = value.id;
    const communication = await api<{ value: { id: string } }>('p-a1t', '/api/communications', {
      text: ANNOUNCEMENT,
      channel: 'portal',
      plannedDay: '2026-04-10',
    });
    await api('p-c2t', `/api/communications/${communication.value.id}/objections`, {
      reason: 'La date de l’atelier n’est pas confirmée.',
    });
  });

  for (const locale of ['fr', 'ar'] as const) {
    it(`shows « Ouvrir un vote » and « Marquer comme publiée » disabled with their rule (${locale})`, async () => {
      const chair = await openPage(locale);
      await signIn(chair, 'Karim Fictif', `/decisions/${encodeURIComponent(undecidedId)}`);
      await chair.getByTestId('decision-text').waitFor();
      const openVote = chair.getByRole('button', { name: LABELS[locale].openVote });
      const voteReason = await refusalOf(chair, openVote);
      expect(voteReason).toContain('R5.7');
      // The consensus steps the chair may take are there, enabled.
      expect(await chair.getByTestId('consensus').getByRole('button').count()).toBeGreaterThan(1);
      expect(await seriousViolations(chair)).toEqual([]);
      await screenshot(chair, `decision-open-vote-refused-${locale}`);
      await chair.context().close();

      const secretariat = await openPage(locale);
      await signIn(secretariat, 'Salma Exemple', '/communications');
      const pending = secretariat
        .locator('[data-testid=communication][data-status=objected]')
        .filter({ hasText: ANNOUNCEMENT });
      const publishReason = await refusalOf(
        secretariat,
        pending.getByRole('button', { name: LABELS[locale].publish }),
      );
      expect(publishReason).toContain('R10.1');
      expect(await seriousViolations(secretariat)).toEqual([]);
      await pending.scrollIntoViewIfNeeded();
      await screenshot(secretariat, `communication-publish-refused-${locale}`);
      await secretariat.context().close();
    }, 30_000);
  }
});

describe('committee tab — decision screens in French and Arabic', () => {
  let openDecisionId = '';

  beforeAll(async () => {
    // A second decision with a vote open until Friday, to scan the ballot and the live tally.
    const { value } = await api<{ value: DecisionView }>('p-chair', '/api/decisions', {
      meetingId,
      text: 'Créer un groupe de travail territorial sur les données ouvertes',
    });
    const exhausted = await api<{ value: DecisionView }>(
      'p-chair',
      `/api/decisions/${value.id}/consensus-exhausted`,
      { version: value.version },
    );
    await api('p-chair', `/api/decisions/${value.id}/vote`, {
      version: exhausted.value.version,
      motion: value.text,
      closesAt: '2026-03-20T17:00',
    });
    openDecisionId = value.id;
    // A communication with a visual, from the secretariat (setup through the API).
    const visual = await fetch(
      `${server.url}/api/documents?purpose=visual&name=${encodeURIComponent('visuel.png')}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${await tokenOf('p-sec')}`, 'content-type': 'image/png' },
        body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
      },
    );
    expect(visual.ok).toBe(true);
    const { id: visualDocumentId } = (await visual.json()) as { id: string };
    await api('p-sec', '/api/communications', {
      text: 'Appel à contributions pour le prochain plan d’action national.',
      channel: 'ministry_social',
      plannedDay: '2026-04-01',
      visualDocumentId,
    });
  });

  for (const locale of ['fr', 'ar'] as const) {
    it(`has no serious or critical axe violation on decisions, a vote, communications and revisions (${locale})`, async () => {
      const found: Record<string, string[]> = {};
      const visit = async (page: Page, path: string, ready: string) => {
        await page.evaluate((p) => {
          window.history.pushState(null, '', p);
          window.dispatchEvent(new Event('copil:navigate'));
        }, path);
        await page.getByTestId(ready).first().waitFor();
      };

      const chair = await openPage(locale);
      await signIn(chair, 'Karim Fictif');
      await visit(chair, '/decisions', 'decision');
      found.decisions = await seriousViolations(chair);
      await screenshot(chair, `decisions-${locale}`);
      await visit(chair, `/decisions/${openDecisionId}`, 'tally');
      found['vote (chair)'] = await seriousViolations(chair);
      await screenshot(chair, `vote-chair-${locale}`);
      await visit(chair, `/decisions/${decisionId}`, 'vote-outcome');
      found['vote result'] = await seriousViolations(chair);
      await chair.context().close();

      const member = await openPage(locale);
      await signIn(member, 'Rachid Supposé');
      await visit(member, `/decisions/${openDecisionId}`, 'ballot');
      found['vote (member)'] = await seriousViolations(member);
      await screenshot(member, `vote-member-${locale}`);
      await visit(member, '/communications', 'communication');
      await member.getByTestId('visual').first().waitFor();
      found.communications = await seriousViolations(member);
      await screenshot(member, `communications-${locale}`);
      await visit(member, '/revisions', 'revision');
      found.revisions = await seriousViolations(member);
      await screenshot(member, `revisions-${locale}`);
      // Last: Fluent's focus trap leaves hidden focus sentinels behind once a dialog closed.
      await visit(member, '/communications', 'communication');
      await member
        .getByRole('button', {
          name: locale === 'fr' ? 'Soumettre une communication' : 'تقديم طلب تواصل',
        })
        .click();
      await member.getByRole('dialog').waitFor();
      // Let the dialog's entrance animation end (contrast is measured on final colours).
      await member.waitForTimeout(400);
      found['communication dialog'] = await seriousViolations(member);
      await member.context().close();

      expect(found).toEqual({
        decisions: [],
        'vote (chair)': [],
        'vote result': [],
        'vote (member)': [],
        communications: [],
        'communication dialog': [],
        revisions: [],
      });
    }, 30_000);
  }
});
