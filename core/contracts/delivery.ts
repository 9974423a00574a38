import { z } from 'zod';
import { IdSchema, InstantSchema } from '../model/common.js';
import { DeliveryFailureSchema } from '../ports/notifier.js';
import { PersonViewSchema } from './register.js';

/**
 * DTOs of notice delivery (R5.2: the notice must *reach* members). Shared by server/, bot/
 * and tabs/; the server decides what each person may see.
 */

/**
 * Where one message stands:
 * - `queued`: recorded, not tried yet (or queued again by a retry);
 * - `sending`: an instance is sending it now;
 * - `delivered`: Teams accepted the card;
 * - `retrying`: the last attempt failed for a passing cause; the next tick tries again;
 * - `failed`: not delivered, and trying again alone will not help (see `reason`).
 */
export const DeliveryStateSchema = z.enum(['queued', 'sending', 'delivered', 'retrying', 'failed']);
export type DeliveryState = z.infer<typeof DeliveryStateSchema>;

/** One channel's delivery to one recipient (the Teams chat card, or the committee channel). */
export const ChannelDeliverySchema = z.object({
  state: DeliveryStateSchema,
  /** Why the last attempt failed (also while a retry is queued). */
  reason: DeliveryFailureSchema.optional(),
  attempts: z.number().int().nonnegative(),
  lastAttemptAt: InstantSchema.optional(),
  deliveredAt: InstantSchema.optional(),
  /** The bot has a conversation there now (the app is installed for that person/in a team). */
  reachable: z.boolean(),
});
export type ChannelDelivery = z.infer<typeof ChannelDeliverySchema>;

/**
 * How the calendar carries the meeting: Outlook sent an invitation to every titular and
 * alternate (Microsoft 365), or the meeting is in the ICS feed members subscribe to (embedded).
 */
export const CalendarDeliverySchema = z.enum(['outlook-invitation', 'ics-feed', 'none']);
export type CalendarDelivery = z.infer<typeof CalendarDeliverySchema>;

export const RecipientDeliverySchema = z.object({
  person: PersonViewSchema,
  capacity: z.enum(['titular', 'alternate', 'chair', 'other']),
  teams: ChannelDeliverySchema,
  calendar: CalendarDeliverySchema,
});
export type RecipientDelivery = z.infer<typeof RecipientDeliverySchema>;

/**
 * The delivery of a meeting's current notice. Every reader sees the counts (R5.2: how many
 * the notice reached); the secretariat sees each person and the committee channel; a member
 * sees their own line only.
 */
export const NoticeDeliverySchema = z.object({
  noticeSentAt: InstantSchema,
  /** People the notice is for (titulars, alternates of active seats, the chair). */
  total: z.number().int().nonnegative(),
  delivered: z.number().int().nonnegative(),
  /** Queued, being sent, or failed for a passing cause and about to be tried again. */
  inProgress: z.number().int().nonnegative(),
  /** Not delivered and not being tried again: the secretariat must act (see `reason`s). */
  failed: z.number().int().nonnegative(),
  /** Among those not delivered yet, people the bot has no chat with (app not installed). */
  notInstalled: z.number().int().nonnegative(),
  calendar: CalendarDeliverySchema,
  /** The committee channel's card (secretariat only; absent when the notice had none). */
  channel: ChannelDeliverySchema.optional(),
  /** Each person (secretariat only). */
  recipients: z.array(RecipientDeliverySchema).optional(),
  /** The signed-in person's own line, when the notice was for them. */
  mine: RecipientDeliverySchema.optional(),
  /** May the signed-in person ask for a retry of what failed (the secretariat, when any did)? */
  canRetry: z.boolean(),
});
export type NoticeDelivery = z.infer<typeof NoticeDeliverySchema>;

/** A meeting whose notice has not reached everyone yet (the secretariat's dashboard). */
export const NoticeDeliveryIssueSchema = z.object({
  meetingId: IdSchema,
  title: z.string(),
  start: InstantSchema,
  delivery: NoticeDeliverySchema,
});
export type NoticeDeliveryIssue = z.infer<typeof NoticeDeliveryIssueSchema>;

/**
 * The secretariat asks to send the notice again to those it has not reached: the people named
 * (and the channel, when `channel`), or, with neither, everyone not reached.
 */
export const RetryNoticeDeliveryRequestSchema = z
  .object({
    personIds: z.array(IdSchema).min(1).max(500).optional(),
    channel: z.boolean().optional(),
  })
  .strict();
export type RetryNoticeDeliveryRequest = z.input<typeof RetryNoticeDeliveryRequestSchema>;
