import { describe, expect, it } from 'vitest';
import { checkTimeZoneData, warnOnRuntimeTimeZone } from '../../server/tz-check.js';

/** RULES.md: say at startup when the runtime's tz data disagrees with the carried data. */
describe('startup check of the runtime’s time-zone data', () => {
  const recorder = () => {
    const warnings: { fields: object; message: string }[] = [];
    return {
      warnings,
      logger: { warn: (fields: object, message: string) => warnings.push({ fields, message }) },
    };
  };
  // A runtime with tz data older than 2026c: Morocco still UTC+1 after 2026-09-20.
  const oldRuntime = {
    version: '2025c',
    offsetMinutes: (ms: number) =>
      ms >= Date.parse('2026-02-15T02:00:00Z') && ms < Date.parse('2026-03-22T02:00:00Z') ? 0 : 60,
  };

  it('warns, naming both versions and both offsets, when the runtime disagrees (December 2026)', () => {
    const { warnings, logger } = recorder();
    const check = warnOnRuntimeTimeZone(logger, '2026-12-07T12:00:00Z', oldRuntime);
    expect(check).toMatchObject({
      agree: false,
      runtimeTzVersion: '2025c',
      runtimeOffset: 'UTC+01:00',
      carriedOffset: 'UTC+00:00',
    });
    expect(check.carriedTzVersion >= '2026c').toBe(true);
    expect(warnings).toHaveLength(1);
    const [warning] = warnings;
    expect(warning?.message).toContain('tzdata 2025c');
    expect(warning?.message).toContain(`tzdata ${check.carriedTzVersion}`);
    expect(warning?.message).toContain('UTC+01:00');
    expect(warning?.message).toContain('UTC+00:00');
  });

  it('stays quiet when they agree (June 2026, before the change)', () => {
    const { warnings, logger } = recorder();
    expect(warnOnRuntimeTimeZone(logger, '2026-06-10T12:00:00Z', oldRuntime).agree).toBe(true);
    expect(warnings).toEqual([]);
  });

  it('reads this runtime’s own Intl data', () => {
    const check = checkTimeZoneData('2026-12-07T12:00:00Z');
    expect(check.runtimeTzVersion).toBe(process.versions.tz);
    // Node 20's ICU (2025c) predates 2026c: it must disagree; a newer runtime agrees.
    expect(check.agree).toBe((process.versions.tz ?? '') >= '2026c');
  });
});
