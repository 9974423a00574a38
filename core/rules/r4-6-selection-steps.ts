import { z } from 'zod';
import type { Localized } from '../i18n/localized.js';
import type { MessageKey } from '../i18n/render.js';
import { DaySchema, compareDays, formatDayLong } from '../time.js';
import type { Verdict } from '../verdict.js';
import { OK, violation } from '../verdict.js';

/** R4.6: the eight steps of the civil-society selection, in the manual's order (Art. 4). */
export const SELECTION_STEPS = [
  'cs_selection_seat_vote',
  'selection_committee_constituted',
  'methodology_published',
  'call_for_candidates',
  'online_submission',
  'applications_reviewed',
  'selection_announced',
  'files_and_scores_published',
] as const;

export const SelectionStepSchema = z.enum(SELECTION_STEPS);
export type SelectionStep = z.infer<typeof SelectionStepSchema>;

/** Each step as the manual words it. */
export const SELECTION_STEP_LABELS: Readonly<Record<SelectionStep, Localized>> = Object.freeze({
  cs_selection_seat_vote: {
    fr: 'Appel à candidature et vote de l’espace société civile pour son représentant au comité de sélection',
    ar: 'الدعوة إلى الترشح وتصويت أعضاء فضاء المجتمع المدني لاختيار ممثله في لجنة الانتقاء',
    en: 'Call and vote of the civil-society space for its representative on the selection committee',
  },
  selection_committee_constituted: {
    fr: 'Constitution du comité de sélection',
    ar: 'تشكيل لجنة الانتقاء',
    en: 'Constitution of the selection committee',
  },
  methodology_published: {
    fr: 'Publication de la méthodologie de sélection',
    ar: 'نشر منهجية الانتقاء',
    en: 'Publication of the selection methodology',
  },
  call_for_candidates: {
    fr: 'Appel à candidature sur le portail national du gouvernement ouvert',
    ar: 'الدعوة إلى الترشح عبر البوابة الوطنية للحكومة المنفتحة',
    en: 'Call for candidates on the national open-government portal',
  },
  online_submission: {
    fr: 'Dépôt en ligne des dossiers de candidature',
    ar: 'إيداع ملفات الترشح عبر الإنترنت',
    en: 'Online submission of applications',
  },
  applications_reviewed: {
    fr: 'Examen des dossiers par le comité de sélection',
    ar: 'دراسة ملفات الترشح من طرف لجنة الانتقاء',
    en: 'Review of the applications by the selection committee',
  },
  selection_announced: {
    fr: 'Sélection des nouveaux membres et annonce des résultats',
    ar: 'انتقاء الأعضاء الجدد والإعلان عن النتائج',
    en: 'Selection of the new members and announcement of the results',
  },
  files_and_scores_published: {
    fr: 'Publication des dossiers de candidature et des notes obtenues',
    ar: 'نشر ملفات الترشح والنقط المحصل عليها',
    en: 'Publication of the application files and the scores',
  },
});

export const SelectionStepRecordSchema = z.object({
  step: SelectionStepSchema,
  /** The local day the step took place. */
  day: DaySchema,
  /** The published document that evidences the step (R2.1: everything is publishable). */
  evidenceDocumentId: z.string().optional(),
});
export type SelectionStepRecord = z.infer<typeof SelectionStepRecordSchema>;

/** Why a step cannot be recorded (R4.6). */
export type SelectionStepProblem =
  /** The step is already recorded: a sequence records each step once. */
  | 'already-done'
  /** Another step comes first: the eight steps follow the manual's order. */
  | 'out-of-order'
  /** The step is dated before the latest recorded step: dates never go backwards. */
  | 'date-before-previous'
  /** No published evidence: every step is published (R2.1, R4.6 last step). */
  | 'no-evidence';

const ALREADY_DONE = 'rule.4_6.alreadyDone' satisfies MessageKey;
const OUT_OF_ORDER = 'rule.4_6.outOfOrder' satisfies MessageKey;
const DATE_BEFORE_PREVIOUS = 'rule.4_6.dateBeforePrevious' satisfies MessageKey;
const NO_EVIDENCE = 'rule.4_6.noEvidence' satisfies MessageKey;

/** R4.6: the first step of the sequence not yet recorded, or undefined when all eight are. */
export function nextSelectionStep(
  done: readonly z.input<typeof SelectionStepRecordSchema>[],
): SelectionStep | undefined {
  const recorded = new Set(
    z
      .array(SelectionStepRecordSchema)
      .parse(done)
      .map((r) => r.step),
  );
  return SELECTION_STEPS.find((step) => !recorded.has(step));
}

/**
 * R4.6: whether `next` may be recorded after the steps already `done`. The eight steps are a
 * tracked sequence: `next` is the first step not yet recorded, it is dated on or after the
 * latest recorded step, and it carries its published evidence. Checks run in that order and
 * the first failure is returned.
 *
 * Violation details: `{ reason: SelectionStepProblem, step, expected?, previous?, previousDay? }`.
 */
export function checkSelectionStep(
  done: readonly z.input<typeof SelectionStepRecordSchema>[],
  next: z.input<typeof SelectionStepRecordSchema>,
): Verdict {
  const history = z.array(SelectionStepRecordSchema).parse(done);
  const record = SelectionStepRecordSchema.parse(next);
  const label = SELECTION_STEP_LABELS[record.step];

  if (history.some((r) => r.step === record.step)) {
    return violation(
      'R4.6',
      ALREADY_DONE,
      { step: label },
      { reason: 'already-done', step: record.step },
    );
  }

  const expected = nextSelectionStep(history);
  if (expected !== undefined && expected !== record.step) {
    return violation(
      'R4.6',
      OUT_OF_ORDER,
      { step: label, expected: SELECTION_STEP_LABELS[expected] },
      { reason: 'out-of-order', step: record.step, expected },
    );
  }

  const latest = history.reduce<SelectionStepRecord | undefined>(
    (last, r) => (last === undefined || compareDays(r.day, last.day) >= 0 ? r : last),
    undefined,
  );
  if (latest !== undefined && compareDays(record.day, latest.day) < 0) {
    return violation(
      'R4.6',
      DATE_BEFORE_PREVIOUS,
      {
        step: label,
        day: formatDayLong(record.day),
        previous: SELECTION_STEP_LABELS[latest.step],
        previousDay: formatDayLong(latest.day),
      },
      {
        reason: 'date-before-previous',
        step: record.step,
        previous: latest.step,
        previousDay: latest.day,
      },
    );
  }

  if (record.evidenceDocumentId === undefined || record.evidenceDocumentId.trim() === '') {
    return violation(
      'R4.6',
      NO_EVIDENCE,
      { step: label },
      { reason: 'no-evidence', step: record.step },
    );
  }
  return OK;
}
