import { describe, it, expect } from 'vitest';
import { ZodError } from 'zod';
import {
  checkProposalWindow,
  proposalWindowCloses,
} from '../../../core/rules/r5-3-proposal-window.js';
import { formatDayLong } from '../../../core/time.js';

describe('R5.3 proposals during the 3 days after the notice', () => {
  it('closes at 00:00 local on notice day + 4, at +00:00 during Ramadan', () => {
    expect(proposalWindowCloses('2026-03-02T10:00:00Z')).toBe('2026-03-06T00:00:00+00:00');
  });

  it('closes at 00:00 local on notice day + 4, at +01:00 outside Ramadan', () => {
    expect(proposalWindowCloses('2026-04-01T10:00:00+01:00')).toBe('2026-04-05T00:00:00+01:00');
  });

  it('takes the offset of the closing day when the window spans the end of Ramadan', () => {
    expect(proposalWindowCloses('2026-03-19T12:00:00Z')).toBe('2026-03-23T00:00:00+01:00');
  });

  it('starts from the local notice day, even for a notice at 23:30 local', () => {
    expect(proposalWindowCloses('2026-04-01T23:30:00+01:00')).toBe('2026-04-05T00:00:00+01:00');
    expect(proposalWindowCloses('2026-04-01T23:30:00Z')).toBe('2026-04-06T00:00:00+01:00');
  });

  it('accepts a proposal at the notice and up to the last instant before closing', () => {
    expect(checkProposalWindow('2026-03-02T10:00:00Z', '2026-03-02T10:00:00Z').ok).toBe(true);
    expect(checkProposalWindow('2026-03-02T10:00:00Z', '2026-03-05T23:59:59.999+00:00').ok).toBe(
      true,
    );
  });

  it('refuses a proposal at the closing instant, with the closing time in the message', () => {
    const verdict = checkProposalWindow('2026-03-02T10:00:00Z', '2026-03-06T00:00:00Z');
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.rule).toBe('R5.3');
    expect(verdict.details).toMatchObject({
      reason: 'window-closed',
      closesAt: '2026-03-06T00:00:00+00:00',
    });
    const closes = formatDayLong('2026-03-06');
    expect(verdict.message.fr).toContain(`${closes.fr} à 00:00`);
    expect(verdict.message.en).toContain(`${closes.en} at 00:00`);
    expect(verdict.message.ar).toContain('00:00');
    expect(verdict.message.fr).toContain('3 jours');
  });

  it('refuses at 00:00 local outside Ramadan, i.e. 23:00 UTC the day before', () => {
    expect(checkProposalWindow('2026-04-01T10:00:00+01:00', '2026-04-04T22:59:59Z').ok).toBe(true);
    expect(checkProposalWindow('2026-04-01T10:00:00+01:00', '2026-04-04T23:00:00Z').ok).toBe(false);
  });

  it('refuses a proposal before the notice is sent', () => {
    const verdict = checkProposalWindow('2026-04-01T10:00:00+01:00', '2026-04-01T08:59:00Z');
    expect(!verdict.ok && verdict.details?.reason).toBe('before-notice');
  });

  it('refuses malformed instants with a zod error', () => {
    expect(() => proposalWindowCloses('2026-04-01')).toThrow(ZodError);
    expect(() => checkProposalWindow('2026-04-01T10:00:00+01:00', 'now')).toThrow(ZodError);
  });
});
