import type { SeatView } from '../../contracts/register.js';
import {
  ConfirmCessationRequestSchema,
  DismissCessationRequestSchema,
  ProposeCessationRequestSchema,
} from '../../contracts/register.js';
import type { Ports } from '../../ports/store.js';
import { transitionSeat, type SeatEvent } from '../../workflows/seat.js';
import { isViolation } from '../../workflows/workflow.js';
import type { z } from 'zod';
import type { Actor } from '../actor.js';
import { canManageRegister } from '../actor.js';
import { updateAudited } from '../audited-write.js';
import { revokeCalendarFeedsOfFormerHolders } from '../feeds/calendar-feeds.js';
import { guard, refusedByRule, success, type Outcome, parseCommand } from '../outcome.js';
import type { Seat } from '../../model/seat.js';
import type { Permission } from '../permission.js';
import {
  mayConfirmCessation,
  mayDismissCessation,
  mayProposeCessation,
  SECRETARIAT_ONLY,
} from './seat-permissions.js';
import { checkDocument } from './documents.js';
import { isStored, loadSeatForChange } from './load-seat.js';
import { parityWarnings } from './parity-warning.js';
import { activatePendingSeats } from './parity.js';
import { loadRegister } from './snapshot.js';
import { seatView } from './views.js';

/** Applies one seat-workflow event for the secretariat: parse → authorize → rules → save → audit. */
async function changeCessation<
  S extends z.ZodType<{ version: string; letterDocumentId?: string | undefined }>,
>(
  ports: Ports,
  actor: Actor,
  seatId: string,
  body: unknown,
  schema: S,
  action: string,
  event: (input: z.infer<S>) => SeatEvent,
  permission: (seat: Seat, now: string) => Permission,
): Promise<Outcome<SeatView>> {
  const command = parseCommand(seatId, body, schema, {
    allowed: canManageRegister(actor),
    denial: SECRETARIAT_ONLY,
  });
  if (!command.ok) return command;
  const { id, parsed } = command;
  const input = parsed.data as z.infer<S>;

  return guard(async () => {
    const stored = await loadSeatForChange(ports, id.data, input.version);
    if (!isStored(stored)) return stored;
    // The step itself (the view's flag), then what the request brings (cause, letter).
    const allowed = permission(stored.value, ports.clock.now());
    if (!allowed.allowed) return allowed.refusal;
    if (input.letterDocumentId) {
      const missing = await checkDocument(ports, input.letterDocumentId, 'withdrawal-letter');
      if (missing) return missing;
    }
    const now = ports.clock.now();
    const next = transitionSeat(stored.value, event(input), now);
    if (isViolation(next)) return refusedByRule(next);
    const saved = await updateAudited(ports, 'seats', { actor, action, at: now }, next, stored);
    if (saved.value.status === 'ceased' && stored.value.status !== 'ceased') {
      // R12: a ceased member no longer reads the committee's calendar (unless another seat or
      // role still entitles them to it).
      const holders = [stored.value.titularId, stored.value.alternateId].filter(
        (id): id is string => id !== undefined,
      );
      await revokeCalendarFeedsOfFormerHolders(ports, { actor, at: now }, holders, 'cessation');
    }
    const snapshot = await loadRegister(ports);
    // R12 is a fact: a cessation is never refused for parity (R3.2). The room it makes lets a
    // seat pending in the same college become active now; what imbalance remains is warned
    // here and flagged in the register and the dashboard until parity is restored.
    snapshot.seats = await activatePendingSeats(ports, { actor, at: now }, snapshot.seats);
    return success(
      seatView(saved, snapshot, actor, now),
      parityWarnings(snapshot.seats.map((s) => s.value)),
    );
  });
}

/** R12.2: the secretariat proposes to end a civil-society membership, with its cause (R12.1). */
export function proposeCessation(ports: Ports, actor: Actor, seatId: string, body: unknown) {
  return changeCessation(
    ports,
    actor,
    seatId,
    body,
    ProposeCessationRequestSchema,
    'CessationProposed',
    (input) => ({
      type: 'CessationProposed',
      cause: input.cause,
      by: actor.personId,
      ...(input.letterDocumentId ? { letterDocumentId: input.letterDocumentId } : {}),
      ...(input.note ? { note: input.note } : {}),
    }),
    (seat) => mayProposeCessation(actor, seat),
  );
}

/** R12.2: the secretariat confirms a proposed cessation; the seat is freed (history kept). */
export function confirmCessation(ports: Ports, actor: Actor, seatId: string, body: unknown) {
  return changeCessation(
    ports,
    actor,
    seatId,
    body,
    ConfirmCessationRequestSchema,
    'CessationConfirmed',
    (input) => ({
      type: 'CessationConfirmed',
      by: actor.personId,
      ...(input.letterDocumentId ? { letterDocumentId: input.letterDocumentId } : {}),
    }),
    (seat) => mayConfirmCessation(actor, seat),
  );
}

/** The secretariat sets aside a proposed cessation (e.g. an absence was justified after all). */
export function dismissCessation(ports: Ports, actor: Actor, seatId: string, body: unknown) {
  return changeCessation(
    ports,
    actor,
    seatId,
    body,
    DismissCessationRequestSchema,
    'CessationDismissed',
    () => ({
      type: 'CessationDismissed',
    }),
    (seat, now) => mayDismissCessation(actor, seat, now),
  );
}
