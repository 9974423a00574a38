import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { checkDesignationLetter } from '../../../core/rules/r4-1-designation-letter.js';

describe('R4.1 an administration seat is designated by an official letter', () => {
  it('accepts an administration seat with its designation letter', () => {
    expect(
      checkDesignationLetter({ college: 'administration', designationLetterId: 'doc-1' }),
    ).toEqual({
      ok: true,
    });
  });

  it('refuses an administration seat without a letter', () => {
    const verdict = checkDesignationLetter({ college: 'administration' });
    expect(verdict).toMatchObject({
      ok: false,
      rule: 'R4.1',
      details: { reason: 'no-designation-letter' },
    });
    if (verdict.ok) return;
    expect(verdict.message.fr).toContain('écrit officiel');
    expect(verdict.message.en).toContain('official letter');
    expect(verdict.message.ar).toContain('R4.1');
  });

  it('refuses a blank letter id', () => {
    expect(checkDesignationLetter({ college: 'administration', designationLetterId: ' ' }).ok).toBe(
      false,
    );
  });

  it('asks no letter of a civil-society seat (selected, not designated)', () => {
    expect(checkDesignationLetter({ college: 'civil_society' })).toEqual({ ok: true });
  });

  it('throws on an unknown college', () => {
    expect(() => checkDesignationLetter({ college: 'other' as never })).toThrow(ZodError);
  });
});
