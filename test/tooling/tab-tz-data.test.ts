import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { moroccoZoneOnly } from '../../tabs/vite.config.js';

/**
 * The tab bundles core/time.ts with moment-timezone's tz data: the build keeps only
 * Africa/Casablanca (from the package, at build time), not the ~730 KB of every zone.
 */
describe("the tab's Morocco tz data", () => {
  const require = createRequire(import.meta.url);
  const file = require.resolve('moment-timezone/data/packed/latest.json');
  const load = moroccoZoneOnly().load as (id: string) => string | null;

  it('reduces the packed data to Africa/Casablanca, same release as the server', () => {
    const full = require(file) as { version: string; zones: string[] };
    const reduced = JSON.parse(load.call({ error: () => {} }, file) ?? '{}') as {
      version: string;
      zones: string[];
      links: string[];
    };
    expect(reduced.version).toBe(full.version);
    expect(reduced.zones).toEqual(full.zones.filter((z) => z.startsWith('Africa/Casablanca|')));
    expect(reduced.links).toEqual([]);
    expect(JSON.stringify(reduced).length).toBeLessThan(2_000);
  });

  it('leaves every other module alone', () => {
    expect(load.call({}, '/work/main/core/time.ts')).toBeNull();
  });
});
