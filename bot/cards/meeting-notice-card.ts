import type { MeetingDetail, ProposalView } from '../../core/contracts/meetings.js';
import { formatDay, formatInstant, t, type Locale } from '../i18n.js';
import {
  actionSet,
  adaptiveCard,
  execute,
  heading,
  notice,
  text,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  type Container,
} from './card.js';
import {
  agendaBlock,
  feedbackBlock,
  fitted,
  joinAction,
  lastMinuteBefore,
  meetingFacts,
  proposalWindow,
  quote,
  refreshBlock,
  unavailableBlock,
  type Feedback,
} from './meeting-parts.js';
import { deliverySummary } from './notice-delivery.js';

/** What a member typed in the propose form, put back when the proposal was refused as invalid. */
export interface ProposalDraft {
  kind?: 'agenda_item' | 'date';
  text?: string;
  date?: string;
  time?: string;
}

export interface MeetingNoticeView {
  meeting: MeetingDetail;
  /**
   * The person the card is built for (their `can`, their own proposals); absent for a channel
   * card, built for no one in particular, which each member's client refreshes into their own.
   */
  viewerId?: string;
  refreshUserIds: readonly string[];
  feedback?: Feedback;
  draft?: ProposalDraft;
}

/** The ids of the propose form's inputs: Action.Execute and Action.Submit post them back. */
export const PROPOSE_INPUTS = {
  kind: 'proposalKind',
  text: 'proposalText',
  date: 'proposalDate',
  time: 'proposalTime',
} as const;

/**
 * The notice of a meeting (R5.2): title, date and time in Morocco time, place or join link,
 * agenda with presenters and documents, and the proposal window (R5.3). While it is open, the
 * propose form; after, the day it closed. A member sees what they proposed and its answer.
 */
export function meetingNoticeCard(view: MeetingNoticeView, locale: Locale): AdaptiveCard {
  const { meeting } = view;
  return fitted((agendaLimit) =>
    adaptiveCard(
      locale,
      [
        heading(t('notice.title', locale, { title: quote(meeting.title, 200) })),
        ...feedbackBlock(view.feedback, locale),
        ...statusLine(meeting, locale),
        meetingFacts(meeting, locale),
        agendaBlock(meeting, locale, agendaLimit),
        ...windowBlock(view, locale),
        ...ownProposals(view, locale),
        ...secretariatBlock(view, locale),
        ...deliveryBlock(view, locale),
        ...proposeForm(view, locale),
      ],
      actions(view, locale),
      refreshBlock(
        'meeting.refresh',
        { meetingId: meeting.id, view: 'notice' },
        view.refreshUserIds,
      ),
    ),
  );
}

function statusLine(meeting: MeetingDetail, locale: Locale): CardElement[] {
  if (meeting.status === 'noticed') {
    return [text(t('notice.intro', locale), { spacing: 'Small' })];
  }
  // The same term as the tab's (one term per concept, core/i18n/catalog/).
  const status = t(`meetingStatus.${meeting.status}`, locale);
  const style = meeting.status === 'cancelled' ? 'attention' : 'emphasis';
  return [notice(style, t('meeting.status', locale, { status }))];
}

/** May this viewer propose now? A channel card shows the form while the window is open. */
function mayPropose(view: MeetingNoticeView): boolean {
  if (view.viewerId !== undefined) return view.meeting.can.propose;
  return view.meeting.windowsOpen.proposals;
}

function windowBlock(view: MeetingNoticeView, locale: Locale): CardElement[] {
  const { meeting } = view;
  const window = proposalWindow(meeting);
  switch (window.state) {
    case 'not-noticed': {
      // Only the secretariat sees a meeting before its notice; it needs the R5.2 deadline, and
      // once R5.2 refuses the notice, the rule's sentence (the meeting can only be moved).
      const refused = meeting.cannot.sendNotice;
      if (meeting.can.sendNotice) {
        return [
          notice(
            'warning',
            t('notice.notSent', locale, { day: formatDay(meeting.deadlines.noticeBy, locale) }),
          ),
        ];
      }
      return unavailableBlock(refused, locale);
    }
    case 'open': {
      const until = formatInstant(lastMinuteBefore(window.closesAt), locale);
      const key = mayPropose(view) ? 'notice.window.open' : 'notice.window.openOthers';
      return [notice('accent', t(key, locale, { until }))];
    }
    case 'closed':
      return [
        notice(
          'emphasis',
          t('notice.window.closed', locale, { closedAt: formatInstant(window.closedAt, locale) }),
        ),
      ];
  }
}

function ownProposals(view: MeetingNoticeView, locale: Locale): CardElement[] {
  if (view.viewerId === undefined) return [];
  const mine = view.meeting.proposals.filter((p) => p.proposer.id === view.viewerId);
  if (mine.length === 0) return [];
  return [
    {
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        text(t('propose.yoursHeading', locale), { weight: 'Bolder' }),
        ...mine.map((proposal) => proposalLine(proposal, locale)),
      ],
    },
  ];
}

