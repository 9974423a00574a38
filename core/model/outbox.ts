import { z } from 'zod';
import { NotificationSchema, RecipientSchema } from '../ports/notifier.js';
import { IdSchema, InstantSchema } from './common.js';

/**
 * A notification to deliver, recorded before it is sent: a notice or reminder is acknowledged
 * once its outbox entry exists, and the unique `key` makes every reminder go out once, however
 * many server instances tick and however often they restart.
 */
export const OutboxStatusSchema = z.enum([
  'pending', // recorded, not yet claimed
  'sending', // claimed by one instance (conditional write on the version)
  'sent',
  'undeliverable', // no conversation with that person or channel: shown to the secretariat
  'failed', // the last attempt failed; retried by the next tick
]);
export const OutboxEntrySchema = z.object({
  id: IdSchema,
  /** e.g. `notice:<meetingId>:<noticeSentAt>:<personId>`, `reminder:minutes-late:<meetingId>`. */
  key: z.string().min(1).max(250),
  recipient: RecipientSchema,
  notification: NotificationSchema,
  status: OutboxStatusSchema,
  attempts: z.number().int().nonnegative(),
  createdAt: InstantSchema,
  claimedAt: InstantSchema.optional(),
  sentAt: InstantSchema.optional(),
  lastError: z.string().max(500).optional(),
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
