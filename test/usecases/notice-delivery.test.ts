import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../core/contracts/meetings.js';
import type { Meeting } from '../../core/model/meeting.js';
import type { Notifier } from '../../core/ports/notifier.js';
import { resolveActor, type Actor } from '../../core/usecases/actor.js';
import { createAudited } from '../../core/usecases/audited-write.js';
import type { AppPorts } from '../../core/usecases/meetings/app-ports.js';
import {
  cancelMeeting,
  conversationFor,
  deliverOutbox,
  getDashboard,
  getMeeting,
  retryNoticeDelivery,
  scheduleMeeting,
  sendNotice,
} from '../../core/usecases/meetings/index.js';
import { committeeRecipients } from '../../core/usecases/meetings/outbox.js';
import { loadContext } from '../../core/usecases/meetings/load.js';
import { verifyAudit } from '../../scripts/audit-verify.js';
import { EXAMPLE_OBJECT_IDS } from '../../server/example-committee.js';
import { exampleAppPorts } from '../support/app-ports.js';
import { graphAppPorts } from '../support/graph-app-ports.js';
import { value } from '../support/fixtures.js';

/**
 * R5.2: the notice must *reach* members. Delivery is tracked per recipient and channel; the
 * secretariat sees who was not reached and why, and retries; a member sees the counts and
 * their own line only.
 */
