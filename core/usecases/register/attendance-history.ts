import type { Ports } from '../../ports/store.js';
import { seatAttendanceStatus } from '../../rules/r12-1-absence-cessation.js';
import { localDay } from '../../time.js';

const TAKEN = new Set(['held', 'minutes_shared', 'amendment_closed', 'published']);

/**
 * R12.1: each seat's attendance, one record per meeting held where attendance was taken: the
 * seat attended when its titular or its alternate did, was excused when an absence was
 * justified, and was absent otherwise (no record counts as not attended).
 */
export async function seatAttendanceHistory(
  ports: Pick<Ports, 'meetings' | 'attendance'>,
  seatIds: readonly string[],
): Promise<Record<string, { day: string; status: 'present' | 'excused' | 'absent' }[]>> {
  const history: Record<string, { day: string; status: 'present' | 'excused' | 'absent' }[]> = {};
  for (const id of seatIds) history[id] = [];
  const meetings = (await ports.meetings.list()).filter((m) => TAKEN.has(m.value.status));
  for (const { value: meeting } of meetings) {
    const records = (await ports.attendance.findBy('meetingId', meeting.id)).map((r) => r.value);
    if (records.length === 0) continue; // attendance not taken: nothing to count
    const day = localDay(meeting.start);
    for (const seatId of seatIds) {
      const of = (capacity: 'titular' | 'alternate') =>
        records.find((r) => r.seatId === seatId && r.capacity === capacity)?.status;
      history[seatId]?.push({
        day,
        status: seatAttendanceStatus({ titular: of('titular'), alternate: of('alternate') }),
      });
    }
  }
  return history;
}
