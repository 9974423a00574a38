import { Link, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useComposition } from '../api/committee.js';
import { useSession } from '../auth/session-context.js';
import { ParityIndicator } from '../components/ParityIndicator.js';
import { ProblemMessage } from '../components/ProblemMessage.js';
import { organisationLabel } from '../components/SeatCard.js';
import { useT, type MessageKey } from '../i18n/i18n.js';
import { linkHandler } from '../router.js';
import { useScreenStyles } from '../components/screen-styles.js';

const useDashboardStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 20rem), 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** The sections later issues fill: listed, never linked. */
const LATER: MessageKey[] = [
  'section.meetings',
  'section.decisions',
  'section.selection',
  'section.publication',
];

/** The person's roles, the composition at a glance, findings, cessations and what comes next. */
export function DashboardScreen({ compact = false }: { compact?: boolean }) {
  const { t, formatList } = useT();
  const { me } = useSession();
  const screen = useScreenStyles();
  const styles = useDashboardStyles();
  const composition = useComposition();
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
      {!compact && (
        <div>
          <h1 className={screen.h1}>{t('dashboard.title')}</h1>
          <Text className={screen.intro} as="p">
            {t('dashboard.welcome', { name: me.person.displayName })}{' '}
            <span data-testid="dashboard-roles">{t('dashboard.roles', { roles })}</span>
          </Text>
        </div>
      )}
      {!data && composition.loading && <Spinner label={t('app.loading')} />}
      {!data && composition.error !== undefined && <ProblemMessage error={composition.error} />}
      {data && (
        <div className={styles.grid}>
          <section className={styles.panel} aria-labelledby="dash-composition">
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
            className={styles.panel}
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
              className={styles.panel}
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
          {!compact && (
            <section
              className={styles.panel}
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
          )}
        </div>
      )}
    </>
  );
}
