import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { MOROCCO_ZONE, offsetAt } from '../../core/morocco-zone.js';
import {
  TZ_DATA_VERSION,
  WallClockSchema,
  MoroccoTimeInputSchema,
  endOfDay,
  formatInstantLong,
  formatMorocco,
  fromMoroccoWallClock,
  localDay,
  moroccoInstant,
  moroccoOffsetMinutes,
  startOfDay,
  toMoroccoWallClock,
  wallClockToEpoch,
} from '../../core/time.js';

/*
 * Morocco's clock from the carried tz data (RULES.md preamble): UTC+1 with UTC+0 during Ramadan
 * until 2026-09-20, then permanent UTC+0 (IANA 2026c). In the carried data (moment-timezone,
 * IANA 2026f) the last change is at 2026-09-20T01:00:00Z: 02:00 UTC+1 becomes 01:00 UTC+0, so
 * the wall times 01:00–01:59 happen twice that night.
 */

const wall = (instant: string) => {
  const w = toMoroccoWallClock(instant);
  return `${w.wallClock} ${w.offset}`;
};

describe('the carried tz data', () => {
  it('is IANA 2026c or later, from moment-timezone, whatever the runtime says', () => {
    expect(TZ_DATA_VERSION >= '2026c').toBe(true);
    const require = createRequire(import.meta.url);
    const moment = require('moment-timezone') as {
      tz: { dataVersion: string; zone(name: string): { utcOffset(ts: number): number } | null };
    };
    expect(TZ_DATA_VERSION).toBe(moment.tz.dataVersion);
  });

  it("agrees with moment-timezone's own reading of the zone, hour by hour, 2018–2040", () => {
    const require = createRequire(import.meta.url);
    const moment = require('moment-timezone') as {
      tz: { zone(name: string): { utcOffset(ts: number): number } | null };
    };
    const zone = moment.tz.zone('Africa/Casablanca')!;
    const from = Date.UTC(2018, 0, 1);
    const to = Date.UTC(2040, 0, 1);
    let differences = 0;
    for (let t = from; t < to; t += 3_600_000) {
      if (offsetAt(t) !== -zone.utcOffset(t)) differences++;
    }
    expect(differences).toBe(0);
    // And exactly at each change, a millisecond before and at it.
    for (const until of MOROCCO_ZONE.untils.filter(Number.isFinite)) {
      expect(offsetAt(until - 1)).toBe(-zone.utcOffset(until - 1) || 0);
      expect(offsetAt(until)).toBe(-zone.utcOffset(until) || 0);
    }
  });
});

describe('2026-09-20: Morocco moves to permanent UTC+0', () => {
  it('reads instants around the change on the carried data', () => {
    expect(wall('2026-09-20T00:59:00Z')).toBe('2026-09-20T01:59 +01:00');
    expect(wall('2026-09-20T00:59:59Z')).toBe('2026-09-20T01:59 +01:00');
    expect(wall('2026-09-20T01:00:00Z')).toBe('2026-09-20T01:00 +00:00');
    expect(wall('2026-09-20T01:59:00Z')).toBe('2026-09-20T01:59 +00:00');
    expect(wall('2026-09-20T02:00:00Z')).toBe('2026-09-20T02:00 +00:00');
  });

  it('reads 01:59 local, inside the repeated hour, as the earlier instant (UTC+1)', () => {
    expect(fromMoroccoWallClock('2026-09-20T01:59')).toBe('2026-09-20T00:59:00Z');
    expect(fromMoroccoWallClock('2026-09-20T01:59', 'later')).toBe('2026-09-20T01:59:00Z');
  });

  it('reads every wall time of the repeated hour 01:00–01:59 as the earlier instant', () => {
    for (let minute = 0; minute < 60; minute += 1) {
      const typed = `2026-09-20T01:${String(minute).padStart(2, '0')}`;
      const earlier = wallClockToEpoch(typed)!;
      const later = wallClockToEpoch(typed, 'later')!;
      expect(later - earlier).toBe(3_600_000);
      expect(toMoroccoWallClock(earlier).wallClock).toBe(typed);
      expect(toMoroccoWallClock(later).wallClock).toBe(typed);
    }
  });

  it('reads 02:00 local and later as UTC+0, once', () => {
    expect(fromMoroccoWallClock('2026-09-20T02:00')).toBe('2026-09-20T02:00:00Z');
    expect(fromMoroccoWallClock('2026-09-20T02:00', 'later')).toBe('2026-09-20T02:00:00Z');
    expect(fromMoroccoWallClock('2026-09-20T02:30')).toBe('2026-09-20T02:30:00Z');
    expect(fromMoroccoWallClock('2026-09-20T00:30')).toBe('2026-09-19T23:30:00Z');
  });

  it('makes the day of the change 25 hours long', () => {
    expect(startOfDay('2026-09-20')).toBe('2026-09-20T00:00:00+01:00');
    expect(startOfDay('2026-09-21')).toBe('2026-09-21T00:00:00+00:00');
    expect(Date.parse(startOfDay('2026-09-21')) - Date.parse(startOfDay('2026-09-20'))).toBe(
      25 * 3_600_000,
    );
  });
});

