import { z } from 'zod';
import {
  DaySchema,
  IdSchema,
  InstantSchema,
  LocalizedSchema,
  OptionalTextSchema,
} from './common.js';

import { HolidayKeySchema } from '../calendar/holiday-table.js';
export { HolidayKeySchema, type HolidayKey } from '../calendar/holiday-table.js';

/** A public holiday of Morocco's administration on one day (business days, R5.5). */
export const HolidaySchema = z.object({
  date: DaySchema,
  /** The last day of the holiday this day belongs to (the day itself for a one-day holiday). */
  lastDay: DaySchema,
  key: HolidayKeySchema,
  names: LocalizedSchema,
  kind: z.enum(['fixed', 'hijri']),
  estimated: z.boolean(),
});

/**
 * The secretariat's confirmation of a Hijri holiday's official date (moon sighting); it
 * replaces the estimate and every open deadline is recomputed.
 */
export const HolidayConfirmationSchema = z.object({
  id: IdSchema,
  key: HolidayKeySchema,
  date: DaySchema,
  confirmedBy: IdSchema,
  confirmedAt: InstantSchema,
  source: OptionalTextSchema(300),
});
export type HolidayConfirmation = z.infer<typeof HolidayConfirmationSchema>;
