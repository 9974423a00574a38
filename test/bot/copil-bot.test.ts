import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestAdapter, type Activity, type ChannelAccount, type TurnContext } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBotAdapter } from '../../bot/adapter.js';
import { CopilBot } from '../../bot/copil-bot.js';
import type { BotLogger } from '../../bot/logger.js';
import { silentLogger } from '../../bot/logger.js';
import { openEmbeddedPorts, type EmbeddedPorts } from '../../embedded/index.js';
import { EXAMPLE_OBJECT_IDS, loadExampleCommittee } from '../../server/example-committee.js';
import { cardTexts, validationEvents } from './adaptive-cards.js';

const SERVICE_URL = 'http://localhost:56150/_connector';
const BOT = { id: '28:copil-bot', name: 'Copil OGP' };
const SECRETARIAT: ChannelAccount = {
  id: '29:1-secretariat',
  name: 'Salma Exemple',
  aadObjectId: EXAMPLE_OBJECT_IDS.secretariat,
};
const STRANGER: ChannelAccount = {
  id: '29:1-stranger',
  name: 'Visiteur',
  aadObjectId: '00000000-0000-4000-8000-0000000000ff',
};
const PERSONAL = {
  id: 'a:personal-secretariat',
  conversationType: 'personal',
  tenantId: 'tenant-1',
};
const CHANNEL = {
  id: '19:committee@thread.tacv2',
  conversationType: 'channel',
  tenantId: 'tenant-1',
  isGroup: true,
};

let dataDir: string;
let ports: EmbeddedPorts;
let now: string;
let adapter: TestAdapter;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'copil-bot-'));
  let next = 0;
  now = '2025-06-15T10:00:00Z';
  ports = openEmbeddedPorts({
    dataDir,
    clock: { now: () => now },
    ids: { newId: () => `id-${++next}` },
  });
  await loadExampleCommittee(ports);
  const bot = new CopilBot(ports, { logger: silentLogger });
  adapter = new TestAdapter((context) => bot.run(context));
});

