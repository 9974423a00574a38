import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { checkVoteMayOpen } from '../../../core/rules/r5-7-consensus-first.js';
import { formatInstantLong } from '../../../core/time.js';

describe('R5.7 consensus first, a vote only once consensus is exhausted', () => {
  it('refuses to open a vote before the chair recorded that consensus was exhausted', () => {
    const verdict = checkVoteMayOpen({});
    expect(verdict).toMatchObject({
      ok: false,
      rule: 'R5.7',
      details: { reason: 'consensus-not-exhausted' },
    });
    if (verdict.ok) return;
    expect(verdict.message.fr).toContain('par consensus');
    expect(verdict.message.en).toContain('the chair has recorded');
    expect(verdict.message.ar).toContain('R5.7');
  });

  it('opens a vote once the chair recorded it', () => {
    expect(checkVoteMayOpen({ consensusExhaustedAt: '2026-03-10T10:00:00+01:00' })).toEqual({
      ok: true,
    });
  });

  it('opens a vote at the very moment of the record, not before', () => {
    const consensusExhaustedAt = '2026-03-10T10:00:00+01:00';
    expect(checkVoteMayOpen({ consensusExhaustedAt, opensAt: '2026-03-10T09:00:00Z' })).toEqual({
      ok: true,
    });
    const verdict = checkVoteMayOpen({ consensusExhaustedAt, opensAt: '2026-03-10T08:59:59Z' });
    expect(verdict).toMatchObject({
      ok: false,
      rule: 'R5.7',
      details: { reason: 'before-consensus-exhausted', consensusExhaustedAt },
    });
    if (verdict.ok) return;
    expect(verdict.message.fr).toContain('avant le moment où la présidence a constaté');
    expect(verdict.message.en).toContain(`(${formatInstantLong(consensusExhaustedAt).en})`);
  });

  it('throws on a malformed instant', () => {
    expect(() => checkVoteMayOpen({ consensusExhaustedAt: 'yesterday' })).toThrow(ZodError);
  });
});
