import { TestAdapter, type Activity, type ChannelAccount } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../core/contracts/meetings.js';
import { resolveActor, type Actor } from '../../core/usecases/actor.js';
import {
  getMeeting,
  scheduleMeeting,
  sendNotice,
  shareMinutes,
} from '../../core/usecases/meetings/index.js';
import { CopilBot } from '../../bot/copil-bot.js';
import { silentLogger } from '../../bot/logger.js';
import { EXAMPLE_OBJECT_IDS } from '../../server/example-committee.js';
import { exampleAppPorts } from '../support/app-ports.js';
import { cardTexts, validationEvents } from './adaptive-cards.js';
import { executeInvoke, personalActivity } from './fixtures.js';
import { value } from '../support/fixtures.js';

/**
 * The meeting cards' buttons through the bot, as Teams sends them (Action.Execute invokes and
 * Action.Submit messages), over the real use cases and SQLite store. The meeting is on Thursday
 * 19 March 2026 at 09:00 in Rabat; its notice goes out on Monday 9 March at 08:00, so the R5.3
 * window closes on Friday 13 March at 00:00 (UTC+0 during Ramadan).
 */
const account = (id: string, name: string, aadObjectId: string): ChannelAccount => ({
  id,
  name,
  aadObjectId,
});
const SECRETARIAT = account('29:1-sec', 'Salma Exemple', EXAMPLE_OBJECT_IDS.secretariat);
const AMINA = account('29:1-amina', 'Amina Imaginaire', EXAMPLE_OBJECT_IDS.civilTitular);
const NADIA = account('29:1-nadia', 'Nadia Modèle', EXAMPLE_OBJECT_IDS.adminTitular);
const STRANGER = account('29:1-stranger', 'Visiteur', '00000000-0000-4000-8000-0000000000ff');

let env: Awaited<ReturnType<typeof exampleAppPorts>>;
let adapter: TestAdapter;
let secretariat: Actor;
let meeting: MeetingDetail;
const afterChange: string[] = [];

beforeEach(async () => {
  env = await exampleAppPorts('2026-03-01T09:00:00Z');
  secretariat = (await resolveActor(env.app, EXAMPLE_OBJECT_IDS.secretariat)) as Actor;
  meeting = value(
    await scheduleMeeting(env.app, secretariat, {
      title: 'Réunion du comité — 1er semestre 2026',
      start: '2026-03-19T09:00',
      end: '2026-03-19T12:00',
      location: 'Rabat, salle du Conseil',
      agenda: [{ title: 'Suivi du plan d’action', presenter: 'Secrétariat' }],
    }),
  );
  env.clock.set('2026-03-09T08:00:00Z');
  meeting = value(await sendNotice(env.app, secretariat, meeting.id, { version: meeting.version }));
  env.clock.set('2026-03-11T10:00:00Z');
  afterChange.length = 0;
  const bot = new CopilBot(env.app, {
    logger: silentLogger,
    afterChange: () => afterChange.push('deliver'),
  });
  adapter = new TestAdapter((context) => bot.run(context));
});

afterEach(async () => env.close());

const activity = personalActivity;
const invoke = executeInvoke;

type Card = { refresh?: { userIds: string[] }; body: unknown[] };

/** The card of each invoke response, in order (validated as Adaptive Card 1.5). */
async function execute(...activities: Partial<Activity>[]): Promise<Card[]> {
  await Promise.all(activities.map((a) => adapter.processActivity(a)));
  const replies = adapter.activeQueue.splice(0);
  return replies.map((reply) => {
    expect(reply).toMatchObject({ type: 'invokeResponse', value: { status: 200 } });
    const card = (reply.value as { body: { value: Card } }).body.value;
    expect(validationEvents(card)).toEqual([]);
    return card;
  });
}

async function one(activity: Partial<Activity>): Promise<Card> {
  const [card] = await execute(activity);
  return card!;
}

