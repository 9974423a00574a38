import type { MessageKey } from '../i18n/render.js';
import { z } from 'zod';
import { DEFAULT_POLICY } from '../policy.js';
import type { Policy } from '../policy.js';
import { DaySchema, compareDays, formatDayLong } from '../time.js';
import { OK, violation } from '../verdict.js';
import type { Verdict } from '../verdict.js';
import { addBusinessDays } from '../calendar/moroccan-calendar.js';
import type { ConfirmedHoliday } from '../calendar/hijri.js';

/**
 * R10.1: every communication in the committee's name is validated by the committee before it
 * goes out: by consensus, i.e. no objection within `policy.communicationObjectionBusinessDays`
 * business days (policy), or, once someone objects, by a vote.
 */

/** R10.1: last day (inclusive) on which members may object to a request submitted on `submittedDay`. */
export function communicationObjectionDeadline(
  submittedDay: string,
  confirmed: readonly ConfirmedHoliday[] = [],
  policy: Policy = DEFAULT_POLICY,
): string {
  return addBusinessDays(submittedDay, policy.communicationObjectionBusinessDays, confirmed);
}

export const CommunicationStatusInputSchema = z.object({
  submittedDay: DaySchema,
  objections: z.number().int().nonnegative(),
  voteOutcome: z.enum(['adopted', 'rejected']).optional(),
  today: DaySchema,
  confirmed: z.array(z.object({ key: z.string(), date: z.string() })).optional(),
});
export type CommunicationStatusInput = z.input<typeof CommunicationStatusInputSchema>;

export type CommunicationValidationState = 'pending' | 'validated' | 'objected' | 'rejected';

export interface CommunicationStatus {
  state: CommunicationValidationState;
  /** Last day of the objection window. */
  deadline: string;
  /** OK only when the communication may go out (validated). */
  verdict: Verdict;
}

const PENDING = 'rule.10_1.pending' satisfies MessageKey;

const OBJECTED = 'rule.10_1.objected' satisfies MessageKey;

const REJECTED = 'rule.10_1.rejected' satisfies MessageKey;

/**
 * R10.1: where a communication request stands on `today`. A vote, when held, decides; without
 * one, an objection sends the request to a vote, and the absence of objection validates it
 * once the objection window has ended (the deadline day counts in full).
 */
export function communicationStatus(
  input: CommunicationStatusInput,
  policy: Policy = DEFAULT_POLICY,
): CommunicationStatus {
  const {
    submittedDay,
    objections,
    voteOutcome,
    today,
    confirmed = [],
  } = CommunicationStatusInputSchema.parse(input);
  const deadline = communicationObjectionDeadline(submittedDay, confirmed, policy);
  const details = { submittedDay, today, deadline, objections, voteOutcome };

  if (voteOutcome === 'adopted') return { state: 'validated', deadline, verdict: OK };
  if (voteOutcome === 'rejected') {
    return {
      state: 'rejected',
      deadline,
      verdict: violation('R10.1', REJECTED, {}, { reason: 'rejected', ...details }),
    };
  }
  if (objections > 0) {
    return {
      state: 'objected',
      deadline,
      verdict: violation('R10.1', OBJECTED, { objections }, { reason: 'objected', ...details }),
    };
  }
  if (compareDays(today, deadline) > 0) return { state: 'validated', deadline, verdict: OK };
  return {
    state: 'pending',
    deadline,
    verdict: violation(
      'R10.1',
      PENDING,
      { deadline: formatDayLong(deadline), days: policy.communicationObjectionBusinessDays },
      { reason: 'pending', ...details },
    ),
  };
}

/**
 * R10.1: members may object until the end of the objection window (inclusive); after it,
 * silence has validated the communication. Details: `{ reason: 'window-closed', deadline }`.
 */
export function checkObjectionWindowOpen(
  submittedDay: string,
  today: string,
  confirmed: readonly ConfirmedHoliday[] = [],
  policy: Policy = DEFAULT_POLICY,
): Verdict {
  const deadline = communicationObjectionDeadline(submittedDay, confirmed, policy);
  if (compareDays(DaySchema.parse(today), deadline) <= 0) return OK;
  return violation(
    'R10.1',
    {
      fr: 'Règle R10.1 : le délai pour faire objection à cette communication s’est terminé le {deadline}.',
      ar: 'القاعدة R10.1: انتهت مهلة الاعتراض على هذا التواصل في {deadline}.',
      en: 'Rule R10.1: the window to object to this communication ended on {deadline}.',
    },
    { deadline: formatDayLong(deadline) },
    { reason: 'window-closed', deadline },
  );
}

/**
 * R10.1: a communication without objection is validated only once its window has ended.
 * Details: `{ reason: 'window-open', deadline }`.
 */
export function checkObjectionWindowElapsed(
  submittedDay: string,
  today: string,
  confirmed: readonly ConfirmedHoliday[] = [],
  policy: Policy = DEFAULT_POLICY,
): Verdict {
  const deadline = communicationObjectionDeadline(submittedDay, confirmed, policy);
  if (compareDays(DaySchema.parse(today), deadline) > 0) return OK;
  return violation(
    'R10.1',
    {
      fr: 'Règle R10.1 : les membres peuvent encore faire objection à cette communication jusqu’au {deadline} inclus.',
      ar: 'القاعدة R10.1: يمكن للأعضاء الاعتراض على هذا التواصل إلى غاية {deadline}.',
      en: 'Rule R10.1: members may still object to this communication until {deadline} inclusive.',
    },
    { deadline: formatDayLong(deadline) },
    { reason: 'window-open', deadline },
  );
}

/**
 * R10.1: nothing goes out in the committee's name before the committee validated it (by no
 * objection in the window, or by a vote). Details: `{ reason: 'not-validated', status }`.
 */
export function checkCommunicationValidated(status: string): Verdict {
  if (status === 'validated') return OK;
  return violation(
    'R10.1',
    {
      fr: 'Règle R10.1 : toute communication au nom du comité est validée par lui avant de sortir — sans objection dans le délai, ou par un vote. Celle-ci ne l’est pas (encore).',
      ar: 'القاعدة R10.1: تصادق اللجنة على كل تواصل باسمه قبل نشره — بعدم الاعتراض داخل الأجل أو بالتصويت. وهذا التواصل لم يصادق عليه (بعد).',
      en: 'Rule R10.1: every communication in the committee’s name is validated by it before it goes out — by no objection within the window, or by a vote. This one is not (yet).',
    },
    {},
    { reason: 'not-validated', status },
  );
}
