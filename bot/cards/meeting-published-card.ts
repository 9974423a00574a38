import type { MeetingDetail } from '../../core/contracts/meetings.js';
import { formatInstant, formatSpan, t, type Locale } from '../i18n.js';
import { adaptiveCard, heading, text, type AdaptiveCard, type CardAction } from './card.js';
import { quote } from './meeting-parts.js';

export interface MeetingPublishedView {
  meeting: Pick<MeetingDetail, 'id' | 'title' | 'start' | 'end' | 'publishedAt' | 'minutes'>;
  /** The public page of the meeting on the national portal, when the app has one. */
  publicUrl?: string;
}

/**
 * The agenda, minutes and participant list are published on the national portal (R5.6).
 * Final: the card does not refresh.
 */
export function meetingPublishedCard(view: MeetingPublishedView, locale: Locale): AdaptiveCard {
  const { meeting } = view;
  const actions: CardAction[] = view.publicUrl
    ? [{ type: 'Action.OpenUrl', title: t('action.showMeeting', locale), url: view.publicUrl }]
    : [];
  return adaptiveCard(
    locale,
    [
      heading(t('published.title', locale, { title: quote(meeting.title, 200) })),
      text(t('published.body', locale, { when: formatSpan(meeting.start, meeting.end, locale) })),
      ...(meeting.minutes
        ? [
            {
              type: 'FactSet' as const,
              facts: [
                { title: t('minutes.title', locale), value: quote(meeting.minutes.name, 200) },
              ],
            },
          ]
        : []),
      ...(meeting.publishedAt
        ? [
            text(t('published.at', locale, { when: formatInstant(meeting.publishedAt, locale) }), {
              isSubtle: true,
              size: 'Small',
            }),
          ]
        : []),
    ],
    actions,
  );
}
