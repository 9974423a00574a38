import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { DEFAULT_POLICY, PolicySchema } from '../../../core/policy.js';
import type { College } from '../../../core/rules/r3-1-seat-composition.js';
import { checkParity, parityReport } from '../../../core/rules/r3-2-parity.js';

function seats(administration: number, civilSociety: number, inactive: College[] = []) {
  return [
    ...Array.from({ length: administration }, () => ({
      college: 'administration' as const,
      active: true,
    })),
    ...Array.from({ length: civilSociety }, () => ({
      college: 'civil_society' as const,
      active: true,
    })),
    ...inactive.map((college) => ({ college, active: false })),
  ];
}

describe('R3.2 strict parity of active seats', () => {
  it('refuses a committee with no seat (each college needs at least one)', () => {
    expect(checkParity([])).toMatchObject({
      ok: false,
      rule: 'R3.2',
      details: { reason: 'too-few', administration: 0, civilSociety: 0, min: 1 },
    });
  });

  it('accepts 1 administration seat and 1 civil-society seat', () => {
    expect(checkParity(seats(1, 1))).toEqual({ ok: true });
  });

  it('refuses 3 administration seats against 2 civil-society seats', () => {
    const verdict = checkParity(seats(3, 2));
    expect(verdict).toMatchObject({
      ok: false,
      rule: 'R3.2',
      details: { reason: 'unbalanced', administration: 3, civilSociety: 2, difference: 1 },
    });
    if (verdict.ok) return;
    expect(verdict.message.fr).toContain('3 sièges actifs pour l’administration');
    expect(verdict.message.fr).toContain('2 sièges actifs pour la société civile');
    expect(verdict.message.en).toContain('3 active seats for the administration');
    expect(verdict.message.ar).toContain('R3.2');
  });

  it('ignores inactive seats', () => {
    expect(checkParity(seats(2, 2, ['administration', 'administration']))).toEqual({ ok: true });
    expect(checkParity(seats(2, 1, ['civil_society']))).toMatchObject({ ok: false });
  });

  it('reads the minimum per college from the policy', () => {
    const policy = PolicySchema.parse({ minSeatsPerCollege: 3 });
    expect(checkParity(seats(2, 2), policy)).toMatchObject({
      ok: false,
      details: { reason: 'too-few', min: 3 },
    });
    expect(checkParity(seats(3, 3), policy)).toEqual({ ok: true });
  });

  it('throws on an unknown college', () => {
    expect(() => checkParity([{ college: 'press' as never, active: true }])).toThrow(ZodError);
  });
});

describe('R3.2 parity indicator', () => {
  it('reports the counts, the difference and the balance', () => {
    const report = parityReport(seats(2, 5, ['administration']), DEFAULT_POLICY);
    expect(report).toMatchObject({
      administration: 2,
      civilSociety: 5,
      difference: 3,
      balanced: false,
      verdict: { ok: false, rule: 'R3.2' },
    });
  });

  it('shows an empty committee as balanced but not valid', () => {
    const report = parityReport([]);
    expect(report.balanced).toBe(true);
    expect(report.difference).toBe(0);
    expect(report.verdict.ok).toBe(false);
  });
});
