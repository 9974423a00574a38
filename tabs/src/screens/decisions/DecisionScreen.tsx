import {
  Button,
  Link,
  makeStyles,
  mergeClasses,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { Change, DecisionView } from '../../api/client.js';
import { useResource } from '../../api/resource.js';
import { useServerClock } from '../../api/server-clock.js';
import { useSession } from '../../auth/session-context.js';
import { ActionButton, offered } from '../../components/ActionButton.js';
import { FormDialog, useFormSubmit } from '../../components/FormDialog.js';
import { meetingPath } from '../../components/MeetingCard.js';
import { ProblemMessage } from '../../components/ProblemMessage.js';
import { useScreenStyles } from '../../components/screen-styles.js';
import { useAction } from '../../components/useAction.js';
import { useT } from '../../i18n/i18n.js';
import { linkHandler } from '../../router.js';
import { useSectionStyles } from '../meeting/section.js';
import { DecisionStatusBadge } from './badges.js';
import { ChangeResult, type ChangeOutcome } from './ChangeResult.js';
import { DecisionsNav } from './DecisionsNav.js';
import { OpenVoteDialog } from './OpenVoteDialog.js';
import { usePolling, VOTE_POLL_SECONDS } from './polling.js';
import { VotePanel } from './VotePanel.js';
import { UserText } from '../../components/UserText.js';

const useDecisionStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  titleRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  text: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
});

export const decisionPath = (id: string) => `/decisions/${encodeURIComponent(id)}`;

type Dialog = 'vote' | 'withdraw' | undefined;

/**
 * One decision (R5.7): its text, where it stands, the chair's consensus steps — consensus
 * reached, or consensus efforts exhausted, the only way to a vote — and the vote (R13.2).
 * What each person may do, and why not, comes from the server (`can`, `cannot`): before
 * consensus is exhausted the chair sees « Ouvrir un vote » disabled, with R5.7 beside it.
 */
export function DecisionDetail({
  decision,
  reload,
}: {
  decision: DecisionView;
  reload: () => void;
}) {
  const { t, formatInstant } = useT();
  const { api } = useSession();
  const screen = useScreenStyles();
  const styles = useDecisionStyles();
  const sections = useSectionStyles();
  const step = useAction();
  const [dialog, setDialog] = useState<Dialog>();
  const [result, setResult] = useState<ChangeOutcome>();
  const meeting = useResource(
    () => (decision.meetingId ? api.meeting(decision.meetingId) : Promise.resolve(undefined)),
    decision.meetingId,
  );

  const changed = useCallback(
    (message: string, change?: Change<unknown>) => {
      setDialog(undefined);
      setResult({ message, warnings: change?.warnings ?? [] });
      reload();
    },
    [reload],
  );
  const runStep = (
    call: (id: string, body: { version: string }) => Promise<Change<DecisionView>>,
    message: string,
  ) =>
    void step
      .run(async () => {
        changed(message, await call(decision.id, { version: decision.version }));
      })
      .then((ok) => {
        if (!ok) reload();
      });

  const { can, cannot } = decision;
  const consensusActions =
    offered(can.recordConsensus, cannot.recordConsensus) ||
    offered(can.recordExhausted, cannot.recordExhausted) ||
    offered(can.openVote, cannot.openVote) ||
    offered(can.withdraw, cannot.withdraw);
  // The chair conducts the consensus: the others are told so while it is under discussion.
  const chairConducts =
    decision.status === 'under_discussion' && cannot.recordConsensus?.kind === 'role';

  return (
    <>
      <header className={styles.header}>
        <div className={styles.titleRow}>
          <h1 className={screen.h1}>{t('decision.title')}</h1>
          <DecisionStatusBadge status={decision.status} />
        </div>
        <p className={mergeClasses(sections.quote, styles.text)} data-testid="decision-text">
          <UserText>{decision.text}</UserText>
        </p>
        {decision.meetingId && meeting.data && (
          <Text>
            {t('decision.meeting')}{' '}
            <Link
              href={meetingPath(decision.meetingId)}
              onClick={linkHandler(meetingPath(decision.meetingId))}
            >
              <UserText>{meeting.data.title}</UserText>
            </Link>
          </Text>
        )}
        {decision.subject && (
          <Text>
            {t(
              decision.subject.type === 'communication'
                ? 'decision.subject.communication'
                : 'decision.subject.revision',
            )}{' '}
            <Link
              href={`/${decision.subject.type}s`}
              onClick={linkHandler(`/${decision.subject.type}s`)}
            >
              {t(
                decision.subject.type === 'communication'
                  ? 'decision.seeCommunications'
                  : 'decision.seeRevisions',
              )}
            </Link>
          </Text>
        )}
      </header>

      <ChangeResult result={result} />

      <section className={screen.panel} aria-labelledby="consensus-title" data-testid="consensus">
        <h2 id="consensus-title" className={screen.h2}>
          {t('decision.consensusTitle')}
        </h2>
        <Text>{t('decision.consensusIntro')}</Text>
        {decision.consensusRecordedAt && (
          <Text data-testid="consensus-recorded">
            {t('decision.consensusOn', { date: formatInstant(decision.consensusRecordedAt) })}
          </Text>
        )}
        {decision.consensusExhaustedAt && (
          <Text data-testid="consensus-exhausted">
            {t('decision.exhaustedOn', {
              date: formatInstant(decision.consensusExhaustedAt),
              name: decision.consensusExhaustedBy?.displayName ?? '—',
            })}
          </Text>
        )}
        {chairConducts && <Text className={screen.muted}>{t('decision.chairConducts')}</Text>}
        {consensusActions && (
          <div className={screen.actions}>
            <ActionButton
              can={can.recordConsensus}
              cannot={cannot.recordConsensus}
              appearance="primary"
              busy={step.busy}
              onClick={() => runStep(api.recordConsensus, t('decision.consensusRecorded'))}
            >
              {t('decision.recordConsensus')}
            </ActionButton>
            <ActionButton
              can={can.recordExhausted}
              cannot={cannot.recordExhausted}
              busy={step.busy}
              onClick={() => runStep(api.recordConsensusExhausted, t('decision.exhaustedRecorded'))}
            >
              {t('decision.recordExhausted')}
            </ActionButton>
            <ActionButton
              can={can.withdraw}
              cannot={cannot.withdraw}
              busy={step.busy}
              onClick={() => setDialog('withdraw')}
            >
              {t('decision.withdraw')}
            </ActionButton>
            {/* Last: before consensus is exhausted its R5.7 reason follows it on the line. */}
            <ActionButton
              can={can.openVote}
              cannot={cannot.openVote}
              appearance="primary"
              busy={step.busy}
              onClick={() => setDialog('vote')}
            >
              {t('decision.openVote')}
            </ActionButton>
            {step.busy && <Spinner size="tiny" />}
          </div>
        )}
        <ProblemMessage error={step.error} onReload={reload} />
      </section>

      {decision.vote && <VotePanel vote={decision.vote} reload={reload} />}

      {dialog === 'vote' && (
        <OpenVoteDialog
          initialMotion={decision.text}
          onClose={() => setDialog(undefined)}
          onReload={() => {
            setDialog(undefined);
            reload();
          }}
          onSubmit={async ({ motion, closesAt }) => {
            const change = await api.openVote(decision.id, {
              version: decision.version,
              motion: motion ?? '',
              closesAt,
            });
            changed(t('decision.voteOpened'), change);
          }}
        />
      )}
      {dialog === 'withdraw' && (
        <WithdrawDialog
          decision={decision}
          onClose={() => setDialog(undefined)}
          onDone={(change) => changed(t('decision.withdrawn'), change)}
          onReload={() => {
            setDialog(undefined);
            reload();
          }}
        />
      )}
    </>
  );
}

