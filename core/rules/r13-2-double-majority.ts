import { z } from 'zod';
import type { Localized } from '../i18n/localized.js';
import type { DoubleMajorityThreshold, Policy } from '../policy.js';
import { DEFAULT_POLICY, DoubleMajorityThresholdSchema } from '../policy.js';
import { InstantSchema, compareInstants, formatInstantLong } from '../time.js';
import type { Verdict } from '../verdict.js';
import { OK, violation } from '../verdict.js';
import { CollegeSchema } from './r3-1-seat-composition.js';
import type { College } from './r3-1-seat-composition.js';

const count = z.number().int().nonnegative();

const CollegeTallySchema = z
  .object({ seats: count, yes: count })
  .refine((college) => college.yes <= college.seats, {
    message: 'R13.2: a college cannot cast more yes votes than it has active seats.',
    path: ['yes'],
  });

export const DoubleMajorityTallySchema = z.object({
  administration: CollegeTallySchema,
  civilSociety: CollegeTallySchema,
});
export type DoubleMajorityTally = z.infer<typeof DoubleMajorityTallySchema>;

export interface DoubleMajorityOutcome {
  adopted: boolean;
  /** The yes votes each college needs. */
  needed: { administration: number; civilSociety: number };
}

/**
 * R13.2: the yes votes a college of `seats` active seats needs. "La moitié des membres", read
 * as written (`'at-least-half'`: ceil(seats / 2)) or strictly (`'more-than-half'`:
 * floor(seats / 2) + 1).
 */
export function votesNeeded(seats: number, threshold: DoubleMajorityThreshold): number {
  const n = count.parse(seats);
  switch (DoubleMajorityThresholdSchema.parse(threshold)) {
    case 'at-least-half':
      return Math.ceil(n / 2);
    case 'more-than-half':
      return Math.floor(n / 2) + 1;
  }
}

/**
 * R13.2: whether one college's yes votes reach what it needs. A college with no active seat
 * cannot give a majority. The one place this is decided: the tally, the stored result's view
 * and the outcome all read it.
 */
export function majorityReached(college: { seats: number; yes: number }, needed: number): boolean {
  return college.seats > 0 && college.yes >= needed;
}

/**
 * R13.2 double majority: adopted when the yes votes reach the threshold in the administration
 * college **and** in the civil-society college, counted on the active seats (not on the members
 * present). A college with no active seat cannot give a majority, so nothing is adopted then.
 *
 * The second parameter is `{ threshold }` (default `DEFAULT_POLICY.doubleMajorityThreshold`);
 * a `Policy` is also read (its `doubleMajorityThreshold`). Throws a zod error when a count is
 * negative or not an integer, or when `yes` exceeds `seats`.
 */
export function doubleMajority(
  tally: z.input<typeof DoubleMajorityTallySchema>,
  policy: { threshold: DoubleMajorityThreshold } | Pick<Policy, 'doubleMajorityThreshold'> = {
    threshold: DEFAULT_POLICY.doubleMajorityThreshold,
  },
): DoubleMajorityOutcome {
  // R13.2 (policy): a whole Policy must not silently fall back to the default threshold.
  const threshold = 'threshold' in policy ? policy.threshold : policy.doubleMajorityThreshold;
  const { administration, civilSociety } = DoubleMajorityTallySchema.parse(tally);
  const needed = {
    administration: votesNeeded(administration.seats, threshold),
    civilSociety: votesNeeded(civilSociety.seats, threshold),
  };
  return {
    adopted:
      majorityReached(administration, needed.administration) &&
      majorityReached(civilSociety, needed.civilSociety),
    needed,
  };
}

export const BallotInputSchema = z.object({
  seatId: z.string().min(1),
  college: CollegeSchema,
  voter: z.enum(['titular', 'alternate']),
  choice: z.enum(['yes', 'no', 'abstain']),
  castAt: InstantSchema,
});
export type BallotInput = z.infer<typeof BallotInputSchema>;

export const ActiveSeatSchema = z.object({ seatId: z.string().min(1), college: CollegeSchema });
export type ActiveSeat = z.infer<typeof ActiveSeatSchema>;

