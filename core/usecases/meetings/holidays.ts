import { z } from 'zod';
import { HIJRI_TABLE_GREGORIAN_YEARS } from '../../calendar/hijri.js';
import { holidayStatus, holidays, type Holiday } from '../../calendar/moroccan-calendar.js';
import type { HolidayView } from '../../contracts/holidays.js';
import { ConfirmHolidayRequestSchema } from '../../contracts/meetings.js';
import type { HolidayConfirmation } from '../../model/holiday.js';
import type { Ports } from '../../ports/store.js';
import { compareDays, localDay } from '../../time.js';
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

/**
 * The years a client may list: from 2000 to the last year the Umm al-Qura table covers (a
 * later year is refused as bad input rather than estimated some other way).
 */
export const ListYearSchema = z.coerce
  .number()
  .int()
  .min(2000)
  .max(HIJRI_TABLE_GREGORIAN_YEARS.last);

/**
 * Each holiday with the status the clients show (RULES.md, "Business days"), decided here on
 * the Morocco day of `now`: a Hijri estimate whose days went by unconfirmed is `estimated_past`
 * and no longer offered for confirmation; one still ahead (or under way) is `to_confirm`.
 */
function holidayViews(list: readonly Holiday[], now: string): HolidayView[] {
  const today = localDay(now);
  return list.map((h) => ({
    ...h,
    status: holidayStatus(h, today),
    // A Hijri date may be confirmed (or corrected) until its holiday is over.
    confirmable: h.kind === 'hijri' && compareDays(h.lastDay, today) >= 0,
  }));
}

/** The year's holidays, estimated Hijri dates marked, confirmed ones applied. */
export async function listHolidays(
  ports: Ports,
  actor: Actor,
  year: unknown,
): Promise<Outcome<HolidayView[]>> {
  const parsed = ListYearSchema.safeParse(year);
  if (!parsed.success) return invalid(parsed.error);
  if (!canReadCommittee(actor)) return forbidden(NOT_A_MEMBER);
  const list = holidays(parsed.data, await confirmedHolidays(ports));
  return success(holidayViews(list, ports.clock.now()));
}

/**
 * The secretariat records the officially announced date of a Hijri holiday (moon sighting).
 * Deadlines are computed when read, so every open deadline follows at once.
 */
export async function confirmHoliday(
  ports: Ports,
  actor: Actor,
  body: unknown,
): Promise<Outcome<HolidayView[]>> {
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
    const list = holidays(year, [...existing, { key: input.key, date: input.date }]);
    return success(holidayViews(list, record.confirmedAt));
  });
}
