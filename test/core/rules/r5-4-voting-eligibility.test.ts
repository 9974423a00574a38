import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { checkVotingRight } from '../../../core/rules/r5-4-voting-eligibility.js';

describe('R5.4 / R6 / R12 only holders of active seats vote', () => {
  it('lets the titular of an active seat vote', () => {
    expect(
      checkVotingRight({ roles: ['titular'], seat: { status: 'active', role: 'titular' } }),
    ).toEqual({
      ok: true,
    });
  });

  it('lets the alternate of an active seat vote', () => {
    expect(
      checkVotingRight({ roles: ['alternate'], seat: { status: 'active', role: 'alternate' } }),
    ).toEqual({
      ok: true,
    });
  });

  it('lets a seat holder who also works for the secretariat vote for the seat', () => {
    expect(
      checkVotingRight({
        roles: ['secretariat', 'titular'],
        seat: { status: 'active', role: 'titular' },
      }).ok,
    ).toBe(true);
  });

  it('refuses the secretariat (R6)', () => {
    const verdict = checkVotingRight({ roles: ['secretariat'] });
    expect(verdict).toMatchObject({ ok: false, rule: 'R6', details: { reason: 'secretariat' } });
    if (verdict.ok) return;
    expect(verdict.message.fr).toContain('secrétariat');
    expect(verdict.message.en).toContain(
      'the secretariat coordinates the committee but has no vote',
    );
    expect(verdict.message.ar).toContain('R6');
  });

  it('refuses an external participant (R5.4)', () => {
    const verdict = checkVotingRight({ roles: ['external'] });
    expect(verdict).toMatchObject({ ok: false, rule: 'R5.4', details: { reason: 'external' } });
    if (verdict.ok) return;
    expect(verdict.message.en).toContain('without a vote');
  });

  it('refuses an observer (R5.4)', () => {
    expect(checkVotingRight({ roles: ['observer'] })).toMatchObject({
      ok: false,
      rule: 'R5.4',
      details: { reason: 'observer' },
    });
  });

  it('refuses a member whose seat has ceased (R12)', () => {
    const verdict = checkVotingRight({
      roles: ['titular'],
      seat: { status: 'ceased', role: 'titular' },
    });
    expect(verdict).toMatchObject({ ok: false, rule: 'R12.2', details: { reason: 'ceased' } });
    if (verdict.ok) return;
    expect(verdict.message.fr).toContain('a pris fin');
  });

  it('refuses a person without a seat', () => {
    expect(checkVotingRight({ roles: [] })).toMatchObject({
      ok: false,
      rule: 'R13.2',
      details: { reason: 'not-a-member' },
    });
    expect(checkVotingRight({ roles: ['chair'] })).toMatchObject({
      details: { reason: 'not-a-member' },
    });
  });

  it('throws on an unknown seat status', () => {
    expect(() =>
      checkVotingRight({ roles: [], seat: { status: 'suspended' as never, role: 'titular' } }),
    ).toThrow(ZodError);
  });
});