/** Why a ballot does not count. */
export type IgnoredBallotReason =
  /** The seat is not active (ceased, unknown): R13.2 counts active seats only. */
  | 'not-an-active-seat'
  /** The ballot names another college than its seat's: it cannot be attributed safely. */
  | 'college-mismatch'
  /** The same member voted again later: their latest ballot counts. */
  | 'superseded'
  /** R13.2: the alternate votes only when the titular does not. */
  | 'titular-voted';

/** Each reason in words, for the vote's audit view. */
export const IGNORED_BALLOT_LABELS: Readonly<Record<IgnoredBallotReason, Localized>> =
  Object.freeze({
    'not-an-active-seat': {
      fr: 'Règle R13.2 : ce bulletin ne vient pas d’un siège actif du comité.',
      ar: 'القاعدة R13.2: هذه الورقة لا تصدر عن مقعد نشط في اللجنة.',
      en: 'Rule R13.2: this ballot does not come from an active committee seat.',
    },
    'college-mismatch': {
      fr: 'Règle R13.2 : ce bulletin indique un autre collège que celui de son siège.',
      ar: 'القاعدة R13.2: تشير هذه الورقة إلى هيئة غير هيئة مقعدها.',
      en: 'Rule R13.2: this ballot names another college than its seat’s.',
    },
    superseded: {
      fr: 'Règle R13.2 : le même membre a voté de nouveau ; seul son dernier bulletin compte.',
      ar: 'القاعدة R13.2: صوّت العضو نفسه مرة أخرى؛ ولا تُحتسب إلا ورقته الأخيرة.',
      en: 'Rule R13.2: the same member voted again; only their latest ballot counts.',
    },
    'titular-voted': {
      fr: 'Règle R13.2 : une voix par siège ; le suppléant ne vote que si le titulaire ne vote pas, et le titulaire a voté.',
      ar: 'القاعدة R13.2: صوت واحد لكل مقعد؛ لا يصوت العضو المناوب إلا إذا لم يصوت العضو الرسمي، وقد صوّت العضو الرسمي.',
      en: 'Rule R13.2: one vote per seat; the alternate votes only when the titular does not, and the titular voted.',
    },
  });

export interface CollegeCount {
  /** Active seats of the college: the base of the majority, not the ballots cast. */
  seats: number;
  yes: number;
  no: number;
  abstain: number;
}

export interface BallotCount {
  /** One ballot per seat that voted, in the order of `activeSeats`. */
  counted: BallotInput[];
  /** Every other ballot with its reason, in input order. */
  ignored: { ballot: BallotInput; reason: IgnoredBallotReason }[];
  tally: { administration: CollegeCount; civilSociety: CollegeCount };
  outcome: DoubleMajorityOutcome;
}

/** The latest of two ballots; on equal times the one given later wins (a re-vote). */
function latest(a: BallotInput, b: BallotInput): BallotInput {
  return compareInstants(b.castAt, a.castAt) >= 0 ? b : a;
}

/**
 * R13.2: counts a vote from its ballots, one per seat: the titular's ballot if there is one,
 * else the alternate's. A pure recomputation from the ballots (never an incremented counter),
 * so the outcome can be reproduced from the audit log at any time.
 *
 * - A ballot for a seat not in `activeSeats` is ignored and reported.
 * - A ballot whose college differs from its seat's is ignored and reported.
 * - When a member voted several times, their latest ballot (`castAt`) counts.
 * - The tally's `seats` are the active seats of each college: abstentions and missing votes
 *   weigh like "no", since the majority is of members, not of votes cast.
 *
 * Throws a zod error on a malformed ballot or a seat listed twice in `activeSeats`.
 */
