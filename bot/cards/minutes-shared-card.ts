import type { AmendmentView, MeetingDetail } from '../../core/contracts/meetings.js';
import { formatDay, formatSpan, t, type Locale } from '../i18n.js';
import {
  actionSet,
  adaptiveCard,
  execute,
  heading,
  notice,
  text,
  type AdaptiveCard,
  type CardElement,
  type Container,
} from './card.js';
import { feedbackBlock, quote, refreshBlock, type Feedback } from './meeting-parts.js';

export interface MinutesSharedView {
  meeting: MeetingDetail;
  /** The person the card is built for; absent for a channel card (no personal state). */
  viewerId?: string;
  refreshUserIds: readonly string[];
  feedback?: Feedback;
  /** The amendment typed, put back when it was refused as invalid. */
  draftText?: string;
}

export const AMENDMENT_INPUT = 'amendmentText';

/** The minutes' amendment window (R5.5), as the card shows it; the use case decides. */
type AmendmentWindow =
  { state: 'not-shared' } | { state: 'open'; until: string } | { state: 'closed'; until: string };

/** R5.5's window as the card shows it; whether it is open comes from the use case. */
function amendmentWindow(meeting: MeetingDetail): AmendmentWindow {
  const until = meeting.deadlines.amendmentsUntil;
  if (!until || !meeting.minutesSharedOn) return { state: 'not-shared' };
  return meeting.windowsOpen.amendments ? { state: 'open', until } : { state: 'closed', until };
}

/**
 * The minutes shared with members (R5.5): the document, the amendment deadline, and while the
 * window is open the amend form; after, the day it closed. A member sees their amendments.
 */
export function minutesSharedCard(view: MinutesSharedView, locale: Locale): AdaptiveCard {
  const { meeting } = view;
  return adaptiveCard(
    locale,
    [
      heading(t('card.minutes.title', locale, { title: quote(meeting.title, 200) })),
      ...feedbackBlock(view.feedback, locale),
      text(t('minutes.body', locale, { when: formatSpan(meeting.start, meeting.end, locale) })),
      {
        type: 'FactSet',
        spacing: 'Medium',
        facts: [
          ...(meeting.minutes
            ? [{ title: t('minutes.title', locale), value: quote(meeting.minutes.name, 200) }]
            : []),
          ...(meeting.minutesSharedOn
            ? [
                {
                  title: t('card.minutes.sharedOn', locale),
                  value: formatDay(meeting.minutesSharedOn, locale),
                },
              ]
            : []),
        ],
      },
      ...windowBlock(view, locale),
      ...ownAmendments(view, locale),
      ...secretariatBlock(view, locale),
      ...amendForm(view, locale),
    ],
    // For clients without per-user views (more than 60 members, or no auto-refresh).
    [
      execute(
        t('delivery.refresh', locale),
        'minutes.refresh',
        { meetingId: meeting.id },
        { inputs: 'none' },
      ),
    ],
    refreshBlock('minutes.refresh', { meetingId: meeting.id }, view.refreshUserIds),
  );
}

function mayAmend(view: MinutesSharedView): boolean {
  if (view.viewerId !== undefined) return view.meeting.can.amend;
  return view.meeting.windowsOpen.amendments;
}

function windowBlock(view: MinutesSharedView, locale: Locale): CardElement[] {
  const window = amendmentWindow(view.meeting);
  switch (window.state) {
    case 'not-shared':
      return [notice('warning', t('minutes.notShared', locale))];
    case 'open': {
      const key = mayAmend(view) ? 'minutes.window.open' : 'minutes.window.openOthers';
      return [notice('accent', t(key, locale, { day: formatDay(window.until, locale) }))];
    }
    case 'closed':
      return [
        notice(
          'emphasis',
          t('minutes.window.closed', locale, { day: formatDay(window.until, locale) }),
        ),
      ];
  }
}

function ownAmendments(view: MinutesSharedView, locale: Locale): CardElement[] {
  if (view.viewerId === undefined) return [];
  const mine = view.meeting.amendments.filter((a) => a.author.id === view.viewerId);
  if (mine.length === 0) return [];
  return [
    {
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        text(t('amend.yoursHeading', locale), { weight: 'Bolder' }),
        ...mine.map((amendment) => amendmentLine(amendment, locale)),
      ],
    },
  ];
}

export function amendmentLine(amendment: AmendmentView, locale: Locale): Container {
  return {
    type: 'Container',
    style: amendment.status === 'integrated' ? 'good' : 'default',
    spacing: 'Small',
    items: [
      text(t('quoted', locale, { text: quote(amendment.text) })),
      text(t(`amendment.status.${amendment.status}`, locale), {
        weight: 'Bolder',
        size: 'Small',
        spacing: 'Small',
      }),
      ...(amendment.answer
        ? [text(quote(amendment.answer.text, 1000), { size: 'Small', spacing: 'None' })]
        : []),
    ],
  };
}

function secretariatBlock(view: MinutesSharedView, locale: Locale): CardElement[] {
  // The secretariat edits the meeting; it answers amendments in the tab.
  if (view.viewerId === undefined || !view.meeting.can.edit) return [];
  const pending = view.meeting.amendments.filter((a) => a.status === 'pending').length;
  return [
    text(t('amendments.toAnswer', locale, { count: pending }), {
      separator: true,
      spacing: 'Medium',
    }),
  ];
}

function amendForm(view: MinutesSharedView, locale: Locale): CardElement[] {
  if (!mayAmend(view)) return [];
  return [
    {
      type: 'Input.Text',
      id: AMENDMENT_INPUT,
      label: t('amendments.text', locale),
      isMultiline: true,
      maxLength: 4000,
      isRequired: true,
      errorMessage: t('amend.text.required', locale),
      spacing: 'Large',
      ...(view.draftText ? { value: view.draftText } : {}),
    },
    actionSet([
      execute(
        t('action.amend', locale),
        'minutes.amend',
        { meetingId: view.meeting.id },
        { style: 'positive' },
      ),
    ]),
  ];
}
