/*
 * Morocco time in the browser. Every date rule is judged in Africa/Casablanca, which is UTC+1
 * except during Ramadan (UTC+0): the offset of a given instant always comes from the browser's
 * time-zone database through Intl, never from a fixed "+01:00".
 */

export const MOROCCO_TIME_ZONE = 'Africa/Casablanca';

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: MOROCCO_TIME_ZONE,
  timeZoneName: 'longOffset',
});

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: MOROCCO_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Morocco's offset from UTC at `epochMs`, in minutes (60 most of the year, 0 in Ramadan). */
export function moroccoOffsetMinutes(epochMs: number): number {
  const name =
    offsetFormat.formatToParts(new Date(epochMs)).find((part) => part.type === 'timeZoneName')
      ?.value ?? 'GMT';
  // "GMT+01:00", "GMT-02:30", or plain "GMT" for a zero offset.
  const match = /GMT([+-])(\d{1,2})(?::?(\d{2}))?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function offsetSuffix(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * A local date and time in Morocco (`2026-03-19`, `10:00`) as an ISO instant written with the
 * offset in force at that moment, e.g. `2026-03-19T10:00:00+00:00` (Ramadan) or
 * `2026-03-26T10:00:00+01:00`. Undefined when the date or time is malformed.
 */
export function moroccoInstant(day: string, time: string): string | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return undefined;
  const [year, month, date, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, date, hour, minute);
  if (Number.isNaN(wall)) return undefined;
  // The offset at the wall time read as UTC is right except within an hour of a change;
  // a second pass with the offset of the resulting instant settles it.
  let offset = moroccoOffsetMinutes(wall);
  const second = moroccoOffsetMinutes(wall - offset * 60_000);
  if (second !== offset) offset = second;
  return `${day}T${time}:00${offsetSuffix(offset)}`;
}

/** An instant's local date and time in Morocco, as date and time inputs hold them. */
export function moroccoLocal(instant: string): { day: string; time: string } {
  const parts = Object.fromEntries(
    partsFormat.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** The Morocco calendar day (`YYYY-MM-DD`) on which an instant falls. */
export function moroccoDay(epochMs: number): string {
  return moroccoLocal(new Date(epochMs).toISOString()).day;
}

/** "UTC+01:00" on the day and time chosen (Morocco is UTC+0 during Ramadan). */
export function moroccoOffsetLabel(day: string, time: string): string | undefined {
  const instant = moroccoInstant(day, time || '12:00');
  if (!instant) return undefined;
  const minutes = moroccoOffsetMinutes(Date.parse(instant));
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
