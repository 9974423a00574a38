import { z } from 'zod';
import { IdSchema, InstantSchema } from '../model/common.js';

/**
 * A bot conversation reference (serviceUrl, conversation id, tenant…), stored when the app is
 * installed so that notices and votes can be sent proactively (PLATFORM_NOTES §7).
 * `reference` is the Bot Framework object as received; the bot edge validates its shape.
 */
export const ConversationRecordSchema = z.object({
  id: IdSchema,
  conversationId: z.string().min(1).max(512),
  kind: z.enum(['personal', 'channel', 'groupChat']),
  /** For a personal chat: the member it reaches. */
  aadObjectId: z.string().max(64).optional(),
  personId: IdSchema.optional(),
  reference: z.record(z.string(), z.unknown()),
  updatedAt: InstantSchema,
});
export type ConversationRecord = z.infer<typeof ConversationRecordSchema>;