const text = (card: unknown) => cardTexts(card).join('\n');
const propose = (from: ChannelAccount, data: Record<string, unknown> = {}) =>
  invoke(from, 'meeting.propose', {
    meetingId: meeting.id,
    proposalKind: 'agenda_item',
    proposalText: 'Point sur la plateforme de participation',
    ...data,
  });
const proposals = async () => (await env.app.proposals.list()).map((p) => p.value);

describe('R5.3 proposing from the notice card (Action.Execute meeting.propose)', () => {
  it('files the proposal in the window and answers with the member’s own view', async () => {
    const card = await one(propose(AMINA));
    expect(await proposals()).toMatchObject([
      {
        proposerId: 'p-c1t',
        kind: 'agenda_item',
        text: 'Point sur la plateforme de participation',
      },
    ]);
    const all = text(card);
    expect(all).toContain(
      'Proposition envoyée : le secrétariat vous répondra en motivant sa réponse.',
    );
    expect(all).toContain(
      'Vous avez proposé un point à l’ordre du jour : « Point sur la plateforme de participation »',
    );
    expect(all).toContain('En attente de la réponse du secrétariat');
    expect(card.refresh?.userIds).toEqual([AMINA.id]);
    // The proposal-received notice to the secretariat is queued: the server delivers it now.
    expect(afterChange).toEqual(['deliver']);
    expect(
      (await env.app.outbox.list()).filter(
        (o) => o.value.notification.kind === 'proposal-received',
      ),
    ).toHaveLength(1);
  });

  it('files one proposal for a double click and for a replayed invoke', async () => {
    const [first, second] = await execute(propose(AMINA), propose(AMINA));
    // The same text as core normalises it (case, spaces, Unicode forms) is the same proposal.
    await one(propose(AMINA, { proposalText: '  POINT sur la plateforme  de participation ' }));
    expect(await proposals()).toHaveLength(1);
    expect([text(first), text(second)].join('\n')).toContain(
      'Déjà reçu : rien n’a été envoyé une deuxième fois.',
    );
    const replay = await one(propose(AMINA));
    expect(text(replay)).toContain('Déjà reçu');
    expect(await proposals()).toHaveLength(1);
  });

  it('takes the proposer from the activity’s aadObjectId, never from the card data', async () => {
    await one(
      propose(AMINA, {
        aadObjectId: EXAMPLE_OBJECT_IDS.secretariat,
        personId: 'p-sec',
        proposerId: 'p-chair',
      }),
    );
    expect((await proposals()).map((p) => p.proposerId)).toEqual(['p-c1t']);
    const refused = await one(propose(STRANGER, { aadObjectId: EXAMPLE_OBJECT_IDS.civilTitular }));
    expect(cardTexts(refused)[0]).toBe('Réservé aux membres du comité');
    expect(await proposals()).toHaveLength(1);
  });

  it('refuses after the window with R5.3 and its closing time, on a card that shows it closed', async () => {
    env.clock.set('2026-03-13T00:00:00Z');
    const card = await one(propose(NADIA, { proposalText: 'Trop tard' }));
    expect(await proposals()).toEqual([]);
    const all = text(card);
    expect(all).toMatch(/^Refusé \(R5\.3\) : .*s.est close le 13 mars 2026 à 00:00/m);
    expect(all).toContain(
      'Période de propositions close le vendredi 13 mars 2026 à 00:00 (heure du Maroc) (R5.3).',
    );
    expect(JSON.stringify(card)).not.toContain('"verb":"meeting.propose"');
  });

  it('asks for the date and time of a date proposal, keeps what was typed, then files it in Morocco time', async () => {
    const missing = await one(
      propose(AMINA, { proposalKind: 'date', proposalText: 'Le 19 tombe la veille de l’Aïd' }),
    );
    expect(text(missing)).toContain('Pour proposer une autre date, indiquez la date et l’heure.');
    expect(JSON.stringify(missing)).toContain('"value":"Le 19 tombe la veille de l’Aïd"');
    expect(await proposals()).toEqual([]);
    await one(
      propose(AMINA, {
        proposalKind: 'date',
        proposalText: 'Le 19 tombe la veille de l’Aïd',
        proposalDate: '2026-03-26',
        proposalTime: '10:00',
      }),
    );
    // 26 March 2026 is after Ramadan: Morocco is back to UTC+1.
    expect(await proposals()).toMatchObject([
      { kind: 'date', proposedStart: '2026-03-26T09:00:00Z' },
    ]);
  });

  it('works the same through the Action.Submit fallback (a message with the verb in its value)', async () => {
    await adapter.processActivity(
      activity(NADIA, {
        type: 'message',
        value: {
          verb: 'meeting.propose',
          meetingId: meeting.id,
          proposalKind: 'agenda_item',
          proposalText: 'Bilan des consultations régionales',
        },
      }),
    );
    const [reply] = adapter.activeQueue.splice(0);
    const card = reply!.attachments![0]!.content;
    expect(validationEvents(card)).toEqual([]);
    expect(text(card)).toContain('Proposition envoyée');
    expect(await proposals()).toMatchObject([{ proposerId: 'p-a1t' }]);
  });
});

