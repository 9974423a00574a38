import { z } from 'zod';
import { ScoringCriterionSchema } from '../policy.js';
import { DaySchema, IdSchema, InstantSchema, TextSchema } from './common.js';

/** R4.6: the eight steps of the civil-society selection, in order (defined with the rule). */
export { SelectionStepSchema } from '../rules/r4-6-selection-steps.js';
import { SelectionStepSchema } from '../rules/r4-6-selection-steps.js';

export const SelectionCallSchema = z.object({
  id: IdSchema,
  napId: IdSchema,
  title: TextSchema(200),
  /** Civil-society seats to fill. */
  seats: z.number().int().nonnegative(),
  /** R4.4: documents and fields every application must contain. */
  requiredItems: z.array(TextSchema(120)).default([]),
  steps: z
    .array(
      z.object({
        step: SelectionStepSchema,
        day: DaySchema,
        evidenceDocumentId: IdSchema.optional(),
      }),
    )
    .default([]),
  /** R4.2: scorers and observers of the selection committee. */
  scorerIds: z.array(IdSchema).default([]),
  observerIds: z.array(IdSchema).default([]),
  status: z.enum(['preparing', 'open', 'review', 'announced', 'closed']),
});
export type SelectionCall = z.infer<typeof SelectionCallSchema>;

export const ApplicationSchema = z.object({
  id: IdSchema,
  callId: IdSchema,
  organisationName: TextSchema(200),
  organisationId: IdSchema.optional(),
  region: TextSchema(80, { allowEmpty: true }),
  expertise: z.array(TextSchema(80)).default([]),
  providedItems: z.array(TextSchema(120, { allowEmpty: true })).default([]),
  documentIds: z.array(IdSchema).default([]),
  submittedAt: InstantSchema,
});
export type Application = z.infer<typeof ApplicationSchema>;

/** R4.3: one scorer's points on one criterion; unique per (application, scorer, criterion). */
export const ScoreSchema = z.object({
  id: IdSchema,
  applicationId: IdSchema,
  scorerId: IdSchema,
  criterion: ScoringCriterionSchema,
  points: z.number().int().nonnegative(),
  at: InstantSchema,
});
export type Score = z.infer<typeof ScoreSchema>;
