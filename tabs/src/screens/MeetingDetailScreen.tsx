import {
  Badge,
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useComposition } from '../api/committee.js';
import type { Change, MeetingDetail, Verdict } from '../api/client.js';
import { useResource } from '../api/resource.js';
import { useServerClock } from '../api/server-clock.js';
import { useSession } from '../auth/session-context.js';
import { ActionButton, offered } from '../components/ActionButton.js';
import { DeadlinesPanel } from '../components/DeadlinesPanel.js';
import { DocumentLink } from '../components/DocumentLink.js';
import { MeetingStatusBadge, OutlookBadge } from '../components/MeetingBadges.js';
import { meetingWhen, meetingWhere } from '../components/MeetingCard.js';
import { ProblemMessage } from '../components/ProblemMessage.js';
import { RuleMessage } from '../components/RuleMessage.js';
import { useScreenStyles } from '../components/screen-styles.js';
import { useAction } from '../components/useAction.js';
import { useT } from '../i18n/i18n.js';
import { linkHandler } from '../router.js';
import { MeetingDecisionsSection } from './decisions/MeetingDecisions.js';
import { AmendmentsSection } from './meeting/AmendmentsSection.js';
import { AttendanceSection } from './meeting/AttendanceSection.js';
import { CancelMeetingDialog, MeetingFormDialog } from './meeting/MeetingFormDialog.js';
import { MinutesSection } from './meeting/MinutesSection.js';
import { noticeConfirmation } from './meeting/delivery-text.js';
import { NoticeDeliverySection } from './meeting/NoticeDeliverySection.js';
import { ProposalsSection } from './meeting/ProposalsSection.js';
import { PublicationSection } from './meeting/PublicationSection.js';
import type { SectionProps } from './meeting/section.js';
import { UserText } from '../components/UserText.js';

const useMeetingStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  titleRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 26rem), 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  agenda: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  docs: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
  },
  flags: { margin: 0, padding: 0, listStyle: 'none' },
  warnings: { margin: 0, padding: 0, listStyle: 'none' },
});

type Dialog = 'edit' | 'cancel' | undefined;

/**
 * One meeting and its whole workflow (R5): header, deadlines, agenda, notice, proposals,
 * decisions (R5.7), attendance, minutes, amendments and publication. What each person may do comes from the
 * server (`can`); every refusal shows its rule and sentence.
 */
