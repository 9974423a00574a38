import type { MeetingDetail } from '../core/contracts/meetings.js';
import type { Notification } from '../core/ports/notifier.js';
import { getAmendment, getMeeting, getProposal } from '../core/usecases/meetings/index.js';
import type { Refusal } from '../core/usecases/outcome.js';
import { amendmentAnsweredCard } from './cards/amendment-answered-card.js';
import { attendanceCard } from './cards/attendance-card.js';
import { meetingCancelledCard } from './cards/meeting-cancelled-card.js';
import { meetingMovedCard } from './cards/meeting-moved-card.js';
import { meetingNoticeCard, type ProposalDraft } from './cards/meeting-notice-card.js';
import type { Feedback, MeetingView } from './cards/meeting-parts.js';
import { meetingPublishedCard } from './cards/meeting-published-card.js';
import { minutesSharedCard } from './cards/minutes-shared-card.js';
import { proposalAnsweredCard } from './cards/proposal-answered-card.js';
import { proposalReceivedCard } from './cards/proposal-received-card.js';
import { reminderCard } from './cards/reminder-card.js';
import { ok, viewer, type Built, type CardContext } from './card-context.js';
import { decisionNotificationCard } from './decision-cards.js';

/** What the person's last action left on the card: a refusal or a confirmation, what they typed. */
export interface CardExtras {
  feedback?: Feedback;
  draft?: ProposalDraft;
  draftText?: string;
  proposalId?: string;
}

/**
 * Fields the lead may add to `MeetingDetail` (the moved and cancelled cards show them when
 * present): the previous start of a postponed meeting and the cancellation reason.
 */
type MaybeHistory = { postponedFrom?: string[]; cancellationReason?: string };
const history = (meeting: MeetingDetail) => meeting as MeetingDetail & MaybeHistory;

/** One view of a meeting, as `meeting.refresh` / `minutes.refresh` redraw it. */
export async function meetingCard(
  context: CardContext,
  meetingId: string,
  view: MeetingView | 'minutes',
  extras: CardExtras = {},
): Promise<Built> {
  const { ports, actor, locale, refreshUserIds } = context;
  if (view === 'proposal') {
    if (!extras.proposalId) return meetingCard(context, meetingId, 'notice', extras);
    return proposalCard(context, extras.proposalId, extras);
  }
  const loaded = await getMeeting(ports, actor, meetingId);
  if (!loaded.ok) return loaded;
  const meeting = loaded.value;
  const feedback = extras.feedback ? { feedback: extras.feedback } : {};
  switch (view) {
    case 'notice':
      return ok(
        meetingNoticeCard(
          {
            meeting,
            refreshUserIds,
            ...viewer(context),
            ...feedback,
            ...(extras.draft ? { draft: extras.draft } : {}),
          },
          locale,
        ),
      );
    case 'moved': {
      const previousStart = history(meeting).postponedFrom?.at(-1);
      return ok(
        meetingMovedCard(
          { meeting, refreshUserIds, ...(previousStart ? { previousStart } : {}) },
          locale,
        ),
      );
    }
    case 'attendance':
      return ok(attendanceCard({ meeting, refreshUserIds, ...feedback }, locale));
    case 'minutes':
      return ok(
        minutesSharedCard(
          {
            meeting,
            refreshUserIds,
            ...viewer(context),
            ...feedback,
            ...(extras.draftText ? { draftText: extras.draftText } : {}),
          },
          locale,
        ),
      );
  }
}

/** A member's proposal as the secretariat sees it, with the answer form while it is pending. */
export async function proposalCard(
  context: CardContext,
  proposalId: string,
  extras: CardExtras = {},
): Promise<Built> {
  const proposal = await getProposal(context.ports, context.actor, proposalId);
  if (!proposal.ok) return proposal;
  const meeting = await getMeeting(context.ports, context.actor, proposal.value.meetingId);
  if (!meeting.ok) return meeting;
  return ok(
    proposalReceivedCard(
      {
        proposal: proposal.value,
        meeting: meeting.value,
        refreshUserIds: context.refreshUserIds,
        ...(extras.feedback ? { feedback: extras.feedback } : {}),
        ...(extras.draftText ? { draftReason: extras.draftText } : {}),
      },
      context.locale,
    ),
  );
}

/**
 * The card a notification becomes for one recipient, built from the current state. Every kind
 * has its card: a new kind in core fails to compile here until it gets one.
 */
export async function notificationCard(
  context: CardContext,
  notification: Notification,
): Promise<Built> {
  const { ports, actor, locale } = context;
  switch (notification.kind) {
    case 'meeting-notice':
      return meetingCard(context, notification.meetingId, 'notice');
    case 'meeting-moved':
      return meetingCard(context, notification.meetingId, 'moved');
    case 'minutes-shared':
      return meetingCard(context, notification.meetingId, 'minutes');
    case 'proposal-received':
      return proposalCard(context, notification.proposalId);
    case 'meeting-cancelled': {
      const meeting = await getMeeting(ports, actor, notification.meetingId);
      if (!meeting.ok) return meeting;
      const reason = history(meeting.value).cancellationReason;
      return ok(
        meetingCancelledCard({ meeting: meeting.value, ...(reason ? { reason } : {}) }, locale),
      );
    }
    case 'meeting-published': {
      const meeting = await getMeeting(ports, actor, notification.meetingId);
      if (!meeting.ok) return meeting;
      return ok(meetingPublishedCard({ meeting: meeting.value }, locale));
    }
    case 'proposal-answered': {
      const proposal = await getProposal(ports, actor, notification.proposalId);
      if (!proposal.ok) return proposal;
      const meeting = await getMeeting(ports, actor, proposal.value.meetingId);
      if (!meeting.ok) return meeting;
      return ok(proposalAnsweredCard({ proposal: proposal.value, meeting: meeting.value }, locale));
    }
    case 'amendment-answered': {
      const amendment = await getAmendment(ports, actor, notification.amendmentId);
      if (!amendment.ok) return amendment;
      // AmendmentView may not name its meeting: the card then goes without the meeting line.
      const meetingId = (amendment.value as { meetingId?: string }).meetingId;
      const meeting = meetingId ? await getMeeting(ports, actor, meetingId) : undefined;
      if (meeting && !meeting.ok) return meeting;
      return ok(
        amendmentAnsweredCard(
          { amendment: amendment.value, ...(meeting?.ok ? { meeting: meeting.value } : {}) },
          locale,
        ),
      );
    }
    case 'reminder': {
      if (!notification.meetingId) {
        return ok(reminderCard({ reminder: notification.reminder, due: notification.due }, locale));
      }
      const meeting = await getMeeting(ports, actor, notification.meetingId);
      if (!meeting.ok) return meeting;
      return ok(
        reminderCard(
          { reminder: notification.reminder, due: notification.due, meeting: meeting.value },
          locale,
        ),
      );
    }
    case 'vote-opened':
    case 'vote-closed':
    case 'communication-submitted':
    case 'revision-support':
      return decisionNotificationCard(context, notification);
  }
}

/** A refusal as the feedback shown on the card: the rule id and its sentence when it is a rule. */
export function refusalFeedback(refusal: Refusal): Feedback {
  return refusal.reason === 'rule'
    ? { type: 'refused', rule: refusal.violation.rule, message: refusal.message }
    : { type: 'refused', message: refusal.message };
}
