/*
 * Africa/Casablanca's offsets, from the IANA data the moment-timezone package carries (its
 * packed `latest.json`), never from the runtime's Intl/ICU tables: Node 20's ICU is tzdata
 * 2025c and still applies UTC+1 after Morocco's move to permanent UTC+0 on 2026-09-20 (tzdata
 * 2026c). The tab's bundle carries the same data, reduced to this one zone at build time
 * (tabs/vite.config.ts). Only core/time.ts uses this file: every other layer goes through it.
 *
 * The packed format (moment-timezone's `unpack`): `name|abbrs|offsets|indices|untils|population`,
 * numbers in base 60 (digits 0-9a-zA-X), offsets in minutes *west* of UTC (so UTC+1 is -60),
 * untils as minute deltas between transitions, the last period lasting for ever.
 */
import packed from 'moment-timezone/data/packed/latest.json' with { type: 'json' };

export const MOROCCO_ZONE_NAME = 'Africa/Casablanca';

/** The IANA release the carried data comes from, e.g. `2026f`. */
export const MOROCCO_TZ_DATA_VERSION: string = packed.version;

function base60Digit(code: number): number {
  if (code > 96) return code - 87; // a-z → 10-35
  if (code > 64) return code - 29; // A-X → 36-59
  return code - 48; // 0-9
}

function unpackBase60(text: string): number {
  const negative = text.startsWith('-');
  const [whole = '', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  let out = 0;
  for (const char of whole) out = out * 60 + base60Digit(char.charCodeAt(0));
  let scale = 1;
  for (const char of fraction) {
    scale /= 60;
    out += base60Digit(char.charCodeAt(0)) * scale;
  }
  return negative ? -out : out;
}

export interface ZoneTable {
  /** Offset east of UTC, in minutes (60 = UTC+1), of each period. */
  readonly offsets: readonly number[];
  /** Epoch ms at which each period ends (exclusive); the last is Infinity. */
  readonly untils: readonly number[];
}

/** Unpacks one zone of moment-timezone's packed data. Exported for the cross-check test. */
export function unpackZone(line: string): ZoneTable & { name: string } {
  const [name = '', , offsetList = '', indexList = '', untilList = ''] = line.split('|');
  const offsets = offsetList.split(' ').map(unpackBase60);
  const indices = [...indexList].map((c) => unpackBase60(c));
  const deltas = untilList === '' ? [] : untilList.split(' ').map(unpackBase60);
  const untils: number[] = [];
  let at = 0;
  for (let i = 0; i < indices.length; i++) {
    if (i === indices.length - 1) {
      untils.push(Infinity);
    } else {
      at = Math.round(at + (deltas[i] ?? 0) * 60_000);
      untils.push(at);
    }
  }
  // Offsets east of UTC: the packed data counts them westward.
  return { name, offsets: indices.map((i) => -(offsets[i] ?? 0) || 0), untils };
}

function findZone(): ZoneTable {
  const line = packed.zones.find((z) => z.startsWith(`${MOROCCO_ZONE_NAME}|`));
  if (!line) throw new Error(`moment-timezone data has no ${MOROCCO_ZONE_NAME}`);
  return unpackZone(line);
}

export const MOROCCO_ZONE: ZoneTable = findZone();

/** Morocco's offset east of UTC, in minutes, at `epochMs`. */
export function offsetAt(epochMs: number, zone: ZoneTable = MOROCCO_ZONE): number {
  const { untils, offsets } = zone;
  let lo = 0;
  let hi = untils.length - 1;
  // The first period whose end is after `epochMs`.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((untils[mid] ?? Infinity) > epochMs) hi = mid;
    else lo = mid + 1;
  }
  return offsets[lo] ?? 0;
}
