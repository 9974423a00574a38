import { z } from 'zod';
import { CollegeSchema, IdSchema, InstantSchema, TextSchema } from './common.js';
import { DoubleMajorityThresholdSchema } from '../policy.js';

/** The decision workflow's states (core/workflows/decision.ts; R5.7, R13.2). */
export const DecisionStatusSchema = z.enum([
  'under_discussion',
  'consensus', // adopted by consensus (R5.7, the rule)
  'consensus_exhausted', // the chair recorded that every effort failed (R5.7)
  'vote_open',
  'adopted', // vote closed, double majority reached (R13.2)
  'rejected', // vote closed, double majority not reached
  'withdrawn',
]);
export type DecisionStatus = z.infer<typeof DecisionStatusSchema>;

export const DecisionSchema = z.object({
  id: IdSchema,
  meetingId: IdSchema.optional(),
  text: TextSchema(4000, { multiline: true }),
  status: DecisionStatusSchema,
  createdAt: InstantSchema.optional(),
  consensusRecordedAt: InstantSchema.optional(),
  consensusExhaustedAt: InstantSchema.optional(),
  consensusExhaustedBy: IdSchema.optional(),
  voteId: IdSchema.optional(),
  /** What this decision is about, when it decides another record (R10, R13). */
  subject: z.object({ type: z.enum(['communication', 'revision']), id: IdSchema }).optional(),
});
export type Decision = z.infer<typeof DecisionSchema>;

export const ChoiceSchema = z.enum(['yes', 'no', 'abstain']);
export type Choice = z.infer<typeof ChoiceSchema>;

const CollegeTallySchema = z.object({
  seats: z.number().int().nonnegative(),
  yes: z.number().int().nonnegative(),
  no: z.number().int().nonnegative(),
  abstain: z.number().int().nonnegative(),
});

export const VoteResultSchema = z.object({
  administration: CollegeTallySchema,
  civilSociety: CollegeTallySchema,
  needed: z.object({
    administration: z.number().int().nonnegative(),
    civilSociety: z.number().int().nonnegative(),
  }),
  adopted: z.boolean(),
  threshold: DoubleMajorityThresholdSchema,
});
export type VoteResult = z.infer<typeof VoteResultSchema>;

/** A double-majority vote (R13.2) on a decision. */
export const VoteSchema = z.object({
  id: IdSchema,
  decisionId: IdSchema,
  motion: TextSchema(1000, { multiline: true }),
  openedAt: InstantSchema,
  openedBy: IdSchema,
  closesAt: InstantSchema,
  status: z.enum(['open', 'closed']),
  /** The policy in force when the vote opened, so the result is reproducible. */
  threshold: DoubleMajorityThresholdSchema,
  /**
   * The active seats when the vote opened (R13.2 counts seats, not those present): the
   * denominator of each college, frozen so the result is reproducible from the record.
   */
  seats: z.array(z.object({ seatId: IdSchema, college: CollegeSchema })),
  closedAt: InstantSchema.optional(),
  result: VoteResultSchema.optional(),
});
export type Vote = z.infer<typeof VoteSchema>;

/**
 * One ballot: one record per (vote, seat, voter role), unique key `voteId:seatId:role`, so a
 * repeated click rewrites the same record. The tally is recomputed from ballots (R13.2).
 */
export const BallotSchema = z.object({
  id: IdSchema,
  voteId: IdSchema,
  seatId: IdSchema,
  college: CollegeSchema,
  voterId: IdSchema,
  voter: z.enum(['titular', 'alternate']),
  choice: ChoiceSchema,
  castAt: InstantSchema,
});
export type Ballot = z.infer<typeof BallotSchema>;
