import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { MeetingSummary } from '../api/client.js';
import { useNow } from '../api/server-clock.js';
import { useT, type MessageKey } from '../i18n/i18n.js';
import { moroccoDay } from '../i18n/morocco-time.js';
import { Countdown } from './Countdown.js';
import { DoneBadge, LateBadge } from './MeetingBadges.js';
import { useScreenStyles } from './screen-styles.js';

const useDeadlinesStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
  },
  // Term and value side by side, the value wrapping under the term on narrow panels.
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
  },
  term: { flex: '0 0 11rem', color: tokens.colorNeutralForeground2 },
  value: {
    flex: '1 1 12rem',
    margin: 0,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
});

type Step = 'notice' | 'proposals' | 'minutes' | 'amendments' | 'publication';

interface Row {
  step: Step;
  value: ReactNode;
  state?: 'late' | 'done' | undefined;
  doneLabel?: string;
}

/**
 * Whether the server flags the meeting for `rule` (R5.2: the notice can no longer go out in
 * time; R5.5: the minutes are late): lateness is the server's finding, never the tab's sum.
 */
export const flaggedBy = (meeting: Pick<MeetingSummary, 'flags'>, rule: string) =>
  meeting.flags.some((flag) => flag.rule === rule);

/** Whether the meeting still needs its notice (never sent, or moved since: R5.2 again). */
export const needsNotice = (meeting: MeetingSummary) =>
  meeting.status === 'draft' || meeting.status === 'postponed';

/**
 * Every date the manual sets for a meeting (R5.2, R5.3, R5.5, R5.6), computed by the server
 * on the Moroccan calendar, with the steps done and those late.
 */
export function DeadlinesPanel({
  meeting,
  onElapsed,
}: {
  meeting: MeetingSummary & { minutesSharedOn?: string | undefined };
  onElapsed?: () => void;
}) {
  const { t, formatDay, formatInstant, formatInstantDay } = useT();
  const screen = useScreenStyles();
  const styles = useDeadlinesStyles();
  const now = useNow(60_000);
  const today = moroccoDay(now);
  const { deadlines } = meeting;
  const live = meeting.status !== 'cancelled';
  const pending = (key: MessageKey) => <Text className={screen.muted}>{t(key)}</Text>;

  const rows: Row[] = [
    {
      step: 'notice',
      value: formatDay(deadlines.noticeBy),
      state:
        !needsNotice(meeting) && meeting.noticeSentAt
          ? 'done'
          : live && flaggedBy(meeting, 'R5.2')
            ? 'late'
            : undefined,
      ...(meeting.noticeSentAt
        ? { doneLabel: t('deadline.noticeSent', { date: formatInstantDay(meeting.noticeSentAt) }) }
        : {}),
    },
    {
      step: 'proposals',
      value: deadlines.proposalsCloseAt ? (
        <>
          <span>{formatInstant(deadlines.proposalsCloseAt)}</span>
          {meeting.status === 'noticed' && (
            <Countdown until={deadlines.proposalsCloseAt} {...(onElapsed ? { onElapsed } : {})} />
          )}
        </>
      ) : (
        pending('deadline.pending.proposals')
      ),
      state:
        deadlines.proposalsCloseAt &&
        meeting.status !== 'noticed' &&
        Date.parse(deadlines.proposalsCloseAt) <= now
          ? 'done'
          : undefined,
      doneLabel: t('deadline.closed'),
    },
    {
      step: 'minutes',
      value: deadlines.minutesShareBy
        ? formatDay(deadlines.minutesShareBy)
        : pending('deadline.pending.minutes'),
      state: meeting.minutesSharedOn ? 'done' : flaggedBy(meeting, 'R5.5') ? 'late' : undefined,
      ...(meeting.minutesSharedOn
        ? { doneLabel: t('deadline.minutesShared', { date: formatDay(meeting.minutesSharedOn) }) }
        : {}),
    },
    {
      step: 'amendments',
      value: deadlines.amendmentsUntil
        ? formatDay(deadlines.amendmentsUntil)
        : pending('deadline.pending.amendments'),
      state: deadlines.amendmentsUntil && today > deadlines.amendmentsUntil ? 'done' : undefined,
      doneLabel: t('deadline.closed'),
    },
    {
      step: 'publication',
      value: deadlines.publishableFrom
        ? formatDay(deadlines.publishableFrom)
        : pending('deadline.pending.publication'),
      state: meeting.publishedAt ? 'done' : undefined,
      ...(meeting.publishedAt
        ? { doneLabel: t('deadline.published', { date: formatInstantDay(meeting.publishedAt) }) }
        : {}),
    },
  ];

  return (
    <dl className={styles.list}>
      {rows.map((row) => (
        <div key={row.step} className={styles.row} data-testid={`deadline-${row.step}`}>
          <dt className={styles.term}>{t(`deadline.${row.step}` as MessageKey)}</dt>
          <dd className={styles.value} data-state={row.state ?? 'open'}>
            {row.value}
            {row.state === 'late' && <LateBadge />}
            {row.state === 'done' && row.doneLabel && <DoneBadge label={row.doneLabel} />}
          </dd>
        </div>
      ))}
    </dl>
  );
}
