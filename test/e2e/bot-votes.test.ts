import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveActor, type Actor } from '../../core/usecases/actor.js';
import { getVote } from '../../core/usecases/decisions/index.js';
import {
  PLAYGROUND_IDS,
  VISITOR,
  buildPlaygroundConfig,
  examplePeople,
  playgroundUserId,
} from '../../scripts/playground.js';
import { EXAMPLE_OBJECT_IDS } from '../../server/example-committee.js';
import { startServer, type RunningServer } from '../../server/start.js';
import { configFrom } from '../support/config.js';
import { manualClock } from '../support/fixtures.js';
import { chromiumAvailable, launchBrowser, newPage } from './support/browser.js';
import { actAs, startPlayground, type RunningPlayground } from './support/playground.js';

/**
 * A double-majority vote (R5.7, R13.2) as members live it in a Teams-like client: the real
 * server (its clock moved by hand), the Microsoft 365 Agents Playground and Chromium. The
 * Playground's current user is Amina Imaginaire (civil-society titular, a guest); acting as
 * Rachid Supposé (her alternate), Nadia Modèle (administration titular), the secretariat, the
 * chair and a visitor outside the register is done by rewriting `from.id` on the UI's requests
 * (PLAYGROUND_NOTES.md). The example committee has 4 seats per college, so under the « at
 * least half » policy each college needs 2 yes votes. The vote opens on Monday 5 October 2026
 * and closes on Friday 9 October at 16:00, Morocco time (UTC+0 since 2026-09-20).
 */
