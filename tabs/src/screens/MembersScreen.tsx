import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { useComposition } from '../api/committee.js';
import type {
  CessationCause,
  Change,
  CompositionView,
  PersonView,
  SeatView,
  Verdict,
} from '../api/client.js';
import { useResource } from '../api/resource.js';
import { useSession } from '../auth/session-context.js';
import { CeasedHistory } from '../components/CeasedHistory.js';
import { ParityFindingMessage } from '../components/ParityFindingMessage.js';
import { ParityIndicator } from '../components/ParityIndicator.js';
import { ProblemMessage } from '../components/ProblemMessage.js';
import { RevokeFeedPanel } from '../components/RevokeFeedPanel.js';
import { RuleMessage } from '../components/RuleMessage.js';
import { organisationLabel, SeatCard, type SeatAction } from '../components/SeatCard.js';
import { useScreenStyles } from '../components/screen-styles.js';
import { useT } from '../i18n/i18n.js';
import { AddSeatDialog } from './AddSeatDialog.js';
import {
  DecideCessationDialog,
  DesignationLetterDialog,
  ProposeCessationDialog,
  ReplaceHolderDialog,
  WithdrawPendingDialog,
} from './SeatDialogs.js';

const useMembersStyles = makeStyles({
  colleges: {
    display: 'grid',
    // Side by side when there is room, stacked on narrow widths.
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 24rem), 1fr))',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
  },
  college: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  collegeHeading: {
    display: 'flex',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  seats: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  candidates: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  candidate: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  warnings: { margin: 0, padding: 0, listStyle: 'none' },
});

type DialogState =
  { kind: 'add' } | { kind: SeatAction; seat: SeatView; cause?: CessationCause | undefined };

