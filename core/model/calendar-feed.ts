import { z } from 'zod';
import { IdSchema, InstantSchema } from './common.js';

/**
 * Why a feed key stopped working: its holder, the secretariat, a new key, a cessation (R12), or
 * its holder's replacement on their seat.
 */
export const FeedRevocationSchema = z.enum([
  'holder',
  'secretariat',
  'rotated',
  'cessation',
  'replaced',
]);
export type FeedRevocation = z.infer<typeof FeedRevocationSchema>;

/**
 * A person's calendar feed key. Calendar apps cannot send a bearer token, so the feed URL
 * carries a random token; only its SHA-256 hash is stored (hex), so a copy of the store does
 * not give anyone a working feed URL. The token is shown once, when the key is made.
 */
export const CalendarFeedKeySchema = z.object({
  id: IdSchema,
  personId: IdSchema,
  /** SHA-256 of the token, lowercase hex. */
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  status: z.enum(['active', 'revoked']),
  createdAt: InstantSchema,
  createdBy: IdSchema,
  revokedAt: InstantSchema.optional(),
  revokedBy: IdSchema.optional(),
  revocation: FeedRevocationSchema.optional(),
});
export type CalendarFeedKey = z.infer<typeof CalendarFeedKeySchema>;
