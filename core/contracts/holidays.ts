import { z } from 'zod';
import { HOLIDAY_STATUSES } from '../calendar/moroccan-calendar.js';
import { HolidaySchema } from '../model/holiday.js';

/**
 * A holiday as the tab and the bot show it (`GET /api/holidays`, RULES.md "Business days").
 * The server decides its status on the day of the request (Morocco time), so a client only
 * renders it: `to_confirm` for a Hijri estimate still ahead, `estimated_past` once it went by
 * unconfirmed, `confirmed` once the secretariat recorded the official date.
 */
export const HolidayStatusSchema = z.enum(HOLIDAY_STATUSES);

export const HolidayViewSchema = HolidaySchema.extend({
  status: HolidayStatusSchema,
  /** Whether the secretariat may still record the official date: a Hijri holiday not yet over. */
  confirmable: z.boolean(),
});
export type HolidayView = z.infer<typeof HolidayViewSchema>;
