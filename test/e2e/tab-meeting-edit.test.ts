import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../core/contracts/index.js';
import type { RunningServer } from '../../server/start.js';
import { manualClock } from '../support/fixtures.js';
import { typeDate } from './support/pickers.js';
import { openTabPage, signInAs, startTabServer } from './support/tab-server.js';
import { localToken } from '../support/local-token.js';

/*
 * No silent loss (issue 9), in Chromium against the real server (embedded mode, example
 * committee): moving a meeting by its date only keeps its agenda, the agenda's documents and
 * the external guests, and the tab sends only start and end; an absence is justified or not
 * only by the secretariat's explicit choice (R12.1).
 *
 * The meeting: Thursday 9 July 2026, 10:00 Morocco time (UTC+1), noticed on 27 May.
 */

const TITLE = 'Réunion de juillet — suivi du plan';

let server: RunningServer;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;
const clock = manualClock('2026-05-27T09:00:00Z');

beforeAll(async () => {
  ({ server, browser, stop } = await startTabServer('copil-tab-meeting-edit-', { clock }));
}, 60_000);

afterAll(() => stop?.());

const openPage = () => openTabPage(browser);

const signIn = (page: Page, displayName: string, path: string) =>
  signInAs(page, server.url, displayName, path);

const text = async (locator: Locator) => (await locator.textContent()) ?? '';

const tokenFor = (personId: string) => localToken(server.url, personId);

async function api<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${await tokenFor('p-sec')}`,
      'content-type': 'application/json',
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.ok, `${path}: ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

async function uploadPdf(name: string): Promise<string> {
  const response = await fetch(
    `${server.url}/api/documents?purpose=agenda-document&name=${encodeURIComponent(name)}`,
    {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await tokenFor('p-sec')}`,
        'content-type': 'application/pdf',
      },
      body: `%PDF-1.4\n% ${name}\n%%EOF\n`,
    },
  );
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** What an edit must never lose: the agenda with presenters and documents, and the guests. */
const kept = (m: MeetingDetail) => ({
  title: m.title,
  location: m.location,
  online: m.online,
  agenda: m.agenda.map((a) => ({
    id: a.id,
    title: a.title,
    presenter: a.presenter,
    documents: a.documents.map((d) => d.name),
  })),
  externalInvitees: m.externalInvitees,
});

describe('committee tab — editing a meeting loses nothing', () => {
  it('moves a meeting by its date only: agenda, documents and guests stay, and only start and end are sent', async () => {
    const note = await uploadPdf('note-de-suivi.pdf');
    const annex = await uploadPdf('annexe-budget.pdf');
    const { value: scheduled } = await api<{ value: MeetingDetail }>('/api/meetings', {
      title: TITLE,
      start: '2026-07-09T10:00',
      end: '2026-07-09T12:00',
      location: 'Rabat, ministère (salle 2)',
      agenda: [
        {
          title: 'Suivi du plan d’action national',
          presenter: 'Nadia Modèle',
          documentIds: [note],
        },
        { title: 'Budget 2027', documentIds: [annex] },
      ],
      externalInvitees: [
        { name: 'Experte invitée', email: 'experte@example.org', organisation: 'Institut exemple' },
        { name: 'Observateur invité', email: 'observateur@example.org' },
      ],
    });
    await api(`/api/meetings/${scheduled.id}/notice`, { version: scheduled.version });
    const before = await api<MeetingDetail>(`/api/meetings/${scheduled.id}`);

    const page = await openPage();
    await signIn(page, 'Salma Exemple', `/meetings/${scheduled.id}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const sent: unknown[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith(`/api/meetings/${scheduled.id}`))
        sent.push(request.postDataJSON());
    });

    await page.getByRole('button', { name: 'Modifier ou déplacer' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('Date').inputValue()).toBe('09/07/2026');
    await typeDate(dialog.getByLabel('Date'), '16/07/2026');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('[data-status]').first().getAttribute('data-status'))
      .toBe('postponed');

    // The tab sent the new times and the version read, nothing else.
    expect(sent).toEqual([
      { version: before.version, start: '2026-07-16T10:00', end: '2026-07-16T12:00' },
    ]);

    // On the page: the new date, the agenda with its presenter and documents, the guests.
    expect(await text(page.getByTestId('meeting-when'))).toContain('jeudi 16 juillet 2026 à 10:00');
    const agenda = page.getByTestId('agenda');
    expect(await text(agenda)).toContain('Suivi du plan d’action national');
    expect(await text(agenda)).toContain('Présenté par Nadia Modèle');
    expect(await text(agenda)).toContain('Budget 2027');
    await agenda.getByRole('link', { name: 'Document : note-de-suivi.pdf' }).waitFor();
    await agenda.getByRole('link', { name: 'Document : annexe-budget.pdf' }).waitFor();
    expect(await text(agenda)).toContain('Experte invitée (Institut exemple)');
    expect(await text(agenda)).toContain('Observateur invité');

    // Through the API: everything but the times is as it was.
    const after = await api<MeetingDetail>(`/api/meetings/${scheduled.id}`);
    expect(Date.parse(after.start)).toBe(Date.parse('2026-07-16T09:00:00Z'));
    expect(kept(after)).toEqual(kept(before));
    expect(after.attendance.filter((a) => a.capacity === 'external')).toHaveLength(2);
    await page.context().close();
  }, 40_000);
});