describe('per-user refresh (meeting.refresh)', () => {
  it('shows each member their own state on the same card', async () => {
    await one(propose(AMINA));
    const refresh = (from: ChannelAccount) =>
      one(invoke(from, 'meeting.refresh', { meetingId: meeting.id, view: 'notice' }));
    expect(text(await refresh(AMINA))).toContain('Vous avez proposé');
    const nadia = text(await refresh(NADIA));
    expect(nadia).not.toContain('Vous avez proposé');
    expect(nadia).toContain('Vous pouvez proposer');
    expect(text(await refresh(SECRETARIAT))).toContain(
      '1 proposition attend la réponse du secrétariat.',
    );
    env.clock.set('2026-03-14T09:00:00Z');
    const later = await refresh(NADIA);
    expect(text(later)).toContain('Période de propositions close le');
    expect(JSON.stringify(later)).not.toContain('"id":"proposalText"');
    expect(afterChange).toEqual(['deliver']); // refreshes change nothing
  });

  it('answers someone outside the register with the not-member card', async () => {
    const card = await one(invoke(STRANGER, 'meeting.refresh', { meetingId: meeting.id }));
    expect(cardTexts(card)[0]).toBe('Réservé aux membres du comité');
  });
});

describe('the secretariat answers a proposal (proposal.answer)', () => {
  it('requires a reason, then records the answer and queues it to the proposer', async () => {
    await one(propose(AMINA));
    const [filed] = await env.app.proposals.list();
    const answer = (data: Record<string, unknown>) =>
      one(
        invoke(SECRETARIAT, 'proposal.answer', {
          proposalId: filed!.value.id,
          version: filed!.version,
          decision: 'rejected',
          ...data,
        }),
      );
    const noReason = await answer({ answerReason: '  ' });
    expect(text(noReason)).toContain('Chaque réponse donne sa raison.');
    expect((await env.app.proposals.get(filed!.value.id))!.value.status).toBe('pending');

    const card = await answer({ answerReason: 'Déjà à l’ordre du jour du point 1.' });
    expect((await env.app.proposals.get(filed!.value.id))!.value).toMatchObject({
      status: 'rejected',
      response: { reason: 'Déjà à l’ordre du jour du point 1.', by: 'p-sec' },
    });
    expect(text(card)).toContain(
      'Non retenue par Salma Exemple (secrétariat) : Déjà à l’ordre du jour du point 1.',
    );
    expect(JSON.stringify(card)).not.toContain('"id":"answerReason"');
    const queued = (await env.app.outbox.list()).map((o) => o.value);
    expect(queued).toContainEqual(
      expect.objectContaining({
        recipient: { personId: 'p-c1t' },
        notification: { kind: 'proposal-answered', proposalId: filed!.value.id },
      }),
    );
    // A second click on the stale card changes nothing and says why.
    const again = await answer({ answerReason: 'Autre raison', decision: 'accepted' });
    expect((await env.app.proposals.get(filed!.value.id))!.value.status).toBe('rejected');
    expect(text(again)).toContain('Non retenue par Salma Exemple');
  });

  it('refuses a member who is not the secretariat', async () => {
    await one(propose(AMINA));
    const [filed] = await env.app.proposals.list();
    const card = await one(
      invoke(NADIA, 'proposal.answer', {
        proposalId: filed!.value.id,
        version: filed!.version,
        decision: 'accepted',
        answerReason: 'Moi aussi je décide',
      }),
    );
    // Nadia may read the proposal, not answer it: the card says why and keeps its state.
    expect(text(card)).toContain('Seul le secrétariat (art. 6) organise les réunions du comité.');
    expect((await env.app.proposals.get(filed!.value.id))!.value.status).toBe('pending');
  });
});

