import type { Amendment, Meeting, Proposal } from '../../model/meeting.js';
import { checkProposalWindow } from '../../rules/r5-3-proposal-window.js';
import { checkAmendmentWindow } from '../../rules/r5-5-minutes-deadlines.js';
import { compareInstants, localDay } from '../../time.js';
import { transitionMeeting, type MeetingEvent } from '../../workflows/meeting.js';
import type { ConfirmedHolidays } from '../../workflows/workflow.js';
import type { Actor } from '../actor.js';
import { canManageRegister } from '../actor.js';
import { conflict, invalidField } from '../outcome.js';
import {
  ALLOWED,
  byRole,
  byStep,
  byVerdict,
  firstRefusal,
  refused,
  type Permission,
} from '../permission.js';

/*
 * Who may do what with a meeting, its proposals and its amendments (R5, R6), written once: the
 * use cases refuse with these permissions and the views show them (`can.*`, `cannot.*`).
 */

export const isMember = (actor: Actor) =>
  actor.roles.includes('titular') || actor.roles.includes('alternate');

/** The secretariat runs meetings (R6). */
export const canRunMeetings = canManageRegister;

export const SECRETARIAT_RUNS_MEETINGS = {
  fr: 'Seul le secrétariat (art. 6) organise les réunions du comité.',
  ar: 'لا تنظم اجتماعات اللجنة إلا الكتابة (المادة 6).',
  en: 'Only the secretariat (art. 6) organises committee meetings.',
};
export const MEMBERS_PROPOSE = {
  fr: 'Seuls les membres du comité (titulaires et suppléants) proposent des points ou une autre date (art. 5).',
  ar: 'لا يقترح النقاط أو موعدا آخر إلا أعضاء اللجنة (الرسميون والمناوبون) (المادة 5).',
  en: 'Only committee members (titulars and alternates) propose agenda items or another date (art. 5).',
};
export const NOT_NOTICED = {
  fr: "Les propositions s'ouvrent avec l'avis de réunion (art. 5) : cette réunion n'est pas convoquée.",
  ar: 'تفتح الاقتراحات بإشعار الاجتماع (المادة 5): لم يتم الإشعار بهذا الاجتماع.',
  en: 'Proposals open with the meeting notice (art. 5): this meeting has no notice.',
};
export const PROPOSAL_ALREADY_ANSWERED = {
  fr: 'Cette proposition a déjà reçu une réponse.',
  ar: 'تمت الإجابة على هذا الاقتراح من قبل.',
  en: 'This proposal has already been answered.',
};
export const NO_PENDING_PROPOSAL = {
  fr: 'Aucune proposition n’attend de réponse.',
  ar: 'لا يوجد اقتراح ينتظر الرد.',
  en: 'No proposal is waiting for an answer.',
};
export const AMENDMENT_ALREADY_ANSWERED = {
  fr: 'Cet amendement a déjà reçu une réponse.',
  ar: 'تمت الإجابة على هذا التعديل من قبل.',
  en: 'This amendment has already been answered.',
};
export const NOT_STARTED = {
  fr: "La présence se relève pendant la réunion : elle n'a pas encore commencé.",
  ar: 'يُسجل الحضور أثناء الاجتماع: لم يبدأ بعد.',
  en: 'Attendance is taken during the meeting: it has not started yet.',
};
export const NOT_SHARED = {
  fr: "Les amendements portent sur un compte rendu partagé (art. 5) : celui-ci ne l'est pas.",
  ar: 'تنصب التعديلات على محضر تمت مشاركته (المادة 5): وهذا المحضر لم يشارك بعد.',
  en: 'Amendments apply to shared minutes (art. 5): these are not shared.',
};
export const MEMBERS_AMEND = {
  fr: 'Seuls les membres du comité enrichissent le compte rendu (art. 5).',
  ar: 'لا يغني المحضر إلا أعضاء اللجنة (المادة 5).',
  en: 'Only committee members amend the minutes (art. 5).',
};
export const CANCELLED_MEETING = {
  fr: 'Cette réunion est annulée : aucune décision ne s’y prend.',
  ar: 'هذا الاجتماع ملغى: لا يُتخذ فيه أي قرار.',
  en: 'This meeting is cancelled: no decision is taken at it.',
};

const secretariat = (actor: Actor) => byRole(canRunMeetings(actor), SECRETARIAT_RUNS_MEETINGS);

/** The secretariat schedules meetings. */
export const mayScheduleMeeting = (actor: Actor): Permission => secretariat(actor);

/** A step of the meeting's workflow taken by the secretariat (R5, R5.2, R5.5, R5.6). */
function secretariatStep(
  actor: Actor,
  meeting: Meeting,
  event: MeetingEvent,
  now: string,
  confirmed: ConfirmedHolidays = [],
): Permission {
  return firstRefusal(
    () => secretariat(actor),
    () => byStep(transitionMeeting(meeting, event, now, { confirmed })),
  );
}

/** The secretariat edits or moves a meeting before it is held (a move postpones it, R5.2). */
export const mayEditMeeting = (actor: Actor, meeting: Meeting, now: string) =>
  secretariatStep(
    actor,
    meeting,
    { type: 'MeetingPostponed', start: meeting.start, end: meeting.end },
    now,
  );