function WithdrawDialog({
  decision,
  onClose,
  onDone,
  onReload,
}: {
  decision: DecisionView;
  onClose: () => void;
  onDone: (change: Change<DecisionView>) => void;
  onReload: () => void;
}) {
  const { t } = useT();
  const { api } = useSession();
  const action = useCallback(async () => {
    onDone(await api.withdrawDecision(decision.id, { version: decision.version }));
  }, [api, decision.id, decision.version, onDone]);
  const { submit, saving, error } = useFormSubmit(action);
  return (
    <FormDialog
      title={t('decision.withdrawTitle')}
      submitLabel={t('decision.withdrawSubmit')}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      saving={saving}
      error={error}
    >
      <Text as="p">{t('decision.withdrawBody')}</Text>
    </FormDialog>
  );
}

/** `/decisions/:id`: one decision and its vote, kept live while the vote is open. */
export function DecisionScreen({ id }: { id: string }) {
  const { t } = useT();
  const { api } = useSession();
  const screen = useScreenStyles();
  const { resync } = useServerClock();
  const decision = useResource(() => api.decision(id), id);
  const data = decision.data;
  const reloadDecision = decision.reload;
  const reload = useCallback(() => {
    void reloadDecision();
    void resync();
  }, [reloadDecision, resync]);
  // Each look at a decision aligns the vote's countdown on the server's clock.
  useEffect(() => {
    void resync();
  }, [id, resync]);
  usePolling(data?.vote?.status === 'open', reloadDecision, VOTE_POLL_SECONDS * 1000);

  return (
    <>
      <DecisionsNav current="/decisions" />
      <Link href="/decisions" onClick={linkHandler('/decisions')}>
        {t('decision.back')}
      </Link>
      {!data && decision.loading && <Spinner label={t('app.loading')} />}
      {decision.error !== undefined && (
        <>
          <ProblemMessage error={decision.error} />
          <div className={screen.actions}>
            <Button onClick={() => void decision.reload()}>{t('app.retry')}</Button>
          </div>
        </>
      )}
      {data && <DecisionDetail decision={data} reload={reload} />}
    </>
  );
}
