import {
  RetryNoticeDeliveryRequestSchema,
  type NoticeDeliveryIssue,
} from '../../contracts/delivery.js';
import type { MeetingDetail } from '../../contracts/meetings.js';
import type { Meeting } from '../../model/meeting.js';
import { Conflict } from '../../ports/errors.js';
import type { Stored } from '../../ports/repository.js';
import { compareInstants } from '../../time.js';
import type { Actor } from '../actor.js';
import { auditAction } from '../audited-write.js';
import { guard, invalidField, parseCommand, success, type Outcome } from '../outcome.js';
import type { AppPorts } from './app-ports.js';
import {
  noticeDeliveryView,
  noticeEntries,
  noticeKeyPrefix,
  type DeliveryViewPorts,
} from './delivery-view.js';
import { isLoaded, loadContext, loadMeeting, type MeetingContext } from './load.js';
import { canRunMeetings, SECRETARIAT_RUNS_MEETINGS } from './permissions.js';
import { meetingDetail } from './views.js';

const NOT_NOTICED = {
  fr: "Cette réunion n'a pas d'avis en cours (pas encore envoyé, ou réunion déplacée, annulée ou tenue depuis) : il n'y a rien à relancer.",
  ar: 'ليس لهذا الاجتماع إشعار جارٍ (لم يُرسل بعد، أو نُقل الاجتماع أو أُلغي أو عُقد منذ ذلك): لا شيء لإعادة إرساله.',
  en: 'This meeting has no current notice (not sent yet, or the meeting was moved, cancelled or held since): there is nothing to retry.',
};

const NOTHING_TO_RETRY = {
  fr: "Rien à relancer : l'avis est remis ou en cours de remise à ces destinataires.",
  ar: 'لا شيء لإعادة إرساله: الإشعار سُلّم أو في طريقه إلى هؤلاء المستلمين.',
  en: 'Nothing to retry: the notice was delivered or is on its way to these recipients.',
};

/** The outbox states a retry takes back: not delivered, whether or not the tick would retry. */
const RETRYABLE_STATUSES = new Set(['undeliverable', 'failed']);

/**
 * R5.2: the secretariat sends the notice again to the recipients it has not reached (all of
 * them, or those named) — typically once the app is installed for a member who had no chat
 * with the bot. The request is audited (who, when, which recipients) before the entries are
 * queued again; the outbox then delivers them as any other (`deliverOutbox`).
 */
export async function retryNoticeDelivery(
  ports: AppPorts,
  actor: Actor,
  meetingId: string,
  body: unknown,
): Promise<Outcome<MeetingDetail>> {
  const command = parseCommand(meetingId, body ?? {}, RetryNoticeDeliveryRequestSchema, {
    allowed: canRunMeetings(actor), // the secretariat alone sees who was not reached
    denial: SECRETARIAT_RUNS_MEETINGS,
  });
  if (!command.ok) return command;
  const { id, parsed } = command;
  const { personIds, channel } = parsed.data;
  const everyone = personIds === undefined && channel === undefined;
  const wanted = new Set(personIds ?? []);
  return guard(async () => {
    const stored = await loadMeeting(ports, id.data);
    if (!isLoaded(stored)) return stored;
    const meeting = stored.value;
    if (!meeting.noticeSentAt || meeting.status !== 'noticed') {
      return invalidField('meeting', NOT_NOTICED);
    }
    const targets = (await noticeEntries(ports, meeting)).filter(({ value: e }) => {
      if (!RETRYABLE_STATUSES.has(e.status)) return false;
      if (everyone) return true;
      return 'channel' in e.recipient ? channel === true : wanted.has(e.recipient.personId);
    });
    if (targets.length === 0) return invalidField('personIds', NOTHING_TO_RETRY);
    const now = ports.clock.now();
    await auditAction(
      ports,
      { actor, action: 'NoticeDeliveryRetried', at: now },
      { type: 'notice-delivery', id: meeting.id },
      {
        noticeSentAt: meeting.noticeSentAt,
        recipients: targets.map(({ value: e }) =>
          'channel' in e.recipient ? `channel:${e.recipient.channel}` : e.recipient.personId,
        ),
      },
    );
    for (const target of targets) {
      try {
        await ports.outbox.update(
          {
            ...target.value,
            status: 'pending',
            attemptsAtRetry: target.value.attempts,
            retriedAt: now,
            retriedBy: actor.personId,
          },
          target.version,
        );
      } catch (error) {
        // Another instance took it meanwhile (its tick retried it): it is on its way.
        if (!(error instanceof Conflict)) throw error;
      }
    }
    return success(await meetingDetail(ports, actor, stored, await loadContext(ports)));
  });
}

