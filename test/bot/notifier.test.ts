import {
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../core/contracts/meetings.js';
import { resolveActor, type Actor } from '../../core/usecases/actor.js';
import {
  answerProposal,
  scheduleMeeting,
  sendNotice,
  submitProposal,
} from '../../core/usecases/meetings/index.js';
import {
  closeVote,
  createDecision,
  createRevision,
  getVote,
  openVote,
  recordConsensusExhausted,
  submitCommunication,
} from '../../core/usecases/decisions/index.js';
import { rememberConversation } from '../../bot/conversation-references.js';
import { silentLogger } from '../../bot/logger.js';
import { createTeamsNotifier, deliveryFailure, NotificationRefused } from '../../bot/notifier.js';
import { DeliveryFailed } from '../../core/ports/notifier.js';
import type { Audience } from '../../bot/refresh-audience.js';
import { EXAMPLE_OBJECT_IDS } from '../../server/example-committee.js';
import { exampleAppPorts } from '../support/app-ports.js';
import { cardTexts, validationEvents } from './adaptive-cards.js';
import { value } from '../support/fixtures.js';

/**
 * A Bot Framework adapter that records what is sent proactively, instead of calling a channel
 * (STYLE.md: record what the bot sent rather than mock its internals).
 */
class RecordingAdapter extends BotAdapter {
  readonly sent: { conversationId: string; activity: Partial<Activity>; appId: string }[] = [];
  failWith: Error | undefined;
  turnErrors = 0;

  constructor() {
    super();
    this.onTurnError = async () => {
      this.turnErrors += 1;
    };
  }

  async sendActivities(
    context: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    if (this.failWith) throw this.failWith;
    for (const activity of activities) {
      this.sent.push({
        conversationId: context.activity.conversation.id,
        activity,
        appId: context.turnState.get('appId') as string,
      });
    }
    return activities.map((_, i) => ({ id: `sent-${this.sent.length}-${i}` }));
  }

  async updateActivity(): Promise<void> {}
  async deleteActivity(): Promise<void> {}

  async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    return this.proactive('', reference, logic);
  }

  /** What CloudAdapter's continueConversationAsync does, minus the channel. */
  async proactive(
    appId: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: 'event', name: 'ContinueConversation' },
      reference,
      true,
    );
    const context = new TurnContext(this, activity);
    context.turnState.set('appId', appId);
    await this.runMiddleware(context, logic);
  }
}

/** The members Teams would list for a channel, without a connector. */
function fixedAudience(members: string[]): Audience {
  return {
    userIds: async (context) =>
      context.activity.conversation.conversationType === 'personal'
        ? [context.activity.from.id]
        : members,
  };
}

const SERVICE_URL = 'http://localhost:56150/_connector';
const BOT = { id: '28:copil-bot', name: 'Copil OGP' };
const CHANNEL_MEMBERS = ['29:1-sec', '29:1-amina', '29:1-nadia'];

let env: Awaited<ReturnType<typeof exampleAppPorts>>;
let adapter: RecordingAdapter;
let secretariat: Actor;
let amina: Actor;
let meeting: MeetingDetail;

/** Stores a conversation reference the way the bot does when it is installed. */
async function install(
  conversationId: string,
  conversationType: 'personal' | 'channel',
  user: { id: string; aadObjectId?: string },
  locale?: string,
) {
  const actor = user.aadObjectId ? await resolveActor(env.app, user.aadObjectId) : undefined;
  await rememberConversation(
    env.app,
    {
      type: 'installationUpdate',
      channelId: 'msteams',
      serviceUrl: SERVICE_URL,
      from: {
        id: user.id,
        name: 'someone',
        ...(user.aadObjectId ? { aadObjectId: user.aadObjectId } : {}),
      },
      recipient: BOT,
      conversation: {
        id: conversationId,
        conversationType,
        tenantId: 't-1',
        isGroup: conversationType !== 'personal',
        name: '',
      },
      ...(locale ? { locale } : {}),
    },
    actor,
  );
}

function notifier(members = CHANNEL_MEMBERS) {
  return createTeamsNotifier({
    adapter: {
      continueConversationAsync: (appId, reference, logic) =>
        adapter.proactive(appId, reference, logic),
    },
    ports: env.app,
    logger: silentLogger,
    audience: fixedAudience(members),
  });
}

const cardOf = (index: number) => {
  const card = adapter.sent[index]!.activity.attachments![0]!.content as {
    rtl?: boolean;
    refresh?: { userIds: string[]; action: { verb: string } };
  };
  expect(validationEvents(card)).toEqual([]);
  return card;
};
const text = (card: unknown) => cardTexts(card).join('\n');

