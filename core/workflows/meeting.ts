import type { MeetingStatus } from '../model/meeting.js';
import { checkNotice } from '../rules/r5-2-notice.js';
import { amendmentDeadline } from '../rules/r5-5-minutes-deadlines.js';
import { checkPublishable } from '../rules/r5-6-publication.js';
import { compareInstants, localDay } from '../time.js';
import { violation, type Violation } from '../verdict.js';
import type { StateNames, WorkflowContext } from './workflow.js';
import { contextDefaults, isViolation, notAllowed } from './workflow.js';

/** The fields of a meeting that its workflow reads and writes. */
export interface MeetingState {
  status: MeetingStatus;
  start: string;
  end: string;
  noticeSentAt?: string | undefined;
  heldAt?: string | undefined;
  minutesSharedOn?: string | undefined;
  minutesDocumentId?: string | undefined;
  publishedAt?: string | undefined;
  cancelledAt?: string | undefined;
  cancellationReason?: string | undefined;
  /** The status the meeting was cancelled from: a draft cancelled never reached the members. */
  cancelledFrom?: MeetingStatus | undefined;
  postponedFrom: string[];
}

export type MeetingEvent =
  | { type: 'NoticeSent' }
  | { type: 'MeetingPostponed'; start: string; end: string }
  | { type: 'MeetingCancelled'; reason: string }
  | { type: 'MeetingHeld' }
  | { type: 'MinutesShared'; documentId: string }
  | { type: 'AmendmentWindowClosed' }
  | { type: 'MeetingPublished' };

export const MEETING_STATE_NAMES: StateNames<MeetingStatus> = {
  draft: { fr: 'brouillon', ar: 'مسودة', en: 'draft' },
  noticed: { fr: 'avis envoyé', ar: 'أُرسل الإشعار', en: 'notice sent' },
  held: { fr: 'tenue', ar: 'منعقد', en: 'held' },
  minutes_shared: { fr: 'compte rendu partagé', ar: 'تم تقاسم المحضر', en: 'minutes shared' },
  amendment_closed: { fr: 'amendements clos', ar: 'انتهت التعديلات', en: 'amendments closed' },
  published: { fr: 'publiée', ar: 'منشور', en: 'published' },
  postponed: { fr: 'reportée', ar: 'مؤجل', en: 'postponed' },
  cancelled: { fr: 'annulée', ar: 'ملغى', en: 'cancelled' },
};

const notYetHeld = (start: string): Violation =>
  violation(
    'R5',
    {
      fr: 'La réunion ne peut être déclarée tenue avant son heure de début ({start}).',
      ar: 'لا يمكن اعتبار الاجتماع منعقدا قبل موعد بدايته ({start}).',
      en: 'The meeting cannot be marked as held before it starts ({start}).',
    },
    { start },
    { start },
  );

/**
 * The meeting workflow (R5): draft → noticed (R5.2) → held → minutes shared (R5.5) →
 * amendment window closed → published (R5.6); postponed or cancelled before it is held.
 * A postponed meeting needs a new notice, itself at least 10 days ahead (R5.2).
 */
export function transitionMeeting<S extends MeetingState>(
  state: S,
  event: MeetingEvent,
  now: string,
  context?: WorkflowContext,
): S | Violation {
  const { confirmed } = contextDefaults(context);
  const refuse = () => notAllowed('R5', MEETING_STATE_NAMES, state.status, event.type);

  switch (event.type) {
    case 'NoticeSent': {
      if (state.status !== 'draft' && state.status !== 'postponed') return refuse();
      // R5.2: the notice reaches members at least 10 calendar days before the meeting.
      const verdict = checkNotice(state.start, now);
      if (!verdict.ok) return verdict;
      return { ...state, status: 'noticed', noticeSentAt: now };
    }
    case 'MeetingPostponed': {
      if (!['draft', 'noticed', 'postponed'].includes(state.status)) return refuse();
      // A draft simply moves; a noticed meeting needs a new notice (R5.2).
      const wasNoticed = state.status !== 'draft';
      return {
        ...state,
        status: wasNoticed ? 'postponed' : 'draft',
        start: event.start,
        end: event.end,
        noticeSentAt: undefined,
        postponedFrom: [...state.postponedFrom, state.start],
      };
    }
    case 'MeetingCancelled': {
      if (!['draft', 'noticed', 'postponed'].includes(state.status)) return refuse();
      return {
        ...state,
        status: 'cancelled',
        cancelledAt: now,
        cancellationReason: event.reason,
        cancelledFrom: state.status,
      };
    }
    case 'MeetingHeld': {
      if (state.status !== 'noticed') return refuse();
      if (compareInstants(now, state.start) < 0) return notYetHeld(state.start);
      return { ...state, status: 'held', heldAt: now };
    }
    case 'MinutesShared': {
      if (state.status !== 'held') return refuse();
      // R5.5: sharing late is flagged (minutesStatus), never refused: members still amend.
      return {
        ...state,
        status: 'minutes_shared',
        minutesSharedOn: localDay(now),
        minutesDocumentId: event.documentId,
      };
    }
    case 'AmendmentWindowClosed':
    case 'MeetingPublished': {
      const closing = event.type === 'AmendmentWindowClosed';
      const from: MeetingStatus[] = closing
        ? ['minutes_shared']
        : ['minutes_shared', 'amendment_closed'];
      if (!from.includes(state.status)) return refuse();
      // R5.5/R5.6: only once the 2 business days for amendments are over.
      const verdict = checkPublishable({
        sharedDay: state.minutesSharedOn,
        today: localDay(now),
        confirmed,
      });
      if (isViolation(verdict)) return verdict;
      return closing
        ? { ...state, status: 'amendment_closed' }
        : { ...state, status: 'published', publishedAt: now };
    }
  }
}

/** R5.5: the day until which members may amend shared minutes (inclusive). */
export function meetingAmendmentDeadline(
  state: MeetingState,
  context?: WorkflowContext,
): string | undefined {
  const { confirmed } = contextDefaults(context);
  return state.minutesSharedOn ? amendmentDeadline(state.minutesSharedOn, confirmed) : undefined;
}