/**
 * The secretariat's dashboard: meetings still ahead whose current notice has not reached
 * every recipient, with each person not reached and why.
 */
export async function noticeDeliveryIssues(
  ports: DeliveryViewPorts,
  actor: Actor,
  meetings: Stored<Meeting>[],
  context: MeetingContext,
): Promise<NoticeDeliveryIssue[]> {
  const issues: NoticeDeliveryIssue[] = [];
  for (const { value: m } of meetings) {
    if (m.status !== 'noticed' || compareInstants(m.end, context.now) < 0) continue;
    const delivery = await noticeDeliveryView(ports, actor, m, context);
    if (!delivery) continue;
    const channelMissing = delivery.channel !== undefined && delivery.channel.state !== 'delivered';
    if (delivery.delivered === delivery.total && !channelMissing) continue;
    issues.push({ meetingId: m.id, title: m.title, start: m.start, delivery });
  }
  return issues.sort((a, b) => a.start.localeCompare(b.start));
}

/**
 * The app was just installed for a person (or in the committee's team): the current notices
 * that could not reach them for want of a conversation are queued again, so installing the
 * app for an unreachable member is enough — no retry needed. Recorded in the audit log as the
 * system's act. Returns how many were queued.
 */
export async function requeueOnInstall(
  ports: AppPorts,
  recipient: { personId: string } | { channel: 'committee' },
): Promise<number> {
  const undelivered = await ports.outbox.findBy('status', 'undeliverable');
  const waiting = undelivered.filter(({ value: e }) => {
    if (e.notification.kind !== 'meeting-notice') return false;
    if ((e.reason ?? e.lastError) !== 'no-conversation') return false;
    return 'channel' in recipient
      ? 'channel' in e.recipient
      : 'personId' in e.recipient && e.recipient.personId === recipient.personId;
  });
  const targets: { entry: (typeof waiting)[number]; meetingId: string }[] = [];
  for (const entry of waiting) {
    const notification = entry.value.notification;
    if (notification.kind !== 'meeting-notice') continue;
    const meeting = await ports.meetings.get(notification.meetingId);
    if (!meeting || meeting.value.status !== 'noticed' || !meeting.value.noticeSentAt) continue;
    if (!entry.value.key.startsWith(noticeKeyPrefix(meeting.value))) continue; // an older notice
    targets.push({ entry, meetingId: meeting.value.id });
  }
  if (targets.length === 0) return 0;
  const now = ports.clock.now();
  const system = { personId: 'system' };
  for (const { entry: target, meetingId } of targets) {
    await auditAction(
      ports,
      { actor: system, action: 'NoticeDeliveryRequeuedOnInstall', at: now },
      { type: 'notice-delivery', id: meetingId },
      {
        recipients: [
          'channel' in target.value.recipient
            ? `channel:${target.value.recipient.channel}`
            : target.value.recipient.personId,
        ],
      },
    );
  }
  let queued = 0;
  for (const { entry: target } of targets) {
    try {
      await ports.outbox.update(
        {
          ...target.value,
          status: 'pending',
          attemptsAtRetry: target.value.attempts,
          retriedAt: now,
          retriedBy: system.personId,
        },
        target.version,
      );
      queued += 1;
    } catch (error) {
      if (!(error instanceof Conflict)) throw error;
    }
  }
  return queued;
}
