import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  checkPersonHoldsOneSeat,
  checkSeatComposition,
  CollegeSchema,
} from '../../../core/rules/r3-1-seat-composition.js';

describe('R3.1 two colleges', () => {
  it('knows the administration and civil-society colleges only', () => {
    expect(CollegeSchema.options).toEqual(['administration', 'civil_society']);
    expect(() => CollegeSchema.parse('private_sector')).toThrow(ZodError);
  });
});

describe('R3.1 a seat has one organisation, a titular and an alternate', () => {
  const full = {
    college: 'civil_society' as const,
    organisationId: 'org-1',
    titularId: 'p-1',
    alternateId: 'p-2',
  };

  it('accepts a seat with its organisation, titular and alternate', () => {
    expect(checkSeatComposition(full)).toEqual({ ok: true });
  });

  it('refuses a seat without an alternate', () => {
    const verdict = checkSeatComposition({ ...full, alternateId: undefined });
    expect(verdict).toMatchObject({
      ok: false,
      rule: 'R3.1',
      details: { reason: 'incomplete', missing: ['alternate'] },
    });
  });

  it('lists every missing part at once, blank ids counting as missing', () => {
    const verdict = checkSeatComposition({ college: 'administration', titularId: '  ' });
    expect(verdict).toMatchObject({
      ok: false,
      details: { missing: ['organisation', 'titular', 'alternate'] },
    });
    if (verdict.ok) return;
    expect(verdict.message.fr).toContain('R3.1');
    expect(verdict.message.fr).toContain(
      'l’organisation, le membre titulaire et le membre suppléant',
    );
    expect(verdict.message.en).toContain(
      'the organisation, the titular member and the alternate member',
    );
    expect(verdict.message.ar).toContain('R3.1');
  });

  it('refuses the same person as titular and alternate', () => {
    const verdict = checkSeatComposition({ ...full, alternateId: 'p-1' });
    expect(verdict).toMatchObject({
      ok: false,
      rule: 'R3.1',
      details: { reason: 'same-person', personId: 'p-1' },
    });
  });

  it('throws on an unknown college', () => {
    expect(() => checkSeatComposition({ ...full, college: 'press' as never })).toThrow(ZodError);
  });
});

describe('R3.1 a person holds at most one active seat', () => {
  const seats = [
    { seatId: 's1', active: true, titularId: 'p-1', alternateId: 'p-2' },
    { seatId: 's2', active: true, titularId: 'p-3', alternateId: 'p-4' },
    { seatId: 's3', active: false, titularId: 'p-1', alternateId: 'p-5' },
  ];

  it('accepts a person on one active seat, ceased seats ignored', () => {
    expect(checkPersonHoldsOneSeat('p-1', seats)).toEqual({ ok: true });
  });

  it('accepts a person on no seat', () => {
    expect(checkPersonHoldsOneSeat('p-9', seats)).toEqual({ ok: true });
  });

  it('refuses a titular of one seat who is alternate of another', () => {
    const verdict = checkPersonHoldsOneSeat('p-1', [
      ...seats,
      { seatId: 's4', active: true, titularId: 'p-6', alternateId: 'p-1' },
    ]);
    expect(verdict).toMatchObject({
      ok: false,
      rule: 'R3.1',
      details: { personId: 'p-1', seatIds: ['s1', 's4'] },
    });
    if (verdict.ok) return;
    expect(verdict.message.en).toContain('2 active seats');
    expect(verdict.message.fr).toContain('2 sièges actifs');
  });

  it('throws on an empty person id', () => {
    expect(() => checkPersonHoldsOneSeat('', seats)).toThrow(ZodError);
  });
});
