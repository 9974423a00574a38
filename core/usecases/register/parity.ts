import type { Seat } from '../../model/seat.js';
import { Conflict } from '../../ports/errors.js';
import type { Stored } from '../../ports/repository.js';
import type { Ports } from '../../ports/store.js';
import {
  checkActiveParity,
  checkSeatParity,
  planParity,
  type ParityCheck,
  type ParityMember,
} from '../../rules/r3-2-parity.js';
import { transitionSeat } from '../../workflows/seat.js';
import { isViolation } from '../../workflows/workflow.js';
import { updateAudited, type Change } from '../audited-write.js';

/** The register's seats as R3.2 sees them. */
export function parityMembers(seats: readonly Seat[]): ParityMember[] {
  return seats.map((seat) => ({
    id: seat.id,
    college: seat.college,
    status: seat.status,
    ...(seat.pendingSince ? { pendingSince: seat.pendingSince } : {}),
  }));
}

/** R3.2: why a pending seat waits (code + params), or `{ ok: true }`. */
export function pendingReason(seat: Seat, seats: readonly Seat[]): ParityCheck {
  return checkSeatParity(parityMembers(seats), seat.id);
}

/** R3.2: the active composition's imbalance and what the manual requires, or `{ ok: true }`. */
export function activeImbalance(seats: readonly Seat[]): ParityCheck {
  return checkActiveParity(parityMembers(seats));
}

/**
 * R3.2: activates, in the caller's use case, every pending seat that `planParity` says may
 * become active now (oldest first), each write audited as `ParityRestored`. Called after every
 * register change that can make room (a seat added, a cessation confirmed), so a step
 * interrupted between two writes — or two additions made at the same moment, each saved
 * pending before it could see the other — is completed by the next change. `seats` is the
 * register after the change; returns it with the activated seats replaced.
 */
export async function activatePendingSeats(
  ports: Ports,
  change: Omit<Change, 'action'>,
  seats: readonly Stored<Seat>[],
): Promise<Stored<Seat>[]> {
  const plan = planParity(parityMembers(seats.map((s) => s.value)));
  const result = [...seats];
  for (const id of plan.activate) {
    const index = result.findIndex((s) => s.value.id === id);
    const stored = result[index];
    if (!stored) continue;
    const next = transitionSeat(stored.value, { type: 'ParityRestored' }, change.at);
    if (isViolation(next)) continue; // planParity only names pending seats
    try {
      result[index] = await updateAudited(
        ports,
        'seats',
        { ...change, action: 'ParityRestored' },
        next,
        stored,
      );
    } catch (error) {
      // Another change (a second instance, a concurrent addition) settled this seat first:
      // the caller's own change is saved, so keep the seat as it is now rather than fail.
      if (!(error instanceof Conflict)) throw error;
      const current = await ports.seats.get(id);
      if (current) result[index] = current;
    }
  }
  return result;
}