export function countBallots(
  ballots: readonly z.input<typeof BallotInputSchema>[],
  activeSeats: readonly z.input<typeof ActiveSeatSchema>[],
  policy: Pick<Policy, 'doubleMajorityThreshold'> = DEFAULT_POLICY,
): BallotCount {
  const parsedBallots = z.array(BallotInputSchema).parse(ballots);
  const seats = z
    .array(ActiveSeatSchema)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((seat, index) => {
        if (seen.has(seat.seatId)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'seatId'],
            message: `R13.2: seat "${seat.seatId}" is listed twice among the active seats.`,
          });
        }
        seen.add(seat.seatId);
      });
    })
    .parse(activeSeats);
  const collegeOf = new Map(seats.map((seat) => [seat.seatId, seat.college] as const));

  const ignored: BallotCount['ignored'] = [];
  // The latest ballot of each member (seat × titular/alternate).
  const byMember = new Map<string, BallotInput>();
  for (const ballot of parsedBallots) {
    const college = collegeOf.get(ballot.seatId);
    if (college === undefined) {
      ignored.push({ ballot, reason: 'not-an-active-seat' });
      continue;
    }
    if (college !== ballot.college) {
      ignored.push({ ballot, reason: 'college-mismatch' });
      continue;
    }
    const key = `${ballot.seatId}\u0000${ballot.voter}`;
    const previous = byMember.get(key);
    if (previous === undefined) {
      byMember.set(key, ballot);
      continue;
    }
    const kept = latest(previous, ballot);
    byMember.set(key, kept);
    ignored.push({ ballot: kept === ballot ? previous : ballot, reason: 'superseded' });
  }

  const counted: BallotInput[] = [];
  for (const seat of seats) {
    const titular = byMember.get(`${seat.seatId}\u0000titular`);
    const alternate = byMember.get(`${seat.seatId}\u0000alternate`);
    if (titular !== undefined) {
      counted.push(titular);
      if (alternate !== undefined) ignored.push({ ballot: alternate, reason: 'titular-voted' });
    } else if (alternate !== undefined) {
      counted.push(alternate);
    }
  }
  // Reported in the order the ballots were given, whatever the step that set them aside.
  ignored.sort((a, b) => parsedBallots.indexOf(a.ballot) - parsedBallots.indexOf(b.ballot));

  const collegeCount = (college: College): CollegeCount => {
    const own = counted.filter((ballot) => ballot.college === college);
    return {
      seats: seats.filter((seat) => seat.college === college).length,
      yes: own.filter((ballot) => ballot.choice === 'yes').length,
      no: own.filter((ballot) => ballot.choice === 'no').length,
      abstain: own.filter((ballot) => ballot.choice === 'abstain').length,
    };
  };
  const tally = {
    administration: collegeCount('administration'),
    civilSociety: collegeCount('civil_society'),
  };
  const outcome = doubleMajority(
    {
      administration: { seats: tally.administration.seats, yes: tally.administration.yes },
      civilSociety: { seats: tally.civilSociety.seats, yes: tally.civilSociety.yes },
    },
    { threshold: policy.doubleMajorityThreshold },
  );
  return { counted, ignored, tally, outcome };
}

/**
 * R13.2: a ballot is received while the vote is open, until its closing time (exclusive).
 * Details: `{ reason: 'vote-closed', closesAt }`.
 */
export function checkBallotOnTime(
  vote: { status: 'open' | 'closed'; closesAt: string },
  at: string,
): Verdict {
  if (vote.status === 'open' && compareInstants(InstantSchema.parse(at), vote.closesAt) < 0) {
    return OK;
  }
  return violation(
    'R13.2',
    {
      fr: 'Règle R13.2 : ce vote est clos depuis le {at} ; le bulletin n’est pas reçu.',
      ar: 'القاعدة R13.2: أغلق هذا التصويت في {at}؛ ولم تُقبل ورقة التصويت.',
      en: 'Rule R13.2: this vote closed at {at}; the ballot is not received.',
    },
    { at: formatInstantLong(vote.closesAt) },
    { reason: 'vote-closed', closesAt: vote.closesAt },
  );
}

/**
 * R13.2: the majorities are of the seats active when the vote opened; a seat outside that
 * list (made active later) does not vote in it. Details: `{ reason: 'seat-not-in-vote', seatId }`.
 */
export function checkSeatInVote(seats: readonly { seatId: string }[], seatId: string): Verdict {
  if (seats.some((seat) => seat.seatId === seatId)) return OK;
  return violation(
    'R13.2',
    {
      fr: 'Règle R13.2 : votre siège n’était pas actif à l’ouverture de ce vote ; il ne vote pas.',
      ar: 'القاعدة R13.2: لم يكن مقعدكم نشطا عند فتح هذا التصويت؛ فهو لا يصوت فيه.',
      en: 'Rule R13.2: your seat was not active when this vote opened; it does not vote in it.',
    },
    {},
    { reason: 'seat-not-in-vote', seatId },
  );
}
