import { z } from 'zod';
import { MoroccoTimeInputSchema } from '../time.js';
import { DaySchema, IdSchema, InstantSchema, TextSchema } from '../model/common.js';
import { ChoiceSchema, DecisionStatusSchema } from '../model/decision.js';
import { CommunicationStatusSchema } from '../model/communication.js';
import { RevisionStatusSchema } from '../model/revision.js';
import { DoubleMajorityThresholdSchema } from '../policy.js';
import { permissionFields } from './permissions.js';
import { PersonViewSchema, VerdictSchema } from './register.js';

/** DTOs of decisions, double-majority votes (R5.7, R13.2), communications (R10), revisions (R13). */

const Version = z.string().min(1);

const CollegeTallySchema = z.object({
  seats: z.number().int().nonnegative(),
  yes: z.number().int().nonnegative(),
  no: z.number().int().nonnegative(),
  abstain: z.number().int().nonnegative(),
  /** Seats whose ballot counts (titular's, else alternate's). */
  voted: z.number().int().nonnegative(),
  /** This college's majority reached: yes ≥ needed (R13.2). */
  reached: z.boolean(),
});

export const TallySchema = z.object({
  administration: CollegeTallySchema,
  civilSociety: CollegeTallySchema,
  needed: z.object({ administration: z.number().int(), civilSociety: z.number().int() }),
  /** Whether the ballots so far reach the double majority (R13.2, policy shown). */
  adopted: z.boolean(),
  threshold: DoubleMajorityThresholdSchema,
});
export type Tally = z.infer<typeof TallySchema>;

/** What a person may do with a vote (R13.2): cast or change a ballot; close it (the chair). */
export const VOTE_ACTIONS = ['vote', 'close'] as const;

export const VoteViewSchema = z.object({
  /** The server's clock when this view was made (countdowns run on it). */
  asOf: InstantSchema,
  id: IdSchema,
  version: z.string(),
  decisionId: IdSchema,
  motion: z.string(),
  openedAt: InstantSchema,
  openedBy: PersonViewSchema,
  closesAt: InstantSchema,
  status: z.enum(['open', 'closed']),
  /** R13.2: ballots are received now (open, before its closing time), whoever looks. */
  ballotsOpen: z.boolean(),
  threshold: DoubleMajorityThresholdSchema,
  /** The viewer's right to vote: a violation (R6, R5.4, R12) says why not. */
  eligibility: z.object({ canVote: z.boolean(), violation: VerdictSchema.optional() }),
  /** The viewer's own ballot, and whether it is the one counted for their seat. */
  myBallot: z
    .object({
      choice: ChoiceSchema,
      castAt: InstantSchema,
      voter: z.enum(['titular', 'alternate']),
      counted: z.boolean(),
    })
    .optional(),
  /** Which ballot of the viewer's seat counts (the titular's when both voted). */
  seatCountedVoter: z.enum(['titular', 'alternate']).optional(),
  /** Live tally: the chair and the secretariat while open; everyone once closed. */
  tally: TallySchema.optional(),
  /** The stored result once closed, with each college's `voted` and `reached` (R13.2). */
  result: TallySchema.optional(),
  closedAt: InstantSchema.optional(),
  ...permissionFields(VOTE_ACTIONS),
});
export type VoteView = z.infer<typeof VoteViewSchema>;

/** The steps of a decision (R5.7): consensus, consensus exhausted, a vote, a withdrawal. */
export const DECISION_ACTIONS = [
  'recordConsensus',
  'recordExhausted',
  'openVote',
  'withdraw',
] as const;

export const DecisionViewSchema = z.object({
  asOf: InstantSchema,
  id: IdSchema,
  version: z.string(),
  meetingId: IdSchema.optional(),
  text: z.string(),
  createdAt: InstantSchema.optional(),
  status: DecisionStatusSchema,
  consensusRecordedAt: InstantSchema.optional(),
  consensusExhaustedAt: InstantSchema.optional(),
  consensusExhaustedBy: PersonViewSchema.optional(),
  subject: z.object({ type: z.enum(['communication', 'revision']), id: IdSchema }).optional(),
  vote: VoteViewSchema.optional(),
  ...permissionFields(DECISION_ACTIONS),
});
export type DecisionView = z.infer<typeof DecisionViewSchema>;

export const CreateDecisionRequestSchema = z
  .object({ meetingId: IdSchema.optional(), text: TextSchema(4000, { multiline: true }) })
  .strict();
