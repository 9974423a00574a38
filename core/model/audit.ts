import { z } from 'zod';
import { IdSchema, InstantSchema } from './common.js';

const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * One entry of the append-only audit log (RULES.md "Audit"): who, when, what, before → after.
 * Entries are hash-chained: `hash` = SHA-256 over the canonical entry including `previousHash`,
 * so an edit or a deletion breaks the chain at the first altered entry.
 *
 * An entry about a stored record names its `collection` and carries `stateHash`, the SHA-256
 * of the record's canonical state after the change: `audit:verify` compares every current
 * record with the latest entry about it, so a record changed behind the app's back is found
 * even when the chain itself is intact.
 */
export const AuditEntrySchema = z.object({
  /** Position in the chain, from 1; unique (the append's concurrency guard). */
  seq: z.number().int().positive(),
  at: InstantSchema,
  actorId: IdSchema,
  /** The use case, past tense: `SeatAdded`, `CessationConfirmed`… */
  action: z.string().min(1).max(80),
  subject: z.object({ type: z.string().min(1).max(40), id: IdSchema }),
  /** The collection the record lives in (`seats`, `ballots`…), for entries about a record. */
  collection: z.string().min(1).max(40).optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  /** SHA-256 of the canonical JSON of `after`, the record's state once the change was saved. */
  stateHash: Sha256HexSchema.optional(),
  /**
   * Set when the entry was appended by the reconciler: the record was saved but the first
   * append failed. `at` stays the time of the change; `recoveredAt` says when it was repaired.
   */
  recoveredAt: InstantSchema.optional(),
  previousHash: Sha256HexSchema,
  hash: Sha256HexSchema,
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/**
 * A change about to be saved, written before the record (a write-ahead note). When the save
 * succeeds and its audit entry is appended, the intent is removed. If the process stops or the
 * append fails in between, the reconciler finds the intent: if the record holds exactly the
 * intended state, it appends the missing entry (marked recovered); otherwise the save did not
 * happen and the intent is dropped. A record changed without an intent is never "repaired":
 * `audit:verify` reports it.
 */
export const AuditIntentSchema = z.object({
  id: IdSchema,
  /** The collection of the record; `subject.id` is its id. */
  collection: z.string().min(1).max(40),
  at: InstantSchema,
  actorId: IdSchema,
  action: z.string().min(1).max(80),
  subject: z.object({ type: z.string().min(1).max(40), id: IdSchema }),
  before: z.unknown().optional(),
  /** The record exactly as it is being saved (already parsed by its collection's schema). */
  after: z.unknown(),
  /** Set by the reconciler instance handling the intent (a conditional write). */
  claimedAt: InstantSchema.optional(),
});
export type AuditIntent = z.infer<typeof AuditIntentSchema>;
