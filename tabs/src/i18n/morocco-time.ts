/*
 * Morocco time in the tab: the one Morocco-time module of core (core/time.ts), bundled with
 * its data for Morocco's zone (moment-timezone's, reduced to that one zone at build time by
 * tabs/vite.config.ts). Never the browser's Intl zone data, which may predate Morocco's move to
 * permanent UTC+0 on 2026-09-20 (tzdata 2026c) and disagree with the server by an hour.
 *
 * Forms send what a person typed, as the API's wall-clock form `YYYY-MM-DDTHH:mm`: the server
 * converts it with the same data and never trusts an offset computed here.
 */
import {
  isWallClock,
  localDay,
  moroccoOffsetMinutes as offsetAt,
  offsetLabel,
  toMoroccoWallClock,
  wallClockToEpoch,
} from '../../../core/time.js';

/** Morocco's offset from UTC at `epochMs`, in minutes (60, or 0 in Ramadan until 2026-09-20 and since). */
export function moroccoOffsetMinutes(epochMs: number): number {
  return offsetAt(epochMs);
}

/**
 * A local date and time typed in Morocco (`2026-12-02`, `14:30`) in the API's form,
 * `2026-12-02T14:30`. Undefined when the date or time is malformed.
 */
export function moroccoWallClock(day: string, time: string): string | undefined {
  const wallClock = `${day.trim()}T${time.trim().slice(0, 5)}`;
  return isWallClock(wallClock) ? wallClock : undefined;
}

/** An instant's local date and time in Morocco, as date and time inputs hold them. */
export function moroccoLocal(instant: string): { day: string; time: string } {
  const { day, time } = toMoroccoWallClock(Date.parse(instant));
  return { day, time };
}

/** The Morocco calendar day (`YYYY-MM-DD`) on which an instant falls. */
export function moroccoDay(epochMs: number): string {
  return localDay(epochMs);
}

/** "UTC+01:00" on the day and time chosen ("UTC+00:00" in Ramadan and since 2026-09-20). */
export function moroccoOffsetLabel(day: string, time: string): string | undefined {
  const wallClock = moroccoWallClock(day, time || '12:00');
  const epochMs = wallClock === undefined ? undefined : wallClockToEpoch(wallClock);
  return epochMs === undefined ? undefined : offsetLabel(offsetAt(epochMs));
}
