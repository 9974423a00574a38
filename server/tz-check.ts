import { TIME_ZONE, TZ_DATA_VERSION, moroccoOffsetMinutes, offsetLabel } from '../core/time.js';

/*
 * RULES.md (time zone): the app never depends on the runtime's tz data for Morocco, and says at
 * startup when the runtime disagrees with the data it carries. Node 20's ICU is tzdata 2025c:
 * after 2026-09-20 it still puts Morocco at UTC+1 where the carried data (≥ 2026c) says UTC+0.
 * Nothing in the app uses the runtime's figure; the warning is for whoever runs it (other
 * programs on the machine, logs read in local time, a deployment to upgrade).
 */

/** The runtime's own Intl offset for Morocco at `epochMs`, in minutes east of UTC. */
export function runtimeOffsetMinutes(epochMs: number): number {
  // Asking the runtime on purpose: this is the one place that compares it with the carried data.
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' })
      .formatToParts(new Date(epochMs))
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{1,2})(?::?(\d{2}))?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

export interface TimeZoneDataCheck {
  agree: boolean;
  at: string;
  zone: string;
  runtimeTzVersion: string;
  carriedTzVersion: string;
  runtimeOffset: string;
  carriedOffset: string;
}

export interface RuntimeTimeZone {
  /** `process.versions.tz`: the IANA release of the runtime's ICU data. */
  version: string | undefined;
  offsetMinutes: (epochMs: number) => number;
}

const RUNTIME: RuntimeTimeZone = {
  version: process.versions.tz,
  offsetMinutes: runtimeOffsetMinutes,
};

/** Compares Morocco's offset at `now` in the runtime's Intl data and in the carried data. */
export function checkTimeZoneData(
  now: string,
  runtime: RuntimeTimeZone = RUNTIME,
): TimeZoneDataCheck {
  const epochMs = Date.parse(now);
  const runtimeMinutes = runtime.offsetMinutes(epochMs);
  const carriedMinutes = moroccoOffsetMinutes(epochMs);
  return {
    agree: runtimeMinutes === carriedMinutes,
    at: now,
    zone: TIME_ZONE,
    runtimeTzVersion: runtime.version ?? 'unknown',
    carriedTzVersion: TZ_DATA_VERSION,
    runtimeOffset: offsetLabel(runtimeMinutes),
    carriedOffset: offsetLabel(carriedMinutes),
  };
}

/** At startup: a warning naming both versions and both offsets when they differ. */
export function warnOnRuntimeTimeZone(
  logger: { warn: (fields: object, message: string) => void },
  now: string,
  runtime: RuntimeTimeZone = RUNTIME,
): TimeZoneDataCheck {
  const check = checkTimeZoneData(now, runtime);
  if (!check.agree) {
    logger.warn(
      check,
      `the runtime's time-zone data (tzdata ${check.runtimeTzVersion}) puts ${check.zone} at ` +
        `${check.runtimeOffset} now, the app's carried data (tzdata ${check.carriedTzVersion}) at ` +
        `${check.carriedOffset}: the app uses its carried data for every Morocco time; other ` +
        `programs on this machine may show times one hour off (upgrade the runtime's ICU/tzdata)`,
    );
  }
  return check;
}
