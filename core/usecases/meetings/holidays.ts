import { z } from 'zod';
import { holidays, type Holiday } from '../../calendar/moroccan-calendar.js';
import { ConfirmHolidayRequestSchema } from '../../contracts/meetings.js';
import type { HolidayConfirmation } from '../../model/holiday.js';
import type { Ports } from '../../ports/store.js';
import type { Actor } from '../actor.js';
import { canManageRegister, canReadCommittee } from '../actor.js';
import { createAudited } from '../audited-write.js';
import { forbidden, guard, invalid, success, type Outcome } from '../outcome.js';
import { NOT_A_MEMBER } from '../register/composition.js';
import { SECRETARIAT_ONLY } from '../register/add-seat.js';

/** The officially confirmed Hijri dates: every deadline is computed with them. */
export async function confirmedHolidays(
  ports: Pick<Ports, 'holidayConfirmations'>,
): Promise<{ key: string; date: string }[]> {
  return (await ports.holidayConfirmations.list()).map((c) => ({
    key: c.value.key,
    date: c.value.date,
  }));
}

/** The year's holidays, estimated Hijri dates marked, confirmed ones applied. */
export async function listHolidays(
  ports: Ports,
  actor: Actor,
  year: unknown,
): Promise<Outcome<Holiday[]>> {
  const parsed = z.coerce.number().int().min(2000).max(2100).safeParse(year);
  if (!parsed.success) return invalid(parsed.error);
  if (!canReadCommittee(actor)) return forbidden(NOT_A_MEMBER);
  return success(holidays(parsed.data, await confirmedHolidays(ports)));
}

/**
 * The secretariat records the officially announced date of a Hijri holiday (moon sighting).
 * Deadlines are computed when read, so every open deadline follows at once.
 */
export async function confirmHoliday(
  ports: Ports,
  actor: Actor,
  body: unknown,
): Promise<Outcome<Holiday[]>> {
  const parsed = ConfirmHolidayRequestSchema.safeParse(body);
  if (!parsed.success) return invalid(parsed.error);
  if (!canManageRegister(actor)) return forbidden(SECRETARIAT_ONLY);
  const input = parsed.data;
  return guard(async () => {
    const existing = await confirmedHolidays(ports);
    const year = Number(input.date.slice(0, 4));
    // Validates the confirmation against the estimates (a date far from any estimate is bad input).
    const check = z
      .custom<void>(() => {
        try {
          holidays(year, [...existing, { key: input.key, date: input.date }]);
          return true;
        } catch {
          return false;
        }
      }, `no estimated ${input.key} near ${input.date}: check the date`)
      .safeParse(undefined);
    if (!check.success) return invalid(check.error);
    const record: HolidayConfirmation = {
      id: ports.ids.newId(),
      key: input.key,
      date: input.date,
      confirmedBy: actor.personId,
      confirmedAt: ports.clock.now(),
      ...(input.source ? { source: input.source } : {}),
    };
    const change = { actor, action: 'HolidayConfirmed', at: record.confirmedAt };
    await createAudited(ports, 'holidayConfirmations', change, record);
    return success(holidays(year, [...existing, { key: input.key, date: input.date }]));
  });
}
