import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  checkSelectionStep,
  nextSelectionStep,
  SELECTION_STEP_LABELS,
  SELECTION_STEPS,
} from '../../../core/rules/r4-6-selection-steps.js';
import { formatDayLong } from '../../../core/time.js';

const done = (count: number, day = '2026-01-10') =>
  SELECTION_STEPS.slice(0, count).map((step) => ({ step, day, evidenceDocumentId: `doc-${step}` }));

describe('R4.6 the eight selection steps', () => {
  it('lists the eight steps in the manual’s order', () => {
    expect(SELECTION_STEPS).toEqual([
      'cs_selection_seat_vote',
      'selection_committee_constituted',
      'methodology_published',
      'call_for_candidates',
      'online_submission',
      'applications_reviewed',
      'selection_announced',
      'files_and_scores_published',
    ]);
    for (const step of SELECTION_STEPS) expect(SELECTION_STEP_LABELS[step].ar).not.toBe('');
  });

  it('gives the next step, none once all eight are recorded', () => {
    expect(nextSelectionStep([])).toBe('cs_selection_seat_vote');
    expect(nextSelectionStep(done(3))).toBe('call_for_candidates');
    expect(nextSelectionStep(done(8))).toBeUndefined();
  });
});

describe('R4.6 a step is recorded in order, dated, with published evidence', () => {
  it('accepts the first step with its evidence', () => {
    expect(
      checkSelectionStep([], {
        step: 'cs_selection_seat_vote',
        day: '2026-01-05',
        evidenceDocumentId: 'd1',
      }),
    ).toEqual({ ok: true });
  });

  it('accepts the next step on the same day as the previous one', () => {
    expect(
      checkSelectionStep(done(2), {
        step: 'methodology_published',
        day: '2026-01-10',
        evidenceDocumentId: 'd3',
      }),
    ).toEqual({ ok: true });
  });

  it('refuses a step that skips one, naming the expected step', () => {
    const verdict = checkSelectionStep(done(2), {
      step: 'call_for_candidates',
      day: '2026-02-01',
      evidenceDocumentId: 'd4',
    });
    expect(verdict).toMatchObject({
      ok: false,
      rule: 'R4.6',
      details: {
        reason: 'out-of-order',
        step: 'call_for_candidates',
        expected: 'methodology_published',
      },
    });
    if (verdict.ok) return;
    expect(verdict.message.fr).toContain('« Publication de la méthodologie de sélection »');
    expect(verdict.message.en).toContain('“Publication of the selection methodology”');
  });

  it('refuses a step already recorded', () => {
    expect(
      checkSelectionStep(done(8), {
        step: 'online_submission',
        day: '2026-03-01',
        evidenceDocumentId: 'x',
      }),
    ).toMatchObject({ ok: false, details: { reason: 'already-done' } });
  });

  it('refuses a step dated before the previous one', () => {
    const verdict = checkSelectionStep(done(1, '2026-01-10'), {
      step: 'selection_committee_constituted',
      day: '2026-01-09',
      evidenceDocumentId: 'd2',
    });
    expect(verdict).toMatchObject({
      ok: false,
      rule: 'R4.6',
      details: {
        reason: 'date-before-previous',
        previous: 'cs_selection_seat_vote',
        previousDay: '2026-01-10',
      },
    });
    if (verdict.ok) return;
    // The rule's job is to name the right days; how a day is written is core/time.ts's.
    expect(verdict.message.fr).toContain(`datée du ${formatDayLong('2026-01-09').fr}, avant`);
    expect(verdict.message.en).toContain(`of ${formatDayLong('2026-01-10').en}.`);
  });

  it('refuses a step without published evidence', () => {
    expect(
      checkSelectionStep([], { step: 'cs_selection_seat_vote', day: '2026-01-05' }),
    ).toMatchObject({
      ok: false,
      rule: 'R4.6',
      details: { reason: 'no-evidence' },
    });
    expect(
      checkSelectionStep([], {
        step: 'cs_selection_seat_vote',
        day: '2026-01-05',
        evidenceDocumentId: ' ',
      }).ok,
    ).toBe(false);
  });

  it('throws on an unknown step or a malformed day', () => {
    expect(() => checkSelectionStep([], { step: 'party' as never, day: '2026-01-05' })).toThrow(
      ZodError,
    );
    expect(() =>
      checkSelectionStep([], { step: 'cs_selection_seat_vote', day: '2026-13-05' }),
    ).toThrow(ZodError);
  });
});
