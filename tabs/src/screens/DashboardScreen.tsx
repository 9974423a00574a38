import { Badge, Link, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect } from 'react';
import { useComposition } from '../api/committee.js';
import type { DashboardView, DueItem } from '../api/client.js';
import { useResource } from '../api/resource.js';
import { useNow, useServerClock } from '../api/server-clock.js';
import { useSession } from '../auth/session-context.js';
import { HolidaysPanel } from '../components/HolidaysPanel.js';
import { LateBadge, MeetingStatusBadge } from '../components/MeetingBadges.js';
import { MeetingCard, meetingPath, meetingWhen } from '../components/MeetingCard.js';
import { ParityIndicator } from '../components/ParityIndicator.js';
import { ProblemMessage } from '../components/ProblemMessage.js';
import { RuleMessage } from '../components/RuleMessage.js';
import { organisationLabel } from '../components/SeatCard.js';
import { useScreenStyles } from '../components/screen-styles.js';
import { useT, type MessageKey } from '../i18n/i18n.js';
import { moroccoDay } from '../i18n/morocco-time.js';
import { linkHandler } from '../router.js';
import { NoticeDeliveryIssues } from './meeting/NoticeDeliveryIssues.js';
import { UserText } from '../components/UserText.js';

const useDashboardStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 20rem), 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  wide: { gridColumn: '1 / -1' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  coverage: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** The sections later issues fill: listed, never linked. */
const LATER: MessageKey[] = ['section.selection'];

function DueEntry({ item }: { item: DueItem }) {
  const { t, formatDay, formatInstant } = useT();
  const styles = useDashboardStyles();
  const path = meetingPath(item.meetingId);
  return (
    <li className={styles.entry} data-testid="due-item" data-kind={item.kind}>
      <div className={styles.line}>
        <Text weight="semibold">{t(`due.${item.kind}` as MessageKey)}</Text>
        {item.late && <LateBadge />}
      </div>
      <Link href={path} onClick={linkHandler(path)}>
        <UserText>{item.title}</UserText>
      </Link>
      {(item.dueDay ?? item.dueAt) && (
        <Text size={200}>
          {item.dueDay
            ? t('due.byDay', { date: formatDay(item.dueDay) })
            : t('due.before', { date: formatInstant(item.dueAt ?? '') })}
        </Text>
      )}
    </li>
  );
}

function SecretariatPanels({
  view,
  reload,
}: {
  view: NonNullable<DashboardView['secretariat']>;
  reload: () => void;
}) {
  const { t, formatDayRange } = useT();
  const screen = useScreenStyles();
  const styles = useDashboardStyles();
  const now = useNow(60_000);
  const today = moroccoDay(now);
  const { semester } = view;
  return (
    <>
      <section
        className={screen.panel}
        aria-labelledby="dash-semester"
        data-testid="dashboard-semester"
      >
        <h2 id="dash-semester" className={screen.h2}>
          {t('dashboard.semester')}
        </h2>
        <div className={styles.coverage}>
          <Text weight="semibold">
            {t('dashboard.semesterLabel', {
              half: semester.start.slice(5, 7) <= '06' ? 'first' : 'second',
              year: semester.start.slice(0, 4),
            })}{' '}
            — {formatDayRange(semester.start, semester.end)}
          </Text>
          <div className={styles.line}>
            <Badge
              appearance="tint"
              shape="rounded"
              color={semester.covered ? 'success' : 'danger'}
            >
              {semester.covered ? t('dashboard.covered') : t('dashboard.uncovered')}
            </Badge>
            <Text>{t('dashboard.daysRemaining', { count: semester.daysRemaining })}</Text>
          </div>
          {semester.violation && <RuleMessage verdict={semester.violation} />}
        </div>
      </section>
      <section
        className={screen.panel}
        aria-labelledby="dash-flagged"
        data-testid="dashboard-flagged"
      >
        <h2 id="dash-flagged" className={screen.h2}>
          {t('dashboard.flagged')}
        </h2>
        {view.flagged.length === 0 ? (
          <Text>{t('dashboard.flaggedNone')}</Text>
        ) : (
          <ul className={screen.plainList}>
            {view.flagged.map((meeting) => (
              <li key={meeting.id}>
                <MeetingCard meeting={meeting} now={now} />
              </li>
            ))}
          </ul>
        )}
        <Text data-testid="dashboard-undelivered">
          {view.undelivered === 0
            ? t('dashboard.undeliveredNone')
            : t('dashboard.undelivered', { count: view.undelivered })}
        </Text>
      </section>
      <section
        className={`${screen.panel} ${styles.wide}`}
        aria-labelledby="dash-notices"
        data-testid="dashboard-notices"
      >
        <h2 id="dash-notices" className={screen.h2}>
          {t('dashboard.notices')}
        </h2>
        <NoticeDeliveryIssues issues={view.notices} reload={reload} />
      </section>
      <HolidaysPanel
        className={styles.wide}
        year={Number(today.slice(0, 4))}
        onConfirmed={reload}
      />
    </>
  );
}

/**
 * The person's dashboard: what is due from them and by when, the next meetings; for the
 * secretariat every open deadline, flagged meetings, the semester's coverage (R5.1) and the
 * year's holidays; and the composition at a glance.
 */
export function DashboardScreen() {
  const i18n = useT();
  const { t, tUser, formatList } = i18n;
  const { api, me } = useSession();
  const screen = useScreenStyles();
  const styles = useDashboardStyles();
  const composition = useComposition();
  const { sync } = useServerClock();
  const dashboard = useResource(() => api.dashboard(), api);
  const view = dashboard.data;
  useEffect(() => {
    if (view) sync(view.asOf);
  }, [view, sync]);
  const reloadDashboard = dashboard.reload;
  const reload = useCallback(() => void reloadDashboard(), [reloadDashboard]);

  const data = composition.data;
  const active = data ? [...data.administration, ...data.civilSociety] : [];
  const people = new Set(
    active
      .flatMap((seat) => [seat.titular?.id, seat.alternate?.id])
      .filter((id): id is string => !!id),
  ).size;
  const findings = active.reduce((sum, seat) => sum + seat.findings.length, 0);
  const roles = me.roles.length
    ? formatList(me.roles.map((role) => t(`role.${role}` as MessageKey)))
    : t('role.none');
  const seatsById = new Map(active.map((seat) => [seat.id, seat]));

  return (
    <>
      <div>
        <h1 className={screen.h1}>{t('dashboard.title')}</h1>
        <Text className={screen.intro} as="p">
          {tUser('dashboard.welcome', { name: me.person.displayName })}{' '}
          <span data-testid="dashboard-roles">{t('dashboard.roles', { roles })}</span>
        </Text>
      </div>
      {!view && dashboard.loading && <Spinner label={t('app.loading')} />}
      {dashboard.error !== undefined && <ProblemMessage error={dashboard.error} />}
      {view && (
        <div className={styles.grid}>
          <section className={screen.panel} aria-labelledby="dash-due" data-testid="dashboard-due">
            <h2 id="dash-due" className={screen.h2}>
              {t('dashboard.due')}
            </h2>
            {view.due.length === 0 ? (
              <Text>{t('dashboard.dueNone')}</Text>
            ) : (
              <>
                <Text>{t('count.due', { count: view.due.length })}</Text>
                <ul className={screen.plainList}>
                  {view.due.map((item, index) => (
                    <DueEntry key={`${item.meetingId}-${item.kind}-${index}`} item={item} />
                  ))}
                </ul>
              </>
            )}
          </section>
          <section
            className={screen.panel}
            aria-labelledby="dash-upcoming"
            data-testid="dashboard-upcoming"
          >
            <h2 id="dash-upcoming" className={screen.h2}>
              {t('dashboard.upcoming')}
            </h2>
            {view.upcoming.length === 0 ? (
              <Text>{t('dashboard.upcomingNone')}</Text>
            ) : (
              <ul className={screen.plainList}>
                {view.upcoming.map((meeting) => {
                  const path = meetingPath(meeting.id);
                  return (
                    <li key={meeting.id} className={styles.entry}>
                      <div className={styles.line}>
                        <Link href={path} onClick={linkHandler(path)}>
                          <UserText>{meeting.title}</UserText>
                        </Link>
                        <MeetingStatusBadge status={meeting.status} />
                      </div>
                      <Text size={200}>{meetingWhen(meeting, i18n)}</Text>
                    </li>
                  );
                })}
              </ul>
            )}
            <Link href="/meetings" onClick={linkHandler('/meetings')}>
              {t('dashboard.openMeetings')}
            </Link>
          </section>
          {view.secretariat && <SecretariatPanels view={view.secretariat} reload={reload} />}
        </div>
      )}

      {!data && composition.loading && <Spinner label={t('app.loading')} />}
      {!data && composition.error !== undefined && <ProblemMessage error={composition.error} />}
      {data && (
        <div className={styles.grid}>
          <section className={screen.panel} aria-labelledby="dash-composition">
            <h2 id="dash-composition" className={screen.h2}>
              {t('dashboard.composition')}
            </h2>
            <ParityIndicator parity={data.parity} />
            <Text>{t('dashboard.people', { count: people })}</Text>
            <Link href="/members" onClick={linkHandler('/members')}>
              {t('dashboard.openMembers')}
            </Link>
          </section>
          <section
            className={screen.panel}
            aria-labelledby="dash-findings"
            data-testid="dashboard-findings"
          >
            <h2 id="dash-findings" className={screen.h2}>
              {t('dashboard.findings')}
            </h2>
            <Text>
              {findings === 0
                ? t('dashboard.findingsNone')
                : t('dashboard.findingsSome', {
                    findings: t('count.findings', { count: findings }),
                  })}
            </Text>
          </section>
          {me.canManageRegister && (
            <section
              className={screen.panel}
              aria-labelledby="dash-candidates"
              data-testid="dashboard-candidates"
            >
              <h2 id="dash-candidates" className={screen.h2}>
                {t('dashboard.candidates')}
              </h2>
              {data.cessationCandidates.length === 0 ? (
                <Text>{t('dashboard.candidatesNone')}</Text>
              ) : (
                <>
                  <Text>{t('count.candidates', { count: data.cessationCandidates.length })}</Text>
                  <ul className={styles.list}>
                    {data.cessationCandidates.map((candidate) => {
                      const seat = seatsById.get(candidate.seatId);
                      return (
                        <li key={`${candidate.seatId}-${candidate.cause}`}>
                          {seat ? organisationLabel(seat) : candidate.seatId} —{' '}
                          {t(
                            candidate.cause === 'absences'
                              ? 'cause.absences'
                              : 'cause.mandate-expired',
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </>
              )}
            </section>
          )}
          <section
            className={screen.panel}
            aria-labelledby="dash-later"
            data-testid="dashboard-later"
          >
            <h2 id="dash-later" className={screen.h2}>
              {t('dashboard.later')}
            </h2>
            <Text>{t('dashboard.laterIntro')}</Text>
            <ul className={styles.list}>
              {LATER.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </>
  );
}
