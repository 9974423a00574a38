import type { SeatView } from '../../contracts/register.js';
import { WithdrawPendingSeatRequestSchema } from '../../contracts/register.js';
import type { Ports } from '../../ports/store.js';
import { transitionSeat } from '../../workflows/seat.js';
import type { Actor } from '../actor.js';
import { canManageRegister } from '../actor.js';
import { updateAudited } from '../audited-write.js';
import { guard, parseCommand, success, type Outcome } from '../outcome.js';
import { allowedStep } from '../permission.js';
import { mayWithdrawPendingSeat, SECRETARIAT_ONLY } from './seat-permissions.js';
import { isStored, loadSeatForChange } from './load-seat.js';
import { parityWarnings } from './parity-warning.js';
import { loadRegister } from './snapshot.js';
import { seatView } from './views.js';

/**
 * R3.2: the secretariat withdraws a seat that is still pending for parity (e.g. the
 * organisation's selection was annulled). It never served: it leaves the register's current
 * view, the audit keeps its history. Only a pending seat can be withdrawn (the workflow refuses
 * any other); an active seat ends by cessation (R12).
 */
export async function withdrawPendingSeat(
  ports: Ports,
  actor: Actor,
  seatId: string,
  body: unknown,
): Promise<Outcome<SeatView>> {
  const command = parseCommand(seatId, body, WithdrawPendingSeatRequestSchema, {
    allowed: canManageRegister(actor),
    denial: SECRETARIAT_ONLY,
  });
  if (!command.ok) return command;
  const { id, parsed } = command;

  return guard(async () => {
    const stored = await loadSeatForChange(ports, id.data, parsed.data.version);
    if (!isStored(stored)) return stored;
    const at = ports.clock.now();
    const permission = mayWithdrawPendingSeat(actor, stored.value, at);
    if (!permission.allowed) return permission.refusal;
    const next = allowedStep(transitionSeat(stored.value, { type: 'PendingSeatWithdrawn' }, at));
    const change = { actor, action: 'PendingSeatWithdrawn', at };
    const saved = await updateAudited(ports, 'seats', change, next, stored);
    const snapshot = await loadRegister(ports);
    return success(
      seatView(saved, snapshot, actor, at),
      parityWarnings(snapshot.seats.map((s) => s.value)),
    );
  });
}
