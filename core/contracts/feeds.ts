import { z } from 'zod';
import { InstantSchema } from '../model/common.js';

/**
 * DTOs of the personal calendar feeds (embedded mode, `/api/calendar-feed`). The feed's URL
 * carries a secret token: it is shown once, in the answer that makes it, and never again.
 */

/** Whether the signed-in person has a working feed link, and since when (never the URL). */
export const CalendarFeedStatusSchema = z.object({
  active: z.boolean(),
  createdAt: InstantSchema.optional(),
});
export type CalendarFeedStatus = z.infer<typeof CalendarFeedStatusSchema>;

/** A link just made: the URL to give a calendar app, shown this once. */
export const CalendarFeedLinkSchema = z.object({
  url: z.url(),
  createdAt: InstantSchema,
});
export type CalendarFeedLink = z.infer<typeof CalendarFeedLinkSchema>;

/** How many working links a revocation stopped (0 when there was none). */
export const CalendarFeedRevocationSchema = z.object({
  revoked: z.number().int().nonnegative(),
});
export type CalendarFeedRevocation = z.infer<typeof CalendarFeedRevocationSchema>;