describe('attendance and amendments from cards', () => {
  it('records the ticked people present and the others absent (attendance.record)', async () => {
    env.clock.set('2026-03-19T09:30:00Z');
    const form = await one(
      invoke(SECRETARIAT, 'meeting.refresh', { meetingId: meeting.id, view: 'attendance' }),
    );
    expect(JSON.stringify(form)).toContain('"isMultiSelect":true');
    const card = await one(
      invoke(SECRETARIAT, 'attendance.record', {
        meetingId: meeting.id,
        present: 'p-sec,p-c1t,p-a1t,not-on-roster',
      }),
    );
    const rows = (await env.app.attendance.list()).map((a) => a.value);
    expect(
      rows
        .filter((r) => r.status === 'present')
        .map((r) => r.personId)
        .sort(),
    ).toEqual(['p-a1t', 'p-c1t', 'p-sec']);
    expect(rows.some((r) => r.personId === 'not-on-roster')).toBe(false);
    expect(rows.filter((r) => r.status === 'absent').length).toBeGreaterThan(10);
    expect(text(card)).toContain('Présences enregistrées.');
    expect(value(await getMeeting(env.app, secretariat, meeting.id)).status).toBe('held');
  });

  it('takes an amendment once while the window is open (minutes.amend)', async () => {
    env.clock.set('2026-03-19T09:30:00Z');
    await one(
      invoke(SECRETARIAT, 'attendance.record', { meetingId: meeting.id, present: 'p-sec' }),
    );
    env.clock.set('2026-03-25T10:00:00Z');
    const current = value(await getMeeting(env.app, secretariat, meeting.id));
    value(
      await shareMinutes(env.app, secretariat, meeting.id, {
        version: current.version,
        text: '# Compte rendu',
      }),
    );
    env.clock.set('2026-03-26T11:00:00Z');
    const amend = () =>
      invoke(AMINA, 'minutes.amend', {
        meetingId: meeting.id,
        amendmentText: 'Préciser la date du prochain atelier.',
      });
    const [first, second] = await execute(amend(), amend());
    expect((await env.app.amendments.list()).map((a) => a.value.authorId)).toEqual(['p-c1t']);
    expect(text(first) + text(second)).toContain('Amendement envoyé au secrétariat.');
    expect(text(first)).toContain('« Préciser la date du prochain atelier. »');
    env.clock.set('2026-03-30T09:00:00Z');
    const late = await one(
      invoke(NADIA, 'minutes.amend', { meetingId: meeting.id, amendmentText: 'Trop tard' }),
    );
    expect(text(late)).toMatch(/Refusé \(R5\.5\)/);
    expect(await env.app.amendments.list()).toHaveLength(1);
  });
});
