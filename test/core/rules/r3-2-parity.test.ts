import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { DEFAULT_POLICY, PolicySchema } from '../../../core/policy.js';
import type { College } from '../../../core/rules/r3-1-seat-composition.js';
import {
  checkActiveParity,
  checkParity,
  checkSeatParity,
  parityReport,
  planParity,
  type ParityMember,
} from '../../../core/rules/r3-2-parity.js';

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

/** A register: `a`/`c` active seats, then pending seats in the order given (oldest first). */
function register(a: number, c: number, pending: College[] = []): ParityMember[] {
  return [
    ...Array.from({ length: a }, (_, i) => ({
      id: `a${i + 1}`,
      college: 'administration' as const,
      status: 'active' as const,
    })),
    ...Array.from({ length: c }, (_, i) => ({
      id: `c${i + 1}`,
      college: 'civil_society' as const,
      status: 'active' as const,
    })),
    ...pending.map((college, i) => ({
      id: `p${i + 1}`,
      college,
      status: 'pending' as const,
      pendingSince: `2026-03-0${i + 1}T09:00:00.000Z`,
    })),
  ];
}

describe('R3.2 a seat that would break parity waits, pending', () => {
  it('keeps a fifth civil-society seat pending against four administration seats', () => {
    const seats = register(4, 4, ['civil_society']);
    expect(planParity(seats)).toEqual({ activate: [], administration: 4, civilSociety: 4 });
    expect(checkSeatParity(seats, 'p1')).toEqual({
      ok: false,
      rule: 'R3.2',
      key: 'seat-pending',
      params: {
        administration: 4,
        civilSociety: 4,
        lacking: 'administration',
        missing: 1,
        remedy: 'designate-administration',
        remedyRule: 'R4.1',
        pending: 1,
      },
    });
  });

  it('activates the pending seat together with the administration seat that restores parity', () => {
    const seats = register(4, 4, ['civil_society', 'administration']);
    expect(planParity(seats)).toEqual({
      activate: ['p2', 'p1'],
      administration: 5,
      civilSociety: 5,
    });
    expect(checkSeatParity(seats, 'p1')).toEqual({ ok: true });
  });

  it('activates the oldest pending seat first; the others keep waiting, counted in order', () => {
    const seats = register(4, 4, ['civil_society', 'civil_society', 'administration']);
    expect(planParity(seats).activate).toEqual(['p3', 'p1']);
    const after = seats.map((s) =>
      s.id === 'p1' || s.id === 'p3' ? { ...s, status: 'active' as const } : s,
    );
    expect(checkSeatParity(after, 'p2')).toMatchObject({
      ok: false,
      params: { administration: 5, civilSociety: 5, missing: 1, lacking: 'administration' },
    });
  });

  it('orders seats pending in the same instant by id', () => {
    const seats = register(1, 1).concat(
      ['z', 'b'].map((id) => ({
        id,
        college: 'civil_society' as const,
        status: 'pending' as const,
        pendingSince: '2026-03-01T09:00:00.000Z',
      })),
      [{ id: 'x', college: 'administration', status: 'pending' }],
    );
    expect(planParity(seats).activate).toEqual(['x', 'b']);
  });

  it('counts how many seats the other college still needs for a later pending seat', () => {
    const seats = register(4, 4, ['civil_society', 'civil_society', 'civil_society']);
    expect(checkSeatParity(seats, 'p3')).toMatchObject({ ok: false, params: { missing: 3 } });
  });

  it('keeps a first seat pending until the other college has one (an empty committee)', () => {
    const seats = register(0, 0, ['administration']);
    expect(planParity(seats).activate).toEqual([]);
    expect(planParity(register(0, 0, ['administration', 'civil_society'])).activate).toEqual([
      'p1',
      'p2',
    ]);
  });

  it('activates a seat that reduces an imbalance left by a cessation, never one that widens it', () => {
    // After a civil-society cessation: 4 against 3.
    expect(planParity(register(4, 3, ['civil_society'])).activate).toEqual(['p1']);
    expect(planParity(register(4, 3, ['administration'])).activate).toEqual([]);
    // Two cessations, one replacement: closer to parity (5 against 4) is better than waiting.
    expect(planParity(register(5, 3, ['civil_society']))).toEqual({
      activate: ['p1'],
      administration: 5,
      civilSociety: 4,
    });
    // Reaching the heavier college, the rest pair up.
    expect(
      planParity(register(4, 3, ['civil_society', 'administration', 'civil_society'])).activate,
    ).toEqual(['p2', 'p1', 'p3']);
  });

  it('ignores seats that are neither active nor pending', () => {
    const seats: ParityMember[] = [
      ...register(2, 2),
      { id: 'w', college: 'administration', status: 'withdrawn' },
      { id: 'x', college: 'administration', status: 'ceased' },
      { id: 'd', college: 'administration', status: 'draft' },
      { id: 'p', college: 'civil_society', status: 'pending' },
    ];
    expect(planParity(seats).activate).toEqual([]);
    expect(checkSeatParity(seats, 'w')).toEqual({ ok: true });
  });

  it('throws on a malformed seat', () => {
    expect(() => planParity([{ id: '', college: 'administration', status: 'active' }])).toThrow(
      ZodError,
    );
  });
});

describe('R3.2 an imbalance left by a cessation is flagged with what the manual requires', () => {
  it('asks for a civil-society selection (R4.6) when civil society lacks a seat', () => {
    expect(checkActiveParity(register(4, 3))).toEqual({
      ok: false,
      rule: 'R3.2',
      key: 'composition-unbalanced',
      params: {
        administration: 4,
        civilSociety: 3,
        lacking: 'civil_society',
        missing: 1,
        remedy: 'select-civil-society',
        remedyRule: 'R4.6',
        pending: 0,
      },
    });
  });

  it('asks for a designation letter (R4.1) when the administration lacks seats', () => {
    expect(checkActiveParity(register(2, 4, ['civil_society']))).toMatchObject({
      ok: false,
      params: { lacking: 'administration', missing: 2, remedyRule: 'R4.1', pending: 1 },
    });
  });

  it('accepts a balanced active composition, whatever waits', () => {
    expect(checkActiveParity(register(4, 4, ['civil_society']))).toEqual({ ok: true });
  });
});
