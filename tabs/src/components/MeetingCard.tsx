import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { MeetingSummary } from '../api/client.js';
import { useT, type I18n } from '../i18n/i18n.js';
import { linkHandler } from '../router.js';
import { flaggedBy, needsNotice } from './DeadlinesPanel.js';
import { LateBadge, MeetingStatusBadge, OutlookBadge } from './MeetingBadges.js';
import { RuleMessage } from './RuleMessage.js';
import { useScreenStyles } from './screen-styles.js';
import { UserText } from './UserText.js';

const useMeetingCardStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  next: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  flags: { margin: 0, padding: 0, listStyle: 'none' },
});

export const meetingPath = (id: string) => `/meetings/${encodeURIComponent(id)}`;

/** "10:00 – 12:00, Rabat" or "…, online (Teams)": where and when, in Morocco time. */
export function meetingWhen(meeting: MeetingSummary, i18n: I18n): string {
  return i18n.t('meeting.when', {
    start: i18n.formatInstant(meeting.start),
    end: i18n.formatTime(meeting.end),
  });
}

export function meetingWhere(meeting: MeetingSummary, i18n: I18n): string {
  const place = meeting.location?.trim();
  if (meeting.online && place) return i18n.t('meeting.whereBoth', { place });
  if (meeting.online) return i18n.t('meeting.online');
  return place || i18n.t('meeting.noPlace');
}

/** The next step a meeting waits for and its date, with whether it is late. */
export function nextDeadline(
  meeting: MeetingSummary,
  now: number,
  i18n: I18n,
): { text: string; late: boolean } | undefined {
  const { deadlines: d, status } = meeting;
  if (status === 'cancelled' || status === 'published') return undefined;
  if (needsNotice(meeting)) {
    return {
      text: i18n.t('next.notice', { date: i18n.formatDay(d.noticeBy) }),
      late: flaggedBy(meeting, 'R5.2'),
    };
  }
  if (status === 'noticed' && d.proposalsCloseAt && Date.parse(d.proposalsCloseAt) > now) {
    return {
      text: i18n.t('next.proposals', { date: i18n.formatInstant(d.proposalsCloseAt) }),
      late: false,
    };
  }
  if (status === 'held' && d.minutesShareBy) {
    return {
      text: i18n.t('next.minutes', { date: i18n.formatDay(d.minutesShareBy) }),
      late: flaggedBy(meeting, 'R5.5'),
    };
  }
  if (status === 'minutes_shared' && d.amendmentsUntil) {
    return {
      text: i18n.t('next.amendments', { date: i18n.formatDay(d.amendmentsUntil) }),
      late: false,
    };
  }
  if (status === 'amendment_closed' && d.publishableFrom) {
    return {
      text: i18n.t('next.publication', { date: i18n.formatDay(d.publishableFrom) }),
      late: false,
    };
  }
  return undefined;
}

/** One meeting in a list: title, when and where, status, next deadline and rule flags. */
export function MeetingCard({
  meeting,
  now,
  headingLevel = 3,
}: {
  meeting: MeetingSummary;
  now: number;
  headingLevel?: 2 | 3;
}) {
  const i18n = useT();
  const { t } = i18n;
  const screen = useScreenStyles();
  const styles = useMeetingCardStyles();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const next = nextDeadline(meeting, now, i18n);
  const path = meetingPath(meeting.id);
  return (
    <article className={styles.root} data-testid="meeting" data-meeting-id={meeting.id}>
      <div className={styles.top}>
        <Heading className={styles.title}>
          <Link href={path} onClick={linkHandler(path)}>
            <UserText>{meeting.title}</UserText>
          </Link>
        </Heading>
        <MeetingStatusBadge status={meeting.status} />
        {meeting.source === 'outlook' && <OutlookBadge />}
      </div>
      <Text>{meetingWhen(meeting, i18n)}</Text>
      <Text className={screen.muted}>{meetingWhere(meeting, i18n)}</Text>
      {next && (
        <div className={styles.next} data-testid="next-deadline">
          <Text>{next.text}</Text>
          {next.late && <LateBadge />}
        </div>
      )}
      {meeting.flags.length > 0 && (
        <ul className={styles.flags} aria-label={t('meeting.flags')}>
          {meeting.flags.map((flag, index) => (
            <li key={index}>
              <RuleMessage verdict={flag} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