describe.skipIf(!chromiumAvailable())('a vote in the Agents Playground', () => {
  const clock = manualClock('2026-10-05T08:00:00Z');
  let dir: string;
  let server: RunningServer;
  let playground: RunningPlayground;
  let browser: Browser;
  let page: Page;
  let voteId: string;
  let actingAs: (userId: string | undefined) => void;
  const as = {
    rachid: playgroundUserId('civilAlternate'),
    nadia: playgroundUserId('adminTitular'),
    secretariat: playgroundUserId('secretariat'),
    chair: playgroundUserId('chair'),
    visitor: playgroundUserId('visitor'),
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'copil-bot-votes-'));
    server = await startServer(
      configFrom({
        COPIL_DATA_DIR: path.join(dir, 'data'),
        PORT: 0,
        LOG_LEVEL: 'silent',
        COPIL_TICK_SECONDS: 0,
      }),
      { clock },
    );
    playground = await startPlayground({
      dir: path.join(dir, 'playground'),
      config: buildPlaygroundConfig(await examplePeople(server.ports), {
        currentUser: 'civilTitular',
      }),
      endpoint: server.botEndpoint,
    });
    browser = await launchBrowser();
    page = await newPage(browser, { viewport: { width: 1280, height: 2400 } });
    actingAs = await actAs(page);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const voteCards = () =>
    page.locator('.ac-adaptiveCard').filter({ hasText: 'Committee vote by double majority' });
  const resultCards = () => page.locator('.ac-adaptiveCard').filter({ hasText: 'Vote result' });
  const openChat = (name: RegExp) => page.getByRole('treeitem', { name }).click();

  /** The API as one person of the register, with a local sign-in token. */
  async function api(personId: string, method: string, route: string, body?: unknown) {
    const auth = await fetch(`${server.url}/auth/local/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId }),
    });
    const { accessToken } = (await auth.json()) as { accessToken: string };
    const response = await fetch(`${server.url}${route}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  /** Clicks a button of the card and waits until the card that replaces it says `expected`. */
  async function click(card: Locator, button: string, expected: string) {
    await card.getByRole('button', { name: button, exact: true }).click();
    await expect.poll(() => card.innerText(), { timeout: 10_000 }).toContain(expected);
    return card.innerText();
  }

  const chairActor = async () =>
    (await resolveActor(server.ports, EXAMPLE_OBJECT_IDS.chair)) as Actor;
  const ballots = async () =>
    (await server.ports.ballots.findBy('voteId', voteId)).map((b) => b.value);

  it('stores the channel when it opens', async () => {
    await page.goto(playground.url);
    await page.getByRole('textbox').first().waitFor();
    await openChat(/Séances/);
    await expect
      .poll(async () => (await server.ports.conversations.list()).map((c) => c.value.kind).sort(), {
        timeout: 15_000,
      })
      .toEqual(['channel', 'personal']);
  }, 30_000);

  it('refuses a vote opened before consensus is recorded as exhausted (R5.7), then opens it', async () => {
    const created = await api('p-chair', 'POST', '/api/decisions', {
      text: 'Calendrier de co-création du 4e plan d’action national',
    });
    expect(created.status).toBe(201);
    const decision = created.body['value'] as { id: string; version: string };
    const motion = {
      motion: 'Adopter le calendrier de co-création du 4e plan d’action national',
      closesAt: '2026-10-09T16:00',
    };
    const early = await api('p-chair', 'POST', `/api/decisions/${decision.id}/vote`, {
      version: decision.version,
      ...motion,
    });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ reason: 'rule', rule: 'R5.7' });

    const exhausted = await api(
      'p-chair',
      'POST',
      `/api/decisions/${decision.id}/consensus-exhausted`,
      {
        version: decision.version,
      },
    );
    expect(exhausted.status).toBe(200);
    const opened = await api('p-chair', 'POST', `/api/decisions/${decision.id}/vote`, {
      version: (exhausted.body['value'] as { version: string }).version,
      ...motion,
    });
    expect(opened.status).toBe(200);
    voteId = (opened.body['value'] as { vote: { id: string } }).vote.id;

    clock.set('2026-10-06T09:00:00Z');
    await server.tick();
    await expect.poll(() => voteCards().count(), { timeout: 15_000 }).toBe(1);
    const text = await voteCards().first().innerText();
    expect(text).toContain('Adopter le calendrier de co-création du 4e plan d’action national');
    // 16:00 typed is 16:00 in Morocco: UTC+0 since 2026-09-20 (Node 20's ICU would say 17:00).
    expect(text).toContain('Friday, 9 October 2026 at 16:00 (Morocco time)');
    expect(text).toContain('rule “at least half”');
    expect(text).not.toContain('Live tally');
  }, 40_000);

  it('takes the ballots of a guest titular and her alternate from the card; only the titular’s counts', async () => {
    const card = voteCards().first();
    const amina = await click(card, 'Yes', 'Ballot recorded: Yes.');
    expect(amina).toContain('Your ballot counts for your seat.');

    actingAs(as.rachid);
    const rachid = await click(card, 'No', 'Ballot recorded: No.');
    expect(rachid).toContain('Your titular’s ballot counts for your seat');
    actingAs(as.nadia);
    await click(card, 'Yes', 'Ballot recorded: Yes.');
    actingAs(undefined);

    expect((await ballots()).map((b) => [b.voterId, b.voter, b.choice]).sort()).toEqual([
      ['p-a1t', 'titular', 'yes'],
      ['p-c1s', 'alternate', 'no'],
      ['p-c1t', 'titular', 'yes'],
    ]);
    const view = await getVote(server.appPorts, await chairActor(), voteId);
    expect(view.ok && view.value.tally?.civilSociety).toMatchObject({ yes: 1, no: 0, voted: 1 });
  }, 40_000);

  it('tells the secretariat why it cannot vote (R6), on the card', async () => {
    const card = voteCards().first();
    actingAs(as.secretariat);
    const secretariat = await click(card, 'Yes', 'Refused (R6)');
    actingAs(undefined);
    expect(secretariat).toContain('You cannot vote (R6)');
    expect(secretariat).toContain('the secretariat coordinates the committee but has no vote');
    expect(await card.getByRole('button', { name: 'Yes', exact: true }).count()).toBe(0);
    expect(await ballots()).toHaveLength(3);

    // The card also reached Amina's personal chat, with her ballot buttons.
    await openChat(/Personal Chat/);
    await expect.poll(() => voteCards().count(), { timeout: 10_000 }).toBe(1);
    expect(await voteCards().first().getByRole('button', { name: 'Abstain' }).count()).toBe(1);
    await openChat(/Séances/);
  }, 40_000);

  it('lets the chair follow the tally and close the vote; the result matches the double majority at its boundary', async () => {
    const card = voteCards().first();
    actingAs(as.chair);
    const oneShort = await click(card, 'Refresh', 'Live tally');
    // 1 yes of the 2 needed in each college: one short of « at least half ».
    expect(oneShort).toContain('At this stage, the double majority is not reached.');

    // Exactly half of each college: one more yes per college, through the tab's API.
    for (const personId of ['p-a2t', 'p-c2t']) {
      const cast = await api(personId, 'POST', `/api/votes/${voteId}/ballot`, { choice: 'yes' });
      expect(cast.status).toBe(200);
    }
    const atHalf = await click(card, 'Refresh', 'At this stage, the double majority is reached.');
    expect(atHalf).toContain('Public administration: majority reached');
    expect(atHalf).toContain('Civil society: majority reached');
    expect(atHalf).toContain('2 of 4 seats');

    await card.getByRole('button', { name: 'Close the vote now' }).click();
    const closed = await click(card, 'Close the vote', 'Vote closed: the result is published.');
    actingAs(undefined);
    expect(closed).toContain('Adopted by double majority');
    expect(await card.getByRole('button', { name: 'Yes', exact: true }).count()).toBe(0);
    expect((await server.ports.votes.get(voteId))?.value).toMatchObject({
      status: 'closed',
      result: {
        administration: { seats: 4, yes: 2 },
        civilSociety: { seats: 4, yes: 2 },
        needed: { administration: 2, civilSociety: 2 },
        adopted: true,
        threshold: 'at-least-half',
      },
    });

    // The result is posted in the channel (the outbox is delivered right after the action).
    await expect.poll(() => resultCards().count(), { timeout: 15_000 }).toBe(1);
    const result = await resultCards().first().innerText();
    expect(result).toContain('Adopted by double majority');
    expect(result).toContain('rule “at least half”');

    // A late ballot is refused with the rule.
    const refused = await api('p-a3t', 'POST', `/api/votes/${voteId}/ballot`, { choice: 'no' });
    expect(refused).toMatchObject({ status: 422, body: { rule: 'R13.2' } });
  }, 40_000);

  it('shows nothing to someone outside the register, and takes no ballot from them', async () => {
    // The Playground's visitor is not in the register: the card tells them so.
    const card = voteCards().first();
    actingAs(as.visitor);
    await card.getByRole('button', { name: 'Refresh' }).click();
    await expect
      .poll(
        () =>
          page
            .locator('.ac-adaptiveCard')
            .filter({ hasText: 'For committee members only' })
            .count(),
        {
          timeout: 10_000,
        },
      )
      .toBe(1);
    actingAs(undefined);
    // A ballot button clicked by the visitor (the Playground accepts other users' clicks in the
    // channel only, and the card there no longer has buttons): the invoke Teams would send.
    const response = await fetch(server.botEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'invoke',
        name: 'adaptiveCard/action',
        channelId: 'msteams',
        serviceUrl: `${playground.url}/_connector`,
        from: { id: as.visitor, name: VISITOR.displayName, aadObjectId: VISITOR.aadObjectId },
        recipient: { id: PLAYGROUND_IDS.bot.id, name: PLAYGROUND_IDS.bot.name },
        conversation: { id: PLAYGROUND_IDS.channel, conversationType: 'channel' },
        locale: 'en-US',
        value: {
          action: { type: 'Action.Execute', verb: 'vote.cast', data: { voteId, choice: 'no' } },
        },
      }),
    });
    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).toContain('For committee members only');
    expect(await ballots()).toHaveLength(5);
  }, 30_000);
});
