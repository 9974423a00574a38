import { describe, expect, it } from 'vitest';
import { isViolation, transitionSeat, type SeatState } from '../../../core/workflows/index.js';

const now = '2026-03-10T10:00:00Z';
const civil: SeatState = {
  status: 'active',
  college: 'civil_society',
  organisationId: 'org',
  titularId: 't',
  alternateId: 'a',
};

describe('seat workflow (R3, R4.1, R12)', () => {
  it('activates an administration seat only with its designation letter (R4.1)', () => {
    const draft: SeatState = { ...civil, status: 'draft', college: 'administration' };
    const refused = transitionSeat(draft, { type: 'SeatActivated' }, now);
    expect(isViolation(refused) && refused.rule).toBe('R4.1');
    expect(
      transitionSeat({ ...draft, designationLetterId: 'doc' }, { type: 'SeatActivated' }, now),
    ).toMatchObject({
      status: 'active',
    });
  });

  it('activates a seat only with a titular and an alternate (R3.1)', () => {
    const draft: SeatState = {
      status: 'draft',
      college: 'civil_society',
      organisationId: 'org',
      titularId: 't',
    };
    const refused = transitionSeat(draft, { type: 'SeatActivated' }, now);
    expect(isViolation(refused) && refused.rule).toBe('R3.1');
  });

  it('proposes then confirms a cessation with its cause, freeing the seat (R12)', () => {
    const proposed = transitionSeat(
      civil,
      { type: 'CessationProposed', cause: 'absences', by: 'sec' },
      now,
    );
    expect(proposed).toMatchObject({
      status: 'active',
      cessation: { cause: 'absences', proposedBy: 'sec' },
    });
    if (isViolation(proposed)) throw new Error('refused');
    const ceased = transitionSeat(proposed, { type: 'CessationConfirmed', by: 'sec' }, now);
    expect(ceased).toMatchObject({
      status: 'ceased',
      cessation: { confirmedBy: 'sec', effectiveOn: '2026-03-10' },
    });
  });

  it('refuses a withdrawal without the official letter (R12.1)', () => {
    const refused = transitionSeat(
      civil,
      { type: 'CessationProposed', cause: 'withdrawn', by: 'sec' },
      now,
    );
    expect(isViolation(refused) && refused.rule).toBe('R12.1');
  });

  it('does not end an administration seat by cessation (R12)', () => {
    const refused = transitionSeat(
      { ...civil, college: 'administration' },
      { type: 'CessationProposed', cause: 'dissolved', by: 'sec' },
      now,
    );
    expect(isViolation(refused) && refused.rule).toBe('R12');
  });

  it('dismisses a proposal and keeps the seat active', () => {
    const proposed = transitionSeat(
      civil,
      { type: 'CessationProposed', cause: 'mandate-expired', by: 'sec' },
      now,
    );
    if (isViolation(proposed)) throw new Error('refused');
    expect(transitionSeat(proposed, { type: 'CessationDismissed' }, now)).toMatchObject({
      status: 'active',
      cessation: undefined,
    });
  });

  it('R3.2 activates a pending seat when parity is restored, and only a pending one', () => {
    const pending: SeatState = { ...civil, status: 'pending', pendingSince: now };
    expect(transitionSeat(pending, { type: 'ParityRestored' }, now)).toMatchObject({
      status: 'active',
      pendingSince: undefined,
    });
    const refused = transitionSeat(civil, { type: 'ParityRestored' }, now);
    expect(isViolation(refused) && refused.rule).toBe('R3');
  });

  it('R3.2 withdraws a pending seat, never an active one (that ends by cessation, R12)', () => {
    const pending: SeatState = { ...civil, status: 'pending', pendingSince: now };
    expect(transitionSeat(pending, { type: 'PendingSeatWithdrawn' }, now)).toMatchObject({
      status: 'withdrawn',
      withdrawnAt: now,
    });
    const refused = transitionSeat(civil, { type: 'PendingSeatWithdrawn' }, now);
    expect(isViolation(refused) && refused.rule).toBe('R3');
    expect(
      isViolation(
        transitionSeat(pending, { type: 'CessationProposed', cause: 'absences', by: 'sec' }, now),
      ),
    ).toBe(true);
  });
});
