import { z } from 'zod';
import { IdSchema, InstantSchema } from './common.js';

/**
 * One entry of the append-only audit log (RULES.md "Audit"): who, when, what, before → after.
 * Entries are hash-chained: `hash` = SHA-256 over the canonical entry including `previousHash`,
 * so an edit or a deletion breaks the chain at the first altered entry.
 */
export const AuditEntrySchema = z.object({
  /** Position in the chain, from 1; unique (the append's concurrency guard). */
  seq: z.number().int().positive(),
  at: InstantSchema,
  actorId: IdSchema,
  /** The use case, past tense: `SeatAdded`, `CessationConfirmed`… */
  action: z.string().min(1).max(80),
  subject: z.object({ type: z.string().min(1).max(40), id: IdSchema }),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  previousHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
