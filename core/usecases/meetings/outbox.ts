import type { OutboxEntry } from '../../model/outbox.js';
import { DEFAULT_POLICY, type Policy } from '../../policy.js';
import { Conflict, Duplicate, PartialWrite } from '../../ports/errors.js';
import {
  DeliveryFailed,
  type DeliveryFailure,
  type Notification,
  type Recipient,
} from '../../ports/notifier.js';
import type { Ports } from '../../ports/store.js';
import type { AppPorts } from './app-ports.js';
import type { MeetingContext } from './load.js';

export interface Outgoing {
  key: string;
  recipient: Recipient;
  notification: Notification;
}

/** Everyone a committee notice reaches: titulars and alternates of active seats, and the chair. */
export function committeeRecipients(context: MeetingContext): string[] {
  const ids = new Set<string>();
  for (const seat of context.activeSeats) {
    if (seat.titularId) ids.add(seat.titularId);
    if (seat.alternateId) ids.add(seat.alternateId);
  }
  for (const person of context.people.values()) {
    if (person.roles.includes('chair')) ids.add(person.id);
  }
  return [...ids];
}

export function secretariatRecipients(context: MeetingContext): string[] {
  return [...context.people.values()]
    .filter((p) => p.roles.includes('secretariat'))
    .map((p) => p.id);
}

const recipientKey = (recipient: Recipient) =>
  'personId' in recipient ? recipient.personId : `channel:${recipient.channel}`;

/** One outgoing message per person (and, if asked, the committee channel), keyed by `base`. */
export function fanOut(
  base: string,
  personIds: readonly string[],
  notification: Notification,
  channel = false,
): Outgoing[] {
  const recipients: Recipient[] = [
    ...personIds.map((personId) => ({ personId })),
    ...(channel ? [{ channel: 'committee' as const }] : []),
  ];
  return recipients.map((recipient) => ({
    key: `${base}:${recipientKey(recipient)}`,
    recipient,
    notification,
  }));
}

/** The meeting a notification is about, when it names one (the outbox indexes it). */
function meetingOf(notification: Notification): string | undefined {
  return 'meetingId' in notification ? notification.meetingId : undefined;
}

/**
 * Records notifications to deliver. An entry whose key exists already is not added again:
 * that is what makes a reminder or a notice go out once, whoever enqueues it and how often.
 */
export async function enqueue(ports: Pick<Ports, 'outbox' | 'ids' | 'clock'>, items: Outgoing[]) {
  if (items.length === 0) return;
  const now = ports.clock.now();
  const entries: OutboxEntry[] = items.map((item) => {
    const meetingId = meetingOf(item.notification);
    return {
      id: ports.ids.newId(),
      key: item.key,
      recipient: item.recipient,
      notification: item.notification,
      ...(meetingId ? { meetingId } : {}),
      status: 'pending',
      attempts: 0,
      createdAt: now,
    };
  });
  try {
    await ports.outbox.createMany(entries);
  } catch (error) {
    if (error instanceof PartialWrite && error.failures.every((f) => f.reason === 'duplicate')) {
      return;
    }
    throw error;
  }
}

const MEETING_INDEX = 'outbox-meeting-index';

/** The entry with its meeting named (entries recorded before the outbox was indexed lack it). */
const withMeeting = (entry: OutboxEntry): OutboxEntry => {
  const meetingId = entry.meetingId ?? meetingOf(entry.notification);
  return meetingId ? { ...entry, meetingId } : entry;
};

/**
 * Entries recorded before the outbox was indexed by meeting get their `meetingId` from their
 * notification, once (SQLite: migration 5 did it; a SharePoint list gets the column from
 * provisioning, empty: this fills it). A setting records that it was done; a write that meets
 * another instance's is left to it (that instance writes the entry with its meeting too).
 */
export async function indexOutboxByMeeting(
  ports: Pick<Ports, 'outbox' | 'settings' | 'ids' | 'clock'>,
): Promise<number> {
  if (await ports.settings.findByUniqueKey(`setting:${MEETING_INDEX}`)) return 0;
  let indexed = 0;
  for (const stored of await ports.outbox.list()) {
    if (stored.value.meetingId || !meetingOf(stored.value.notification)) continue;
    try {
      await ports.outbox.update(withMeeting(stored.value), stored.version);
      indexed += 1;
    } catch (error) {
      if (!(error instanceof Conflict)) throw error;
    }
  }
  const now = ports.clock.now();
  try {
    await ports.settings.create({
      id: ports.ids.newId(),
      key: MEETING_INDEX,
      value: { indexed, at: now },
      updatedAt: now,
    });
  } catch (error) {
    if (!(error instanceof Duplicate)) throw error; // another instance finished first
  }
  return indexed;
}