/** « You proposed an agenda item: “…” », its status and, once answered, the reason. */
export function proposalLine(proposal: ProposalView, locale: Locale): Container {
  const style =
    proposal.status === 'accepted'
      ? 'good'
      : proposal.status === 'rejected'
        ? 'warning'
        : 'default';
  const status = t(`proposal.status.${proposal.status}`, locale);
  return {
    type: 'Container',
    style,
    spacing: 'Small',
    items: [
      text(
        t('propose.yours', locale, {
          kind: t(`proposal.kind.${proposal.kind}`, locale),
          text: quote(proposal.text),
        }),
      ),
      ...(proposal.proposedStart
        ? [
            text(
              t('proposal.proposedStart', locale, {
                when: formatInstant(proposal.proposedStart, locale),
              }),
              {
                size: 'Small',
                spacing: 'None',
              },
            ),
          ]
        : []),
      text(
        proposal.response
          ? t('proposal.answer', locale, {
              status,
              name: quote(proposal.response.by.displayName, 80),
              reason: quote(proposal.response.reason),
            })
          : status,
        { weight: 'Bolder', size: 'Small', spacing: 'Small' },
      ),
    ],
  };
}

function secretariatBlock(view: MeetingNoticeView, locale: Locale): CardElement[] {
  if (view.viewerId === undefined || !view.meeting.can.answerProposals) return [];
  const pending = view.meeting.proposals.filter((p) => p.status === 'pending').length;
  return [
    text(t('proposals.toAnswer', locale, { count: pending }), {
      separator: true,
      spacing: 'Medium',
    }),
  ];
}

/**
 * R5.2: the secretariat sees whom the notice reached (the card refreshes as the outbox works);
 * a member's card says nothing of the others.
 */
function deliveryBlock(view: MeetingNoticeView, locale: Locale): CardElement[] {
  const delivery = view.meeting.noticeDelivery;
  if (view.viewerId === undefined || !delivery?.recipients) return [];
  return [
    text(t('notice.delivery', locale, { summary: deliverySummary(delivery, locale) }), {
      separator: true,
      spacing: 'Medium',
    }),
  ];
}

function proposeForm(view: MeetingNoticeView, locale: Locale): CardElement[] {
  if (!mayPropose(view)) return [];
  const draft = view.draft ?? {};
  return [
    {
      type: 'Container',
      separator: true,
      spacing: 'Large',
      items: [
        text(t('proposals.formTitle', locale), { weight: 'Bolder', size: 'Medium' }),
        {
          type: 'Input.ChoiceSet',
          id: PROPOSE_INPUTS.kind,
          label: t('proposals.kind', locale),
          style: 'expanded',
          value: draft.kind ?? 'agenda_item',
          isRequired: true,
          choices: [
            { title: t('proposal.kind.agenda_item', locale), value: 'agenda_item' },
            { title: t('proposal.kind.date', locale), value: 'date' },
          ],
        },
        {
          type: 'Input.Text',
          id: PROPOSE_INPUTS.text,
          label: t('propose.text', locale),
          isMultiline: true,
          maxLength: 1000,
          isRequired: true,
          errorMessage: t('propose.text.required', locale),
          ...(draft.text ? { value: draft.text } : {}),
        },
        {
          type: 'Input.Date',
          id: PROPOSE_INPUTS.date,
          label: t('propose.date', locale),
          ...(draft.date ? { value: draft.date } : {}),
        },
        {
          type: 'Input.Time',
          id: PROPOSE_INPUTS.time,
          label: t('propose.time', locale),
          ...(draft.time ? { value: draft.time } : {}),
        },
        actionSet([
          execute(
            t('proposals.submit', locale),
            'meeting.propose',
            { meetingId: view.meeting.id },
            { style: 'positive' },
          ),
        ]),
      ],
    },
  ];
}

function actions(view: MeetingNoticeView, locale: Locale): CardAction[] {
  const { meeting } = view;
  return [
    ...joinAction(meeting, locale),
    // R5.2: the secretariat sends the notice from its card (its version: no double send).
    ...(view.viewerId !== undefined && meeting.can.sendNotice
      ? [
          execute(
            t('due.send-notice', locale),
            'meeting.sendNotice',
            { meetingId: meeting.id, version: meeting.version },
            { style: 'positive', inputs: 'none' },
          ),
        ]
      : []),
    ...(view.viewerId !== undefined && meeting.can.recordAttendance
      ? [
          execute(
            t('action.recordAttendance', locale),
            'meeting.refresh',
            { meetingId: meeting.id, view: 'attendance' },
            { inputs: 'none' },
          ),
        ]
      : []),
    // For clients without per-user views (more than 60 members, or no auto-refresh).
    execute(
      t('delivery.refresh', locale),
      'meeting.refresh',
      { meetingId: meeting.id, view: 'notice' },
      { inputs: 'none' },
    ),
  ];
}
