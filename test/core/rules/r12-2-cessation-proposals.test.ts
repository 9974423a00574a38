import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  CessationCauseSchema,
  cessationCandidates,
  cessationProposalMessage,
  checkCessation,
} from '../../../core/rules/r12-2-cessation-proposals.js';
import { formatDayLong } from '../../../core/time.js';

const absent = (day: string) => ({ day, status: 'absent' as const });
const seat = (
  seatId: string,
  over: Partial<{
    college: 'administration' | 'civil_society';
    mandateEnd: string;
    status: 'active' | 'ceased';
  }> = {},
) => ({
  seatId,
  college: 'civil_society' as const,
  mandateEnd: '2026-06-27',
  status: 'active' as const,
  ...over,
});
const threeAbsences = [absent('2025-03-01'), absent('2025-10-01'), absent('2026-02-01')];

describe('R12.1 causes of cessation', () => {
  it('has the four causes of Art. 12', () => {
    expect(CessationCauseSchema.options).toEqual([
      'dissolved',
      'withdrawn',
      'mandate-expired',
      'absences',
    ]);
  });
});

describe('R12.2 the system proposes cessations to the secretariat', () => {
  it('proposes nothing for a seat in good standing', () => {
    expect(
      cessationCandidates({ seats: [seat('s1')], attendance: {}, today: '2026-03-01' }),
    ).toEqual([]);
  });

  it('proposes an expired mandate the day after its end, not on it', () => {
    expect(
      cessationCandidates({ seats: [seat('s1')], attendance: {}, today: '2026-06-27' }),
    ).toEqual([]);
    expect(
      cessationCandidates({ seats: [seat('s1')], attendance: {}, today: '2026-06-28' }),
    ).toEqual([{ seatId: 's1', cause: 'mandate-expired' }]);
  });

  it('proposes a seat with three unjustified absences, with their days', () => {
    expect(
      cessationCandidates({
        seats: [seat('s1'), seat('s2')],
        attendance: { s2: threeAbsences },
        today: '2026-03-01',
      }),
    ).toEqual([
      { seatId: 's2', cause: 'absences', days: ['2025-03-01', '2025-10-01', '2026-02-01'] },
    ]);
  });

  it('proposes both causes of one seat, expiry first', () => {
    expect(
      cessationCandidates({
        seats: [seat('s1')],
        attendance: { s1: threeAbsences },
        today: '2026-07-01',
      }),
    ).toEqual([
      { seatId: 's1', cause: 'mandate-expired' },
      { seatId: 's1', cause: 'absences', days: ['2025-03-01', '2025-10-01', '2026-02-01'] },
    ]);
  });

  it('ignores administration seats and ceased seats', () => {
    expect(
      cessationCandidates({
        seats: [seat('a1', { college: 'administration' }), seat('s1', { status: 'ceased' })],
        attendance: { a1: threeAbsences, s1: threeAbsences },
        today: '2026-07-01',
      }),
    ).toEqual([]);
  });

  it('words a proposal for the secretariat, citing the rule', () => {
    const message = cessationProposalMessage({
      seatId: 's1',
      cause: 'absences',
      days: ['2025-03-01', '2025-10-01', '2026-02-01'],
    });
    expect(message.fr).toContain('R12.1');
    expect(message.fr).toContain('3 réunions sur 2 années civiles');
    expect(message.fr).toContain(formatDayLong('2025-10-01').fr);
    expect(message.en).toContain('from 3 meetings within 2 calendar years');
    expect(message.en).toContain('from 3 absences');
    expect(message.ar).toContain('R12.1');
    expect(cessationProposalMessage({ seatId: 's1', cause: 'mandate-expired' }).en).toContain(
      'has expired',
    );
  });

  it('throws on a malformed day', () => {
    expect(() =>
      cessationCandidates({
        seats: [seat('s1', { mandateEnd: '2026-6-27' })],
        attendance: {},
        today: '2026-03-01',
      }),
    ).toThrow(ZodError);
  });
});

describe('R12.1 a withdrawal comes with an official letter', () => {
  it('refuses a withdrawal without its letter', () => {
    expect(checkCessation({ cause: 'withdrawn' })).toMatchObject({
      ok: false,
      rule: 'R12.1',
      details: { reason: 'no-withdrawal-letter' },
    });
  });

  it('refuses a blank letter id', () => {
    expect(checkCessation({ cause: 'withdrawn', letterDocumentId: ' ' }).ok).toBe(false);
  });

  it('accepts a withdrawal with its letter, and other causes without one', () => {
    expect(checkCessation({ cause: 'withdrawn', letterDocumentId: 'doc-9' })).toEqual({ ok: true });
    expect(checkCessation({ cause: 'dissolved' })).toEqual({ ok: true });
    expect(checkCessation({ cause: 'absences' })).toEqual({ ok: true });
  });

  it('throws on an unknown cause', () => {
    expect(() => checkCessation({ cause: 'bored' as never })).toThrow(ZodError);
  });
});
