import { z } from 'zod';
import { DaySchema, IdSchema, InstantSchema, TextSchema } from './common.js';

/** R10.1: a communication in the committee's name, validated before it goes out. */
export const CommunicationStatusSchema = z.enum([
  'submitted', // objection window running
  'objected', // at least one objection: goes to a vote
  'vote_open',
  'validated', // no objection in the window, or adopted by vote
  'rejected',
  'published',
  'withdrawn',
]);
export const CommunicationRequestSchema = z.object({
  id: IdSchema,
  requesterId: IdSchema,
  text: TextSchema(8000, { multiline: true }),
  visualDocumentId: IdSchema.optional(),
  /** R10.2: the national portal is the official channel. */
  channel: z.enum(['portal', 'ministry_social', 'member_social', 'press', 'other']),
  plannedDay: DaySchema,
  submittedAt: InstantSchema,
  status: CommunicationStatusSchema,
  objections: z
    .array(
      z.object({
        personId: IdSchema,
        at: InstantSchema,
        reason: TextSchema(1000, { multiline: true }),
      }),
    )
    .default([]),
  decisionId: IdSchema.optional(),
  validatedAt: InstantSchema.optional(),
});
export type CommunicationRequest = z.infer<typeof CommunicationRequestSchema>;
