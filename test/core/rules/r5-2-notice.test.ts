import { describe, it, expect } from 'vitest';
import { ZodError } from 'zod';
import { checkNotice } from '../../../core/rules/r5-2-notice.js';
import { DEFAULT_POLICY, PolicySchema } from '../../../core/policy.js';
import { formatDayLong } from '../../../core/time.js';

/** The UTC offset of Africa/Casablanca at an instant, as Intl reports it ("GMT+01:00"). */
const offsetAt = (instant: string) =>
  // ICU writes UTC+0 as "GMT" or "GMT+00:00" depending on its version.
  (
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Africa/Casablanca',
      timeZoneName: 'longOffset',
      hour: 'numeric',
    })
      .formatToParts(new Date(instant))
      .find((p) => p.type === 'timeZoneName')?.value ?? ''
  ).replace(/^GMT$/, 'GMT+00:00');

describe('R5.2 notice at least 10 days ahead', () => {
  it('accepts a notice sent exactly 10 days ahead', () => {
    expect(checkNotice('2026-05-20T09:00:00+01:00', '2026-05-10T09:00:00+01:00')).toEqual({
      ok: true,
    });
  });

  it('refuses a notice sent 9 days ahead, with the numbers in the message and details', () => {
    const verdict = checkNotice('2026-05-20T09:00:00+01:00', '2026-05-11T09:00:00+01:00');
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.rule).toBe('R5.2');
    expect(verdict.details).toEqual({
      daysAhead: 9,
      required: 10,
      meetingDay: '2026-05-20',
      noticeDay: '2026-05-11',
    });
    expect(verdict.message.fr).toContain('au moins 10 jours avant la réunion (art. 5)');
    expect(verdict.message.fr).toContain('il ne reste que 9 jours');
    expect(verdict.message.fr).toContain(formatDayLong('2026-05-11').fr);
    expect(verdict.message.en).toContain('at least 10 days before the meeting (art. 5)');
    expect(verdict.message.en).toContain('only 9 days remain');
    expect(verdict.message.ar).toContain('10 أيام');
    expect(verdict.message.ar).toContain('9 أيام');
    expect(verdict.message.ar).toContain('المادة 5');
  });

  it('counts calendar days, not hours: a notice at 23:30 local counts for its day', () => {
    // 10 May 23:30 → 20 May 09:00 is 9 days and 9.5 hours, yet 10 calendar days.
    expect(checkNotice('2026-05-20T09:00:00+01:00', '2026-05-10T23:30:00+01:00').ok).toBe(true);
    expect(checkNotice('2026-05-20T09:00:00+01:00', '2026-05-11T23:30:00+01:00').ok).toBe(false);
  });

  it('takes the local day in Morocco, not the UTC day (UTC+1 outside Ramadan)', () => {
    // 22:30Z is 23:30 local on the 10th; 23:30Z is already 00:30 on the 11th.
    expect(checkNotice('2026-05-20T09:00:00+01:00', '2026-05-10T22:30:00Z').ok).toBe(true);
    expect(checkNotice('2026-05-20T09:00:00+01:00', '2026-05-10T23:30:00Z').ok).toBe(false);
  });

  it('knows Morocco is UTC+0 during Ramadan 2026, from 15 February to 22 March', () => {
    expect(offsetAt('2026-02-15T01:59:59Z')).toBe('GMT+01:00');
    expect(offsetAt('2026-02-15T02:00:00Z')).toBe('GMT+00:00');
    expect(offsetAt('2026-03-22T01:59:59Z')).toBe('GMT+00:00');
    expect(offsetAt('2026-03-22T02:00:00Z')).toBe('GMT+01:00');
  });

  it('accepts a notice at 23:30 local during Ramadan (UTC+0) exactly 10 days ahead', () => {
    expect(checkNotice('2026-03-02T10:00:00Z', '2026-02-20T23:30:00Z').ok).toBe(true);
    expect(checkNotice('2026-03-02T10:00:00Z', '2026-02-21T23:30:00+00:00').ok).toBe(false);
  });

  it('refuses a notice sent before Ramadan begins that is 9 local days ahead of a Ramadan meeting', () => {
    // 10 Feb 23:30Z is 11 Feb 00:30 local (+01:00); the meeting is on 20 Feb local (+00:00).
    const verdict = checkNotice('2026-02-20T10:00:00Z', '2026-02-10T23:30:00Z');
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.details).toMatchObject({ daysAhead: 9, noticeDay: '2026-02-11' });
    expect(checkNotice('2026-02-20T10:00:00Z', '2026-02-10T22:30:00Z').ok).toBe(true);
  });

  it('refuses a notice sent after Ramadan ends that is 9 local days ahead', () => {
    // 22 Mar 23:30Z is 23 Mar 00:30 local (+01:00 again); 21 Mar 23:30Z is still 21 Mar (+00:00).
    expect(checkNotice('2026-04-01T10:00:00+01:00', '2026-03-22T23:30:00Z').ok).toBe(false);
    expect(checkNotice('2026-03-31T10:00:00+01:00', '2026-03-21T23:30:00Z').ok).toBe(true);
  });

  it('refuses a notice sent after the meeting without counting backwards in the message', () => {
    const verdict = checkNotice('2026-05-20T09:00:00+01:00', '2026-05-21T09:00:00+01:00');
    expect(!verdict.ok && verdict.details?.daysAhead).toBe(-1);
    expect(!verdict.ok && verdict.message.fr).toContain('il ne reste aucun jour');
  });

  it('reads the number of days from the policy', () => {
    const policy = PolicySchema.parse({ noticeMinDays: 15 });
    expect(checkNotice('2026-05-20T09:00:00+01:00', '2026-05-10T09:00:00+01:00', policy).ok).toBe(
      false,
    );
    expect(
      checkNotice('2026-05-20T09:00:00+01:00', '2026-05-10T09:00:00+01:00', DEFAULT_POLICY).ok,
    ).toBe(true);
  });

  it('refuses malformed instants with a zod error', () => {
    expect(() => checkNotice('2026-05-20', '2026-05-10T09:00:00+01:00')).toThrow(ZodError);
    expect(() => checkNotice('2026-05-20T09:00:00+01:00', 'yesterday')).toThrow(ZodError);
  });
});
