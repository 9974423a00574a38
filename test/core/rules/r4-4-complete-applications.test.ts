import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  checkApplicationComplete,
  missingItems,
} from '../../../core/rules/r4-4-complete-applications.js';

describe('R4.4 only complete applications are scored', () => {
  const required = ['statutes', 'activity_report', 'action_plan'];

  it('accepts an application with every required item, extras ignored', () => {
    expect(
      checkApplicationComplete({
        required,
        provided: ['action_plan', 'statutes', 'activity_report', 'photo'],
      }),
    ).toEqual({ ok: true });
  });

  it('accepts anything when the call requires nothing', () => {
    expect(checkApplicationComplete({ required: [], provided: [] })).toEqual({ ok: true });
  });

  it('refuses an application missing one item and names it', () => {
    const verdict = checkApplicationComplete({ required, provided: ['statutes', 'action_plan'] });
    expect(verdict).toMatchObject({
      ok: false,
      rule: 'R4.4',
      details: { missing: ['activity_report'] },
    });
    if (verdict.ok) return;
    expect(verdict.message.fr).toContain('Il manque une pièce : activity_report');
    expect(verdict.message.en).toContain('One item is missing: activity_report');
    expect(verdict.message.ar).toContain('activity_report');
  });

  it('lists every missing item once, in the call’s order', () => {
    expect(missingItems({ required: [...required, 'statutes'], provided: [] })).toEqual(required);
    const verdict = checkApplicationComplete({ required, provided: [] });
    if (verdict.ok) throw new Error('expected a violation');
    expect(verdict.message.en).toContain(
      '3 items are missing: statutes, activity_report and action_plan',
    );
  });

  it('throws on an empty required item', () => {
    expect(() => checkApplicationComplete({ required: [''], provided: [] })).toThrow(ZodError);
  });
});
