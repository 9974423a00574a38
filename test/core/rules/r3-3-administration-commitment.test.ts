import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { checkAdministrationCommitment } from '../../../core/rules/r3-3-administration-commitment.js';

describe('R3.3 an administration seat owns a commitment of the current NAP', () => {
  const commitments = [
    { organisationId: 'ministry-health', title: 'Open health data' },
    { organisationId: 'ministry-finance' },
  ];

  it('accepts a body responsible for one commitment', () => {
    expect(
      checkAdministrationCommitment({ organisationId: 'ministry-health', commitments }),
    ).toEqual({
      ok: true,
    });
  });

  it('refuses a body responsible for no commitment', () => {
    const verdict = checkAdministrationCommitment({
      organisationId: 'ministry-sport',
      commitments,
    });
    expect(verdict).toMatchObject({
      ok: false,
      rule: 'R3.3',
      details: { organisationId: 'ministry-sport' },
    });
    if (verdict.ok) return;
    expect(verdict.message.fr).toContain('plan d’action national');
    expect(verdict.message.en).toContain('national action plan');
    expect(verdict.message.ar).toContain('R3.3');
  });

  it('refuses any body when the plan has no commitment yet', () => {
    expect(
      checkAdministrationCommitment({ organisationId: 'ministry-health', commitments: [] }).ok,
    ).toBe(false);
  });

  it('throws on an empty organisation id', () => {
    expect(() => checkAdministrationCommitment({ organisationId: '', commitments })).toThrow(
      ZodError,
    );
  });
});
