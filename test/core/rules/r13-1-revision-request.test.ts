import { describe, it, expect } from 'vitest';
import { ZodError } from 'zod';
import {
  checkRevisionRequest,
  revisionSupportRequired,
  revisionWindow,
} from '../../../core/rules/r13-1-revision-request.js';

const request = (filedOn: string, supporters = 7, activeSeats = 20) =>
  checkRevisionRequest({ planEnd: '2026-12-31', filedOn, supporters, activeSeats });

describe('R13.1 revision request: one third of members, last quarter of the plan', () => {
  it('opens the window on 1 October for a plan ending on 31 December', () => {
    expect(revisionWindow('2026-12-31')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(revisionWindow('2026-06-30')).toEqual({ start: '2026-04-01', end: '2026-06-30' });
  });

  it('refuses a request filed on 30 September', () => {
    const verdict = request('2026-09-30');
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.rule).toBe('R13.1');
    expect(verdict.details?.reason).toBe('outside-window');
    expect(verdict.message.fr).toContain('dernier trimestre');
    expect(verdict.message.en).toContain('last quarter');
    expect(verdict.message.ar).toContain('المادة 13');
  });

  it('accepts a request filed on 1 October and on 31 December', () => {
    expect(request('2026-10-01').ok).toBe(true);
    expect(request('2026-12-31').ok).toBe(true);
  });

  it('refuses a request filed on 1 January after the plan', () => {
    const verdict = request('2027-01-01');
    expect(!verdict.ok && verdict.details?.reason).toBe('outside-window');
  });

  it('requires ceil(n/3) supporters of n active seats', () => {
    expect([0, 1, 3, 4, 20].map((n) => revisionSupportRequired(n))).toEqual([0, 1, 1, 2, 7]);
  });

  it('refuses too few supporters, with the numbers', () => {
    const verdict = request('2026-11-15', 1, 4);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.details).toMatchObject({
      reason: 'too-few-supporters',
      required: 2,
      supporters: 1,
    });
    expect(verdict.message.fr).toContain('2 soutiens sont requis pour 4 sièges actifs');
    expect(verdict.message.en).toContain('2 supporters are required for 4 active seats');
    expect(request('2026-11-15', 2, 4).ok).toBe(true);
    expect(request('2026-11-15', 6, 20).ok).toBe(false);
    expect(request('2026-11-15', 1, 1).ok).toBe(true);
    expect(request('2026-11-15', 0, 0).ok).toBe(true);
  });

  it('checks the window before the support', () => {
    const verdict = request('2026-09-30', 0, 20);
    expect(!verdict.ok && verdict.details?.reason).toBe('outside-window');
  });

  it('refuses malformed input with a zod error', () => {
    expect(() => request('2026-10-32')).toThrow(ZodError);
    expect(() => request('2026-10-01', -1)).toThrow(ZodError);
    expect(() => request('2026-10-01', 2, 4.5)).toThrow(ZodError);
    expect(() => revisionSupportRequired(-3)).toThrow(ZodError);
  });
});
