import type { Seat } from '../../model/seat.js';
import type { Stored } from '../../ports/repository.js';
import type { Ports } from '../../ports/store.js';
import { conflict, notFound, type Refusal } from '../outcome.js';

/** Loads a seat for a change, refusing a stale `version` before any rule runs. */
export async function loadSeatForChange(
  ports: Pick<Ports, 'seats'>,
  seatId: string,
  version: string,
): Promise<Stored<Seat> | Refusal> {
  const stored = await ports.seats.get(seatId);
  if (!stored) return notFound({ fr: 'siège', ar: 'المقعد', en: 'seat' });
  if (stored.version !== version) return conflict();
  return stored;
}

export function isStored<T>(value: Stored<T> | Refusal): value is Stored<T> {
  return 'value' in value && 'version' in value;
}