beforeEach(async () => {
  env = await exampleAppPorts('2026-03-01T09:00:00Z');
  adapter = new RecordingAdapter();
  secretariat = (await resolveActor(env.app, EXAMPLE_OBJECT_IDS.secretariat)) as Actor;
  amina = (await resolveActor(env.app, EXAMPLE_OBJECT_IDS.civilTitular)) as Actor;
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
});

afterEach(async () => env.close());

const NOTICE = () => ({ kind: 'meeting-notice' as const, meetingId: meeting.id });

describe('the Teams notifier', () => {
  it('sends a person the notice in their 1:1 chat, built for them, refreshing for them', async () => {
    await install(
      'a:amina',
      'personal',
      { id: '29:1-amina', aadObjectId: EXAMPLE_OBJECT_IDS.civilTitular },
      'fr-FR',
    );
    const result = await notifier().send({ personId: 'p-c1t' }, NOTICE());
    expect(result).toEqual({ delivered: true });
    expect(adapter.sent).toHaveLength(1);
    expect(adapter.sent[0]).toMatchObject({ conversationId: 'a:amina', appId: '' });
    const card = cardOf(0);
    expect(cardTexts(card)[0]).toBe('Avis de réunion : Réunion du comité — 1er semestre 2026');
    expect(text(card)).toContain(
      'Vous pouvez proposer un point à l’ordre du jour ou une autre date',
    );
    expect(JSON.stringify(card)).toContain('"id":"proposalText"');
    expect(card.refresh).toMatchObject({
      action: { verb: 'meeting.refresh' },
      userIds: ['29:1-amina'],
    });
  });

  it('says no conversation when the app is not installed for that person', async () => {
    expect(await notifier().send({ personId: 'p-c2t' }, NOTICE())).toEqual({
      delivered: false,
      reason: 'no-conversation',
    });
    expect(await notifier().send({ channel: 'committee' }, NOTICE())).toEqual({
      delivered: false,
      reason: 'no-conversation',
    });
    expect(adapter.sent).toEqual([]);
  });

  it('finds a chat installed before the person was in the register by their object id', async () => {
    await install('a:early', 'personal', { id: '29:1-nadia' });
    const [record] = await env.app.conversations.list();
    await env.app.conversations.update(
      { ...record!.value, aadObjectId: EXAMPLE_OBJECT_IDS.adminTitular },
      record!.version,
    );
    expect(await notifier().send({ personId: 'p-a1t' }, NOTICE())).toEqual({ delivered: true });
    expect(adapter.sent[0]!.conversationId).toBe('a:early');
  });

  it('builds each recipient’s own card: what they proposed, their language', async () => {
    env.clock.set('2026-03-10T10:00:00Z');
    value(
      await submitProposal(env.app, amina, meeting.id, {
        kind: 'agenda_item',
        text: 'Point sur la plateforme de participation',
      }),
    );
    const nadia = await env.app.people.findBy('aadObjectId', EXAMPLE_OBJECT_IDS.adminTitular);
    await env.app.people.update({ ...nadia[0]!.value, locale: 'ar' }, nadia[0]!.version);
    await install(
      'a:amina',
      'personal',
      { id: '29:1-amina', aadObjectId: EXAMPLE_OBJECT_IDS.civilTitular },
      'fr-FR',
    );
    await install('a:nadia', 'personal', {
      id: '29:1-nadia',
      aadObjectId: EXAMPLE_OBJECT_IDS.adminTitular,
    });
    const send = notifier();
    await send.send({ personId: 'p-c1t' }, NOTICE());
    await send.send({ personId: 'p-a1t' }, NOTICE());
    expect(text(cardOf(0))).toContain(
      'Vous avez proposé un point à l’ordre du jour : « Point sur la plateforme de participation »',
    );
    const arabic = cardOf(1);
    expect(arabic.rtl).toBe(true);
    expect(cardTexts(arabic)[0]).toBe(
      'إشعار بالاجتماع: \u2068Réunion du comité — 1er semestre 2026\u2069',
    );
    expect(text(arabic)).not.toContain('Point sur la plateforme');
  });

  it('posts a neutral card in the most recent committee channel, refreshing for its members', async () => {
    await install(
      '19:old@thread.tacv2',
      'channel',
      { id: '29:1-sec', aadObjectId: EXAMPLE_OBJECT_IDS.secretariat },
      'en-US',
    );
    env.clock.set('2026-03-10T10:00:00Z');
    await install(
      '19:committee@thread.tacv2',
      'channel',
      { id: '29:1-sec', aadObjectId: EXAMPLE_OBJECT_IDS.secretariat },
      'en-US',
    );
    value(
      await submitProposal(env.app, amina, meeting.id, { kind: 'agenda_item', text: 'Un point' }),
    );
    expect(await notifier().send({ channel: 'committee' }, NOTICE())).toEqual({ delivered: true });
    expect(adapter.sent[0]!.conversationId).toBe('19:committee@thread.tacv2');
    const card = cardOf(0);
    expect(cardTexts(card)[0]).toBe('Meeting notice: Réunion du comité — 1er semestre 2026');
    expect(text(card)).not.toContain('You proposed');
    expect(text(card)).not.toContain('awaits');
    expect(JSON.stringify(card)).toContain('"id":"proposalText"');
    expect(card.refresh?.userIds).toEqual(CHANNEL_MEMBERS);
    const crowded = Array.from({ length: 61 }, (_, i) => `29:${i}`);
    await notifier(crowded).send({ channel: 'committee' }, NOTICE());
    expect(cardOf(1).refresh?.userIds).toEqual([]);
  });

  it('sends the secretariat the proposal with the answer form, and the proposer the answer with its reason', async () => {
    env.clock.set('2026-03-10T10:00:00Z');
    const proposal = value(
      await submitProposal(env.app, amina, meeting.id, { kind: 'agenda_item', text: 'Un point' }),
    );
    await install(
      'a:sec',
      'personal',
      { id: '29:1-sec', aadObjectId: EXAMPLE_OBJECT_IDS.secretariat },
      'fr-FR',
    );
    await install(
      'a:amina',
      'personal',
      { id: '29:1-amina', aadObjectId: EXAMPLE_OBJECT_IDS.civilTitular },
      'fr-FR',
    );
    const send = notifier();
    await send.send({ personId: 'p-sec' }, { kind: 'proposal-received', proposalId: proposal.id });
    expect(JSON.stringify(cardOf(0))).toContain('"verb":"proposal.answer"');
    expect(text(cardOf(0))).toContain('Amina Imaginaire propose un point à l’ordre du jour :');
    value(
      await answerProposal(env.app, secretariat, proposal.id, {
        decision: 'accepted',
        reason: 'Ajouté en point 2.',
        version: proposal.version,
      }),
    );
    await send.send({ personId: 'p-c1t' }, { kind: 'proposal-answered', proposalId: proposal.id });
    const answered = text(cardOf(1));
    expect(answered).toContain('Votre proposition est acceptée');
    expect(answered).toContain('Ajouté en point 2.');
  });

  it('sends reminders with their due date', async () => {
    await install(
      'a:sec',
      'personal',
      { id: '29:1-sec', aadObjectId: EXAMPLE_OBJECT_IDS.secretariat },
      'en-US',
    );
    await notifier().send(
      { personId: 'p-sec' },
      { kind: 'reminder', reminder: 'semester-ending', due: '2026-06-30' },
    );
    expect(text(cardOf(0))).toContain('The semester ends on 30 June 2026');
  });

  it('lets a failure reach the caller (the outbox retries), without apologising in the chat', async () => {
    await install('a:amina', 'personal', {
      id: '29:1-amina',
      aadObjectId: EXAMPLE_OBJECT_IDS.civilTitular,
    });
    adapter.failWith = new Error('503 from the connector');
    await expect(notifier().send({ personId: 'p-c1t' }, NOTICE())).rejects.toThrow(
      '503 from the connector',
    );
    adapter.failWith = undefined;
    await expect(
      notifier().send(
        { personId: 'p-c1t' },
        { kind: 'meeting-notice', meetingId: 'no-such-meeting' },
      ),
    ).rejects.toMatchObject({ name: 'DeliveryFailed', reason: 'refused', retryable: false });
    expect(adapter.turnErrors).toBe(0);
    expect(adapter.sent).toEqual([]);
  });

  it('names what Teams answered, for the outbox and the secretariat (429, 403, 404)', async () => {
    await install('a:amina', 'personal', {
      id: '29:1-amina',
      aadObjectId: EXAMPLE_OBJECT_IDS.civilTitular,
    });
    const answered = (statusCode: number, message: string) =>
      Object.assign(new Error(message), { statusCode });
    const cases = [
      [answered(429, 'Too Many Requests'), 'throttled', true],
      [answered(403, 'ConversationBlockedByUser'), 'blocked', false],
      [answered(404, 'ConversationNotFound'), 'gone', false],
    ] as const;
    for (const [error, reason, retryable] of cases) {
      adapter.failWith = error;
      const failure = await notifier()
        .send({ personId: 'p-c1t' }, NOTICE())
        .catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(DeliveryFailed);
      expect(failure).toMatchObject({ reason, retryable });
    }
    adapter.failWith = undefined;
    expect(deliveryFailure(new NotificationRefused('forbidden', 'x'))).toMatchObject({
      reason: 'refused',
    });
  });
});

