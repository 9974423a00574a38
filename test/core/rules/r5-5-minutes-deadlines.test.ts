import { describe, it, expect } from 'vitest';
import { ZodError } from 'zod';
import {
  amendmentDeadline,
  checkAmendmentWindow,
  minutesShareDeadline,
  minutesStatus,
} from '../../../core/rules/r5-5-minutes-deadlines.js';
import { PolicySchema } from '../../../core/policy.js';
import { formatDayLong } from '../../../core/time.js';

const EID_CONFIRMED_SATURDAY = [{ key: 'eid_al_fitr', date: '2026-03-21' }];

describe('R5.5 minutes shared within 3 business days, amended within 2', () => {
  it('skips the weekend', () => {
    expect(minutesShareDeadline('2026-03-13')).toBe('2026-03-18'); // a Friday meeting
  });

  it('moves a deadline that would fall on Eid al-Fitr to the next business day', () => {
    // Tuesday 17 March 2026: Wed 18, Thu 19, then Fri 20 is Eid (estimated) → Mon 23.
    expect(minutesShareDeadline('2026-03-17')).toBe('2026-03-23');
  });

  it('recomputes the deadline when the confirmed Eid moves by one day', () => {
    // Thursday 19 March: with Eid on Fri–Sat the third business day is Wed 25; on Sat–Sun, Tue 24.
    expect(minutesShareDeadline('2026-03-19')).toBe('2026-03-25');
    expect(minutesShareDeadline('2026-03-19', EID_CONFIRMED_SATURDAY)).toBe('2026-03-24');
  });

  it('does not skip 31 October 2025 but skips 31 October from 2026 (Aïd Al Wahda)', () => {
    expect(minutesShareDeadline('2025-10-30')).toBe('2025-11-04'); // Fri 31 counts
    expect(minutesShareDeadline('2028-10-30')).toBe('2028-11-03'); // Tue 31 is a holiday
  });

  it('gives members 2 business days to amend after sharing', () => {
    expect(amendmentDeadline('2026-03-19')).toBe('2026-03-24');
    expect(amendmentDeadline('2026-03-19', EID_CONFIRMED_SATURDAY)).toBe('2026-03-23');
  });

  it('reads both counts from the policy', () => {
    const policy = PolicySchema.parse({ minutesShareBusinessDays: 5, amendmentBusinessDays: 1 });
    expect(minutesShareDeadline('2026-04-06', [], policy)).toBe('2026-04-13');
    expect(amendmentDeadline('2026-04-06', [], policy)).toBe('2026-04-07');
  });

  it('is not overdue on the deadline day itself', () => {
    const status = minutesStatus({ meetingDay: '2026-03-17', today: '2026-03-23' });
    expect(status).toEqual({ shareDeadline: '2026-03-23', overdue: false, verdict: { ok: true } });
  });

  it('flags the minutes overdue the day after the deadline', () => {
    const status = minutesStatus({ meetingDay: '2026-03-17', today: '2026-03-24' });
    expect(status.overdue).toBe(true);
    expect(status.verdict.ok).toBe(false);
    if (status.verdict.ok) return;
    expect(status.verdict.rule).toBe('R5.5');
    expect(status.verdict.message.fr).toContain('3 jours ouvrables');
    expect(status.verdict.message.fr).toContain(formatDayLong('2026-03-23').fr);
    expect(status.verdict.message.en).toContain('3 business days');
    expect(status.verdict.message.ar).toContain('3 أيام عمل');
  });

  it('gives the amendment deadline once shared, and is no longer overdue', () => {
    const status = minutesStatus({
      meetingDay: '2026-03-17',
      sharedOn: '2026-03-25',
      today: '2026-03-26',
    });
    expect(status).toEqual({
      shareDeadline: '2026-03-23',
      amendmentDeadline: '2026-03-27',
      overdue: false,
      verdict: { ok: true },
    });
  });

  it('applies confirmed Hijri dates to the status', () => {
    const status = minutesStatus({
      meetingDay: '2026-03-19',
      today: '2026-03-25',
      confirmed: EID_CONFIRMED_SATURDAY,
    });
    expect(status.overdue).toBe(true);
  });

  it('accepts amendments through the deadline day and refuses them the next day', () => {
    expect(checkAmendmentWindow('2026-03-19', '2026-03-19').ok).toBe(true);
    expect(checkAmendmentWindow('2026-03-19', '2026-03-24').ok).toBe(true);
    const late = checkAmendmentWindow('2026-03-19', '2026-03-25');
    expect(late.ok).toBe(false);
    expect(!late.ok && late.details).toMatchObject({
      reason: 'amendment-closed',
      amendmentDeadline: '2026-03-24',
    });
    expect(!late.ok && late.message.fr).toContain('2 jours ouvrables');
  });

  it('refuses amendments before the minutes are shared', () => {
    const early = checkAmendmentWindow('2026-03-19', '2026-03-18');
    expect(!early.ok && early.details?.reason).toBe('not-shared-yet');
  });

  it('refuses malformed input with a zod error', () => {
    expect(() => minutesShareDeadline('2026-3-17')).toThrow(ZodError);
    expect(() => checkAmendmentWindow('2026-03-19', '24/03/2026')).toThrow(ZodError);
    expect(() =>
      minutesStatus({ meetingDay: '2026-03-17', sharedOn: '2026-03-16', today: '2026-03-18' }),
    ).toThrow(ZodError);
    expect(() =>
      minutesShareDeadline('2026-03-17', [{ key: 'eid_al_fitr', date: '2026-05-01' }]),
    ).toThrow(ZodError);
  });
});
