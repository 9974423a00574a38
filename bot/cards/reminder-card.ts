import type { MeetingDetail } from '../../core/contracts/meetings.js';
import type { ReminderKind } from '../../core/ports/notifier.js';
import { formatDue, formatSpan, t, type Locale, type MessageKey } from '../i18n.js';
import {
  adaptiveCard,
  execute,
  heading,
  notice,
  text,
  type AdaptiveCard,
  type CardAction,
} from './card.js';
import { lastMinuteBefore, quote } from './meeting-parts.js';

export interface ReminderView {
  reminder: ReminderKind;
  /** The deadline: a local day (inclusive) or an instant. */
  due: string;
  meeting?: Pick<MeetingDetail, 'id' | 'title' | 'start' | 'end'>;
}

/**
 * One card per reminder kind: its title, its sentence with the deadline (and the rule it comes
 * from), and a button that replaces the reminder with the current state of the meeting.
 */
const REMINDERS: Record<
  ReminderKind,
  {
    title: MessageKey;
    body: MessageKey;
    style: 'accent' | 'warning' | 'attention';
    open?: 'meeting' | 'minutes';
  }
> = {
  'proposal-window-closing': {
    title: 'reminder.proposal-window-closing.title',
    body: 'reminder.proposal-window-closing.body',
    style: 'accent',
    open: 'meeting',
  },
  'minutes-share-due': {
    title: 'reminder.minutes-share-due.title',
    body: 'reminder.minutes-share-due.body',
    style: 'warning',
    open: 'meeting',
  },
  'minutes-late': {
    title: 'reminder.minutes-late.title',
    body: 'reminder.minutes-late.body',
    style: 'attention',
    open: 'meeting',
  },
  'amendment-window-closing': {
    title: 'reminder.amendment-window-closing.title',
    body: 'reminder.amendment-window-closing.body',
    style: 'accent',
    open: 'minutes',
  },
  'publication-ready': {
    title: 'reminder.publication-ready.title',
    body: 'reminder.publication-ready.body',
    style: 'accent',
    open: 'minutes',
  },
  'semester-uncovered': {
    title: 'reminder.semester-uncovered.title',
    body: 'reminder.semester-uncovered.body',
    style: 'warning',
  },
  'semester-ending': {
    title: 'reminder.semester-ending.title',
    body: 'reminder.semester-ending.body',
    style: 'attention',
  },
};

/**
 * R5.3's deadline is an exclusive instant (00:00 on the day after the window): people read
 * « until Thursday 23:59 » rather than « until Friday 00:00 ».
 */
function dueShown(view: ReminderView): string {
  return view.reminder === 'proposal-window-closing' && view.due.includes('T')
    ? lastMinuteBefore(view.due)
    : view.due;
}

export function reminderCard(view: ReminderView, locale: Locale): AdaptiveCard {
  const spec = REMINDERS[view.reminder];
  const { meeting } = view;
  const actions: CardAction[] =
    meeting && spec.open === 'meeting'
      ? [
          execute(
            t('action.showMeeting', locale),
            'meeting.refresh',
            { meetingId: meeting.id, view: 'notice' },
            { inputs: 'none' },
          ),
        ]
      : meeting && spec.open === 'minutes'
        ? [
            execute(
              t('action.showMinutes', locale),
              'minutes.refresh',
              { meetingId: meeting.id },
              { inputs: 'none' },
            ),
          ]
        : [];
  return adaptiveCard(
    locale,
    [
      heading(t(spec.title, locale)),
      ...(meeting
        ? [
            text(
              t('reminder.meeting', locale, {
                title: quote(meeting.title, 200),
                when: formatSpan(meeting.start, meeting.end, locale),
              }),
              { isSubtle: true, spacing: 'None' },
            ),
          ]
        : []),
      notice(spec.style, t(spec.body, locale, { due: formatDue(dueShown(view), locale) })),
    ],
    actions,
  );
}
