import {
  Button,
  Field,
  Link,
  makeStyles,
  Select,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import type { Change, DecisionView, MeetingSummary } from '../../api/client.js';
import { useResource } from '../../api/resource.js';
import { useSession } from '../../auth/session-context.js';
import { ProblemMessage } from '../../components/ProblemMessage.js';
import { useScreenStyles } from '../../components/screen-styles.js';
import { useT } from '../../i18n/i18n.js';
import { linkHandler, navigate } from '../../router.js';
import { DecisionStatusBadge } from './badges.js';
import { decisionPath } from './DecisionScreen.js';
import { DecisionsNav } from './DecisionsNav.js';
import { meetingChoices, meetingOption, RecordDecisionDialog } from './RecordDecisionDialog.js';
import { excerpt } from './vote-logic.js';

const useDecisionsStyles = makeStyles({
  filter: { maxWidth: '32rem' },
  card: {
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
  link: { fontWeight: tokens.fontWeightSemibold },
});

/** A decision in a list: its text (a link to its page), status, meeting and open vote. */
export function DecisionItem({
  decision,
  meetingTitle,
}: {
  decision: DecisionView;
  meetingTitle?: string | undefined;
}) {
  const { t, formatInstant } = useT();
  const screen = useScreenStyles();
  const styles = useDecisionsStyles();
  const path = decisionPath(decision.id);
  return (
    <div className={styles.card} data-testid="decision">
      <div className={styles.top}>
        <Link href={path} onClick={linkHandler(path)} className={styles.link}>
          {excerpt(decision.text)}
        </Link>
        <DecisionStatusBadge status={decision.status} />
      </div>
      {meetingTitle !== undefined && (
        <Text className={screen.muted}>
          {meetingTitle
            ? t('decisions.meeting', { title: meetingTitle })
            : t('decisions.noMeeting')}
        </Text>
      )}
      {decision.vote?.status === 'open' && (
        <Text>{t('decisions.voteUntil', { date: formatInstant(decision.vote.closesAt) })}</Text>
      )}
    </div>
  );
}

/** `/decisions`: the committee's decisions (R5.7), filtered by meeting. */
export function DecisionsScreen() {
  const i18n = useT();
  const { t } = i18n;
  const { api, me } = useSession();
  const screen = useScreenStyles();
  const styles = useDecisionsStyles();
  const [meetingId, setMeetingId] = useState(
    () => new URLSearchParams(window.location.search).get('meetingId') ?? '',
  );
  const [recording, setRecording] = useState(false);
  const decisions = useResource(() => api.decisions(meetingId || undefined), meetingId);
  const meetings = useResource(() => api.meetings(), api);
  const titles = useMemo(
    () => new Map((meetings.data ?? []).map((m: MeetingSummary) => [m.id, m.title])),
    [meetings.data],
  );
  const saved = useCallback((change: Change<DecisionView>) => {
    setRecording(false);
    navigate(decisionPath(change.value.id));
  }, []);

  const list = decisions.data ?? [];
  return (
    <>
      <DecisionsNav current="/decisions" />
      <div className={screen.heading}>
        <h1 className={screen.h1}>{t('decisions.title')}</h1>
        {me.can.recordDecision && (
          <Button appearance="primary" onClick={() => setRecording(true)}>
            {t('decisions.record')}
          </Button>
        )}
      </div>
      <Text className={screen.intro}>{t('decisions.intro')}</Text>

      <Field label={t('decisions.filter')} className={styles.filter}>
        <Select value={meetingId} onChange={(_, data) => setMeetingId(data.value)}>
          <option value="">{t('decisions.filterAll')}</option>
          {meetingChoices(meetings.data).map((m) => (
            <option key={m.id} value={m.id}>
              {meetingOption(m, i18n)}
            </option>
          ))}
        </Select>
      </Field>

      {!decisions.data && decisions.loading && <Spinner label={t('app.loading')} />}
      {decisions.error !== undefined && <ProblemMessage error={decisions.error} />}
      {decisions.data &&
        (list.length === 0 ? (
          <Text className={screen.muted}>{t('decisions.none')}</Text>
        ) : (
          <section className={screen.section} aria-label={t('decisions.title')}>
            <Text className={screen.muted}>{t('count.decisions', { count: list.length })}</Text>
            <ul className={screen.plainList}>
              {list.map((decision) => (
                <li key={decision.id}>
                  <DecisionItem
                    decision={decision}
                    meetingTitle={
                      decision.meetingId ? (titles.get(decision.meetingId) ?? undefined) : ''
                    }
                  />
                </li>
              ))}
            </ul>
          </section>
        ))}

      {recording && (
        <RecordDecisionDialog
          meetingId={meetingId || undefined}
          onClose={() => setRecording(false)}
          onSaved={saved}
        />
      )}
    </>
  );
}
