import { z } from 'zod';
import { DeliveryFailureSchema, NotificationSchema, RecipientSchema } from '../ports/notifier.js';
import { IdSchema, InstantSchema } from './common.js';

/**
 * A notification to deliver, recorded before it is sent: a notice or reminder is acknowledged
 * once its outbox entry exists, and the unique `key` makes every reminder go out once, however
 * many server instances tick and however often they restart.
 */
export const OutboxStatusSchema = z.enum([
  'pending', // recorded, not yet claimed (queued)
  'sending', // claimed by one instance (conditional write on the version), until its lease ends
  'sent', // delivered
  'undeliverable', // a failure retrying will not fix by itself (see `reason`): shown to the secretariat
  'failed', // the last attempt failed for a passing cause; retried by the next tick
]);
export type OutboxStatus = z.infer<typeof OutboxStatusSchema>;

export const OutboxEntrySchema = z.object({
  id: IdSchema,
  /** e.g. `notice:<meetingId>:<noticeSentAt>:<personId>`, `reminder:minutes-late:<meetingId>`. */
  key: z.string().min(1).max(250),
  recipient: RecipientSchema,
  notification: NotificationSchema,
  /** The meeting the notification is about (indexed: a meeting's delivery is read by it). */
  meetingId: IdSchema.optional(),
  status: OutboxStatusSchema,
  /** Every attempt so far, manual retries included. */
  attempts: z.number().int().nonnegative(),
  /** `attempts` when the secretariat last asked for a retry: the automatic bound counts from it. */
  attemptsAtRetry: z.number().int().nonnegative().optional(),
  createdAt: InstantSchema,
  /** When the instance sending it claimed it: the claim holds for a lease, then lapses. */
  claimedAt: InstantSchema.optional(),
  lastAttemptAt: InstantSchema.optional(),
  sentAt: InstantSchema.optional(),
  /** Why the last attempt failed (kept while a retry is queued, cleared once delivered). */
  reason: DeliveryFailureSchema.optional(),
  /** The technical message of the last failure, for the logs and support. */
  lastError: z.string().max(500).optional(),
  /** Who last asked for a retry, and when (the act itself is in the audit log). */
  retriedAt: InstantSchema.optional(),
  retriedBy: IdSchema.optional(),
});
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;

/** Small named values the app keeps (e.g. the Outlook delta cursor). */
export const SettingSchema = z.object({
  id: IdSchema,
  key: z.string().min(1).max(120),
  value: z.unknown(),
  updatedAt: InstantSchema,
});
export type Setting = z.infer<typeof SettingSchema>;