/** Has this claim outlived its lease (the claiming instance stopped, or hangs)? */
export function leaseLapsed(entry: OutboxEntry, now: string, policy: Policy = DEFAULT_POLICY) {
  if (entry.status !== 'sending') return false;
  if (!entry.claimedAt) return true;
  return Date.parse(now) - Date.parse(entry.claimedAt) >= policy.outboxLeaseMinutes * 60_000;
}

/** What a failed attempt leaves: a reason code, and whether the next tick tries again. */
function failureOf(error: unknown): {
  reason: DeliveryFailure;
  retryable: boolean;
  message: string;
} {
  if (error instanceof DeliveryFailed) {
    return { reason: error.reason, retryable: error.retryable, message: error.message };
  }
  // Anything the notifier could not name (a bug, the bot service down): try again, bounded.
  const message = error instanceof Error ? error.message : String(error);
  return { reason: 'bot-error', retryable: true, message };
}

export interface DeliveryRun {
  sent: number;
  failed: number;
  undeliverable: number;
  /** Entries taken back from an instance whose lease lapsed. */
  reclaimed: number;
}

/**
 * Delivers what the outbox holds: each entry is claimed by a conditional write (→ sending, on
 * the version read), so of two server instances only one sends it. A claim holds for the
 * lease (policy `outboxLeaseMinutes`): an entry still `sending` after it belonged to an
 * instance that stopped between claim and send, and is claimed again the same way — while
 * the lease runs, nobody else takes it. A passing failure is retried by the next pass, up to a
 * bound; a lasting one (nobody to reach, blocked, refused) is recorded with its reason for
 * the secretariat, who may retry it (`retryNoticeDelivery`).
 *
 * Exactly once, with one limit: an instance that sent and stopped before recording it cannot
 * be told from one that stopped before sending, so that one message may go twice.
 */
export async function deliverOutbox(
  ports: Pick<AppPorts, 'outbox' | 'clock' | 'notifier'>,
  policy: Policy = DEFAULT_POLICY,
): Promise<DeliveryRun> {
  const result: DeliveryRun = { sent: 0, failed: 0, undeliverable: 0, reclaimed: 0 };
  const now = ports.clock.now();
  const [pending, failed, sending] = await Promise.all([
    ports.outbox.findBy('status', 'pending'),
    ports.outbox.findBy('status', 'failed'),
    ports.outbox.findBy('status', 'sending'),
  ]);
  const lapsed = sending.filter((s) => leaseLapsed(s.value, now, policy));
  const due = [...pending, ...failed, ...lapsed].sort((a, b) =>
    a.value.createdAt.localeCompare(b.value.createdAt),
  );
  for (const stored of due) {
    let claimed;
    try {
      claimed = await ports.outbox.update(
        {
          ...withMeeting(stored.value),
          status: 'sending',
          claimedAt: ports.clock.now(),
          lastAttemptAt: ports.clock.now(),
          attempts: stored.value.attempts + 1,
        },
        stored.version,
      );
    } catch (error) {
      if (error instanceof Conflict || error instanceof Duplicate) continue; // another instance has it
      throw error;
    }
    if (stored.value.status === 'sending') result.reclaimed += 1;
    let next: OutboxEntry;
    try {
      const delivery = await ports.notifier.send(stored.value.recipient, stored.value.notification);
      if (delivery.delivered) {
        const { reason: _reason, lastError: _error, ...rest } = claimed.value;
        next = { ...rest, status: 'sent', sentAt: ports.clock.now() };
        result.sent += 1;
      } else {
        next = {
          ...claimed.value,
          status: 'undeliverable',
          reason: delivery.reason,
          lastError: delivery.reason,
        };
        result.undeliverable += 1;
      }
    } catch (error) {
      const failure = failureOf(error);
      const tries = claimed.value.attempts - (claimed.value.attemptsAtRetry ?? 0);
      const again = failure.retryable && tries < policy.outboxMaxAttempts;
      next = {
        ...claimed.value,
        status: again ? 'failed' : 'undeliverable',
        reason: failure.reason,
        lastError: failure.message.slice(0, 500),
      };
      if (again) result.failed += 1;
      else result.undeliverable += 1;
    }
    try {
      await ports.outbox.update(next, claimed.version);
    } catch (error) {
      // Our lease lapsed while sending and another instance reclaimed the entry: it records
      // the outcome of its own attempt.
      if (!(error instanceof Conflict)) throw error;
    }
  }
  return result;
}
