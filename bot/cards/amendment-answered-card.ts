import type { AmendmentView, MeetingDetail } from '../../core/contracts/meetings.js';
import { formatSpan, t, type Locale } from '../i18n.js';
import { adaptiveCard, heading, text, type AdaptiveCard } from './card.js';
import { quote } from './meeting-parts.js';

export interface AmendmentAnsweredView {
  amendment: AmendmentView;
  /** The meeting whose minutes were amended, when known. */
  meeting?: Pick<MeetingDetail, 'id' | 'title' | 'start' | 'end'>;
}

/**
 * The secretariat's answer to a member's amendment of the minutes (R5.5): integrated, or
 * answered with a text. Final: the card does not refresh.
 */
export function amendmentAnsweredCard(view: AmendmentAnsweredView, locale: Locale): AdaptiveCard {
  const { amendment, meeting } = view;
  return adaptiveCard(locale, [
    heading(t(`amendmentAnswered.title.${amendment.status}`, locale)),
    ...(meeting
      ? [
          text(
            t('proposalAnswered.about', locale, {
              title: quote(meeting.title, 200),
              when: formatSpan(meeting.start, meeting.end, locale),
            }),
            { isSubtle: true, spacing: 'None' },
          ),
        ]
      : []),
    text(t('amendmentAnswered.yours', locale, { text: quote(amendment.text, 1000) }), {
      spacing: 'Medium',
    }),
    ...(amendment.answer
      ? [
          {
            type: 'Container' as const,
            style: amendment.status === 'integrated' ? ('good' as const) : ('emphasis' as const),
            spacing: 'Medium' as const,
            items: [
              text(
                t('proposalAnswered.reason', locale, {
                  name: quote(amendment.answer.by.displayName, 80),
                }),
                { size: 'Small' },
              ),
              text(quote(amendment.answer.text, 1000), { spacing: 'None' }),
            ],
          },
        ]
      : []),
  ]);
}