export const DecisionStepRequestSchema = z.object({ version: Version }).strict();
export const OpenVoteRequestSchema = z
  .object({
    version: Version,
    motion: TextSchema(1000, { multiline: true }),
    /** Morocco wall clock `YYYY-MM-DDTHH:mm`, no offset (core/time.ts converts it). */
    closesAt: MoroccoTimeInputSchema,
  })
  .strict();
export const CastBallotRequestSchema = z.object({ choice: ChoiceSchema }).strict();
export type CastBallotRequest = z.infer<typeof CastBallotRequestSchema>;
export const CloseVoteRequestSchema = z.object({ version: Version }).strict();

/** What a person may do with a communication (R10.1): object, put it to a vote, publish it. */
export const COMMUNICATION_ACTIONS = ['object', 'openVote', 'publish'] as const;

export const CommunicationViewSchema = z.object({
  id: IdSchema,
  version: z.string(),
  requester: PersonViewSchema,
  text: z.string(),
  visualDocumentId: IdSchema.optional(),
  channel: z.enum(['portal', 'ministry_social', 'member_social', 'press', 'other']),
  plannedDay: DaySchema,
  submittedAt: InstantSchema,
  status: CommunicationStatusSchema,
  /** R10.1: the last day members may object (policy: business days). */
  objectionDeadline: DaySchema,
  /** R10.1: whether members may still object today (waiting for validation, window open). */
  objectionOpen: z.boolean(),
  objections: z.array(
    z.object({ person: PersonViewSchema, at: InstantSchema, reason: z.string() }),
  ),
  decisionId: IdSchema.optional(),
  /** R10.2: the committee's hashtag, to include in digital communications. */
  hashtag: z.string(),
  ...permissionFields(COMMUNICATION_ACTIONS),
});
export type CommunicationView = z.infer<typeof CommunicationViewSchema>;

export const SubmitCommunicationRequestSchema = z
  .object({
    text: TextSchema(8000, { multiline: true }),
    visualDocumentId: IdSchema.optional(),
    channel: z.enum(['portal', 'ministry_social', 'member_social', 'press', 'other']),
    plannedDay: DaySchema,
  })
  .strict();
export const ObjectRequestSchema = z
  .object({ reason: TextSchema(1000, { multiline: true }) })
  .strict();
export const SubjectVoteRequestSchema = z
  .object({
    version: Version,
    /** Morocco wall clock `YYYY-MM-DDTHH:mm`, no offset (core/time.ts converts it). */
    closesAt: MoroccoTimeInputSchema,
    motion: TextSchema(1000, { multiline: true }).optional(),
  })
  .strict();

/** R10.1: the secretariat marks a validated communication published (the version read). */
export const PublishCommunicationRequestSchema = z.object({ version: Version }).strict();
/** What a person may do with a revision request (R13): support, file it, put it to a vote. */
export const REVISION_ACTIONS = ['support', 'file', 'openVote'] as const;

export const RevisionViewSchema = z.object({
  id: IdSchema,
  version: z.string(),
  author: PersonViewSchema,
  text: z.string(),
  createdAt: InstantSchema,
  status: RevisionStatusSchema,
  filedOn: DaySchema.optional(),
  supporters: z.array(PersonViewSchema),
  /** R13.1: supporting seats counted and the number needed (ceil of a third of active seats). */
  support: z.object({ seats: z.number().int(), needed: z.number().int() }),
  /** R13.1: the filing window (last quarter of the plan's final year). */
  window: z.object({ start: DaySchema, end: DaySchema }),
  meetingId: IdSchema.optional(),
  decisionId: IdSchema.optional(),
  ...permissionFields(REVISION_ACTIONS),
});
export type RevisionView = z.infer<typeof RevisionViewSchema>;

export const CreateRevisionRequestSchema = z
  .object({ text: TextSchema(8000, { multiline: true }) })
  .strict();
/** R13.1: the author (or the chair) files a supported revision request (the version read). */
export const FileRevisionRequestSchema = z.object({ version: Version }).strict();

/** The settings of the manual in force (RULES.md *(policy)*), for the UI to show them. */
export const PolicyViewSchema = z.object({
  noticeMinDays: z.number().int(),
  proposalWindowDays: z.number().int(),
  minutesShareBusinessDays: z.number().int(),
  amendmentBusinessDays: z.number().int(),
  communicationObjectionBusinessDays: z.number().int(),
  doubleMajorityThreshold: DoubleMajorityThresholdSchema,
  hashtag: z.string(),
  timeZone: z.string(),
});
export type PolicyView = z.infer<typeof PolicyViewSchema>;