describe('December 2026: UTC+0', () => {
  it('puts 23:30Z on the same local day (Node 20 ICU would say the next)', () => {
    expect(localDay('2026-12-02T23:30:00Z')).toBe('2026-12-02');
    expect(localDay('2026-12-03T00:00:00Z')).toBe('2026-12-03');
  });

  it('reads 14:30 typed as 14:30Z', () => {
    expect(fromMoroccoWallClock('2026-12-02T14:30')).toBe('2026-12-02T14:30:00Z');
    expect(moroccoInstant('2026-12-02', '14:30')).toBe('2026-12-02T14:30:00Z');
    expect(formatInstantLong('2026-12-02T14:30:00Z').fr).toBe('2 décembre 2026 à 14:30');
  });

  it('starts and ends a local day at UTC midnight', () => {
    expect(startOfDay('2026-12-02')).toBe('2026-12-02T00:00:00+00:00');
    expect(endOfDay('2026-12-02')).toBe('2026-12-02T23:59:59+00:00');
  });
});

describe('Ramadan 2027: no change any more', () => {
  it('stays UTC+0 all year 2027', () => {
    for (let month = 0; month < 12; month++) {
      for (const day of [1, 10, 20]) {
        expect(moroccoOffsetMinutes(Date.UTC(2027, month, day, 12))).toBe(0);
      }
    }
    // Ramadan 1448 ≈ 2027-02-08 to 2027-03-09: the old rule switched around it; no more.
    expect(fromMoroccoWallClock('2027-02-20T10:00')).toBe('2027-02-20T10:00:00Z');
    expect(fromMoroccoWallClock('2027-04-01T10:00')).toBe('2027-04-01T10:00:00Z');
  });
});

describe('June 2026: UTC+1', () => {
  it('is one hour ahead of UTC', () => {
    expect(moroccoOffsetMinutes('2026-06-10T09:00:00Z')).toBe(60);
    expect(wall('2026-06-10T09:00:00Z')).toBe('2026-06-10T10:00 +01:00');
    expect(fromMoroccoWallClock('2026-06-10T10:00')).toBe('2026-06-10T09:00:00Z');
    expect(localDay('2026-06-10T23:30:00Z')).toBe('2026-06-11');
    expect(startOfDay('2026-06-10')).toBe('2026-06-10T00:00:00+01:00');
    expect(endOfDay('2026-06-10')).toBe('2026-06-10T23:59:59+01:00');
  });
});

describe('Ramadan 2026: UTC+0 from 2026-02-15 to 2026-03-22', () => {
  it('falls back on 2026-02-15 at 03:00 local (02:00Z)', () => {
    expect(wall('2026-02-15T01:59:00Z')).toBe('2026-02-15T02:59 +01:00');
    expect(wall('2026-02-15T02:00:00Z')).toBe('2026-02-15T02:00 +00:00');
    // 02:30 happens twice: the earlier one (UTC+1) is chosen.
    expect(fromMoroccoWallClock('2026-02-15T02:30')).toBe('2026-02-15T01:30:00Z');
  });

  it('is UTC+0 during Ramadan', () => {
    expect(moroccoOffsetMinutes('2026-03-01T12:00:00Z')).toBe(0);
    expect(fromMoroccoWallClock('2026-03-05T10:00')).toBe('2026-03-05T10:00:00Z');
    expect(localDay('2026-03-05T23:30:00Z')).toBe('2026-03-05');
  });

  it('springs forward on 2026-03-22 at 02:00 local; a skipped time lands after the gap', () => {
    expect(wall('2026-03-22T01:59:00Z')).toBe('2026-03-22T01:59 +00:00');
    expect(wall('2026-03-22T02:00:00Z')).toBe('2026-03-22T03:00 +01:00');
    // 02:30 does not exist that night: read like Temporal's `compatible`, i.e. 03:30 UTC+1.
    expect(fromMoroccoWallClock('2026-03-22T02:30')).toBe('2026-03-22T02:30:00Z');
    expect(wall(fromMoroccoWallClock('2026-03-22T02:30'))).toBe('2026-03-22T03:30 +01:00');
    expect(fromMoroccoWallClock('2026-03-22T10:00')).toBe('2026-03-22T09:00:00Z');
  });
});

describe('the wall-clock form the API takes', () => {
  it('takes YYYY-MM-DDTHH:mm and yields the UTC instant', () => {
    expect(MoroccoTimeInputSchema.parse('2026-12-02T14:30')).toBe('2026-12-02T14:30:00Z');
    expect(MoroccoTimeInputSchema.parse('2026-06-10T10:00')).toBe('2026-06-10T09:00:00Z');
  });

  it.each([
    '2026-12-02T14:30Z',
    '2026-12-02T14:30+01:00',
    '2026-12-02T14:30:00Z',
    '2026-12-02T14:30:00',
    '2026-02-30T10:00',
    '2026-12-02T24:00',
    '2026-12-02 14:30',
    '',
  ])('refuses %j', (value) => {
    const result = WallClockSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('YYYY-MM-DDTHH:mm');
  });

  it('documents the form in the schema', () => {
    expect(WallClockSchema.description).toContain('YYYY-MM-DDTHH:mm');
  });
});

describe('formats for people', () => {
  it('formats the wall clock in UTC, never with Intl zone data', () => {
    const after = '2026-11-03T10:00:00Z';
    expect(formatMorocco(after, 'fr-MA', { hour: '2-digit', minute: '2-digit' })).toBe('10:00');
    expect(formatMorocco(after, 'en-GB', { dateStyle: 'long', timeStyle: 'short' })).toBe(
      '3 November 2026 at 10:00',
    );
    expect(formatInstantLong('2026-06-10T09:00:00Z').en).toBe('10 June 2026 at 10:00');
  });
});