function College({
  college,
  seats,
  onAction,
}: {
  college: SeatView['college'];
  seats: SeatView[];
  onAction: ((action: SeatAction, seat: SeatView) => void) | undefined;
}) {
  const { t } = useT();
  const screen = useScreenStyles();
  const styles = useMembersStyles();
  const headingId = `college-${college}`;
  // R3.2: pending seats are listed with their reason but not counted as the college's seats.
  const pending = seats.filter((s) => s.status === 'pending').length;
  return (
    <section
      className={styles.college}
      aria-labelledby={headingId}
      data-testid={`college-${college}`}
    >
      <div className={styles.collegeHeading}>
        <h2 id={headingId} className={screen.h2}>
          {t(`college.${college}`)}
        </h2>
        <Text className={screen.muted} data-testid="college-count">
          {t('count.seats', { count: seats.filter((s) => s.status !== 'pending').length })}
          {pending > 0 && ` · ${t('parity.pending', { count: pending })}`}
        </Text>
      </div>
      {seats.length === 0 ? (
        <Text className={screen.muted}>{t('members.emptyCollege')}</Text>
      ) : (
        <ul className={styles.seats}>
          {seats.map((seat) => (
            <li key={seat.id}>
              <SeatCard seat={seat} {...(onAction ? { onAction } : {})} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CessationCandidates({
  composition,
  onPropose,
}: {
  composition: CompositionView;
  onPropose: (seat: SeatView, cause: CessationCause) => void;
}) {
  const { t, formatDay } = useT();
  const screen = useScreenStyles();
  const styles = useMembersStyles();
  const seats = [...composition.administration, ...composition.civilSociety];
  const candidates = composition.cessationCandidates.flatMap((candidate) => {
    const seat = seats.find((s) => s.id === candidate.seatId);
    return seat ? [{ candidate, seat }] : [];
  });
  if (candidates.length === 0) return null;
  return (
    <section className={screen.section} aria-labelledby="candidates-title" data-testid="candidates">
      <h2 id="candidates-title" className={screen.h2}>
        {t('candidates.title')}
      </h2>
      <Text className={screen.muted}>{t('candidates.intro')}</Text>
      <ul className={styles.candidates}>
        {candidates.map(({ candidate, seat }) => (
          <li key={`${candidate.seatId}-${candidate.cause}`} className={styles.candidate}>
            <div>
              <Text weight="semibold">{organisationLabel(seat)}</Text>
              <br />
              <Text size={200}>
                {candidate.cause === 'absences'
                  ? t('candidates.absences', { count: candidate.days?.length ?? 3 })
                  : t('candidates.expired', { date: formatDay(seat.mandateEnd) })}
              </Text>
            </div>
            <Button
              onClick={() => onPropose(seat, candidate.cause)}
              aria-label={t('candidates.propose', { organisation: organisationLabel(seat) })}
            >
              {t('seat.proposeCessation')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The member register: both colleges side by side, parity (R3.2) at all times, ceased seats'
 * history; the secretariat adds and edits, everyone else reads.
 */
export function MembersScreen() {
  const { t } = useT();
  const { api, me } = useSession();
  const screen = useScreenStyles();
  const styles = useMembersStyles();
  const composition = useComposition();
  const canManage = me.canManageRegister;
  const register = useResource(
    () =>
      canManage
        ? Promise.all([api.organisations(), api.people()])
        : Promise.resolve([[], []] as [never[], never[]]),
    `${canManage}`,
  );
  const [dialog, setDialog] = useState<DialogState>();
  const [lastChange, setLastChange] = useState<{ warnings: Verdict[]; seat: SeatView }>();

  const close = useCallback(() => setDialog(undefined), []);
  const saved = useCallback(
    (change: Change<SeatView>) => {
      setDialog(undefined);
      setLastChange({ warnings: change.warnings, seat: change.value });
      void composition.reload();
      void register.reload();
    },
    [composition, register],
  );
  const reloadAfterConflict = useCallback(() => {
    setDialog(undefined);
    void composition.reload();
  }, [composition]);
  const onAction = canManage
    ? (kind: SeatAction, seat: SeatView) => setDialog({ kind, seat })
    : undefined;

  const data = composition.data;
  const [organisations, people] = register.data ?? [[], []];

  return (
    <>
      <div className={screen.heading}>
        <h1 className={screen.h1}>{t('members.title')}</h1>
        {canManage && (
          <Button appearance="primary" onClick={() => setDialog({ kind: 'add' })}>
            {t('members.add')}
          </Button>
        )}
      </div>
      <Text className={screen.intro}>{t('members.intro')}</Text>
      {!canManage && <Text className={screen.muted}>{t('members.readOnly')}</Text>}

      {!data && composition.loading && <Spinner label={t('app.loading')} />}
      {!data && composition.error !== undefined && <ProblemMessage error={composition.error} />}

      {data && (
        <>
          <ParityIndicator parity={data.parity} />
          {lastChange && (
            <MessageBar
              intent={
                lastChange.warnings.length || lastChange.seat.status === 'pending'
                  ? 'warning'
                  : 'success'
              }
              layout="multiline"
              data-testid="change-result"
            >
              <MessageBarBody>
                <MessageBarTitle>
                  {lastChange.seat.status === 'pending'
                    ? t('members.savedPending')
                    : lastChange.warnings.length
                      ? t('members.warnings')
                      : t('members.saved')}
                </MessageBarTitle>
                {lastChange.seat.status === 'pending' && lastChange.seat.pending?.reason && (
                  <ParityFindingMessage finding={lastChange.seat.pending.reason} />
                )}
                {lastChange.warnings.length > 0 && (
                  <ul className={styles.warnings}>
                    {lastChange.warnings.map((warning, index) => (
                      <li key={index}>
                        <RuleMessage verdict={warning} />
                      </li>
                    ))}
                  </ul>
                )}
              </MessageBarBody>
            </MessageBar>
          )}
          {canManage && (
            <CessationCandidates
              composition={data}
              onPropose={(seat, cause) => setDialog({ kind: 'propose-cessation', seat, cause })}
            />
          )}
          <div className={styles.colleges}>
            <College college="administration" seats={data.administration} onAction={onAction} />
            <College college="civil_society" seats={data.civilSociety} onAction={onAction} />
          </div>
          <section className={screen.section} aria-labelledby="ceased-title">
            <h2 id="ceased-title" className={screen.h2}>
              {t('ceased.title')}
            </h2>
            <CeasedHistory seats={data.ceased} />
          </section>
          {canManage && <RevokeFeedPanel api={api} people={people} />}
        </>
      )}

      {canManage && dialog?.kind === 'add' && (
        <AddSeatDialog
          composition={data}
          organisations={organisations}
          people={people}
          onClose={close}
          onSaved={saved}
        />
      )}
      {canManage && dialog && dialog.kind !== 'add' && (
        <SeatDialog
          dialog={dialog}
          people={people}
          onClose={close}
          onSaved={saved}
          onReload={reloadAfterConflict}
        />
      )}
    </>
  );
}

function SeatDialog({
  dialog,
  people,
  ...handlers
}: {
  dialog: Exclude<DialogState, { kind: 'add' }>;
  people: PersonView[];
  onClose: () => void;
  onSaved: (change: Change<SeatView>) => void;
  onReload: () => void;
}) {
  const { seat } = dialog;
  switch (dialog.kind) {
    case 'replace-titular':
      return <ReplaceHolderDialog seat={seat} role="titular" people={people} {...handlers} />;
    case 'replace-alternate':
      return <ReplaceHolderDialog seat={seat} role="alternate" people={people} {...handlers} />;
    case 'letter':
      return <DesignationLetterDialog seat={seat} {...handlers} />;
    case 'propose-cessation':
      return <ProposeCessationDialog seat={seat} cause={dialog.cause} {...handlers} />;
    case 'confirm-cessation':
      return <DecideCessationDialog seat={seat} decision="confirm" {...handlers} />;
    case 'dismiss-cessation':
      return <DecideCessationDialog seat={seat} decision="dismiss" {...handlers} />;
    case 'withdraw':
      return <WithdrawPendingDialog seat={seat} {...handlers} />;
  }
}
