import type { MeetingDetail, ProposalView } from '../../core/contracts/meetings.js';
import { formatInstant, formatSpan, t, type Locale } from '../i18n.js';
import { adaptiveCard, heading, text, type AdaptiveCard, type CardElement } from './card.js';
import { quote } from './meeting-parts.js';

export interface ProposalAnsweredView {
  proposal: ProposalView;
  meeting: Pick<MeetingDetail, 'id' | 'title' | 'start' | 'end'>;
}

/**
 * The secretariat's answer to a member's proposal (R5.3), sent to the proposer with its
 * reason (OGP's reasoned response). An answer is final: the card does not refresh.
 */
export function proposalAnsweredCard(view: ProposalAnsweredView, locale: Locale): AdaptiveCard {
  const { proposal, meeting } = view;
  const style =
    proposal.status === 'accepted'
      ? 'good'
      : proposal.status === 'rejected'
        ? 'warning'
        : 'default';
  return adaptiveCard(locale, [
    heading(t(`proposalAnswered.title.${proposal.status}`, locale)),
    text(
      t('proposalAnswered.about', locale, {
        title: quote(meeting.title, 200),
        when: formatSpan(meeting.start, meeting.end, locale),
      }),
      { isSubtle: true, spacing: 'None' },
    ),
    text(
      t('propose.yours', locale, {
        kind: t(`proposal.kind.${proposal.kind}`, locale),
        text: quote(proposal.text, 1000),
      }),
      { spacing: 'Medium' },
    ),
    ...(proposal.proposedStart
      ? [
          text(
            t('proposal.proposedStart', locale, {
              when: formatInstant(proposal.proposedStart, locale),
            }),
            { size: 'Small', spacing: 'None' },
          ),
        ]
      : []),
    ...answer(proposal, locale, style),
  ]);
}

function answer(
  proposal: ProposalView,
  locale: Locale,
  style: 'good' | 'warning' | 'default',
): CardElement[] {
  if (!proposal.response) {
    return [text(t('proposal.status.pending', locale), { weight: 'Bolder', spacing: 'Medium' })];
  }
  return [
    {
      type: 'Container',
      style,
      spacing: 'Medium',
      items: [
        text(t(`proposal.status.${proposal.status}`, locale), { weight: 'Bolder' }),
        text(
          t('proposalAnswered.reason', locale, {
            name: quote(proposal.response.by.displayName, 80),
          }),
          { size: 'Small', spacing: 'Small' },
        ),
        text(quote(proposal.response.reason, 1000), { spacing: 'None' }),
      ],
    },
  ];
}
