import { z } from 'zod';
import { DaySchema, IdSchema, TextSchema } from './common.js';

/** A commitment of a national action plan, owned by a public body (R3.3, R8). */
export const CommitmentSchema = z.object({
  id: IdSchema,
  title: TextSchema(300),
  organisationId: IdSchema,
  status: z.enum(['planned', 'in_progress', 'completed', 'at_risk']).default('planned'),
});
export type Commitment = z.infer<typeof CommitmentSchema>;

/** A national action plan (PAN). Its end date drives the revision window (R13.1). */
export const NationalActionPlanSchema = z.object({
  id: IdSchema,
  title: TextSchema(200),
  start: DaySchema,
  end: DaySchema,
  status: z.enum(['draft', 'current', 'closed']),
  adoptedOn: DaySchema.optional(),
  commitments: z.array(CommitmentSchema).default([]),
});
export type NationalActionPlan = z.infer<typeof NationalActionPlanSchema>;