describe('the Teams notifier for decisions (R13.2, R10.1, R13.1)', () => {
  async function openedVote() {
    const chair = (await resolveActor(env.app, EXAMPLE_OBJECT_IDS.chair)) as Actor;
    const decision = value(await createDecision(env.app, chair, { text: 'Calendrier' }));
    const exhausted = value(
      await recordConsensusExhausted(env.app, chair, decision.id, { version: decision.version }),
    );
    const opened = value(
      await openVote(env.app, chair, decision.id, {
        version: exhausted.version,
        motion: 'Adopter le calendrier de co-création',
        closesAt: '2026-03-12T18:00',
      }),
    );
    return { chair, voteId: opened.vote!.id };
  }

  it('sends a member their own vote card, the chair the live tally, the channel a neutral card', async () => {
    const { voteId } = await openedVote();
    await install(
      'a:amina',
      'personal',
      { id: '29:1-amina', aadObjectId: EXAMPLE_OBJECT_IDS.civilTitular },
      'fr-FR',
    );
    await install(
      'a:chair',
      'personal',
      { id: '29:1-chair', aadObjectId: EXAMPLE_OBJECT_IDS.chair },
      'fr-FR',
    );
    await install(
      '19:committee@thread.tacv2',
      'channel',
      { id: '29:1-sec', aadObjectId: EXAMPLE_OBJECT_IDS.secretariat },
      'en-US',
    );
    const send = notifier();
    const opened = { kind: 'vote-opened' as const, voteId };
    expect(await send.send({ personId: 'p-c1t' }, opened)).toEqual({ delivered: true });
    await send.send({ personId: 'p-chair' }, opened);
    await send.send({ channel: 'committee' }, opened);

    const member = cardOf(0);
    expect(text(member)).toContain('Vous n’avez pas encore voté.');
    expect(JSON.stringify(member)).toContain('"verb":"vote.cast"');
    expect(text(member)).not.toContain('Décompte en direct');
    expect(member.refresh).toMatchObject({
      action: { verb: 'vote.refresh' },
      userIds: ['29:1-amina'],
    });
    const chairCard = cardOf(1);
    expect(text(chairCard)).toContain('Décompte en direct');
    expect(JSON.stringify(chairCard)).toContain('"verb":"vote.close"');
    const channel = cardOf(2);
    expect(cardTexts(channel)[0]).toBe('Committee vote by double majority (R13.2)');
    expect(text(channel)).toContain('Members vote until');
    expect(text(channel)).not.toContain('Live tally');
    expect(JSON.stringify(channel)).not.toContain('"verb":"vote.close"');
    expect(channel.refresh?.userIds).toEqual(CHANNEL_MEMBERS);
  });

  it('posts the result per college and the outcome when the vote closes', async () => {
    const { chair, voteId } = await openedVote();
    const vote = value(await getVote(env.app, chair, voteId));
    value(await closeVote(env.app, chair, voteId, { version: vote.version }));
    await install(
      '19:committee@thread.tacv2',
      'channel',
      { id: '29:1-sec', aadObjectId: EXAMPLE_OBJECT_IDS.secretariat },
      'en-US',
    );
    await notifier().send({ channel: 'committee' }, { kind: 'vote-closed', voteId });
    const card = cardOf(0);
    expect(cardTexts(card)[0]).toBe('Vote result (R13.2)');
    expect(text(card)).toContain('Rejected: double majority not reached');
    expect(text(card)).toContain('0 of 4 seats');
    expect(text(card)).toContain('rule “at least half”');
  });

  it('sends the communication with the objection form and the revision with the support button', async () => {
    const nadia = (await resolveActor(env.app, EXAMPLE_OBJECT_IDS.adminTitular)) as Actor;
    const communication = value(
      await submitCommunication(env.app, nadia, {
        text: 'Consultation publique #OpenGovMorocco',
        channel: 'ministry_social',
        plannedDay: '2026-03-20',
      }),
    );
    const revision = value(await createRevision(env.app, nadia, { text: 'Réviser l’article 5' }));
    await install(
      'a:amina',
      'personal',
      { id: '29:1-amina', aadObjectId: EXAMPLE_OBJECT_IDS.civilTitular },
      'ar-MA',
    );
    const send = notifier();
    await send.send(
      { personId: 'p-c1t' },
      { kind: 'communication-submitted', communicationId: communication.id },
    );
    await send.send({ personId: 'p-c1t' }, { kind: 'revision-support', revisionId: revision.id });
    const objection = cardOf(0);
    expect(objection.rtl).toBe(true);
    expect(JSON.stringify(objection)).toContain('"verb":"communication.object"');
    expect(text(objection)).toContain('#OpenGovMorocco');
    expect(objection.refresh?.action.verb).toBe('communication.refresh');
    const support = cardOf(1);
    expect(JSON.stringify(support)).toContain('"verb":"revision.support"');
    expect(support.refresh?.action.verb).toBe('revision.refresh');
  });
});
