import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/usecases/actor.js';
import { resolveActor } from '../../core/usecases/actor.js';
import {
  cancelMeeting,
  getMeeting,
  listMeetings,
  runScheduledWork,
  scheduleMeeting,
  updateMeeting,
} from '../../core/usecases/meetings/index.js';
import { EXAMPLE_OBJECT_IDS } from '../../server/example-committee.js';
import { graphAppPorts, SECRETARIAT_MAILBOX } from '../support/graph-app-ports.js';
import { meetingCycle } from './meetings-cycle.suite.js';
import { value } from '../support/fixtures.js';

meetingCycle('Microsoft 365 (SharePoint lists and Outlook through the Graph fake)', () =>
  graphAppPorts('2026-03-01T09:00:00Z'),
);

describe('Outlook events of the secretariat mailbox', () => {
  let env: Awaited<ReturnType<typeof graphAppPorts>>;
  let secretariat: Actor;
  beforeAll(async () => {
    env = await graphAppPorts('2026-03-01T09:00:00Z');
    secretariat = (await resolveActor(env.app, EXAMPLE_OBJECT_IDS.secretariat)) as Actor;
  });
  afterAll(async () => env.close());

  it('creates a Teams meeting in Morocco time with every titular and alternate invited', async () => {
    const meeting = value(
      await scheduleMeeting(env.app, secretariat, {
        title: 'Réunion du comité',
        start: '2026-07-09T10:00',
        end: '2026-07-09T12:00',
        agenda: [{ title: 'Bilan à mi-parcours', presenter: 'Nadia Modèle' }],
        externalInvitees: [{ name: 'Expert IRM', email: 'irm@example.org' }],
      }),
    );
    const [event] = env.fake.events('mailbox-secretariat');
    expect(event).toMatchObject({
      subject: 'Réunion du comité',
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      categories: ['Copil'],
    });
    const attendees = (event?.['attendees'] as { emailAddress: { address: string } }[]).map(
      (a) => a.emailAddress.address,
    );
    expect(attendees).toHaveLength(18); // 16 seat holders, the chair, one external
    expect(attendees).toContain('amina.imaginaire@example.org');
    expect(String((event?.['body'] as { content: string }).content)).toContain(
      'Bilan à mi-parcours',
    );
    expect(meeting.joinUrl).toMatch(/^https:\/\//);

    // Moving the meeting updates the same event; cancelling cancels it.
    const moved = value(
      await updateMeeting(env.app, secretariat, meeting.id, {
        version: meeting.version,
        start: '2026-07-10T10:00',
        end: '2026-07-10T12:00',
      }),
    );
    expect(env.fake.events('mailbox-secretariat')).toHaveLength(1);
    value(
      await cancelMeeting(env.app, secretariat, meeting.id, {
        version: moved.version,
        reason: 'Report',
      }),
    );
    expect(env.fake.deletedEvents('mailbox-secretariat')[0]?.cancellationComment).toBe('Report');
  });

  it('picks up a meeting scheduled directly in Outlook with the category, with its rules flagged', async () => {
    env.clock.set('2026-09-01T09:00:00Z');
    // The secretariat creates it in Outlook, 5 days ahead: too late for a notice (R5.2).
    await env.client.api(`/users/${SECRETARIAT_MAILBOX}/events`).post({
      subject: 'Copil extraordinaire',
      start: { dateTime: '2026-09-06T10:00:00', timeZone: 'Morocco Standard Time' },
      end: { dateTime: '2026-09-06T12:00:00', timeZone: 'Morocco Standard Time' },
      categories: ['Copil'],
    });
    await env.client.api(`/users/${SECRETARIAT_MAILBOX}/events`).post({
      subject: 'Déjeuner (pas le comité)',
      start: { dateTime: '2026-09-07T12:00:00', timeZone: 'Morocco Standard Time' },
      end: { dateTime: '2026-09-07T13:00:00', timeZone: 'Morocco Standard Time' },
    });
    const first = await runScheduledWork(env.app);
    expect(first.imported).toBe(1);
    const imported = value(await listMeetings(env.app, secretariat)).find(
      (m) => m.source === 'outlook',
    );
    expect(imported).toMatchObject({
      title: 'Copil extraordinaire',
      status: 'draft',
      start: '2026-09-06T09:00:00Z',
    });
    expect(imported?.flags.map((f) => f.rule)).toEqual(['R5.2']);
    // A second tick finds nothing new.
    expect((await runScheduledWork(env.app)).imported).toBe(0);
    expect(value(await getMeeting(env.app, secretariat, imported?.id ?? '')).source).toBe(
      'outlook',
    );
  });

  it('imports an Outlook meeting whose subject would change the text direction under a plain title', async () => {
    env.clock.set('2026-09-01T09:00:00Z');
    // Text hygiene (issue 10 item 4): typed in Outlook, refused like in the tab.
    await env.client.api(`/users/${SECRETARIAT_MAILBOX}/events`).post({
      subject: 'Copil\u202Efdp.exe',
      start: { dateTime: '2026-10-06T10:00:00', timeZone: 'Morocco Standard Time' },
      end: { dateTime: '2026-10-06T12:00:00', timeZone: 'Morocco Standard Time' },
      categories: ['Copil'],
    });
    expect((await runScheduledWork(env.app)).imported).toBe(1);
    const imported = value(await listMeetings(env.app, secretariat)).find(
      (m) => m.source === 'outlook' && m.start === '2026-10-06T09:00:00Z',
    );
    expect(imported?.title).toBe('Réunion du comité de pilotage');
  });
});