/** The secretariat cancels a meeting before it is held. */
export const mayCancelMeeting = (actor: Actor, meeting: Meeting, now: string) =>
  secretariatStep(actor, meeting, { type: 'MeetingCancelled', reason: '' }, now);

/** R5.2: the notice goes out at least 10 days ahead (else the meeting can only be moved). */
export const maySendNotice = (actor: Actor, meeting: Meeting, now: string) =>
  secretariatStep(actor, meeting, { type: 'NoticeSent' }, now);

/** R5.3: the proposal window is open now, for every member (from the notice, 3 days). */
export function proposalsOpen(meeting: Meeting, now: string): Permission {
  return !meeting.noticeSentAt || meeting.status !== 'noticed'
    ? refused(invalidField('meeting', NOT_NOTICED), 'step')
    : byVerdict(checkProposalWindow(meeting.noticeSentAt, now));
}

/** R5.3: a member proposes an agenda item or another date while the window is open. */
export function mayPropose(actor: Actor, meeting: Meeting, now: string): Permission {
  return firstRefusal(
    () => byRole(isMember(actor), MEMBERS_PROPOSE),
    () => proposalsOpen(meeting, now),
  );
}

/** The secretariat answers a pending proposal, once. */
export function mayAnswerProposal(actor: Actor, proposal: Proposal): Permission {
  return firstRefusal(
    () => secretariat(actor),
    () =>
      proposal.status === 'pending'
        ? ALLOWED
        : refused(conflict(PROPOSAL_ALREADY_ANSWERED), 'step'),
  );
}

/** The secretariat has proposals of this meeting to answer (the cards' answer form). */
export function mayAnswerProposals(actor: Actor, proposals: readonly Proposal[]): Permission {
  const pending = proposals.find((p) => p.status === 'pending');
  return pending
    ? mayAnswerProposal(actor, pending)
    : firstRefusal(
        () => secretariat(actor),
        () => refused(conflict(NO_PENDING_PROPOSAL), 'step'),
      );
}

/**
 * Attendance is taken during the meeting and corrected afterwards; the first record marks the
 * meeting held.
 */
export function mayRecordAttendance(actor: Actor, meeting: Meeting, now: string): Permission {
  return firstRefusal(
    () => secretariat(actor),
    () =>
      compareInstants(now, meeting.start) < 0
        ? refused(invalidField('meeting', NOT_STARTED), 'step')
        : ALLOWED,
    () =>
      ['held', 'minutes_shared', 'amendment_closed'].includes(meeting.status)
        ? ALLOWED
        : byStep(transitionMeeting(meeting, { type: 'MeetingHeld' }, now)),
  );
}

/** R12.1: the secretariat marks each recorded absence justified or not. */
export const mayJustifyAbsences = (actor: Actor): Permission => secretariat(actor);

/** R5.5: the secretariat shares the minutes of a held meeting (late is flagged, not refused). */
export const mayShareMinutes = (actor: Actor, meeting: Meeting, now: string) =>
  secretariatStep(actor, meeting, { type: 'MinutesShared', documentId: 'next' }, now);

/** R5.5: the amendment window is open now, for every member (2 business days after sharing). */
export function amendmentsOpen(
  meeting: Meeting,
  now: string,
  confirmed: ConfirmedHolidays,
): Permission {
  return meeting.status !== 'minutes_shared' || !meeting.minutesSharedOn
    ? refused(invalidField('meeting', NOT_SHARED), 'step')
    : byVerdict(checkAmendmentWindow(meeting.minutesSharedOn, localDay(now), confirmed));
}

/** R5.5: a member amends shared minutes during the 2 business days that follow. */
export function mayAmend(
  actor: Actor,
  meeting: Meeting,
  now: string,
  confirmed: ConfirmedHolidays,
): Permission {
  return firstRefusal(
    () => byRole(isMember(actor), MEMBERS_AMEND),
    () => amendmentsOpen(meeting, now, confirmed),
  );
}

/** The secretariat integrates or answers a pending amendment, once. */
export function mayAnswerAmendment(actor: Actor, amendment: Amendment): Permission {
  return firstRefusal(
    () => secretariat(actor),
    () =>
      amendment.status === 'pending'
        ? ALLOWED
        : refused(conflict(AMENDMENT_ALREADY_ANSWERED), 'step'),
  );
}

/** R5.6: the secretariat publishes once the amendment window is over. */
export const mayPublishMeeting = (
  actor: Actor,
  meeting: Meeting,
  now: string,
  confirmed: ConfirmedHolidays,
) => secretariatStep(actor, meeting, { type: 'MeetingPublished' }, now, confirmed);

/** R5.7: the chair and the secretariat record decisions at a meeting that is not cancelled. */
export function mayRecordDecisionAt(
  recordDecisions: Permission,
  meeting: Pick<Meeting, 'status'>,
): Permission {
  return firstRefusal(
    () => recordDecisions,
    () =>
      meeting.status === 'cancelled'
        ? refused(invalidField('meetingId', CANCELLED_MEETING), 'step')
        : ALLOWED,
  );
}