afterEach(() => {
  ports.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** An activity as Teams (or the Playground) sends it; `overrides` replace whole fields. */
function activity(overrides: Partial<Activity>): Partial<Activity> {
  return {
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    from: SECRETARIAT,
    recipient: BOT,
    conversation: PERSONAL as Activity['conversation'],
    locale: 'fr-FR',
    ...overrides,
  };
}

const install = (overrides: Partial<Activity> = {}) =>
  activity({ type: 'installationUpdate', action: 'add', ...overrides });
const message = (text: string, overrides: Partial<Activity> = {}) =>
  activity({ type: 'message', text, ...overrides });

/** Sends the activities and returns what the bot sent back (cards validated on the way). */
async function send(...activities: Partial<Activity>[]): Promise<Partial<Activity>[]> {
  for (const a of activities) await adapter.processActivity(a);
  const replies = adapter.activeQueue.splice(0);
  for (const reply of replies) {
    for (const attachment of reply.attachments ?? []) {
      expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(validationEvents(attachment.content)).toEqual([]);
    }
  }
  return replies;
}

/** The single card the bot answered with. */
async function cardFor(...activities: Partial<Activity>[]) {
  const replies = await send(...activities);
  expect(replies).toHaveLength(1);
  return replies[0]!.attachments![0]!.content as { rtl?: boolean; body: unknown[] };
}

const title = (card: unknown) => cardTexts(card)[0];

describe('installation', () => {
  it('stores the personal conversation reference with the member it reaches, and welcomes once', async () => {
    const replies = await send(install());
    const records = await ports.conversations.list();
    expect(records).toHaveLength(1);
    expect(records[0]!.value).toMatchObject({
      conversationId: PERSONAL.id,
      kind: 'personal',
      aadObjectId: EXAMPLE_OBJECT_IDS.secretariat,
      personId: 'p-sec',
      reference: {
        serviceUrl: SERVICE_URL,
        channelId: 'msteams',
        conversation: { id: PERSONAL.id, tenantId: 'tenant-1' },
        bot: BOT,
      },
    });
    expect(replies).toHaveLength(1);
    expect(title(replies[0]!.attachments![0]!.content)).toBe(
      'Bienvenue au comité de pilotage OGP Maroc',
    );
  });

  it('refreshes the same record when installed again, without a second welcome', async () => {
    await send(install());
    now = '2025-06-16T08:00:00Z';
    const replies = await send(
      install(),
      activity({ type: 'conversationUpdate', membersAdded: [BOT] }),
    );
    const records = await ports.conversations.list();
    expect(records).toHaveLength(1);
    expect(records[0]!.value.updatedAt).toBe('2025-06-16T08:00:00Z');
    expect(replies).toEqual([]);
  });

  it('keeps one record and one welcome when Teams sends both install activities at once', async () => {
    await Promise.all([
      adapter.processActivity(install()),
      adapter.processActivity(
        activity({ type: 'conversationUpdate', membersAdded: [BOT, SECRETARIAT] }),
      ),
    ]);
    expect(await ports.conversations.list()).toHaveLength(1);
    expect(adapter.activeQueue.splice(0)).toHaveLength(1);
  });

  it('stores a channel reference without a person, when the bot itself is added', async () => {
    const replies = await send(
      activity({
        type: 'conversationUpdate',
        conversation: CHANNEL as Activity['conversation'],
        membersAdded: [BOT],
      }),
    );
    const [record] = await ports.conversations.list();
    expect(record!.value).toMatchObject({ conversationId: CHANNEL.id, kind: 'channel' });
    expect(record!.value.aadObjectId).toBeUndefined();
    expect(record!.value.personId).toBeUndefined();
    expect(cardTexts(replies[0]!.attachments![0]!.content)).not.toContain(
      'Bonjour Salma Exemple !',
    );
  });

  it('ignores a conversation update that adds only people', async () => {
    await send(
      activity({
        type: 'conversationUpdate',
        conversation: CHANNEL as Activity['conversation'],
        membersAdded: [STRANGER],
      }),
    );
    expect(await ports.conversations.list()).toEqual([]);
  });

  it('welcomes someone outside the register and says the secretariat can add them', async () => {
    const card = await cardFor(
      install({
        from: STRANGER,
        conversation: { ...PERSONAL, id: 'a:personal-stranger' } as Activity['conversation'],
      }),
    );
    const [record] = await ports.conversations.list();
    expect(record!.value.aadObjectId).toBe(STRANGER.aadObjectId);
    expect(record!.value.personId).toBeUndefined();
    expect(cardTexts(card)).toContain(
      'Votre compte ne figure pas encore au registre du comité : le secrétariat peut vous y ajouter.',
    );
  });

  it('keeps what a later, poorer activity omits from the stored reference (the locale)', async () => {
    await send(install({ locale: 'ar-MA' }));
    await send(activity({ type: 'conversationUpdate', locale: undefined, membersAdded: [BOT] }));
    const [record] = await ports.conversations.list();
    expect(record!.value.reference).toMatchObject({ locale: 'ar-MA', serviceUrl: SERVICE_URL });
  });

  it('welcomes in the clientInfo language when the activity has no locale', async () => {
    const card = await cardFor(
      install({ locale: undefined, entities: [{ type: 'clientInfo', locale: 'ar-MA' }] }),
    );
    expect(card.rtl).toBe(true);
  });

  it('greets by the register’s name when Teams sends no name with the installation', async () => {
    const card = await cardFor(
      install({
        from: { id: SECRETARIAT.id, aadObjectId: SECRETARIAT.aadObjectId } as ChannelAccount,
      }),
    );
    expect(cardTexts(card)).toContain('Bonjour Salma Exemple (secrétariat) !');
  });

  it('forgets the conversation when the app is removed', async () => {
    await send(install());
    await send(install({ action: 'remove' }));
    expect(await ports.conversations.list()).toEqual([]);
  });
});

describe('commands', () => {
  it('answers « composition » from the secretariat with the composition card', async () => {
    const card = await cardFor(message('composition'));
    const texts = cardTexts(card);
    expect(texts[0]).toBe('Composition du comité de pilotage');
    expect(texts).toContain('Parité respectée (R3.2) : 4 sièges actifs pour chaque collège.');
    expect(texts).toContain('Ministère de l’Exemple numérique (fictif) (MEN-F)');
    expect(texts).toContain('Nadia Modèle');
    expect(card.rtl).toBeUndefined();
  });

  it('reads the command through a channel mention, in any case and with punctuation', async () => {
    const card = await cardFor(
      message('<at>Copil OGP</at> Composition !', {
        conversation: CHANNEL as Activity['conversation'],
      }),
    );
    expect(title(card)).toBe('Composition du comité de pilotage');
  });

  it('answers someone outside the register with the not-member card and no committee data', async () => {
    const card = await cardFor(message('composition', { from: STRANGER }));
    const texts = cardTexts(card);
    expect(texts[0]).toBe('Réservé aux membres du comité');
    expect(texts.join('\n')).not.toMatch(/Nadia|Ministère|Parité/);
  });

  it('answers « aide » with the help card', async () => {
    const card = await cardFor(message('aide'));
    expect(cardTexts(card)).toContain('Ce que je sais faire');
    expect(cardTexts(card).join('\n')).not.toContain('pas compris');
  });

  it('answers anything else with the help card saying what it did not understand', async () => {
    const card = await cardFor(message('bonjour'));
    expect(cardTexts(card)[0]).toBe('Je n’ai pas compris « bonjour ».');
  });

  it('replies in Arabic, right to left, when Teams says ar-MA', async () => {
    const card = await cardFor(message('تشكيلة', { locale: 'ar-MA' }));
    expect(card.rtl).toBe(true);
    expect(title(card)).toBe('تشكيلة لجنة القيادة');
    expect(cardTexts(card)).toContain('التكافؤ محترم (R3.2): 4 مقاعد نشطة لكل هيئة.');
  });

  it('answers in the person’s chosen language, whatever the client’s (issue 3/8 item 2)', async () => {
    const [stored] = await ports.people.findBy('aadObjectId', EXAMPLE_OBJECT_IDS.secretariat);
    await ports.people.update({ ...stored!.value, locale: 'en' }, stored!.version);
    expect(title(await cardFor(message('help', { locale: 'de-DE' })))).toBe('What I can do');
    expect(title(await cardFor(message('help', { locale: undefined })))).toBe('What I can do');
    expect(title(await cardFor(message('aide', { locale: 'fr-MA' })))).toBe('What I can do');
  });

  it('without a chosen language, answers a command in the language it was typed in', async () => {
    // A French speaker whose Teams is in English: « aide » is French, « help » English.
    expect(title(await cardFor(message('aide', { locale: 'en-US' })))).toBe('Ce que je sais faire');
    expect(title(await cardFor(message('help', { locale: 'fr-FR' })))).toBe('What I can do');
    expect(title(await cardFor(message('مساعدة', { locale: 'en-US' })))).toBe(
      'ما يمكنني القيام به',
    );
    // « composition » is French and English alike: the client's language decides.
    expect(title(await cardFor(message('composition', { locale: 'en-US' })))).toBe(
      'Steering committee composition',
    );
    expect(title(await cardFor(message('bonjour', { locale: 'en-US' })))).toBe(
      'I did not understand “bonjour”.',
    );
  });

  it('routes an Action.Submit by its verb and ignores any identity in its data', async () => {
    const value = {
      verb: 'composition',
      aadObjectId: EXAMPLE_OBJECT_IDS.secretariat,
      personId: 'p-sec',
    };
    expect(title(await cardFor(message('', { text: undefined, value })))).toBe(
      'Composition du comité de pilotage',
    );
    expect(title(await cardFor(message('', { text: undefined, value, from: STRANGER })))).toBe(
      'Réservé aux membres du comité',
    );
  });

  it('answers an Action.Execute invoke with the card that replaces the clicked one', async () => {
    const invoke = (from: ChannelAccount, verb: string) =>
      activity({
        type: 'invoke',
        name: 'adaptiveCard/action',
        from,
        value: {
          action: { type: 'Action.Execute', verb, data: { aadObjectId: SECRETARIAT.aadObjectId } },
        },
      });
    const [response] = await send(invoke(SECRETARIAT, 'composition'));
    expect(response).toMatchObject({
      type: 'invokeResponse',
      value: {
        status: 200,
        body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' },
      },
    });
    const body = (response!.value as { body: { value: unknown } }).body;
    expect(validationEvents(body.value)).toEqual([]);
    expect(title(body.value)).toBe('Composition du comité de pilotage');

    const [refused] = await send(invoke(STRANGER, 'composition'));
    expect(title((refused!.value as { body: { value: unknown } }).body.value)).toBe(
      'Réservé aux membres du comité',
    );
    const [unknownVerb] = await send(invoke(SECRETARIAT, 'delete-everything'));
    expect(title((unknownVerb!.value as { body: { value: unknown } }).body.value)).toBe(
      'Ce que je sais faire',
    );
  });
});

describe('turn errors', () => {
  it('logs the failure under a reference and apologises in the user’s language without details', async () => {
    const logged: { details: object; message: string }[] = [];
    const logger: BotLogger = {
      ...silentLogger,
      error: (details, message) => logged.push({ details, message }),
    };
    const failing = new CopilBot(
      {
        ...ports,
        people: {
          ...ports.people,
          findBy: () => Promise.reject(new Error('SQLITE_CORRUPT: secret table layout')),
        },
      },
      { logger: silentLogger },
    );
    const failingAdapter = new TestAdapter((context: TurnContext) => failing.run(context));
    failingAdapter.onTurnError = createBotAdapter({}, logger).onTurnError;
    await failingAdapter.processActivity(message('composition', { locale: 'en-US' }));
    const [reply] = failingAdapter.activeQueue.splice(0);
    const card = reply!.attachments![0]!.content;
    expect(validationEvents(card)).toEqual([]);
    const texts = cardTexts(card);
    expect(texts[0]).toBe('Something went wrong');
    expect(texts.join('\n')).not.toContain('SQLITE');
    const reference = (logged[0]!.details as { reference: string }).reference;
    expect(texts).toContain(`Incident reference: ${reference}`);
    expect(logged[0]!.message).toBe('bot turn failed');
  });
});

describe('the person’s language (issue 3/8 item 2)', () => {
  const setLanguage = (from: ChannelAccount, data: Record<string, unknown>) =>
    activity({
      type: 'invoke',
      name: 'adaptiveCard/action',
      from,
      locale: 'en-US',
      value: { action: { type: 'Action.Execute', verb: 'language.set', data } },
    });
  const invokeCard = async (a: Partial<Activity>) => {
    const [response] = await send(a);
    return (response!.value as { body: { value: { rtl?: boolean; body: unknown[] } } }).body.value;
  };
  const stored = async () =>
    (await ports.people.findBy('aadObjectId', EXAMPLE_OBJECT_IDS.secretariat))[0]!.value;

  it('« langue » shows the choice; a button saves it for the sender only, audited', async () => {
    const card = await cardFor(message('langue', { locale: 'en-US' }));
    expect(cardTexts(card)).toEqual(
      expect.arrayContaining([
        'Votre langue',
        'Aucune langue choisie : je vous écris dans la langue de votre Teams, à défaut en français.',
      ]),
    );
    // The data names another person: ignored, the sender's own record changes.
    const saved = await invokeCard(
      setLanguage(SECRETARIAT, { locale: 'ar', aadObjectId: EXAMPLE_OBJECT_IDS.chair }),
    );
    expect(saved.rtl).toBe(true);
    expect(cardTexts(saved)).toEqual(
      expect.arrayContaining(['تم التسجيل: سأراسلكم من الآن فصاعدا بالعربية.', 'لغتكم']),
    );
    expect((await stored()).locale).toBe('ar');
    const [chair] = await ports.people.findBy('aadObjectId', EXAMPLE_OBJECT_IDS.chair);
    expect(chair!.value.locale).toBeUndefined();
    const entries = (await ports.auditLog.read()).filter(
      (e) => e.action === 'PersonLanguageChosen',
    );
    expect(entries).toMatchObject([{ actorId: 'p-sec', subject: { id: 'p-sec' } }]);
    // From now on, Arabic whatever the client says or the word typed.
    expect(title(await cardFor(message('help', { locale: 'en-US' })))).toBe('ما يمكنني القيام به');
  });

  it('« follow Teams » forgets the choice; a bad choice or a stranger changes nothing', async () => {
    await invokeCard(setLanguage(SECRETARIAT, { locale: 'en' }));
    expect((await stored()).locale).toBe('en');
    const cleared = await invokeCard(setLanguage(SECRETARIAT, { locale: 'client' }));
    expect(cardTexts(cleared)).toContain('Noted: I will follow your Teams language.');
    expect((await stored()).locale).toBeUndefined();
    const before = await ports.auditLog.read();
    await invokeCard(setLanguage(SECRETARIAT, { locale: 'de' }));
    const stranger = await invokeCard(setLanguage(STRANGER, { locale: 'ar' }));
    expect(cardTexts(stranger)[0]).toBe('For committee members only');
    expect(await ports.auditLog.read()).toHaveLength(before.length);
    expect((await stored()).locale).toBeUndefined();
  });
});
