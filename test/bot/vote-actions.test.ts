import { TestAdapter, type Activity, type ChannelAccount } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveActor, type Actor } from '../../core/usecases/actor.js';
import {
  castBallot,
  createDecision,
  createRevision,
  getVote,
  openVote,
  recordConsensusExhausted,
  submitCommunication,
} from '../../core/usecases/decisions/index.js';
import { CopilBot } from '../../bot/copil-bot.js';
import { silentLogger } from '../../bot/logger.js';
import { EXAMPLE_OBJECT_IDS } from '../../server/example-committee.js';
import { exampleAppPorts } from '../support/app-ports.js';
import { cardTexts, validationEvents } from './adaptive-cards.js';
import { executeInvoke, personalActivity } from './fixtures.js';
import { value } from '../support/fixtures.js';

/**
 * The decision cards' buttons through the bot, as Teams sends them (Action.Execute invokes and
 * Action.Submit messages), over the real use cases and SQLite store with the example committee
 * (4 administration and 4 civil-society seats). The chair opens the vote on Monday 5 October
 * 2026; it closes on Friday 9 October at 16:00, Morocco time (16:00 UTC: Morocco is on UTC+0
 * since 2026-09-20).
 */
const account = (id: string, name: string, aadObjectId: string): ChannelAccount => ({
  id,
  name,
  aadObjectId,
});
const CHAIR = account('29:1-chair', 'Karim Fictif', EXAMPLE_OBJECT_IDS.chair);
const SECRETARIAT = account('29:1-sec', 'Salma Exemple', EXAMPLE_OBJECT_IDS.secretariat);
const AMINA = account('29:1-amina', 'Amina Imaginaire', EXAMPLE_OBJECT_IDS.civilTitular);
const RACHID = account('29:1-rachid', 'Rachid Supposé', EXAMPLE_OBJECT_IDS.civilAlternate);
const NADIA = account('29:1-nadia', 'Nadia Modèle', EXAMPLE_OBJECT_IDS.adminTitular);
const GUEST = account('29:1-guest', 'Invitée externe', '00000000-0000-4000-8000-0000000000e7');
const FORMER = account('29:1-former', 'Ancien membre', '00000000-0000-4000-8000-0000000000e8');
const STRANGER = account('29:1-stranger', 'Visiteur', '00000000-0000-4000-8000-0000000000ff');
const CLOSES_AT = '2026-10-09T16:00';

let env: Awaited<ReturnType<typeof exampleAppPorts>>;
let adapter: TestAdapter;
let chair: Actor;
let voteId: string;
const afterChange: string[] = [];

