import { z } from 'zod';
import { DaySchema, IdSchema, InstantSchema, TextSchema } from './common.js';

/** R13: a request to revise the manual. */
export const RevisionStatusSchema = z.enum([
  'collecting_support',
  'filed', // R13.1 checked: enough support, in the window
  'scheduled', // R13.3 on the next meeting's agenda
  'vote_open',
  'adopted',
  'rejected',
  'withdrawn',
]);
export const RevisionRequestSchema = z.object({
  id: IdSchema,
  napId: IdSchema,
  authorId: IdSchema,
  text: TextSchema(8000, { multiline: true }),
  createdAt: InstantSchema,
  filedOn: DaySchema.optional(),
  /** People (seat holders) who support the request, one per seat counted (R13.1). */
  supporterIds: z.array(IdSchema).default([]),
  status: RevisionStatusSchema,
  meetingId: IdSchema.optional(),
  decisionId: IdSchema.optional(),
});
export type RevisionRequest = z.infer<typeof RevisionRequestSchema>;
