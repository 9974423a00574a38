import { GraphHttpError } from './errors.js';

/**
 * dateTimeTimeZone handling (PLATFORM_NOTES §3 "Time zones"): Windows names such as
 * "Morocco Standard Time" and IANA names such as "Africa/Casablanca" are both accepted; returned
 * times use `Prefer: outlook.timezone` or UTC.
 */

const WINDOWS_TO_IANA: Record<string, string> = {
  utc: 'UTC',
  'coordinated universal time': 'UTC',
  'morocco standard time': 'Africa/Casablanca',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'romance standard time': 'Europe/Paris',
  'w. europe standard time': 'Europe/Berlin',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'e. europe standard time': 'Europe/Chisinau',
  'w. central africa standard time': 'Africa/Lagos',
  'egypt standard time': 'Africa/Cairo',
  'arab standard time': 'Asia/Riyadh',
  'arabian standard time': 'Asia/Dubai',
  'eastern standard time': 'America/New_York',
  'central standard time': 'America/Chicago',
  'mountain standard time': 'America/Denver',
  'pacific standard time': 'America/Los_Angeles',
  'india standard time': 'Asia/Kolkata',
  'tokyo standard time': 'Asia/Tokyo',
};

/** The IANA zone for a Graph time-zone name, or a 400 as Outlook gives for an unknown one. */
export function ianaZone(name: string): string {
  const mapped = WINDOWS_TO_IANA[name.trim().toLowerCase()];
  if (mapped) return mapped;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name;
  } catch {
    throw new GraphHttpError(
      400,
      'TimeZoneNotSupportedException',
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${name}'.`,
    );
  }
}

function offsetAt(utcMs: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** Wall-clock `2026-03-10T10:00:00` in a zone → epoch milliseconds. */
export function wallClockToUtc(dateTime: string, zoneName: string): number {
  const zone = ianaZone(zoneName);
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?/.exec(dateTime);
  if (!match) {
    throw new GraphHttpError(
      400,
      'ErrorInvalidRequest',
      `Cannot convert the literal '${dateTime}' to a date-time.`,
    );
  }
  const [, y, mo, d, h, mi, s, frac] = match;
  const wall = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s ?? 0),
    Math.round(Number(`0.${frac ?? '0'}`) * 1000),
  );
  // Two passes settle the offset around DST (and Morocco's Ramadan) transitions.
  let utc = wall - offsetAt(wall, zone);
  utc = wall - offsetAt(utc, zone);
  return utc;
}

/** Epoch ms → Graph's `2026-03-10T09:00:00.0000000` wall clock in a zone. */
export function utcToWallClock(utcMs: number, zoneName: string): string {
  const zone = ianaZone(zoneName);
  const local = new Date(utcMs + offsetAt(utcMs, zone));
  return `${local.toISOString().slice(0, 19)}.0000000`;
}

/** The zone asked for by `Prefer: outlook.timezone="…"`, if any. */
export function preferredTimeZone(prefer: string | undefined): string | undefined {
  if (!prefer) return undefined;
  const match =
    /outlook\.timezone\s*=\s*"([^"]*)"/i.exec(prefer) ??
    /outlook\.timezone\s*=\s*([^,;]+)/i.exec(prefer);
  return match?.[1]?.trim();
}
