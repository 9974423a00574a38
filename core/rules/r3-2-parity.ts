import { z } from 'zod';
import type { MessageKey } from '../i18n/render.js';
import type { Policy } from '../policy.js';
import { DEFAULT_POLICY } from '../policy.js';
import type { Verdict } from '../verdict.js';
import { OK, violation } from '../verdict.js';
import { CollegeSchema, type College } from './r3-1-seat-composition.js';

export const ParitySeatSchema = z.object({ college: CollegeSchema, active: z.boolean() });
export type ParitySeat = z.infer<typeof ParitySeatSchema>;

/** What the UI's parity indicator shows at all times (R3.2). */
export interface ParityReport {
  /** Active administration seats. */
  administration: number;
  /** Active civil-society seats. */
  civilSociety: number;
  /** How many seats apart the two colleges are (never negative: the counts say which side is heavier). */
  difference: number;
  /** Both colleges have as many active seats (even when both have none). */
  balanced: boolean;
  /** Whether the composition may be made current: balanced and each college at its minimum. */
  verdict: Verdict;
}

const UNBALANCED = 'rule.3_2.unbalanced' satisfies MessageKey;

const TOO_FEW = 'rule.3_2.tooFew' satisfies MessageKey;

/**
 * R3.2: counts the active seats of each college for the parity indicator. Seats that are not
 * active (draft, pending, ceased, withdrawn) are ignored.
 *
 * `verdict` details when broken: `{ reason: 'unbalanced' | 'too-few', administration,
 * civilSociety, difference, min }`; an imbalance is reported before a shortage.
 */
export function parityReport(
  seats: z.input<typeof ParitySeatSchema>[],
  policy: Policy = DEFAULT_POLICY,
): ParityReport {
  const parsed = z.array(ParitySeatSchema).parse(seats);
  const active = parsed.filter((seat) => seat.active);
  const administration = active.filter((seat) => seat.college === 'administration').length;
  const civilSociety = active.length - administration;
  const difference = Math.abs(administration - civilSociety);
  const balanced = difference === 0;
  const min = policy.minSeatsPerCollege;
  const details = { administration, civilSociety, difference, min };

  let verdict: Verdict = OK;
  if (!balanced) {
    verdict = violation(
      'R3.2',
      UNBALANCED,
      { administration, civilSociety },
      { reason: 'unbalanced', ...details },
    );
  } else if (administration < min) {
    verdict = violation(
      'R3.2',
      TOO_FEW,
      { min, count: administration },
      { reason: 'too-few', ...details },
    );
  }
  return { administration, civilSociety, difference, balanced, verdict };
}

/**
 * R3.2: strict parity. The active seats of the two colleges are equal in number, and each
 * college has at least `policy.minSeatsPerCollege` (1) of them. A composition failing this may
 * be saved as a draft but not made current.
 */
export function checkParity(
  seats: z.input<typeof ParitySeatSchema>[],
  policy: Policy = DEFAULT_POLICY,
): Verdict {
  return parityReport(seats, policy).verdict;
}

/*
 * R3.2 enforced: "a composition that breaks parity can be saved as a draft but cannot be made
 * current". A seat whose addition would break parity is saved `pending`: it is not active (not
 * invited, not counted in votes, R5.4/R13.1/R13.2 count active seats only) until the register
 * can balance, and it then becomes active in the same step as the seat that restores parity.
 * A cessation (R12) is a fact and never waits: it may leave the active composition unbalanced,
 * which is flagged with what the manual requires until parity is restored.
 */

/** A seat's place in the register's lifecycle, as parity sees it (the seat model reuses it). */
export const SeatStatusSchema = z.enum(['draft', 'pending', 'active', 'ceased', 'withdrawn']);
export type SeatStatus = z.infer<typeof SeatStatusSchema>;

export const ParityMemberSchema = z.object({
  id: z.string().min(1),
  college: CollegeSchema,
  /** Only `active` seats count; `pending` seats wait for parity; the others are ignored. */
  status: SeatStatusSchema,
  /** When the seat was saved pending: the oldest pending seat is activated first. */
  pendingSince: z.string().optional(),
});
export type ParityMember = z.input<typeof ParityMemberSchema>;

/** What the manual requires to restore parity, by the college that lacks seats. */
export const PARITY_REMEDIES = {
  /** R4.1: a public body designates its titular and alternate by an official letter. */
  administration: { rule: 'R4.1', remedy: 'designate-administration' },
  /** R4.6: a civil-society organisation is selected through the published steps. */
  civil_society: { rule: 'R4.6', remedy: 'select-civil-society' },
} as const;
export type ParityRemedy = (typeof PARITY_REMEDIES)[College]['remedy'];

/** The codes the edges render (tab catalogs, bot texts) with the params below. */
export type ParityFindingKey = 'seat-pending' | 'composition-unbalanced';

export interface ParityFindingParams {
  /** Active seats of each college now. */
  administration: number;
  civilSociety: number;
  /** The college that has fewer seats (for a pending seat: the other college, awaited). */
  lacking: College;
  /** How many seats of `lacking` must be added (or activated) before parity holds. */
  missing: number;
  /** What the manual requires of the lacking college: R4.1 letter or R4.6 selection. */
  remedy: ParityRemedy;
  remedyRule: 'R4.1' | 'R4.6';
  /** Seats waiting for parity, all colleges. */
  pending: number;
}

