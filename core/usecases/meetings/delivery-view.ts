import type {
  CalendarDelivery,
  ChannelDelivery,
  DeliveryState,
  NoticeDelivery,
  RecipientDelivery,
} from '../../contracts/delivery.js';
import type { Meeting } from '../../model/meeting.js';
import type { OutboxEntry, OutboxStatus } from '../../model/outbox.js';
import type { CalendarPort } from '../../ports/calendar.js';
import type { ConversationRecord } from '../../ports/conversations.js';
import type { Recipient } from '../../ports/notifier.js';
import type { Stored } from '../../ports/repository.js';
import type { Ports } from '../../ports/store.js';
import type { Actor } from '../actor.js';
import { canManageRegister } from '../actor.js';
import { personView } from '../register/views.js';
import type { MeetingContext } from './load.js';

/** The ports a delivery view reads: the store, and the calendar's kind when there is one. */
export type DeliveryViewPorts = Ports & { calendar?: Pick<CalendarPort, 'invitations'> };

const newestFirst = (a: Stored<ConversationRecord>, b: Stored<ConversationRecord>) =>
  b.value.updatedAt.localeCompare(a.value.updatedAt);

/**
 * The conversation that reaches a recipient: a person's 1:1 chat (by person id, else by their
 * Entra object id, for a chat installed before they were in the register), or the committee
 * channel (the most recently installed or refreshed one). None: the app is not installed there.
 */
export async function conversationFor(
  ports: Pick<Ports, 'conversations' | 'people'>,
  recipient: Recipient,
): Promise<ConversationRecord | undefined> {
  if ('channel' in recipient) {
    const channels = await ports.conversations.findBy('kind', 'channel');
    return channels.sort(newestFirst)[0]?.value;
  }
  const personal = (records: Stored<ConversationRecord>[]) =>
    records.filter((r) => r.value.kind === 'personal').sort(newestFirst)[0]?.value;
  const byPerson = personal(await ports.conversations.findBy('personId', recipient.personId));
  if (byPerson) return byPerson;
  const person = await ports.people.get(recipient.personId);
  if (!person) return undefined;
  return personal(await ports.conversations.findBy('aadObjectId', person.value.aadObjectId));
}

/** The key prefix of the outbox entries of a meeting's current notice (see `sendNotice`). */
export const noticeKeyPrefix = (meeting: Pick<Meeting, 'id' | 'noticeSentAt'>) =>
  `notice:${meeting.id}:${meeting.noticeSentAt}:`;

/** The outbox entries of the meeting's current notice (one per person, one for the channel). */
export async function noticeEntries(
  ports: Pick<Ports, 'outbox'>,
  meeting: Meeting,
): Promise<Stored<OutboxEntry>[]> {
  if (!meeting.noticeSentAt) return [];
  const prefix = noticeKeyPrefix(meeting);
  return (await ports.outbox.findBy('meetingId', meeting.id)).filter(
    (e) => e.value.notification.kind === 'meeting-notice' && e.value.key.startsWith(prefix),
  );
}

const STATE_OF: Record<OutboxStatus, DeliveryState> = {
  pending: 'queued',
  sending: 'sending',
  sent: 'delivered',
  failed: 'retrying',
  undeliverable: 'failed',
};

/** Entries written before reasons were codes carry the code in `lastError` only. */
function reasonOf(entry: OutboxEntry): ChannelDelivery['reason'] {
  if (entry.reason) return entry.reason;
  if (entry.status === 'sent') return undefined;
  if (entry.lastError === 'no-conversation') return 'no-conversation';
  return entry.status === 'undeliverable' || entry.status === 'failed' ? 'bot-error' : undefined;
}

function channelDelivery(entry: OutboxEntry, reachable: boolean): ChannelDelivery {
  const state = STATE_OF[entry.status];
  const reason = state === 'delivered' ? undefined : reasonOf(entry);
  return {
    state,
    ...(reason ? { reason } : {}),
    attempts: entry.attempts,
    ...(entry.lastAttemptAt ? { lastAttemptAt: entry.lastAttemptAt } : {}),
    ...(entry.sentAt ? { deliveredAt: entry.sentAt } : {}),
    reachable: state === 'delivered' || reachable,
  };
}

