import type { AttendanceView, MeetingDetail } from '../../core/contracts/meetings.js';
import { formatSpan, plainLine, t, type Locale } from '../i18n.js';
import {
  adaptiveCard,
  execute,
  heading,
  notice,
  text,
  type AdaptiveCard,
  type CardElement,
} from './card.js';
import { feedbackBlock, quote, refreshBlock, type Feedback } from './meeting-parts.js';

export interface AttendanceCardView {
  meeting: MeetingDetail;
  refreshUserIds: readonly string[];
  feedback?: Feedback;
}

export const PRESENT_INPUT = 'present';

/**
 * « Nadia Modèle — titular, Ministère… »: markdown-escaped for a TextBlock, plain for a choice's
 * title (which renders no markdown, so escapes would show).
 */
function rosterLabel(entry: AttendanceView, locale: Locale, markdown = true): string {
  const typed = markdown ? quote : plainLine;
  const capacity = t(`attendance.capacity.${entry.capacity}`, locale);
  const organisation = entry.organisation ? `, ${typed(entry.organisation, 120)}` : '';
  return `${typed(entry.person.displayName, 80)} — ${capacity}${organisation}`;
}

/**
 * Attendance at a meeting, recorded by the secretariat during the meeting: the roster as a
 * multi-select, ticked for the people already recorded present; everyone else is recorded
 * absent (absences are justified later in the tab; R12.1 counts them per seat).
 */
export function attendanceCard(view: AttendanceCardView, locale: Locale): AdaptiveCard {
  const { meeting } = view;
  const roster = meeting.attendance;
  const present = roster.filter((entry) => entry.status === 'present');
  const recorded = roster.some((entry) => entry.status !== undefined);
  return adaptiveCard(
    locale,
    [
      heading(t('card.attendance.title', locale, { title: quote(meeting.title, 200) })),
      text(formatSpan(meeting.start, meeting.end, locale), { isSubtle: true, spacing: 'None' }),
      ...feedbackBlock(view.feedback, locale),
      text(
        recorded
          ? t('attendance.count', locale, { present: present.length, total: roster.length })
          : t('card.attendance.notRecorded', locale),
        { weight: 'Bolder', spacing: 'Medium' },
      ),
      ...(meeting.can.recordAttendance ? form(view, locale) : readOnly(roster, locale)),
    ],
    [],
    refreshBlock(
      'meeting.refresh',
      { meetingId: meeting.id, view: 'attendance' },
      view.refreshUserIds,
    ),
  );
}

function form(view: AttendanceCardView, locale: Locale): CardElement[] {
  const roster = view.meeting.attendance;
  return [
    text(t('attendance.body', locale), { size: 'Small' }),
    {
      type: 'Input.ChoiceSet',
      id: PRESENT_INPUT,
      label: t('card.attendance.present', locale),
      isMultiSelect: true,
      style: 'expanded',
      wrap: true,
      value: roster
        .filter((entry) => entry.status === 'present')
        .map((entry) => entry.person.id)
        .join(','),
      choices: roster.map((entry) => ({
        title: rosterLabel(entry, locale, false),
        value: entry.person.id,
      })),
    },
    {
      type: 'ActionSet',
      spacing: 'Medium',
      actions: [
        execute(
          t('action.saveAttendance', locale),
          'attendance.record',
          { meetingId: view.meeting.id },
          { style: 'positive' },
        ),
      ],
    },
  ];
}

function readOnly(roster: readonly AttendanceView[], locale: Locale): CardElement[] {
  return [
    notice('emphasis', t('attendance.readOnly', locale)),
    ...roster
      .filter((entry) => entry.status === 'present')
      .map((entry) => text(rosterLabel(entry, locale), { size: 'Small', spacing: 'None' })),
  ];
}