describe('R5.2 notice delivery: who the notice reached, and a retry', () => {
  let env: Awaited<ReturnType<typeof exampleAppPorts>>;
  let app: AppPorts;
  let secretariat: Actor;
  let amina: Actor;
  let alternate: Actor;
  let nadia: Actor;
  let meeting: MeetingDetail;
  const sent: string[] = [];

  /** Delivers only where the app is installed (a conversation is stored), like the bot. */
  const teams: Notifier = {
    send: async (recipient) => {
      if (!(await conversationFor(app, recipient))) {
        return { delivered: false, reason: 'no-conversation' };
      }
      sent.push('personId' in recipient ? recipient.personId : 'channel');
      return { delivered: true };
    },
  };

  let installs = 0;
  const install = async (personId?: string) => {
    installs += 1;
    await app.conversations.create({
      id: `conv-${installs}`,
      conversationId: `a:${installs}`,
      kind: personId ? 'personal' : 'channel',
      ...(personId ? { personId } : {}),
      reference: { conversation: { id: `a:${installs}` } },
      updatedAt: app.clock.now(),
    });
  };

  beforeAll(async () => {
    env = await exampleAppPorts('2026-03-01T09:00:00Z');
    app = { ...env.app, notifier: teams };
    secretariat = (await resolveActor(app, EXAMPLE_OBJECT_IDS.secretariat)) as Actor;
    amina = (await resolveActor(app, EXAMPLE_OBJECT_IDS.civilTitular)) as Actor;
    alternate = (await resolveActor(app, EXAMPLE_OBJECT_IDS.civilAlternate)) as Actor;
    nadia = (await resolveActor(app, EXAMPLE_OBJECT_IDS.adminTitular)) as Actor;
    // The app is installed for every member but two, and in the committee's team.
    for (const id of committeeRecipients(await loadContext(app))) {
      if (id !== alternate.personId && id !== nadia.personId) await install(id);
    }
    await install();
    const draft: Meeting = {
      id: 'm-delivery',
      title: 'Réunion du comité — 1er semestre 2026',
      start: '2026-03-20T10:00:00Z',
      end: '2026-03-20T12:00:00Z',
      online: true,
      status: 'draft',
      agenda: [{ id: 'a1', title: 'Suivi du plan d’action', documentIds: [] }],
      externalInvitees: [],
      postponedFrom: [],
      calendarEventId: 'ics-m-delivery',
      source: 'tab',
    };
    const change = { actor: secretariat, action: 'MeetingScheduled', at: app.clock.now() };
    const stored = await createAudited(app, 'meetings', change, draft);
    meeting = value(await getMeeting(app, secretariat, stored.value.id));
  });
  afterAll(async () => env.close());

  it('says the notice is queued, not sent, and who cannot be reached in Teams', async () => {
    meeting = value(await sendNotice(app, secretariat, meeting.id, { version: meeting.version }));
    const total = committeeRecipients(await loadContext(app)).length;
    expect(meeting.noticeDelivery).toMatchObject({
      total,
      delivered: 0,
      inProgress: total,
      failed: 0,
      notInstalled: 2,
      calendar: 'ics-feed',
      channel: { state: 'queued', reachable: true },
    });
    const lines = meeting.noticeDelivery?.recipients ?? [];
    expect(lines.every((r) => r.teams.state === 'queued')).toBe(true);
    expect(lines.filter((r) => !r.teams.reachable).map((r) => r.person.id)).toEqual(
      expect.arrayContaining([alternate.personId, nadia.personId]),
    );
  });

  it('records each recipient’s delivery: delivered, or failed because the app is not installed', async () => {
    const run = await deliverOutbox(app);
    const detail = value(await getMeeting(app, secretariat, meeting.id));
    const delivery = detail.noticeDelivery!;
    expect(run).toMatchObject({ sent: delivery.total - 2 + 1, undeliverable: 2 });
    expect(delivery).toMatchObject({
      delivered: delivery.total - 2,
      inProgress: 0,
      failed: 2,
      notInstalled: 2,
      canRetry: true,
      channel: { state: 'delivered' },
    });
    const failed = delivery.recipients!.filter((r) => r.teams.state === 'failed');
    expect(failed.map((r) => [r.person.id, r.teams.reason, r.teams.attempts])).toEqual(
      expect.arrayContaining([
        [alternate.personId, 'no-conversation', 1],
        [nadia.personId, 'no-conversation', 1],
      ]),
    );
    // They still have the meeting in their calendar: the ICS feed (embedded mode).
    expect(failed.every((r) => r.calendar === 'ics-feed')).toBe(true);
  });

  it('shows a member the counts and their own line, nothing of the others', async () => {
    const seen = value(await getMeeting(app, amina, meeting.id)).noticeDelivery!;
    expect(seen.recipients).toBeUndefined();
    expect(seen.channel).toBeUndefined();
    expect(seen.canRetry).toBe(false);
    expect(seen.mine).toMatchObject({
      person: { id: amina.personId },
      teams: { state: 'delivered' },
    });
    expect(seen.failed).toBe(2);
    const own = value(await getMeeting(app, alternate, meeting.id)).noticeDelivery!;
    expect(own.mine).toMatchObject({ teams: { state: 'failed', reason: 'no-conversation' } });
  });

  it('lets only the secretariat retry', async () => {
    const refused = await retryNoticeDelivery(app, amina, meeting.id, {});
    expect(refused).toMatchObject({ ok: false, reason: 'forbidden' });
  });

  it('retries one person once the app is installed for them, and audits the request', async () => {
    await install(alternate.personId);
    const before = sent.length;
    const queued = value(
      await retryNoticeDelivery(app, secretariat, meeting.id, { personIds: [alternate.personId] }),
    );
    const line = queued.noticeDelivery!.recipients!.find((r) => r.person.id === alternate.personId);
    // Queued again; the last failure's reason stays visible until the next attempt.
    expect(line?.teams).toMatchObject({
      state: 'queued',
      reason: 'no-conversation',
      reachable: true,
    });
    const audit = await app.auditLog.about('notice-delivery', meeting.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'NoticeDeliveryRetried',
      actorId: secretariat.personId,
      after: { recipients: [alternate.personId] },
    });

    expect(await deliverOutbox(app)).toMatchObject({ sent: 1, undeliverable: 0 });
    expect(sent.slice(before)).toEqual([alternate.personId]);
    const after = value(await getMeeting(app, secretariat, meeting.id)).noticeDelivery!;
    expect(after).toMatchObject({ delivered: after.total - 1, failed: 1, notInstalled: 1 });
    const retried = after.recipients!.find((r) => r.person.id === alternate.personId)!;
    expect(retried.teams).toMatchObject({ state: 'delivered', attempts: 2 });
    expect(retried.teams.reason).toBeUndefined();
  });

  it('refuses a retry with nothing to retry', async () => {
    const none = await retryNoticeDelivery(app, secretariat, meeting.id, {
      personIds: [amina.personId],
    });
    expect(none).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('lists on the secretariat’s dashboard the meeting whose notice has not reached everyone', async () => {
    const board = value(await getDashboard(app, secretariat));
    expect(board.secretariat?.notices).toHaveLength(1);
    expect(board.secretariat?.notices[0]).toMatchObject({
      meetingId: meeting.id,
      delivery: { failed: 1 },
    });
    const unreached = board.secretariat!.notices[0]!.delivery.recipients!.filter(
      (r) => r.teams.state !== 'delivered',
    );
    expect(unreached.map((r) => r.person.id)).toEqual([nadia.personId]);
    expect(value(await getDashboard(app, amina)).secretariat).toBeUndefined();
  });

  it('keeps the audit provable: the retry entry is about no committee record', async () => {
    const lines: string[] = [];
    expect(await verifyAudit(app, 'embedded', (line) => lines.push(line))).toBe(0);
  });
});

/** Microsoft 365 mode: besides the Teams card, Outlook sent every recipient the invitation. */
describe('R5.2 notice delivery in Microsoft 365 mode (Graph fake)', () => {
  it('shows the Outlook invitation for each recipient, the Teams card tracked apart', async () => {
    const env = await graphAppPorts('2026-03-01T09:00:00Z');
    try {
      const secretariat = (await resolveActor(env.app, EXAMPLE_OBJECT_IDS.secretariat)) as Actor;
      const scheduled = value(
        await scheduleMeeting(env.app, secretariat, {
          title: 'Réunion du comité',
          start: '2026-03-20T10:00',
          end: '2026-03-20T12:00',
        }),
      );
      const noticed = value(
        await sendNotice(env.app, secretariat, scheduled.id, { version: scheduled.version }),
      );
      expect(noticed.noticeDelivery?.calendar).toBe('outlook-invitation');
      await deliverOutbox(env.app);
      const delivery = value(await getMeeting(env.app, secretariat, scheduled.id)).noticeDelivery!;
      expect(delivery.delivered).toBe(delivery.total);
      expect(delivery.recipients!.every((r) => r.calendar === 'outlook-invitation')).toBe(true);
    } finally {
      await env.close();
    }
  });
});

describe('R5.2 a notice is retried only while it is current', () => {
  it('refuses the retry once the meeting is cancelled', async () => {
    const env = await exampleAppPorts('2026-03-01T09:00:00Z');
    try {
      const secretariat = (await resolveActor(env.app, EXAMPLE_OBJECT_IDS.secretariat)) as Actor;
      const app: AppPorts = {
        ...env.app,
        notifier: { send: async () => ({ delivered: false, reason: 'no-conversation' }) },
      };
      const scheduled = value(
        await scheduleMeeting(app, secretariat, {
          title: 'Réunion du comité',
          start: '2026-03-20T10:00',
          end: '2026-03-20T12:00',
        }),
      );
      const noticed = value(
        await sendNotice(app, secretariat, scheduled.id, { version: scheduled.version }),
      );
      await deliverOutbox(app);
      expect(value(await getMeeting(app, secretariat, noticed.id)).noticeDelivery?.canRetry).toBe(
        true,
      );
      const current = value(await getMeeting(app, secretariat, noticed.id));
      value(
        await cancelMeeting(app, secretariat, noticed.id, {
          version: current.version,
          reason: 'Report',
        }),
      );
      const cancelled = value(await getMeeting(app, secretariat, noticed.id));
      expect(cancelled.noticeDelivery?.canRetry).toBe(false);
      expect(await retryNoticeDelivery(app, secretariat, noticed.id, {})).toMatchObject({
        ok: false,
        reason: 'invalid',
      });
    } finally {
      await env.close();
    }
  });
});
