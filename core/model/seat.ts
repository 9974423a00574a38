import { z } from 'zod';
import {
  CollegeSchema,
  DaySchema,
  IdSchema,
  InstantSchema,
  OptionalTextSchema,
  TextSchema,
} from './common.js';

/** R12.1: why a civil-society membership ends (defined with the rule). */
export { CessationCauseSchema, type CessationCause } from '../rules/r12-2-cessation-proposals.js';
import { CessationCauseSchema } from '../rules/r12-2-cessation-proposals.js';
/** The seat lifecycle (defined with R3.2, which decides between `pending` and `active`). */
export { SeatStatusSchema, type SeatStatus } from '../rules/r3-2-parity.js';
import { SeatStatusSchema } from '../rules/r3-2-parity.js';

export const CessationSchema = z.object({
  cause: CessationCauseSchema,
  /** R12.2: the secretariat proposes (or the system detects) and then confirms. */
  proposedAt: InstantSchema,
  proposedBy: IdSchema,
  confirmedAt: InstantSchema.optional(),
  confirmedBy: IdSchema.optional(),
  /** The day the membership ends. */
  effectiveOn: DaySchema.optional(),
  /** R12.1 cause 2: the organisation's official letter, as a stored document. */
  letterDocumentId: IdSchema.optional(),
  note: OptionalTextSchema(1000, { multiline: true }),
});
export type Cessation = z.infer<typeof CessationSchema>;

/**
 * One mandate of one organisation on the committee (R3.1): a titular and an alternate person.
 * A renewal is a new seat record, so the seat history is the mandate history (R4.7).
 * `draft` seats are prepared but not counted; `active` seats count for parity (R3.2), notices
 * and votes; `pending` seats were added while they would have broken parity (R3.2) and wait,
 * uncounted and uninvited, for the seat that restores it; `withdrawn` seats were pending and
 * set aside by the secretariat (never served); `ceased` seats ended (R12).
 */
export const SeatSchema = z.object({
  id: IdSchema,
  college: CollegeSchema,
  organisationId: IdSchema,
  titularId: IdSchema.optional(),
  alternateId: IdSchema.optional(),
  mandateStart: DaySchema,
  mandateEnd: DaySchema,
  status: SeatStatusSchema,
  /** R4.1: the designation letter of an administration seat, as a stored document. */
  designationLetterId: IdSchema.optional(),
  /** The action plan this mandate belongs to (renewed with each NAP, R4.7). */
  napId: IdSchema.optional(),
  cessation: CessationSchema.optional(),
  /** R3.2: when the seat was saved pending (the oldest pending seat is activated first). */
  pendingSince: InstantSchema.optional(),
  /** When the secretariat withdrew the seat while it was pending. */
  withdrawnAt: InstantSchema.optional(),
  note: TextSchema(500, { multiline: true }).optional(),
});
export type Seat = z.infer<typeof SeatSchema>;
