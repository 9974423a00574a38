import type { Seat } from '../../model/seat.js';
import { checkCessationApplies } from '../../rules/r12-2-cessation-proposals.js';
import { SEAT_STATE_NAMES, transitionSeat } from '../../workflows/seat.js';
import { notAllowed } from '../../workflows/workflow.js';
import type { Actor } from '../actor.js';
import { canManageRegister } from '../actor.js';
import { invalidField, refusedByRule } from '../outcome.js';
import { ALLOWED, byRole, byStep, firstRefusal, refused, type Permission } from '../permission.js';

/*
 * What the secretariat may change on a seat now (R3, R4.1, R12), written once: the register's
 * use cases refuse with these permissions and the seat view shows them (`can.*`, `cannot.*`).
 * What depends on the request itself (the person named, the cause and its letter) is checked
 * by the use case on top.
 */

export const SECRETARIAT_ONLY = {
  fr: 'Seul le secrétariat du comité (art. 6) peut modifier le registre des membres.',
  ar: 'لا يمكن تعديل سجل الأعضاء إلا لكتابة اللجنة (المادة 6).',
  en: 'Only the committee secretariat (art. 6) can change the member register.',
};
export const CEASED = {
  fr: "Ce siège a cessé : on n'en change plus les membres.",
  ar: 'انتهى هذا المقعد: لا يمكن تغيير أعضائه.',
  en: 'This seat has ceased: its members can no longer change.',
};
export const WITHDRAWN = {
  fr: "Ce siège a été retiré avant d'être actif : on n'en change plus les membres.",
  ar: 'سُحب هذا المقعد قبل أن يصبح نشطا: لا يمكن تغيير أعضائه.',
  en: 'This seat was withdrawn before it became active: its members can no longer change.',
};
export const NO_LETTER_FOR_CIVIL_SOCIETY = {
  fr: 'Les sièges de la société civile sont pourvus par sélection (art. 4), sans lettre de désignation.',
  ar: 'تشغل مقاعد المجتمع المدني عن طريق الانتقاء (المادة 4) دون رسالة تعيين.',
  en: 'Civil-society seats are filled by selection (art. 4), without a designation letter.',
};

const secretariat = (actor: Actor) => byRole(canManageRegister(actor), SECRETARIAT_ONLY);

/** R3.1: the secretariat replaces a titular or an alternate of a seat still on the register. */
export function mayReplaceHolder(actor: Actor, seat: Seat): Permission {
  return firstRefusal(
    () => secretariat(actor),
    () =>
      seat.status === 'ceased'
        ? refused(invalidField('seat', CEASED), 'step')
        : seat.status === 'withdrawn'
          ? refused(invalidField('seat', WITHDRAWN), 'step')
          : ALLOWED,
  );
}

/** R4.1: the secretariat records a public body's designation letter (administration seats). */
export function mayRecordLetter(actor: Actor, seat: Seat): Permission {
  return firstRefusal(
    () => secretariat(actor),
    () =>
      seat.college === 'administration'
        ? ALLOWED
        : refused(invalidField('seat', NO_LETTER_FOR_CIVIL_SOCIETY), 'step'),
  );
}

/**
 * R12.2: the secretariat proposes to end an active civil-society membership (R12: a public body
 * re-designates instead, so an administration seat is not offered it).
 */
export function mayProposeCessation(actor: Actor, seat: Seat): Permission {
  return firstRefusal(
    () => secretariat(actor),
    () =>
      seat.status === 'active' && !seat.cessation
        ? ALLOWED
        : refused(
            refusedByRule(notAllowed('R3', SEAT_STATE_NAMES, seat.status, 'CessationProposed')),
          ),
    () => {
      const applies = checkCessationApplies(seat.college);
      return applies.ok ? ALLOWED : refused(refusedByRule(applies), 'step');
    },
  );
}

/** R12.2: a proposed cessation is confirmed (its letter may come with the confirmation). */
export function mayConfirmCessation(actor: Actor, seat: Seat): Permission {
  return firstRefusal(
    () => secretariat(actor),
    () =>
      seat.status === 'active' && seat.cessation
        ? ALLOWED
        : refused(
            refusedByRule(notAllowed('R3', SEAT_STATE_NAMES, seat.status, 'CessationConfirmed')),
          ),
  );
}

/** A proposed cessation is set aside (e.g. an absence was justified after all). */
export const mayDismissCessation = (actor: Actor, seat: Seat, now: string): Permission =>
  firstRefusal(
    () => secretariat(actor),
    () => byStep(transitionSeat(seat, { type: 'CessationDismissed' }, now)),
  );

/** R3.2: a seat still pending for parity is withdrawn (it never served). */
export const mayWithdrawPendingSeat = (actor: Actor, seat: Seat, now: string): Permission =>
  firstRefusal(
    () => secretariat(actor),
    () => byStep(transitionSeat(seat, { type: 'PendingSeatWithdrawn' }, now)),
  );
