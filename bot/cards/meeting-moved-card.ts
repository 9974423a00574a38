import type { MeetingDetail } from '../../core/contracts/meetings.js';
import { formatSpan, formatInstant, t, type Locale } from '../i18n.js';
import { adaptiveCard, heading, notice, text, type AdaptiveCard } from './card.js';
import {
  agendaBlock,
  fitted,
  joinAction,
  meetingFacts,
  quote,
  refreshBlock,
} from './meeting-parts.js';

export interface MeetingMovedView {
  meeting: MeetingDetail;
  /** The start it had before it was moved, when known. */
  previousStart?: string;
  refreshUserIds: readonly string[];
}

/**
 * A meeting moved to another date. A meeting moved after its notice needs a new notice, itself
 * at least 10 days ahead (R5.2): until it is sent, the card says one will follow.
 */
export function meetingMovedCard(view: MeetingMovedView, locale: Locale): AdaptiveCard {
  const { meeting } = view;
  return fitted((agendaLimit) =>
    adaptiveCard(
      locale,
      [
        heading(t('moved.title', locale, { title: quote(meeting.title, 200) })),
        text(t('moved.body', locale, { when: formatSpan(meeting.start, meeting.end, locale) }), {
          weight: 'Bolder',
        }),
        ...(view.previousStart
          ? [
              text(
                t('moved.previous', locale, { when: formatInstant(view.previousStart, locale) }),
                {
                  isSubtle: true,
                  spacing: 'None',
                },
              ),
            ]
          : []),
        ...(meeting.status === 'postponed' || meeting.status === 'draft'
          ? [notice('accent', t('moved.newNotice', locale))]
          : []),
        meetingFacts(meeting, locale),
        agendaBlock(meeting, locale, agendaLimit),
      ],
      joinAction(meeting, locale),
      refreshBlock(
        'meeting.refresh',
        { meetingId: meeting.id, view: 'moved' },
        view.refreshUserIds,
      ),
    ),
  );
}
