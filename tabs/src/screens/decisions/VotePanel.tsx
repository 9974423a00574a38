import {
  Badge,
  Button,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Choice, VoteView } from '../../api/client.js';
import { useSession } from '../../auth/session-context.js';
import { Countdown } from '../../components/Countdown.js';
import { FormDialog, useFormSubmit } from '../../components/FormDialog.js';
import { ProblemMessage } from '../../components/ProblemMessage.js';
import { RuleMessage } from '../../components/RuleMessage.js';
import { useScreenStyles } from '../../components/screen-styles.js';
import { useAction } from '../../components/useAction.js';
import { useT, type MessageKey } from '../../i18n/i18n.js';
import { linkHandler } from '../../router.js';
import { useSectionStyles } from '../meeting/section.js';
import { VOTE_POLL_SECONDS } from './polling.js';
import { ballotNote, collegeRows, thresholdKey, type CollegeRow } from './vote-logic.js';
import { UserText } from '../../components/UserText.js';

const useVotePanelStyles = makeStyles({
  titleRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  h3: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  h4: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  colleges: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 13rem), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  college: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  counts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: {
    margin: 0,
    textAlign: 'end',
    fontVariantNumeric: 'tabular-nums',
    fontWeight: tokens.fontWeightSemibold,
  },
  ballot: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  note: { fontWeight: tokens.fontWeightSemibold },
  submit: { alignSelf: 'flex-start' },
});

const CHOICES: Choice[] = ['yes', 'no', 'abstain'];

export interface VotePanelProps {
  vote: VoteView;
  /** Reads the vote again (after a ballot, a refusal, a closing, or the countdown's end). */
  reload: () => void;
  /** 2 on the decision's page and in the meeting side panel. */
  headingLevel?: 2 | 3;
  /** In the side panel: a link to the decision's page. */
  decisionPath?: string;
}

/**
 * A double-majority vote (R13.2) as the signed-in person sees it: the motion, the closing time
 * with a countdown, the policy, the person's own ballot (changeable until closing) and whose
 * ballot counts for the seat — or why they cannot vote (R6, R5.4, R12.2, R13.2) —, the live
 * tally per college for the chair and the secretariat, and the result once closed.
 */
