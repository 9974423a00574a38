import type { MeetingDetail } from '../../core/contracts/meetings.js';
import { formatSpan, t, type Locale } from '../i18n.js';
import { adaptiveCard, heading, notice, text, type AdaptiveCard } from './card.js';
import { quote } from './meeting-parts.js';

export interface MeetingCancelledView {
  meeting: Pick<MeetingDetail, 'id' | 'title' | 'start' | 'end'>;
  /** The reason the secretariat gave, when known. */
  reason?: string;
}

/** A meeting cancelled before it was held. Final: the card does not refresh. */
export function meetingCancelledCard(view: MeetingCancelledView, locale: Locale): AdaptiveCard {
  const { meeting } = view;
  return adaptiveCard(locale, [
    heading(t('cancelled.title', locale, { title: quote(meeting.title, 200) })),
    notice(
      'attention',
      t('cancelled.body', locale, { when: formatSpan(meeting.start, meeting.end, locale) }),
    ),
    ...(view.reason
      ? [text(t('cancelled.reason', locale, { reason: quote(view.reason) }), { spacing: 'Medium' })]
      : []),
  ]);
}
