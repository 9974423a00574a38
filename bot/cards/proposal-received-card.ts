import type { MeetingDetail, ProposalView } from '../../core/contracts/meetings.js';
import { formatInstant, formatSpan, t, type Locale } from '../i18n.js';
import {
  actionSet,
  adaptiveCard,
  execute,
  heading,
  text,
  type AdaptiveCard,
  type CardElement,
} from './card.js';
import { feedbackBlock, quote, refreshBlock, type Feedback } from './meeting-parts.js';

export interface ProposalReceivedView {
  proposal: ProposalView;
  /** The meeting as the viewer sees it. */
  meeting: MeetingDetail;
  refreshUserIds: readonly string[];
  feedback?: Feedback;
  /** The reason typed, put back when the answer was refused. */
  draftReason?: string;
}

export const ANSWER_REASON_INPUT = 'answerReason';

/**
 * A member's proposal (R5.3), sent to the secretariat: who proposes what for which meeting.
 * While it is pending, the secretariat accepts it or not, always with a reason that the
 * proposer receives (OGP's reasoned response); once answered, the answer is shown.
 */
export function proposalReceivedCard(view: ProposalReceivedView, locale: Locale): AdaptiveCard {
  const { proposal, meeting } = view;
  return adaptiveCard(
    locale,
    [
      heading(t('proposalReceived.title', locale, { title: quote(meeting.title, 200) })),
      text(formatSpan(meeting.start, meeting.end, locale), { isSubtle: true, spacing: 'None' }),
      ...feedbackBlock(view.feedback, locale),
      text(
        t('proposalReceived.from', locale, {
          name: quote(proposal.proposer.displayName, 80),
          kind: t(`proposal.kind.${proposal.kind}`, locale),
        }),
        { weight: 'Bolder', spacing: 'Medium' },
      ),
      { type: 'Container', style: 'emphasis', items: [text(quote(proposal.text, 1000))] },
      ...(proposal.proposedStart
        ? [
            text(
              t('proposal.proposedStart', locale, {
                when: formatInstant(proposal.proposedStart, locale),
              }),
              { weight: 'Bolder' },
            ),
          ]
        : []),
      text(
        t('proposalReceived.submittedAt', locale, {
          when: formatInstant(proposal.submittedAt, locale),
        }),
        { isSubtle: true, size: 'Small' },
      ),
      ...answerBlock(view, locale),
    ],
    [],
    refreshBlock(
      'meeting.refresh',
      { meetingId: meeting.id, view: 'proposal', proposalId: proposal.id },
      view.refreshUserIds,
    ),
  );
}

function answerBlock(view: ProposalReceivedView, locale: Locale): CardElement[] {
  const { proposal } = view;
  if (proposal.status !== 'pending') {
    const status = t(`proposal.status.${proposal.status}`, locale);
    return [
      {
        type: 'Container',
        style: proposal.status === 'accepted' ? 'good' : 'warning',
        separator: true,
        spacing: 'Medium',
        items: [
          text(
            proposal.response
              ? t('proposal.answer', locale, {
                  status,
                  name: quote(proposal.response.by.displayName, 80),
                  reason: quote(proposal.response.reason, 1000),
                })
              : status,
            { weight: 'Bolder' },
          ),
        ],
      },
    ];
  }
  // The proposal's own `can.answer` (the secretariat, while it is pending) shows the form.
  if (!proposal.can.answer) {
    return [text(t('proposal.status.pending', locale), { weight: 'Bolder', spacing: 'Medium' })];
  }
  const data = { proposalId: proposal.id, version: proposal.version };
  return [
    {
      type: 'Input.Text',
      id: ANSWER_REASON_INPUT,
      label: t('answer.reason', locale),
      isMultiline: true,
      maxLength: 1000,
      isRequired: true,
      errorMessage: t('answer.reason.required', locale),
      spacing: 'Medium',
      ...(view.draftReason ? { value: view.draftReason } : {}),
    },
    actionSet([
      execute(
        t('proposals.acceptDate', locale),
        'proposal.answer',
        { ...data, decision: 'accepted' },
        { style: 'positive' },
      ),
      execute(
        t('action.reject', locale),
        'proposal.answer',
        { ...data, decision: 'rejected' },
        { style: 'destructive' },
      ),
    ]),
  ];
}
