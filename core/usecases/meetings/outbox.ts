import type { OutboxEntry } from '../../model/outbox.js';
import { Conflict, Duplicate, PartialWrite } from '../../ports/errors.js';
import type { Notification, Recipient } from '../../ports/notifier.js';
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

/**
 * Records notifications to deliver. An entry whose key exists already is not added again:
 * that is what makes a reminder or a notice go out once, whoever enqueues it and how often.
 */
export async function enqueue(ports: Pick<Ports, 'outbox' | 'ids' | 'clock'>, items: Outgoing[]) {
  if (items.length === 0) return;
  const now = ports.clock.now();
  const entries: OutboxEntry[] = items.map((item) => ({
    id: ports.ids.newId(),
    key: item.key,
    recipient: item.recipient,
    notification: item.notification,
    status: 'pending',
    attempts: 0,
    createdAt: now,
  }));
  try {
    await ports.outbox.createMany(entries);
  } catch (error) {
    if (error instanceof PartialWrite && error.failures.every((f) => f.reason === 'duplicate')) {
      return;
    }
    throw error;
  }
}

const MAX_ATTEMPTS = 8;

/**
 * Delivers what the outbox holds: each entry is claimed by a conditional write (pending →
 * sending, on the version read), so of two server instances only one sends it; a failure is
 * retried by the next pass, up to a bound; nobody to reach is recorded, not retried.
 */
export async function deliverOutbox(
  ports: Pick<AppPorts, 'outbox' | 'clock' | 'notifier'>,
): Promise<{ sent: number; failed: number; undeliverable: number }> {
  const result = { sent: 0, failed: 0, undeliverable: 0 };
  const due = [
    ...(await ports.outbox.findBy('status', 'pending')),
    ...(await ports.outbox.findBy('status', 'failed')),
  ];
  for (const stored of due) {
    let claimed;
    try {
      claimed = await ports.outbox.update(
        {
          ...stored.value,
          status: 'sending',
          claimedAt: ports.clock.now(),
          attempts: stored.value.attempts + 1,
        },
        stored.version,
      );
    } catch (error) {
      if (error instanceof Conflict || error instanceof Duplicate) continue; // another instance has it
      throw error;
    }
    try {
      const delivery = await ports.notifier.send(stored.value.recipient, stored.value.notification);
      await ports.outbox.update(
        delivery.delivered
          ? { ...claimed.value, status: 'sent', sentAt: ports.clock.now() }
          : { ...claimed.value, status: 'undeliverable', lastError: delivery.reason },
        claimed.version,
      );
      if (delivery.delivered) result.sent += 1;
      else result.undeliverable += 1;
    } catch (error) {
      const attempts = claimed.value.attempts;
      await ports.outbox.update(
        {
          ...claimed.value,
          status: attempts >= MAX_ATTEMPTS ? 'undeliverable' : 'failed',
          lastError: String((error as Error).message ?? error).slice(0, 500),
        },
        claimed.version,
      );
      result.failed += 1;
    }
  }
  return result;
}