export function MeetingView({
  meeting,
  reload,
  headingLevel = 1,
}: {
  meeting: MeetingDetail;
  reload: () => void;
  /** 1 on the meeting's page; 2 inside the meeting side panel. */
  headingLevel?: 1 | 2;
}) {
  const i18n = useT();
  const { t, tUser, formatInstant } = i18n;
  const { api } = useSession();
  const { reload: reloadComposition } = useComposition();
  const screen = useScreenStyles();
  const styles = useMeetingStyles();
  const notice = useAction();
  const [dialog, setDialog] = useState<Dialog>();
  const [result, setResult] = useState<{ message: string; warnings: Verdict[] }>();
  // After sending the notice, the confirmation follows its delivery (R5.2): it says what the
  // server counts now — queued, then delivered to so many, so many not reachable.
  const [noticeSent, setNoticeSent] = useState(false);

  const changed: SectionProps['changed'] = useCallback(
    ({ message, warnings }) => {
      setNoticeSent(false);
      setResult({ message, warnings: warnings ?? [] });
      reload();
      // Attendance and absences feed R12.1's cessation candidates on the members screen.
      void reloadComposition();
    },
    [reload, reloadComposition],
  );
  const saved = useCallback(
    (change: Change<MeetingDetail>) => {
      setDialog(undefined);
      changed({ message: t('meeting.saved'), warnings: change.warnings });
    },
    [changed, t],
  );
  const afterConflict = useCallback(() => {
    setDialog(undefined);
    reload();
  }, [reload]);

  const props: SectionProps = { meeting, changed, reload };
  const H = headingLevel === 1 ? 'h1' : 'h2';
  const live = meeting.status !== 'cancelled';
  const { can, cannot } = meeting;
  // The notice stays offered once R5.2 refuses it, disabled with the rule: the secretariat sees
  // why (the meeting can only be moved).
  const anyAction = offered(can.sendNotice, cannot.sendNotice) || can.edit || can.cancel;

  return (
    <>
      <header className={styles.header}>
        <div className={styles.titleRow}>
          <H className={headingLevel === 1 ? screen.h1 : screen.h2}>
            <UserText>{meeting.title}</UserText>
          </H>
          <MeetingStatusBadge status={meeting.status} />
          {meeting.source === 'outlook' && <OutlookBadge />}
        </div>
        <Text data-testid="meeting-when">{meetingWhen(meeting, i18n)}</Text>
        <Text className={screen.muted}>{meetingWhere(meeting, i18n)}</Text>
        {meeting.joinUrl && live && (
          <Link href={meeting.joinUrl} target="_blank" rel="noopener noreferrer">
            {t('meeting.join')}
          </Link>
        )}
      </header>

      {meeting.flags.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="meeting-flags">
          <MessageBarBody>
            <MessageBarTitle>{t('meeting.flags')}</MessageBarTitle>
            <ul className={styles.flags}>
              {meeting.flags.map((flag, index) => (
                <li key={index}>
                  <RuleMessage verdict={flag} />
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {result && (
        <MessageBar
          intent={result.warnings.length ? 'warning' : 'success'}
          layout="multiline"
          data-testid="change-result"
        >
          <MessageBarBody>
            <MessageBarTitle>
              {noticeSent ? noticeConfirmation(meeting.noticeDelivery, t) : result.message}
            </MessageBarTitle>
            {result.warnings.length > 0 && (
              <ul className={styles.warnings}>
                {result.warnings.map((warning, index) => (
                  <li key={index}>
                    <RuleMessage verdict={warning} />
                  </li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}

      {anyAction && (
        <div className={screen.actions} data-testid="meeting-actions">
          <ActionButton
            can={can.sendNotice}
            cannot={cannot.sendNotice}
            appearance="primary"
            busy={notice.busy}
            icon={notice.busy ? <Spinner size="tiny" /> : undefined}
            onClick={() =>
              void notice.run(async () => {
                const change = await api.sendNotice(meeting.id, { version: meeting.version });
                changed({
                  message: noticeConfirmation(change.value.noticeDelivery, t),
                  warnings: change.warnings,
                });
                setNoticeSent(true);
              })
            }
          >
            {t('notice.send')}
          </ActionButton>
          {can.edit && <Button onClick={() => setDialog('edit')}>{t('meeting.edit')}</Button>}
          {can.cancel && <Button onClick={() => setDialog('cancel')}>{t('meeting.cancel')}</Button>}
        </div>
      )}
      <ProblemMessage error={notice.error} onReload={reload} />

      {/* In the meeting's side panel, attendance is what the secretariat came for. */}
      {headingLevel === 2 && <AttendanceSection {...props} />}
      <div className={styles.columns}>
        <div className={styles.column}>
          <section
            className={screen.panel}
            aria-labelledby="deadlines-title"
            data-testid="deadlines"
          >
            <h2 id="deadlines-title" className={screen.h2}>
              {t('deadlines.title')}
            </h2>
            <DeadlinesPanel meeting={meeting} onElapsed={reload} />
          </section>

          <section className={screen.panel} aria-labelledby="agenda-title" data-testid="agenda">
            <h2 id="agenda-title" className={screen.h2}>
              {t('agenda.title')}
            </h2>
            {meeting.agenda.length === 0 ? (
              <Text className={screen.muted}>{t('agenda.empty')}</Text>
            ) : (
              <ol className={styles.agenda}>
                {meeting.agenda.map((item) => (
                  <li key={item.id} data-testid="agenda-item">
                    <Text weight="semibold">
                      <UserText>{item.title}</UserText>
                    </Text>
                    {item.proposalId && (
                      <>
                        {' '}
                        <Badge appearance="tint" shape="rounded" color="brand">
                          {t('agenda.fromProposal')}
                        </Badge>
                      </>
                    )}
                    {item.presenter && (
                      <>
                        <br />
                        <Text className={screen.muted}>
                          {tUser('agenda.presenter', { name: item.presenter })}
                        </Text>
                      </>
                    )}
                    {item.documents.length > 0 && (
                      <ul className={styles.docs}>
                        {item.documents.map((document) => (
                          <li key={document.id}>
                            <DocumentLink
                              document={document}
                              label={tUser('agenda.document', { name: document.name })}
                            />
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ol>
            )}
            {meeting.externalInvitees.length > 0 && (
              <Text>
                {tUser('agenda.invitees', {
                  names: meeting.externalInvitees.map((i) =>
                    i.organisation ? `${i.name} (${i.organisation})` : i.name,
                  ),
                })}
              </Text>
            )}
            {meeting.noticeSentAt && (
              <Text className={screen.muted}>
                {t('notice.sentOn', { date: formatInstant(meeting.noticeSentAt) })}
              </Text>
            )}
          </section>
          <NoticeDeliverySection {...props} />
        </div>
        <div className={styles.column}>
          <ProposalsSection {...props} />
          <MeetingDecisionsSection meeting={meeting} />
          <PublicationSection {...props} />
        </div>
      </div>

      {headingLevel === 1 && <AttendanceSection {...props} />}
      <div className={styles.columns}>
        <MinutesSection {...props} />
        <AmendmentsSection {...props} />
      </div>

      {dialog === 'edit' && (
        <MeetingFormDialog
          meeting={meeting}
          onClose={() => setDialog(undefined)}
          onSaved={saved}
          onReload={afterConflict}
        />
      )}
      {dialog === 'cancel' && (
        <CancelMeetingDialog
          meeting={meeting}
          onClose={() => setDialog(undefined)}
          onSaved={saved}
          onReload={afterConflict}
        />
      )}
    </>
  );
}

/** `/meetings/:id`: one meeting. */
export function MeetingDetailScreen({ id }: { id: string }) {
  const { t } = useT();
  const { api } = useSession();
  const screen = useScreenStyles();
  const { resync } = useServerClock();
  const meeting = useResource(() => api.meeting(id), `${id}`);
  const data = meeting.data;
  const reloadMeeting = meeting.reload;
  const reload = useCallback(() => {
    void reloadMeeting();
    void resync();
  }, [reloadMeeting, resync]);
  // Each look at a meeting aligns countdowns on the server's clock.
  useEffect(() => {
    void resync();
  }, [id, resync]);

  return (
    <>
      <Link href="/meetings" onClick={linkHandler('/meetings')}>
        {t('meeting.back')}
      </Link>
      {!data && meeting.loading && <Spinner label={t('app.loading')} />}
      {meeting.error !== undefined && (
        <>
          <ProblemMessage error={meeting.error} />
          <div className={screen.actions}>
            <Button onClick={() => void meeting.reload()}>{t('app.retry')}</Button>
          </div>
        </>
      )}
      {data && <MeetingView meeting={data} reload={reload} />}
    </>
  );
}
