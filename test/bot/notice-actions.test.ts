import { TestAdapter, type Activity, type ChannelAccount } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CopilBot } from '../../bot/copil-bot.js';
import { silentLogger } from '../../bot/logger.js';
import type { Notifier } from '../../core/ports/notifier.js';
import { createAudited } from '../../core/usecases/audited-write.js';
import type { AppPorts } from '../../core/usecases/meetings/app-ports.js';
import { conversationFor, deliverOutbox } from '../../core/usecases/meetings/index.js';
import { loadContext } from '../../core/usecases/meetings/load.js';
import { committeeRecipients } from '../../core/usecases/meetings/outbox.js';
import { EXAMPLE_OBJECT_IDS } from '../../server/example-committee.js';
import { exampleAppPorts } from '../support/app-ports.js';
import { cardTexts, validationEvents } from './adaptive-cards.js';
import { executeInvoke, personalActivity } from './fixtures.js';

/**
 * R5.2 from the secretariat's notice card (Action.Execute meeting.sendNotice): the card says
 * what happened — recorded, queued, who cannot be reached — never "sent"; once the outbox has
 * worked, the refreshed card says whom it reached. Two members never installed the app.
 */
const account = (id: string, name: string, aadObjectId: string): ChannelAccount => ({
  id,
  name,
  aadObjectId,
});
const SECRETARIAT = account('29:1-sec', 'Salma Exemple', EXAMPLE_OBJECT_IDS.secretariat);
const AMINA = account('29:1-amina', 'Amina Imaginaire', EXAMPLE_OBJECT_IDS.civilTitular);
const RACHID = account('29:1-rachid', 'Rachid Supposé', EXAMPLE_OBJECT_IDS.civilAlternate);
const UNREACHABLE = ['p-c1s', 'p-a4s'];
const MEETING = 'm-card-notice';

let env: Awaited<ReturnType<typeof exampleAppPorts>>;
let app: AppPorts;
let adapter: TestAdapter;
const afterChange: string[] = [];

beforeEach(async () => {
  env = await exampleAppPorts('2026-03-01T09:00:00Z');
  const teams: Notifier = {
    send: async (recipient) =>
      (await conversationFor(app, recipient))
        ? { delivered: true }
        : { delivered: false, reason: 'no-conversation' },
  };
  app = { ...env.app, notifier: teams };
  let n = 0;
  for (const personId of committeeRecipients(await loadContext(app))) {
    if (UNREACHABLE.includes(personId)) continue;
    n += 1;
    await app.conversations.create({
      id: `conv-${n}`,
      conversationId: `a:${n}`,
      kind: 'personal',
      personId,
      reference: { conversation: { id: `a:${n}` } },
      updatedAt: app.clock.now(),
    });
  }
  await createAudited(
    app,
    'meetings',
    { actor: { personId: 'p-sec' }, action: 'MeetingScheduled', at: app.clock.now() },
    {
      id: MEETING,
      title: 'Réunion du comité — 1er semestre 2026',
      start: '2026-03-20T10:00:00Z',
      end: '2026-03-20T12:00:00Z',
      online: true,
      status: 'draft',
      agenda: [],
      externalInvitees: [],
      postponedFrom: [],
      source: 'tab',
    },
  );
  afterChange.length = 0;
  const bot = new CopilBot(app, {
    logger: silentLogger,
    afterChange: () => afterChange.push('deliver'),
  });
  adapter = new TestAdapter((context) => bot.run(context));
});

afterEach(async () => env.close());

type Card = { body: unknown[]; actions?: { verb?: string; data?: Record<string, unknown> }[] };

async function one(activity: Partial<Activity>): Promise<Card> {
  await adapter.processActivity(activity);
  const [reply] = adapter.activeQueue.splice(0);
  expect(reply).toMatchObject({ type: 'invokeResponse', value: { status: 200 } });
  const card = (reply!.value as { body: { value: Card } }).body.value;
  expect(validationEvents(card)).toEqual([]);
  return card;
}

const text = (card: unknown) => cardTexts(card).join('\n');
const refresh = (from: ChannelAccount) =>
  executeInvoke(from, 'meeting.refresh', { meetingId: MEETING, view: 'notice' });

describe('R5.2 sending the notice from the secretariat’s card', () => {
  it('says the notice is recorded and queued, with who cannot be reached — not "sent"', async () => {
    const before = await one(refresh(SECRETARIAT));
    const send = before.actions?.find((a) => a.verb === 'meeting.sendNotice');
    expect(send?.data).toMatchObject({ meetingId: MEETING });

    const card = await one(executeInvoke(SECRETARIAT, 'meeting.sendNotice', send!.data!));
    const said = text(card);
    expect(said).toContain(
      'Avis enregistré : remis à 0 membre sur 17 ; 17 en cours de remise ; 2 sans l’application dans Teams (la carte ne peut pas leur parvenir). Le détail par membre et la relance sont dans l’onglet.',
    );
    expect(said).not.toMatch(/envoyé/i);
    expect((await app.meetings.get(MEETING))?.value.status).toBe('noticed');

    // The same click replayed (same version) sends nothing twice.
    await one(executeInvoke(SECRETARIAT, 'meeting.sendNotice', send!.data!));
    expect(await app.outbox.list()).toHaveLength(17 + 1);

    // Once the outbox has worked, the secretariat's card says whom the notice reached.
    await deliverOutbox(app);
    expect(text(await one(refresh(SECRETARIAT)))).toContain(
      'Remise de l’avis : remis à 15 membres sur 17 ; 2 injoignables.',
    );
    // A member's card says nothing of the others' delivery.
    expect(text(await one(refresh(AMINA)))).not.toContain('Remise de l’avis');
  });

  it('offers the button to the secretariat only', async () => {
    const card = await one(refresh(AMINA));
    expect(card.actions?.some((a) => a.verb === 'meeting.sendNotice') ?? false).toBe(false);
  });

  it('queues the notice again, by itself, once the app is installed for an unreachable member', async () => {
    const before = await one(refresh(SECRETARIAT));
    const send = before.actions?.find((a) => a.verb === 'meeting.sendNotice');
    await one(executeInvoke(SECRETARIAT, 'meeting.sendNotice', send!.data!));
    // Two members and the channel (the app is in no team here) are not reached.
    expect(await deliverOutbox(app)).toMatchObject({ undeliverable: 3 });
    afterChange.length = 0;

    // Rachid installs the app (or an administrator installs it for him).
    await adapter.processActivity(
      personalActivity(RACHID, { type: 'installationUpdate', action: 'add' }),
    );
    adapter.activeQueue.splice(0); // the welcome card
    expect(afterChange).toEqual(['deliver']);
    expect(await deliverOutbox(app)).toMatchObject({ sent: 1, undeliverable: 0 });
    expect(text(await one(refresh(SECRETARIAT)))).toContain(
      'Remise de l’avis : remis à 16 membres sur 17 ; 1 injoignable.',
    );
    const audit = await app.auditLog.about('notice-delivery', MEETING);
    expect(audit.map((e) => [e.action, e.actorId, e.after])).toEqual([
      ['NoticeDeliveryRequeuedOnInstall', 'system', { recipients: ['p-c1s'] }],
    ]);
  });
});
