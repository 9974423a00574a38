import {
  Field,
  Link,
  makeStyles,
  ProgressBar,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import type { Change, RevisionView } from '../../api/client.js';
import { useResource } from '../../api/resource.js';
import { useSession } from '../../auth/session-context.js';
import { ActionButton, offered } from '../../components/ActionButton.js';
import { meetingPath } from '../../components/MeetingCard.js';
import { ProblemMessage } from '../../components/ProblemMessage.js';
import { problemOf } from '../../components/problems.js';
import { useScreenStyles } from '../../components/screen-styles.js';
import { useAction } from '../../components/useAction.js';
import { useT, type MessageKey } from '../../i18n/i18n.js';
import { linkHandler } from '../../router.js';
import { useSectionStyles } from '../meeting/section.js';
import { RevisionStatusBadge } from './badges.js';
import { ChangeResult, type ChangeOutcome } from './ChangeResult.js';
import { decisionPath } from './DecisionScreen.js';
import { DecisionsNav } from './DecisionsNav.js';
import { OpenVoteDialog } from './OpenVoteDialog.js';
import { TextDialog } from './TextDialog.js';

const useRevisionStyles = makeStyles({
  support: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  bar: { maxWidth: '24rem' },
});

/** R13.1's refusal reasons, when the problem carries them (`details.reason`). */
const REASONS = new Set(['too-few-supporters', 'outside-window']);

type Changed = (message: string, change?: Change<unknown>) => void;

/** `/revisions`: requests to revise the manual (R13.1 support and window, R13.3, R13.2). */
export function RevisionsScreen() {
  const { t } = useT();
  const { api, me } = useSession();
  const screen = useScreenStyles();
  const sections = useSectionStyles();
  const revisions = useResource(() => api.revisions(), api);
  const meetings = useResource(() => api.meetings(), api);
  const [creating, setCreating] = useState(false);
  const [result, setResult] = useState<ChangeOutcome>();
  const titles = useMemo(
    () => new Map((meetings.data ?? []).map((m) => [m.id, m.title])),
    [meetings.data],
  );
  const reloadList = revisions.reload;
  const reload = useCallback(() => void reloadList(), [reloadList]);
  const changed: Changed = useCallback(
    (message, change) => {
      setResult({ message, warnings: change?.warnings ?? [] });
      void reloadList();
    },
    [reloadList],
  );
  const list = revisions.data ?? [];

  return (
    <>
      <DecisionsNav current="/revisions" />
      <div className={screen.heading}>
        <h1 className={screen.h1}>{t('revisions.title')}</h1>
        {/* R13: members file requests while a plan runs (the server says so, and why not). */}
        <ActionButton
          can={me.can.requestRevision}
          cannot={me.cannot.requestRevision}
          appearance="primary"
          onClick={() => setCreating(true)}
        >
          {t('revisions.create')}
        </ActionButton>
      </div>
      <Text className={screen.intro}>{t('revisions.intro')}</Text>
      <ChangeResult result={result} />

      {!revisions.data && revisions.loading && <Spinner label={t('app.loading')} />}
      {revisions.error !== undefined && <ProblemMessage error={revisions.error} />}
      {revisions.data &&
        (list.length === 0 ? (
          <Text className={screen.muted}>{t('revisions.none')}</Text>
        ) : (
          <section className={screen.panel} aria-label={t('revisions.title')}>
            <Text className={screen.muted}>{t('count.revisions', { count: list.length })}</Text>
            <ul className={sections.items}>
              {list.map((revision) => (
                <RevisionItem
                  key={revision.id}
                  revision={revision}
                  meetingTitle={revision.meetingId ? titles.get(revision.meetingId) : undefined}
                  changed={changed}
                  reload={reload}
                />
              ))}
            </ul>
          </section>
        ))}

      {creating && (
        <TextDialog
          title={t('revisionForm.title')}
          label={t('revisionForm.text')}
          hint={t('revisionForm.hint')}
          path="text"
          submitLabel={t('revisionForm.submit')}
          onClose={() => setCreating(false)}
          onSubmit={async (text) => {
            const change = await api.createRevision({ text });
            setCreating(false);
            changed(t('revisions.created'), change);
          }}
        />
      )}
    </>
  );
}

function RevisionItem({
  revision: r,
  meetingTitle,
  changed,
  reload,
}: {
  revision: RevisionView;
  meetingTitle: string | undefined;
  changed: Changed;
  reload: () => void;
}) {
  const { t, formatDay, formatInstant, formatList } = useT();
  const { api } = useSession();
  const screen = useScreenStyles();
  const sections = useSectionStyles();
  const styles = useRevisionStyles();
  const action = useAction();
  const [voting, setVoting] = useState(false);
  const name = r.author.displayName;
  const reason = (problemOf(action.error) as { details?: { reason?: unknown } } | undefined)
    ?.details?.reason;

  const run = (call: () => Promise<Change<RevisionView>>, message: string) =>
    void action
      .run(async () => {
        changed(message, await call());
      })
      .then((ok) => {
        if (!ok) reload();
      });

  return (
    <li className={sections.item} data-testid="revision" data-status={r.status}>
      <div className={sections.itemTop}>
        <Text weight="semibold">{name}</Text>
        <Text className={screen.muted}>{formatInstant(r.createdAt)}</Text>
        <RevisionStatusBadge status={r.status} />
      </div>
      <p className={sections.quote} dir="auto">
        {r.text}
      </p>
      <div className={styles.support}>
        <Field
          label={t('revisions.support', { seats: r.support.seats, needed: r.support.needed })}
          className={styles.bar}
          data-testid="revision-support"
        >
          <ProgressBar
            value={Math.min(r.support.seats, r.support.needed)}
            max={Math.max(r.support.needed, 1)}
            thickness="large"
            color={r.support.seats >= r.support.needed ? 'success' : 'brand'}
          />
        </Field>
        {r.supporters.length > 0 && (
          <Text className={screen.muted}>
            {t('revisions.supporters', {
              names: formatList(r.supporters.map((p) => p.displayName)),
            })}
          </Text>
        )}
      </div>
      <Text data-testid="revision-window">
        {t('revisions.window', {
          start: formatDay(r.window.start),
          end: formatDay(r.window.end),
        })}
      </Text>
      {r.filedOn && <Text>{t('revisions.filedOn', { date: formatDay(r.filedOn) })}</Text>}
      {r.meetingId ? (
        <Text>
          {t('revisions.meeting')}{' '}
          <Link href={meetingPath(r.meetingId)} onClick={linkHandler(meetingPath(r.meetingId))}>
            {meetingTitle ?? r.meetingId}
          </Link>
        </Text>
      ) : (
        r.status === 'filed' && <Text>{t('revisions.waitingMeeting')}</Text>
      )}
      {r.decisionId && (
        <Link href={decisionPath(r.decisionId)} onClick={linkHandler(decisionPath(r.decisionId))}>
          {t('revisions.seeVote')}
        </Link>
      )}
      {(offered(r.can.support, r.cannot.support) ||
        offered(r.can.file, r.cannot.file) ||
        offered(r.can.openVote, r.cannot.openVote)) && (
        <div className={screen.actions}>
          <ActionButton
            can={r.can.support}
            cannot={r.cannot.support}
            appearance="primary"
            busy={action.busy}
            aria-label={t('revisions.supportFor', { name })}
            onClick={() => run(() => api.supportRevision(r.id), t('revisions.supported'))}
          >
            {t('revisions.supportAction')}
          </ActionButton>
          {/* R13.1: filing without a third of the seats, or outside the window, is refused:
              the author sees why beside the button. */}
          <ActionButton
            can={r.can.file}
            cannot={r.cannot.file}
            busy={action.busy}
            aria-label={t('revisions.fileFor', { name })}
            onClick={() =>
              run(() => api.fileRevision(r.id, { version: r.version }), t('revisions.filed'))
            }
          >
            {t('revisions.file')}
          </ActionButton>
          <ActionButton
            can={r.can.openVote}
            cannot={r.cannot.openVote}
            appearance="primary"
            busy={action.busy}
            aria-label={t('revisions.openVoteFor', { name })}
            onClick={() => setVoting(true)}
          >
            {t('revisions.openVote')}
          </ActionButton>
          {action.busy && <Spinner size="tiny" />}
        </div>
      )}
      <ProblemMessage error={action.error} onReload={reload} />
      {typeof reason === 'string' && REASONS.has(reason) && (
        <Text data-testid="refusal-reason">{t(`revisions.reason.${reason}` as MessageKey)}</Text>
      )}

      {voting && (
        <OpenVoteDialog
          motionOptional
          onClose={() => setVoting(false)}
          onReload={() => {
            setVoting(false);
            reload();
          }}
          onSubmit={async ({ motion, closesAt }) => {
            const change = await api.openRevisionVote(r.id, {
              version: r.version,
              closesAt,
              ...(motion ? { motion } : {}),
            });
            setVoting(false);
            changed(t('revisions.voteOpened'), change);
          }}
        />
      )}
    </li>
  );
}