export function VotePanel({ vote, reload, headingLevel = 2, decisionPath }: VotePanelProps) {
  const { t, formatInstant } = useT();
  const { api } = useSession();
  const screen = useScreenStyles();
  const styles = useVotePanelStyles();
  const sections = useSectionStyles();
  const casting = useAction();
  const [picked, setPicked] = useState<Choice>();
  const [cast, setCast] = useState<Choice>();
  const [closing, setClosing] = useState(false);
  const [closedHere, setClosedHere] = useState(false);
  const open = vote.status === 'open';
  const choice = picked ?? vote.myBallot?.choice;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const titleId = `vote-${vote.id}-title`;
  const choiceLabel = (c: Choice) => t(`vote.choice.${c}` as MessageKey);

  async function submitBallot() {
    if (!choice) return;
    setCast(undefined);
    const ok = await casting.run(async () => {
      await api.castBallot(vote.id, { choice });
      setCast(choice);
    });
    // Refused (e.g. the vote closed meanwhile, R13.2): show the ballot the server holds.
    if (!ok) setPicked(undefined);
    reload();
  }

  const counts = collegeRows(vote);

  return (
    <section
      className={screen.panel}
      aria-labelledby={titleId}
      data-testid="vote"
      data-vote-status={vote.status}
    >
      <div className={styles.titleRow}>
        <H id={titleId} className={headingLevel === 2 ? screen.h2 : styles.h3}>
          {t('vote.title')}
        </H>
        <Badge appearance="tint" shape="rounded" color={open ? 'brand' : 'subtle'}>
          {open ? t('decisionStatus.vote_open') : t('countdown.closed')}
        </Badge>
      </div>
      <p className={sections.quote} data-testid="vote-motion">
        <UserText>{vote.motion}</UserText>
      </p>
      <Text className={screen.muted}>
        {t('vote.openedBy', {
          name: vote.openedBy.displayName,
          date: formatInstant(vote.openedAt),
        })}
      </Text>
      {open ? (
        <Text data-testid="vote-closes">
          {t('vote.closesAt', { date: formatInstant(vote.closesAt) })}{' '}
          <Countdown until={vote.closesAt} onElapsed={reload} />
        </Text>
      ) : (
        vote.closedAt && (
          <Text data-testid="vote-closes">
            {t('vote.closedAt', { date: formatInstant(vote.closedAt) })}
          </Text>
        )
      )}
      <Text size={200} className={screen.muted} data-testid="vote-policy">
        {t('vote.policy', { threshold: thresholdKey(vote.threshold) })} {t('vote.oneBallot')}
      </Text>

      {vote.eligibility.canVote ? (
        <form
          className={styles.ballot}
          noValidate
          data-testid="ballot"
          onSubmit={(event) => {
            event.preventDefault();
            if (!casting.busy) void submitBallot();
          }}
        >
          <Field label={t('vote.yourBallot')}>
            <RadioGroup
              layout="horizontal"
              value={choice ?? ''}
              disabled={!vote.can.vote}
              onChange={(_, data) => setPicked(data.value as Choice)}
            >
              {CHOICES.map((c) => (
                <Radio key={c} value={c} label={choiceLabel(c)} />
              ))}
            </RadioGroup>
          </Field>
          {vote.can.vote && (
            <Button
              type="submit"
              appearance="primary"
              className={styles.submit}
              disabled={!choice || casting.busy}
              icon={casting.busy ? <Spinner size="tiny" /> : undefined}
            >
              {vote.myBallot ? t('vote.change') : t('vote.cast')}
            </Button>
          )}
          <Text data-testid="my-ballot">
            {vote.myBallot
              ? t('vote.myBallot', {
                  choice: choiceLabel(vote.myBallot.choice),
                  date: formatInstant(vote.myBallot.castAt),
                })
              : t('vote.noBallot')}
            {vote.can.vote && <> {t('vote.changeUntilClose')}</>}
          </Text>
          <Text className={styles.note} data-testid="ballot-note">
            {t(`vote.note.${ballotNote(vote)}` as MessageKey)}
          </Text>
        </form>
      ) : (
        <MessageBar intent="info" layout="multiline" data-testid="vote-eligibility">
          <MessageBarBody>
            <MessageBarTitle>{t('vote.cannotVote')}</MessageBarTitle>
            {vote.eligibility.violation && !vote.eligibility.violation.ok ? (
              <RuleMessage verdict={vote.eligibility.violation} />
            ) : (
              t('vote.notInVote')
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {cast && !casting.error && (
        <MessageBar intent="success" data-testid="ballot-result">
          <MessageBarBody>{t('vote.cast.done', { choice: choiceLabel(cast) })}</MessageBarBody>
        </MessageBar>
      )}
      <ProblemMessage error={casting.error} onReload={reload} />
      {closedHere && (
        <MessageBar intent="success" data-testid="vote-closed">
          <MessageBarBody>{t('vote.closedMessage')}</MessageBarBody>
        </MessageBar>
      )}

      {counts ? (
        <Tally
          rows={counts.rows}
          adopted={counts.adopted}
          open={open}
          headingLevel={headingLevel === 2 ? 3 : 4}
          voteId={vote.id}
        />
      ) : (
        open && <Text className={screen.muted}>{t('vote.tallyHidden')}</Text>
      )}

      {(vote.can.close || decisionPath) && (
        <div className={screen.actions}>
          {vote.can.close && <Button onClick={() => setClosing(true)}>{t('vote.close')}</Button>}
          {decisionPath && (
            <Link href={decisionPath} onClick={linkHandler(decisionPath)}>
              {t('vote.seeDecision')}
            </Link>
          )}
        </div>
      )}
      {closing && (
        <CloseVoteDialog
          vote={vote}
          onClose={() => setClosing(false)}
          onClosed={() => {
            setClosing(false);
            setClosedHere(true);
            reload();
          }}
          onReload={() => {
            setClosing(false);
            reload();
          }}
        />
      )}
    </section>
  );
}

/** The counts per college: live while open (chair, secretariat), the result once closed. */
function Tally({
  rows,
  adopted,
  open,
  headingLevel,
  voteId,
}: {
  rows: CollegeRow[];
  adopted: boolean;
  open: boolean;
  headingLevel: 3 | 4;
  voteId: string;
}) {
  const { t } = useT();
  const screen = useScreenStyles();
  const styles = useVotePanelStyles();
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const Sub = headingLevel === 3 ? 'h4' : 'h5';
  const outcome = open
    ? t(adopted ? 'vote.adoptedSoFar' : 'vote.notAdoptedSoFar')
    : t(adopted ? 'vote.adopted' : 'vote.rejected');
  return (
    <div className={screen.section} data-testid="tally" data-adopted={adopted}>
      <H className={styles.h3}>{open ? t('vote.tally') : t('vote.result')}</H>
      {open && (
        <Text size={200} className={screen.muted}>
          {t('vote.tallyLive', { seconds: VOTE_POLL_SECONDS })}
        </Text>
      )}
      <div className={styles.colleges}>
        {rows.map((row) => {
          const id = `tally-${voteId}-${row.college}`;
          return (
            <section
              key={row.college}
              className={styles.college}
              aria-labelledby={id}
              data-testid={`tally-${row.college}`}
            >
              <Sub id={id} className={styles.h4}>
                {t(`college.${row.college}` as MessageKey)}
              </Sub>
              <dl className={styles.counts}>
                <dt className={styles.term}>{t('vote.yes')}</dt>
                <dd className={styles.value} data-count="yes">
                  {row.yes}
                </dd>
                <dt className={styles.term}>{t('vote.no')}</dt>
                <dd className={styles.value} data-count="no">
                  {row.no}
                </dd>
                <dt className={styles.term}>{t('vote.abstain')}</dt>
                <dd className={styles.value} data-count="abstain">
                  {row.abstain}
                </dd>
                <dt className={styles.term}>{t('vote.voted')}</dt>
                <dd className={styles.value} data-count="voted">
                  {t('vote.votedOf', { voted: row.voted, seats: row.seats })}
                </dd>
                <dt className={styles.term}>{t('vote.needed')}</dt>
                <dd className={styles.value} data-count="needed">
                  {row.needed}
                </dd>
              </dl>
              <div>
                <Badge appearance="tint" shape="rounded" color={row.reached ? 'success' : 'subtle'}>
                  {row.reached ? t('vote.reached') : t('vote.notReached')}
                </Badge>
              </div>
            </section>
          );
        })}
      </div>
      <MessageBar
        intent={adopted ? 'success' : open ? 'info' : 'error'}
        layout="multiline"
        data-testid="vote-outcome"
      >
        <MessageBarBody className={mergeClasses(!open && styles.note)}>{outcome}</MessageBarBody>
      </MessageBar>
    </div>
  );
}

/** The chair closes the vote before its time: the result is computed and published. */
function CloseVoteDialog({
  vote,
  onClose,
  onClosed,
  onReload,
}: {
  vote: VoteView;
  onClose: () => void;
  onClosed: () => void;
  /** After a conflict (the scheduler closed it meanwhile): read the vote again. */
  onReload: () => void;
}) {
  const { t } = useT();
  const { api } = useSession();
  const action = useCallback(async () => {
    await api.closeVote(vote.id, { version: vote.version });
    onClosed();
  }, [api, vote.id, vote.version, onClosed]);
  const { submit, saving, error } = useFormSubmit(action);
  return (
    <FormDialog
      title={t('vote.closeTitle')}
      submitLabel={t('vote.closeSubmit')}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      saving={saving}
      error={error}
    >
      <Text as="p">{t('vote.closeBody')}</Text>
    </FormDialog>
  );
}
