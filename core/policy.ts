import { z } from 'zod';

/**
 * Every setting of the manual's rules, in one place (RULES.md). Numbers written in the manual
 * are defaults here; interpretations marked *(policy)* in RULES.md are choices the committee
 * may change. No rule module carries its own literal: it reads this object.
 */
export const ScoringCriterionSchema = z.enum([
  'experience_open_government',
  'experience_mobilisation',
  'experience_ict',
  'plan_implementation',
  'plan_evaluation',
  'plan_cocreation',
]);
export type Criterion = z.infer<typeof ScoringCriterionSchema>;

export const DoubleMajorityThresholdSchema = z.enum(['at-least-half', 'more-than-half']);
export type DoubleMajorityThreshold = z.infer<typeof DoubleMajorityThresholdSchema>;

const count = z.number().int().nonnegative();
const positive = z.number().int().positive();

export const PolicySchema = z.object({
  /**
   * Every date rule is computed on the local calendar of Morocco (RULES.md, preamble). Not a
   * choice: core/time.ts carries this one zone's data (never the runtime's), so no other zone
   * is accepted.
   */
  timeZone: z.literal('Africa/Casablanca').default('Africa/Casablanca'),
  /** Graph's Windows name for the same zone, used on Outlook events. */
  windowsTimeZone: z.string().default('Morocco Standard Time'),

  /** R3.2: the least number of active seats per college for a current composition. */
  minSeatsPerCollege: positive.default(1),

  /** R4.3: the scoring grid (100 points) and its maxima per criterion. */
  scoringGrid: z.record(ScoringCriterionSchema, positive).default({
    experience_open_government: 20,
    experience_mobilisation: 15,
    experience_ict: 5,
    plan_implementation: 20,
    plan_evaluation: 20,
    plan_cocreation: 20,
  }),
  /** R4.3 (policy): how several scorers' points on one criterion are combined. */
  scoreAggregation: z.enum(['mean']).default('mean'),
  /** R4.5: candidates closer than this at the selection boundary are flagged. */
  tieBreakGap: z.number().positive().default(10),

  /** R4.7: length of a mandate, in years. */
  mandateYears: positive.default(2),
  /** R4.7: most consecutive mandates a civil-society person or organisation may hold. */
  maxConsecutiveMandates: positive.default(2),
  /** R4.7 (interpretation): a mandate starting less than this many days after the previous one ended is consecutive. */
  consecutiveMandateGapDays: positive.default(365),

  /** R5.1: a semester without a meeting is flagged again when fewer days than this remain. */
  semesterWarningDays: positive.default(30),
  /** R5.2: least calendar days between the notice and the meeting. */
  noticeMinDays: positive.default(10),
  /** R5.3: calendar days after the notice during which members may propose. */
  proposalWindowDays: positive.default(3),
  /** R5.5: business days after the meeting to share the minutes. */
  minutesShareBusinessDays: positive.default(3),
  /** R5.5: business days after sharing for members to amend the minutes. */
  amendmentBusinessDays: positive.default(2),

  /** R10.1 (policy): business days without objection that validate a communication. */
  communicationObjectionBusinessDays: positive.default(2),
  /** R10.2: the official hashtag. */
  hashtag: z.string().default('#OpenGovMorocco'),

  /** R12.1: unjustified absences that end a civil-society membership. */
  absenceCessationThreshold: positive.default(3),
  /** R12.1 (interpretation): the window is the current and the previous calendar years. */
  absenceWindowCalendarYears: positive.default(2),

  /** R13.1: share of the active seats whose support a revision request needs (ceil). */
  revisionSupportShare: z
    .object({ numerator: positive, denominator: positive })
    .default({ numerator: 1, denominator: 3 }),
  /** R13.1: requests are filed in the last months of the plan's final year (a quarter). */
  revisionWindowMonths: positive.default(3),
  /** R13.2 (policy): "at least half" as written, or "more than half". */
  doubleMajorityThreshold: DoubleMajorityThresholdSchema.default('at-least-half'),

  /**
   * Notifications (not the manual): a claimed outbox entry is the claiming instance's for this
   * many minutes; past it, an instance that stopped mid-send has lost it and the next tick
   * reclaims it (a conditional write on the version: one instance wins).
   */
  outboxLeaseMinutes: positive.default(5),
  /** Notifications: automatic attempts after a passing failure (429, 5xx) before giving up. */
  outboxMaxAttempts: positive.default(8),

  /** Max number of people shown on a per-user refreshed card (Teams limit, not the manual). */
  cardRefreshUserLimit: count.default(60),
});

export type Policy = z.infer<typeof PolicySchema>;

/** The manual's settings as adopted on 28/06/2022, with RULES.md's default interpretations. */
export const DEFAULT_POLICY: Policy = Object.freeze(PolicySchema.parse({})) as Policy;
