import { z } from 'zod';
import type { Policy } from '../policy.js';
import { DEFAULT_POLICY } from '../policy.js';
import { DaySchema, compareDays, parseDay } from '../time.js';

/** A member's or a seat's attendance at one meeting (R12.1). */
export const AttendanceStatusSchema = z.enum(['present', 'excused', 'absent']);
export type AttendanceStatus = z.infer<typeof AttendanceStatusSchema>;

/** One meeting's attendance of a seat: the meeting's local day and the seat's status. */
export const AttendanceRecordSchema = z.object({ day: DaySchema, status: AttendanceStatusSchema });
export type AttendanceRecord = z.infer<typeof AttendanceRecordSchema>;

export interface AbsenceCessation {
  /** The seat reached the threshold of unjustified absences within the window. */
  triggered: boolean;
  /** The days of the unjustified absences counted, ascending (one entry per meeting). */
  counted: string[];
}

/**
 * R12.1 (interpretation): the first day of the window, 1 January of the earliest calendar year
 * counted. With `absenceWindowCalendarYears` = 2 the window is the current and the previous
 * calendar year ("dans deux années civiles").
 */
export function absenceWindowStart(asOf: string, policy: Policy = DEFAULT_POLICY): string {
  return parseDay(asOf)
    .with({ month: 1, day: 1 })
    .subtract({ years: policy.absenceWindowCalendarYears - 1 })
    .toString();
}

/**
 * R12.1, cause 4: a civil-society organisation absent without justification from
 * `policy.absenceCessationThreshold` (3) meetings within two calendar years. Counts the
 * `'absent'` records (an `'excused'` absence is justified) from 1 January of the previous year
 * through `asOf` inclusive; records after `asOf` are ignored. Pass one record per meeting, as
 * given by {@link seatAttendanceStatus}.
 *
 * This only detects the cause: R12.2 has the secretariat confirm the cessation.
 */
export function absenceCessation(
  records: readonly z.input<typeof AttendanceRecordSchema>[],
  asOf: string,
  policy: Policy = DEFAULT_POLICY,
): AbsenceCessation {
  const parsed = z.array(AttendanceRecordSchema).parse(records);
  const end = DaySchema.parse(asOf);
  const start = absenceWindowStart(end, policy);
  const counted = parsed
    .filter(
      (record) =>
        record.status === 'absent' &&
        compareDays(record.day, start) >= 0 &&
        compareDays(record.day, end) <= 0,
    )
    .map((record) => record.day)
    .sort(compareDays);
  return { triggered: counted.length >= policy.absenceCessationThreshold, counted };
}

export const SeatAttendanceSchema = z.object({
  titular: AttendanceStatusSchema.optional(),
  alternate: AttendanceStatusSchema.optional(),
});

/**
 * R12.1 (interpretation): a seat's status at one meeting from its two members'. The seat is
 * present when its titular or its alternate attended; when neither did, it is excused if at
 * least one of them justified the absence, absent otherwise. A member with no record
 * (`undefined`) did not attend and gave no justification.
 */
export function seatAttendanceStatus(
  input: z.input<typeof SeatAttendanceSchema>,
): AttendanceStatus {
  const { titular, alternate } = SeatAttendanceSchema.parse(input);
  if (titular === 'present' || alternate === 'present') return 'present';
  if (titular === 'excused' || alternate === 'excused') return 'excused';
  return 'absent';
}