describe('committee tab — the absence dialog has no default (R12.1)', () => {
  it('refuses to save an absence until justified or not is chosen, and keeps a justified absence when the roster is saved again', async () => {
    clock.set('2026-05-27T09:00:00Z');
    const { value: m } = await api<{ value: MeetingDetail }>('/api/meetings', {
      title: 'Réunion de juin',
      start: '2026-06-18T10:00',
      end: '2026-06-18T12:00',
    });
    await api(`/api/meetings/${m.id}/notice`, { version: m.version });
    clock.set('2026-06-18T09:30:00Z');

    const page = await openPage();
    await signIn(page, 'Salma Exemple', `/meetings/${m.id}`);
    const attendance = page.getByTestId('attendance');
    await attendance.getByRole('button', { name: 'Marquer tout le monde présent' }).click();
    await attendance
      .getByRole('radiogroup', { name: 'Khadija Hypothèse' })
      .getByRole('radio', { name: 'Absent(e)' })
      .check();
    await attendance.getByRole('button', { name: 'Enregistrer la présence' }).click();
    await page.getByTestId('change-result').getByText('Présence enregistrée').waitFor();
    const khadija = attendance.getByTestId('attendee').filter({ hasText: 'Khadija Hypothèse' });
    await khadija.getByText('Absence non justifiée').waitFor();

    await attendance
      .getByRole('button', { name: 'Justification de l’absence de Khadija Hypothèse' })
      .click();
    const dialog = page.getByRole('dialog');
    // Nothing is chosen for the secretariat, even with a justification typed.
    const question = dialog.getByRole('radiogroup', { name: 'L’absence est' });
    expect(await question.getByRole('radio', { name: 'Justifiée', exact: true }).isChecked()).toBe(
      false,
    );
    expect(await question.getByRole('radio', { name: 'Non justifiée' }).isChecked()).toBe(false);
    await dialog.getByRole('textbox', { name: 'Justification' }).fill('Mission à l’étranger');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByText('Choisissez si l’absence est justifiée ou non.').waitFor();
    const stillAbsent = await api<MeetingDetail>(`/api/meetings/${m.id}`);
    expect(stillAbsent.attendance.find((a) => a.person.id === 'p-c2t')?.status).toBe('absent');

    await question.getByRole('radio', { name: 'Justifiée', exact: true }).check();
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await khadija.getByText('Mission à l’étranger').waitFor();

    // Saving the roster again (another change) keeps the justified absence justified.
    await attendance
      .getByRole('radiogroup', { name: 'Anas Illustration' })
      .getByRole('radio', { name: 'Absent(e)' })
      .check();
    await attendance.getByRole('button', { name: 'Enregistrer la présence' }).click();
    await page.getByTestId('change-result').getByText('Présence enregistrée').waitFor();
    const detail = await api<MeetingDetail>(`/api/meetings/${m.id}`);
    expect(detail.attendance.find((a) => a.person.id === 'p-c2t')).toMatchObject({
      status: 'excused',
      justification: 'Mission à l’étranger',
    });
    await page.context().close();
  }, 40_000);
});
