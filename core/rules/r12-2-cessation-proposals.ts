import { z } from 'zod';
import type { Localized } from '../i18n/localized.js';
import { message } from '../i18n/message.js';
import type { MessageKey } from '../i18n/render.js';
import type { Policy } from '../policy.js';
import { DEFAULT_POLICY } from '../policy.js';
import { DaySchema, compareDays, formatDayLong } from '../time.js';
import type { Verdict } from '../verdict.js';
import { OK, violation } from '../verdict.js';
import { CollegeSchema, localizedList } from './r3-1-seat-composition.js';
import { absenceCessation, AttendanceRecordSchema } from './r12-1-absence-cessation.js';

/** R12.1: the four causes that end a civil-society membership (Art. 12). */
export const CessationCauseSchema = z.enum([
  'dissolved',
  'withdrawn',
  'mandate-expired',
  'absences',
]);
export type CessationCause = z.infer<typeof CessationCauseSchema>;

/** Each cause as the manual words it. */
export const CESSATION_CAUSE_LABELS: Readonly<Record<CessationCause, Localized>> = Object.freeze({
  dissolved: {
    fr: 'L’organisation est dissoute',
    ar: 'حل المنظمة',
    en: 'The organisation is dissolved',
  },
  withdrawn: {
    fr: 'L’organisation se retire par courrier officiel au secrétariat',
    ar: 'انسحاب المنظمة بمراسلة رسمية إلى الكتابة',
    en: 'The organisation withdraws by an official letter to the secretariat',
  },
  'mandate-expired': {
    fr: 'Le mandat de l’organisation arrive à échéance',
    ar: 'انتهاء ولاية المنظمة',
    en: 'The organisation’s mandate expires',
  },
  absences: {
    fr: 'Absences sans justification aux réunions du comité',
    ar: 'الغياب دون مبرر عن اجتماعات اللجنة',
    en: 'Absences without justification from committee meetings',
  },
});

export const CessationSeatSchema = z.object({
  seatId: z.string().min(1),
  college: CollegeSchema,
  /** The last day of the seat's mandate. */
  mandateEnd: DaySchema,
  status: z.enum(['active', 'ceased']),
});

export const CessationCandidatesInputSchema = z.object({
  seats: z.array(CessationSeatSchema),
  /** Each seat's attendance, one record per meeting (see `seatAttendanceStatus`). */
  attendance: z.record(z.string(), z.array(AttendanceRecordSchema)),
  /** The local day of the check. */
  today: DaySchema,
});
export type CessationCandidatesInput = z.input<typeof CessationCandidatesInputSchema>;

/** A cessation the system proposes to the secretariat, who confirms it (R12.2). */
export type CessationCandidate =
  | { seatId: string; cause: 'mandate-expired' }
  | { seatId: string; cause: 'absences'; days: string[] };

/**
 * R12.2: the cessations to propose to the secretariat today, for active civil-society seats
 * only (Art. 12 concerns civil society; administration seats are re-designated, R4.1):
 * - `'mandate-expired'` when `today` is after `mandateEnd`;
 * - `'absences'` when {@link absenceCessation} is triggered as of `today`, with the days
 *   counted.
 *
 * A seat with both causes is proposed twice (expiry first) so the secretariat sees both and
 * records the one it confirms. The list follows the order of `seats`. Nothing is decided
 * here: the secretariat confirms, and the cessation records its cause and date.
 */
export function cessationCandidates(
  input: CessationCandidatesInput,
  policy: Policy = DEFAULT_POLICY,
): CessationCandidate[] {
  const { seats, attendance, today } = CessationCandidatesInputSchema.parse(input);
  const candidates: CessationCandidate[] = [];
  for (const seat of seats) {
    if (seat.status !== 'active' || seat.college !== 'civil_society') continue;
    if (compareDays(today, seat.mandateEnd) > 0) {
      candidates.push({ seatId: seat.seatId, cause: 'mandate-expired' });
    }
    const absences = absenceCessation(attendance[seat.seatId] ?? [], today, policy);
    if (absences.triggered) {
      candidates.push({ seatId: seat.seatId, cause: 'absences', days: absences.counted });
    }
  }
  return candidates;
}

const PROPOSE_EXPIRED = 'rule.12_2.proposeExpired' satisfies MessageKey;

const PROPOSE_ABSENCES = 'rule.12_2.proposeAbsences' satisfies MessageKey;

/** R12.2: the sentence shown to the secretariat with a proposed cessation. */
export function cessationProposalMessage(
  candidate: CessationCandidate,
  policy: Policy = DEFAULT_POLICY,
): Localized {
  switch (candidate.cause) {
    case 'mandate-expired':
      return message(PROPOSE_EXPIRED);
    case 'absences':
      return message(PROPOSE_ABSENCES, {
        count: candidate.days.length,
        days: localizedList(candidate.days.map((day) => formatDayLong(day))),
        threshold: policy.absenceCessationThreshold,
        years: policy.absenceWindowCalendarYears,
      });
  }
}

/** What {@link checkCessation} reads of a cessation (other fields, such as its day, are ignored). */
export const CessationCheckSchema = z.object({
  cause: CessationCauseSchema,
  /** R12.1 cause 2: the organisation's official letter, as a stored document. */
  letterDocumentId: z.string().optional(),
});

const NO_WITHDRAWAL_LETTER = 'rule.12_2.noWithdrawalLetter' satisfies MessageKey;

/**
 * R12.1 / R12.2: a cessation the secretariat confirms names one of the four causes; a
 * withdrawal carries the organisation's official letter (a stored document). A blank id
 * counts as missing.
 *
 * Violation details: `{ reason: 'no-withdrawal-letter' }`.
 */
export function checkCessation(cessation: z.input<typeof CessationCheckSchema>): Verdict {
  const { cause, letterDocumentId } = CessationCheckSchema.parse(cessation);
  if (cause !== 'withdrawn') return OK;
  if (letterDocumentId !== undefined && letterDocumentId.trim() !== '') return OK;
  return violation('R12.1', NO_WITHDRAWAL_LETTER, {}, { reason: 'no-withdrawal-letter' });
}

const CIVIL_SOCIETY_ONLY = 'rule.12_2.civilSocietyOnly' satisfies MessageKey;

/**
 * R12: only a civil-society membership ends by cessation. Details: `{ reason: 'administration-seat' }`.
 */
export function checkCessationApplies(college: z.input<typeof CollegeSchema>): Verdict {
  if (CollegeSchema.parse(college) === 'civil_society') return OK;
  return violation('R12', CIVIL_SOCIETY_ONLY, {}, { reason: 'administration-seat' });
}