beforeEach(async () => {
  env = await exampleAppPorts('2026-10-05T08:00:00Z');
  // An external participant (R5.4) and a former member whose seat has ceased (R12.2).
  await env.app.people.createMany([
    {
      id: 'p-guest',
      aadObjectId: GUEST.aadObjectId!,
      displayName: 'Invitée externe',
      email: 'invitee@example.org',
      roles: ['external'],
      guest: true,
      example: true,
    },
    {
      id: 'p-former',
      aadObjectId: FORMER.aadObjectId!,
      displayName: 'Ancien membre',
      email: 'ancien@example.org',
      roles: [],
      guest: true,
      example: true,
    },
  ]);
  const ceased = (await env.app.seats.get('seat-c0'))!;
  await env.app.seats.update({ ...ceased.value, titularId: 'p-former' }, ceased.version);

  chair = (await resolveActor(env.app, EXAMPLE_OBJECT_IDS.chair)) as Actor;
  const decision = value(
    await createDecision(env.app, chair, { text: 'Calendrier de co-création du 4e plan' }),
  );
  const exhausted = value(
    await recordConsensusExhausted(env.app, chair, decision.id, { version: decision.version }),
  );
  const opened = value(
    await openVote(env.app, chair, decision.id, {
      version: exhausted.version,
      motion: 'Adopter le calendrier de co-création du 4e plan d’action national',
      closesAt: CLOSES_AT,
    }),
  );
  voteId = opened.vote!.id;
  env.clock.set('2026-10-06T10:00:00Z');
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

type Card = { refresh?: { userIds: string[]; action: { verb: string } }; body: unknown[] };

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
const cast = (from: ChannelAccount, choice: string, extra: Record<string, unknown> = {}) =>
  invoke(from, 'vote.cast', { voteId, choice, ...extra });
const refresh = (from: ChannelAccount) => one(invoke(from, 'vote.refresh', { voteId }));
const ballots = async () => (await env.app.ballots.findBy('voteId', voteId)).map((b) => b.value);
const audited = async (action: string) =>
  (await env.app.auditLog.read()).filter((e) => e.action === action);
const chairView = async () => value(await getVote(env.app, chair, voteId));

describe('R13.2 casting a ballot from the vote card (Action.Execute vote.cast)', () => {
  it('records the ballot and answers with the member’s own view, refreshing for them', async () => {
    const card = await one(cast(AMINA, 'yes'));
    expect(await ballots()).toMatchObject([
      { voterId: 'p-c1t', seatId: 'seat-c1', voter: 'titular', choice: 'yes' },
    ]);
    const all = text(card);
    expect(all).toContain('Bulletin enregistré : Oui.');
    expect(all).toContain(
      'Votre bulletin : Oui, le mardi 6 octobre 2026 à 10:00 (heure du Maroc).',
    );
    expect(all).toContain('Votre bulletin compte pour votre siège.');
    expect(card.refresh).toMatchObject({ action: { verb: 'vote.refresh' }, userIds: [AMINA.id] });
    // A ballot queues nothing: no outbox pass per click.
    expect(afterChange).toEqual([]);
  });

  it('changes the ballot until closing: one record, the latest choice', async () => {
    await one(cast(AMINA, 'yes'));
    env.clock.set('2026-10-07T09:00:00Z');
    const card = await one(cast(AMINA, 'no'));
    expect(await ballots()).toMatchObject([{ voterId: 'p-c1t', choice: 'no' }]);
    expect(text(card)).toContain('Votre bulletin : Non');
    expect(await audited('BallotCast')).toHaveLength(1);
    expect(await audited('BallotChanged')).toHaveLength(1);
  });

  it('counts one ballot for a double click and for a replayed invoke', async () => {
    const [first, second] = await execute(cast(AMINA, 'yes'), cast(AMINA, 'yes'));
    expect(text(first)).toContain('Votre bulletin : Oui');
    expect(text(second)).toContain('Votre bulletin : Oui');
    await one(cast(AMINA, 'yes'));
    expect(await ballots()).toHaveLength(1);
    expect(await audited('BallotCast')).toHaveLength(1);
    expect(await audited('BallotChanged')).toHaveLength(0);
    expect((await chairView()).tally?.civilSociety).toMatchObject({ yes: 1, voted: 1 });
  });

  it('takes the voter from the activity’s aadObjectId, never from the card data', async () => {
    await one(
      cast(AMINA, 'yes', {
        aadObjectId: EXAMPLE_OBJECT_IDS.adminTitular,
        personId: 'p-a1t',
        voterId: 'p-a1t',
        seatId: 'seat-a1',
        voter: 'alternate',
      }),
    );
    expect(await ballots()).toMatchObject([
      { voterId: 'p-c1t', seatId: 'seat-c1', voter: 'titular', college: 'civil_society' },
    ]);
    const refused = await one(
      cast(STRANGER, 'yes', { aadObjectId: EXAMPLE_OBJECT_IDS.civilTitular }),
    );
    expect(cardTexts(refused)[0]).toBe('Réservé aux membres du comité');
    expect(await ballots()).toHaveLength(1);
  });

  it('counts one ballot per seat: the titular’s, and tells the alternate it is the titular’s that counts', async () => {
    await one(cast(AMINA, 'yes'));
    const rachid = await one(cast(RACHID, 'no'));
    expect(await ballots()).toHaveLength(2);
    const all = text(rachid);
    expect(all).toContain('Votre bulletin : Non');
    expect(all).toContain('Le bulletin de votre titulaire compte pour votre siège');
    expect((await chairView()).tally?.civilSociety).toMatchObject({ yes: 1, no: 0, voted: 1 });
    // Amina sees hers counted; the refresh shows each one their own view of the same card.
    expect(text(await refresh(AMINA))).toContain('Votre bulletin compte pour votre siège.');
  });

  it('counts the alternate’s ballot when the titular has none', async () => {
    const rachid = await one(cast(RACHID, 'yes'));
    expect(text(rachid)).toContain('Votre bulletin compte pour votre siège.');
    expect(text(await refresh(AMINA))).toContain(
      'Le bulletin de votre suppléant(e) compte pour votre siège tant que vous ne votez pas',
    );
    expect((await chairView()).tally?.civilSociety).toMatchObject({ yes: 1, voted: 1 });
  });

  it('refuses the secretariat with R6, on the vote card it may read (with the tally)', async () => {
    const card = await one(cast(SECRETARIAT, 'yes'));
    const all = text(card);
    expect(all).toContain(
      'Refusé (R6) : le secrétariat assure la coordination du comité mais n’a pas de voix',
    );
    expect(all).toContain('Vous ne pouvez pas voter (R6)');
    expect(all).toContain('Décompte en direct');
    expect(JSON.stringify(card)).not.toContain('"verb":"vote.cast"');
    expect(await ballots()).toEqual([]);
  });

  it.each([
    [
      'an external participant',
      GUEST,
      'Refusé (R5.4) : les personnes externes au comité peuvent assister aux réunions, sans droit de vote.',
    ],
    [
      'a former member whose seat ceased',
      FORMER,
      'Refusé (R12.2) : l’adhésion attachée à ce siège a pris fin ; ses membres ne votent plus.',
    ],
  ])(
    'tells %s why they cannot vote, and nothing of a vote they may not read',
    async (_, who, sentence) => {
      // A vote outside any meeting is the committee readers' (core/rules/visibility.ts): the
      // card says why the ballot is refused, without the motion, the ballots or the tally.
      const card = await one(cast(who, 'yes'));
      expect(cardTexts(card)[0]).toBe('Réservé aux membres du comité');
      expect(text(card)).toContain(sentence);
      expect(text(card)).not.toContain('calendrier de co-création');
      expect(text(card)).not.toContain('Décompte en direct');
      expect(JSON.stringify(card)).not.toContain('"verb":"vote.cast"');
      expect(await ballots()).toEqual([]);
    },
  );

  it('refuses a late ballot (R13.2) once the time is up, and after the chair closed the vote', async () => {
    await one(cast(NADIA, 'yes'));
    env.clock.set('2026-10-09T16:00:00Z');
    const late = await one(cast(NADIA, 'no'));
    expect(text(late)).toMatch(/Refusé \(R13\.2\) : ce vote est clos depuis le/);
    expect(text(late)).toContain('Le vote a pris fin le vendredi 9 octobre 2026 à 16:00');
    expect(JSON.stringify(late)).not.toContain('"verb":"vote.cast"');
    expect(await ballots()).toMatchObject([{ voterId: 'p-a1t', choice: 'yes' }]);
  });

  it('works the same through the Action.Submit fallback (a message with the verb in its value)', async () => {
    await adapter.processActivity(
      activity(NADIA, { type: 'message', value: { verb: 'vote.cast', voteId, choice: 'abstain' } }),
    );
    const [reply] = adapter.activeQueue.splice(0);
    const card = reply!.attachments![0]!.content;
    expect(validationEvents(card)).toEqual([]);
    expect(text(card)).toContain('Bulletin enregistré : Abstention.');
    expect(await ballots()).toMatchObject([{ voterId: 'p-a1t', choice: 'abstain' }]);
  });

  it('answers malformed data with an error card, not a ballot', async () => {
    const card = await one(cast(AMINA, 'peut-être'));
    expect(cardTexts(card)[0]).toBe('Une erreur s’est produite');
    expect(await ballots()).toEqual([]);
  });
});

describe('per-user refresh (vote.refresh)', () => {
  it('shows the chair the live tally and the close action, a member neither', async () => {
    await one(cast(AMINA, 'yes'));
    await one(cast(NADIA, 'no'));
    const chairCard = await refresh(CHAIR);
    const all = text(chairCard);
    expect(all).toContain('Décompte en direct');
    expect(all).toContain('Administration publique : majorité non atteinte');
    expect(all).toContain('1 sur 4 sièges');
    expect(JSON.stringify(chairCard)).toContain('"verb":"vote.close"');
    const member = text(await refresh(NADIA));
    expect(member).toContain('Votre bulletin : Non');
    expect(member).not.toContain('Décompte en direct');
    expect(text(await refresh(SECRETARIAT))).toContain('Décompte en direct');
    expect(afterChange).toEqual([]);
  });
});

describe('the chair closes the vote (vote.close)', () => {
  const close = async (from: ChannelAccount) =>
    one(invoke(from, 'vote.close', { voteId, version: (await chairView()).version }));

  it('refuses anyone but the chair, on the card', async () => {
    const card = await close(NADIA);
    expect(text(card)).toContain('Seule la présidence du comité');
    expect((await chairView()).status).toBe('open');
  });

  it('stores and posts the result per college; at exactly half of each college the motion is adopted (R13.2)', async () => {
    // Administration: 2 yes of 4 seats; civil society: Amina yes (Rachid's no does not count)
    // and Khadija's seat yes through its alternate — 2 of 4: « at least half » in both.
    for (const who of [NADIA, AMINA, RACHID]) await one(cast(who, who === RACHID ? 'no' : 'yes'));
    const as = async (personId: string) =>
      (await resolveActor(env.app, (await env.app.people.get(personId))!.value.aadObjectId))!;
    value(await castBallot(env.app, await as('p-a2t'), voteId, { choice: 'yes' }));
    value(await castBallot(env.app, await as('p-c2s'), voteId, { choice: 'yes' }));
    const version = (await chairView()).version;
    const card = await one(invoke(CHAIR, 'vote.close', { voteId, version }));
    const all = text(card);
    expect(all).toContain('Vote clos : le résultat est publié.');
    expect(all).toContain('Adoptée à la double majorité');
    expect(all).toContain('Administration publique : majorité atteinte');
    expect(all).toContain('Société civile : majorité atteinte');
    expect(JSON.stringify(card)).not.toContain('"verb":"vote.cast"');
    const stored = (await env.app.votes.get(voteId))!.value;
    expect(stored).toMatchObject({
      status: 'closed',
      result: {
        administration: { seats: 4, yes: 2 },
        civilSociety: { seats: 4, yes: 2, no: 0 },
        needed: { administration: 2, civilSociety: 2 },
        adopted: true,
        threshold: 'at-least-half',
      },
    });
    const queued = (await env.app.outbox.list())
      .map((o) => o.value)
      .filter((o) => o.notification.kind === 'vote-closed');
    expect(queued.map((o) => o.recipient)).toContainEqual({ channel: 'committee' });
    expect(queued.map((o) => o.recipient)).toContainEqual({ personId: 'p-c1s' });
    expect(afterChange).toEqual(['deliver']);
    // The stale card's second click changes nothing and says why.
    const again = await one(invoke(CHAIR, 'vote.close', { voteId, version }));
    expect(text(again)).toContain('Adoptée à la double majorité');
    expect(text(await one(cast(AMINA, 'no')))).toMatch(/Refusé \(R13\.2\)/);
  });

  it('rejects one yes short of half in a college', async () => {
    await one(cast(NADIA, 'yes'));
    await one(cast(AMINA, 'yes'));
    const card = await close(CHAIR);
    expect(text(card)).toContain('Rejetée : double majorité non atteinte');
    expect((await env.app.votes.get(voteId))!.value.result).toMatchObject({
      administration: { yes: 1 },
      civilSociety: { yes: 1 },
      adopted: false,
    });
  });
});

describe('communications (R10.1) and revisions (R13) from their cards', () => {
  it('takes a member’s objection with its reason, once (communication.object)', async () => {
    const nadia = (await resolveActor(env.app, EXAMPLE_OBJECT_IDS.adminTitular)) as Actor;
    const communication = value(
      await submitCommunication(env.app, nadia, {
        text: 'Le comité lance la consultation #OpenGovMorocco.',
        channel: 'portal',
        plannedDay: '2026-10-15',
      }),
    );
    const object = (from: ChannelAccount, reason: string) =>
      invoke(from, 'communication.object', { communicationId: communication.id, reason });
    const empty = await one(object(AMINA, '   '));
    expect(text(empty)).toContain('Écrivez le motif de votre objection.');
    expect(JSON.stringify(empty)).toContain('"id":"reason"');

    const [first, second] = await execute(
      object(AMINA, 'Le calendrier n’est pas validé.'),
      object(AMINA, 'Le calendrier n’est pas validé.'),
    );
    const stored = (await env.app.communications.get(communication.id))!.value;
    expect(stored.status).toBe('objected');
    expect(stored.objections).toMatchObject([
      { personId: 'p-c1t', reason: 'Le calendrier n’est pas validé.' },
    ]);
    expect(text(first)).toContain(
      'Objection enregistrée : la communication devra être soumise au vote.',
    );
    expect(text(second)).toContain('Vous avez fait objection le');
    expect(JSON.stringify(first)).not.toContain('"id":"reason"');
    // R10.2: the hashtag in the text is shown as written.
    expect(text(first)).toContain('Le comité lance la consultation #OpenGovMorocco.');

    // The chair runs the vote; it is not the chair's to object.
    const chairCard = await one(object(CHAIR, 'Non'));
    expect(text(chairCard)).toContain('Seuls les membres du comité');
    // Submitted on Tuesday 6 October: objections until Thursday 8 inclusive (2 business
    // days, R10.1); on Friday the objection is refused with the rule.
    env.clock.set('2026-10-09T09:00:00Z');
    const late = await one(object(NADIA, 'Trop tard'));
    expect(text(late)).toMatch(/Refusé \(R10\.1\)/);
    expect((await env.app.communications.get(communication.id))!.value.objections).toHaveLength(1);
    const refreshed = await one(
      invoke(RACHID, 'communication.refresh', { communicationId: communication.id }),
    );
    expect(text(refreshed)).toContain('Délai d’objection terminé le 8 octobre 2026 (R10.1).');
  });

  it('collects support for a revision request by seat (revision.support)', async () => {
    const nadia = (await resolveActor(env.app, EXAMPLE_OBJECT_IDS.adminTitular)) as Actor;
    const revision = value(
      await createRevision(env.app, nadia, { text: 'Allonger la période de propositions.' }),
    );
    const support = (from: ChannelAccount) =>
      invoke(from, 'revision.support', { revisionId: revision.id });
    const card = await one(support(AMINA));
    expect(text(card)).toContain('Soutien enregistré.');
    expect(text(card)).toContain('2 sièges sur 3 nécessaires');
    expect(text(card)).toContain('Vous soutenez cette demande.');
    // Twice is once; the alternate of the same seat adds a supporter, not a seat (R13.1).
    await execute(support(AMINA), support(AMINA));
    const rachid = await one(support(RACHID));
    expect(text(rachid)).toContain('2 sièges sur 3 nécessaires');
    expect((await env.app.revisions.get(revision.id))!.value.supporterIds).toEqual([
      'p-a1t',
      'p-c1t',
      'p-c1s',
    ]);
    const secretariat = await one(support(SECRETARIAT));
    expect(text(secretariat)).toContain('Seuls les membres du comité');
    const refreshed = await one(invoke(NADIA, 'revision.refresh', { revisionId: revision.id }));
    expect(text(refreshed)).toContain('Vous soutenez cette demande.');
    expect(refreshed.refresh?.action.verb).toBe('revision.refresh');
  });
});