/** A parity check, in codes: the edges render `key` with `params` in the reader's language. */
export type ParityCheck =
  { ok: true } | { ok: false; rule: 'R3.2'; key: ParityFindingKey; params: ParityFindingParams };

export interface ParityPlan {
  /** Pending seats that become active now, oldest first (per college). */
  activate: string[];
  /** Active seats of each college once `activate` is applied. */
  administration: number;
  civilSociety: number;
}

interface Queues {
  active: Record<College, number>;
  pending: Record<College, ParityMemberOut[]>;
}
type ParityMemberOut = z.output<typeof ParityMemberSchema>;

const OTHER: Record<College, College> = {
  administration: 'civil_society',
  civil_society: 'administration',
};

/** Oldest first; seats saved in the same instant keep a stable order by id. */
function byPendingSince(a: ParityMemberOut, b: ParityMemberOut): number {
  return (a.pendingSince ?? '').localeCompare(b.pendingSince ?? '') || a.id.localeCompare(b.id);
}

function queues(seats: ParityMember[]): Queues {
  const parsed = z.array(ParityMemberSchema).parse(seats);
  const result: Queues = {
    active: { administration: 0, civil_society: 0 },
    pending: { administration: [], civil_society: [] },
  };
  for (const seat of parsed) {
    if (seat.status === 'active') result.active[seat.college] += 1;
    else if (seat.status === 'pending') result.pending[seat.college].push(seat);
  }
  result.pending.administration.sort(byPendingSince);
  result.pending.civil_society.sort(byPendingSince);
  return result;
}

/**
 * R3.2: which pending seats become active now, oldest first in each college. A change never
 * creates an imbalance nor makes one worse, and may reduce one:
 * 1. the college with fewer active seats (after a cessation) activates its pending seats, up
 *    to the other college's count — each one brings the composition closer to parity;
 * 2. once the counts are equal, pending seats are activated in pairs, one of each college.
 * Active seats are never deactivated here: a cessation is a fact (R12); its imbalance is
 * flagged (`checkActiveParity`) until parity is restored.
 */
export function planParity(seats: ParityMember[]): ParityPlan {
  const { active, pending } = queues(seats);
  const taken: Record<College, number> = { administration: 0, civil_society: 0 };
  if (active.administration !== active.civil_society) {
    const lighter: College =
      active.administration < active.civil_society ? 'administration' : 'civil_society';
    const gap = active[OTHER[lighter]] - active[lighter];
    taken[lighter] = Math.min(pending[lighter].length, gap);
  }
  const administration = active.administration + taken.administration;
  const civilSociety = active.civil_society + taken.civil_society;
  if (administration === civilSociety) {
    const pairs = Math.min(
      pending.administration.length - taken.administration,
      pending.civil_society.length - taken.civil_society,
    );
    taken.administration += pairs;
    taken.civil_society += pairs;
  }
  const activate = (['administration', 'civil_society'] as const).flatMap((college) =>
    pending[college].slice(0, taken[college]).map((seat) => seat.id),
  );
  return {
    activate,
    administration: active.administration + taken.administration,
    civilSociety: active.civil_society + taken.civil_society,
  };
}

function remedyOf(lacking: College) {
  const { rule, remedy } = PARITY_REMEDIES[lacking];
  return { remedy, remedyRule: rule };
}

/**
 * R3.2: why a pending seat is not active yet, in codes (`seat-pending`): the other college
 * must gain `missing` seats first (its own pending seats count, as they would be activated
 * together). `{ ok: true }` when the seat is not pending or may be activated now.
 */
export function checkSeatParity(seats: ParityMember[], seatId: string): ParityCheck {
  const { active, pending } = queues(seats);
  const all = [...pending.administration, ...pending.civil_society];
  const seat = all.find((s) => s.id === seatId);
  if (!seat || planParity(seats).activate.includes(seatId)) return { ok: true };
  const lacking = OTHER[seat.college];
  // The seat's rank in its college's queue: the other college must reach that many seats.
  const rank = pending[seat.college].indexOf(seat) + 1;
  const missing = active[seat.college] + rank - active[lacking] - pending[lacking].length;
  return {
    ok: false,
    rule: 'R3.2',
    key: 'seat-pending',
    params: {
      administration: active.administration,
      civilSociety: active.civil_society,
      lacking,
      missing: Math.max(1, missing),
      ...remedyOf(lacking),
      pending: all.length,
    },
  };
}

/**
 * R3.2: the active composition's imbalance, in codes (`composition-unbalanced`), with what the
 * manual requires of the college that lacks seats (R4.1 designation letter for a public body,
 * R4.6 selection for civil society). Shown at all times until parity is restored.
 */
export function checkActiveParity(seats: ParityMember[]): ParityCheck {
  const { active, pending } = queues(seats);
  if (active.administration === active.civil_society) return { ok: true };
  const lacking: College =
    active.administration < active.civil_society ? 'administration' : 'civil_society';
  return {
    ok: false,
    rule: 'R3.2',
    key: 'composition-unbalanced',
    params: {
      administration: active.administration,
      civilSociety: active.civil_society,
      lacking,
      missing: Math.abs(active.administration - active.civil_society),
      ...remedyOf(lacking),
      pending: pending.administration.length + pending.civil_society.length,
    },
  };
}