function capacityOf(personId: string, context: MeetingContext): RecipientDelivery['capacity'] {
  for (const seat of context.activeSeats) {
    if (seat.titularId === personId) return 'titular';
    if (seat.alternateId === personId) return 'alternate';
  }
  return context.people.get(personId)?.roles.includes('chair') ? 'chair' : 'other';
}

/** What the secretariat may send again: failed, or failed for now and waiting for the tick. */
export const RETRYABLE: DeliveryState[] = ['failed', 'retrying'];

const ORDER: Record<RecipientDelivery['capacity'], number> = {
  chair: 0,
  titular: 1,
  alternate: 2,
  other: 3,
};

/**
 * R5.2 is about the notice reaching members: where the meeting's current notice stands, per
 * recipient and channel. The counts are for everyone who may read the meeting; each person's
 * line is the secretariat's to see (a member sees only their own).
 */
export async function noticeDeliveryView(
  ports: DeliveryViewPorts,
  actor: Actor,
  meeting: Meeting,
  context: MeetingContext,
): Promise<NoticeDelivery | undefined> {
  if (!meeting.noticeSentAt) return undefined;
  const entries = await noticeEntries(ports, meeting);
  if (entries.length === 0) return undefined;
  const conversations = (await ports.conversations.list()).map((c) => c.value);
  const chats = new Set<string>();
  for (const c of conversations) {
    if (c.kind !== 'personal') continue;
    if (c.personId) chats.add(`person:${c.personId}`);
    if (c.aadObjectId) chats.add(`aad:${c.aadObjectId}`);
  }
  const hasChat = (personId: string) => {
    const person = context.people.get(personId);
    return (
      chats.has(`person:${personId}`) ||
      (person !== undefined && chats.has(`aad:${person.aadObjectId}`))
    );
  };
  const calendar: CalendarDelivery =
    meeting.calendarEventId && ports.calendar?.invitations ? ports.calendar.invitations : 'none';

  const rows: RecipientDelivery[] = [];
  let channel: ChannelDelivery | undefined;
  for (const { value: entry } of entries) {
    if ('channel' in entry.recipient) {
      channel = channelDelivery(
        entry,
        conversations.some((c) => c.kind === 'channel'),
      );
      continue;
    }
    const personId = entry.recipient.personId;
    const person = context.people.get(personId);
    rows.push({
      person: person
        ? personView(person)
        : { id: personId, displayName: personId, email: '', guest: false },
      capacity: capacityOf(personId, context),
      teams: channelDelivery(entry, hasChat(personId)),
      calendar,
    });
  }
  rows.sort(
    (a, b) =>
      ORDER[a.capacity] - ORDER[b.capacity] ||
      a.person.displayName.localeCompare(b.person.displayName),
  );
  const count = (states: DeliveryState[]) =>
    rows.filter((r) => states.includes(r.teams.state)).length;
  const failed = count(['failed']);
  const secretariat = canManageRegister(actor);
  const mine = rows.find((r) => r.person.id === actor.personId);
  return {
    noticeSentAt: meeting.noticeSentAt,
    total: rows.length,
    delivered: count(['delivered']),
    inProgress: count(['queued', 'sending', 'retrying']),
    failed,
    notInstalled: rows.filter((r) => r.teams.state !== 'delivered' && !r.teams.reachable).length,
    calendar,
    ...(secretariat && channel ? { channel } : {}),
    ...(secretariat ? { recipients: rows } : {}),
    ...(mine ? { mine } : {}),
    // A notice is sent again only while it is the meeting's current one (not moved, cancelled
    // or held since).
    canRetry:
      secretariat &&
      meeting.status === 'noticed' &&
      (count(RETRYABLE) > 0 || (channel !== undefined && RETRYABLE.includes(channel.state))),
  };
}
