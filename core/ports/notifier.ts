import { z } from 'zod';
import { IdSchema } from '../model/common.js';

/**
 * What the app tells people through Teams. A notification names its subject; the bot edge
 * builds the card for each recipient in their language from the current state (so a card
 * always shows that person's own view: proposed or not, window open or closed).
 */
export const ReminderKindSchema = z.enum([
  'proposal-window-closing', // R5.3: members, the day before the window closes
  'minutes-share-due', // R5.5: secretariat, on the last day to share the minutes
  'minutes-late', // R5.5: secretariat, the day after the deadline passed
  'amendment-window-closing', // R5.5: members, on the last day to amend
  'publication-ready', // R5.6: secretariat, once the amendment window is over
  'semester-uncovered', // R5.1: secretariat, when a semester starts without a meeting
  'semester-ending', // R5.1: secretariat, when fewer than 30 days remain without a meeting
]);
export type ReminderKind = z.infer<typeof ReminderKindSchema>;

export const NotificationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('meeting-notice'), meetingId: IdSchema }),
  z.object({ kind: z.literal('meeting-moved'), meetingId: IdSchema }),
  z.object({ kind: z.literal('meeting-cancelled'), meetingId: IdSchema }),
  z.object({ kind: z.literal('proposal-received'), proposalId: IdSchema }),
  z.object({ kind: z.literal('proposal-answered'), proposalId: IdSchema }),
  z.object({ kind: z.literal('minutes-shared'), meetingId: IdSchema }),
  z.object({ kind: z.literal('amendment-answered'), amendmentId: IdSchema }),
  z.object({ kind: z.literal('meeting-published'), meetingId: IdSchema }),
  z.object({ kind: z.literal('vote-opened'), voteId: IdSchema }),
  z.object({ kind: z.literal('vote-closed'), voteId: IdSchema }),
  z.object({ kind: z.literal('communication-submitted'), communicationId: IdSchema }),
  z.object({ kind: z.literal('revision-support'), revisionId: IdSchema }),
  z.object({
    kind: z.literal('reminder'),
    reminder: ReminderKindSchema,
    meetingId: IdSchema.optional(),
    /** The deadline the reminder is about: a local day or an instant. */
    due: z.string().min(1),
  }),
]);
export type Notification = z.infer<typeof NotificationSchema>;

export const RecipientSchema = z.union([
  z.object({ personId: IdSchema }),
  /** The committee's Teams channel (where the app is installed in a team). */
  z.object({ channel: z.literal('committee') }),
]);
export type Recipient = z.infer<typeof RecipientSchema>;

/**
 * Why a delivery failed, as a code the tab and the bot put in words (never a raw error):
 * - `no-conversation`: the bot has no chat with that person (the app is not installed for
 *   them) or the app is in no channel — a member must install it, or rely on the calendar;
 * - `blocked`: Teams refused the chat (the member removed or blocked the app: 403);
 * - `gone`: the conversation no longer exists (404), e.g. the chat was deleted;
 * - `throttled`: Teams' rate limit (429), retried with the next tick;
 * - `refused`: the card could not be made for that person (e.g. they lost access to the meeting);
 * - `bot-error`: anything else the bot service answered; retried up to a bound.
 */
export const DeliveryFailureSchema = z.enum([
  'no-conversation',
  'blocked',
  'gone',
  'throttled',
  'refused',
  'bot-error',
]);
export type DeliveryFailure = z.infer<typeof DeliveryFailureSchema>;

export type DeliveryResult =
  | { delivered: true }
  /** Nobody can be reached (the app is not installed for that person or in any channel), or
   * the card cannot be made for them: retrying alone will not help. */
  | { delivered: false; reason: 'no-conversation' | 'refused' };

/**
 * A failed send whose cause the notifier knows (Teams answered 403, 404, 429…). `retryable`
 * says whether the next tick may try again by itself; anything else thrown is a `bot-error`.
 */
export class DeliveryFailed extends Error {
  constructor(
    readonly reason: DeliveryFailure,
    readonly retryable: boolean,
    message: string,
  ) {
    super(message);
    this.name = 'DeliveryFailed';
  }
}

/** The notifier port: the bot sends proactive cards (Bot Framework), anything else fails loud. */
export interface Notifier {
  send(recipient: Recipient, notification: Notification): Promise<DeliveryResult>;
}
