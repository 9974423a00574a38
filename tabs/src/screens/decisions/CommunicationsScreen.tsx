import {
  Button,
  Field,
  Link,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Change, Channel, CommunicationView } from '../../api/client.js';
import { useResource } from '../../api/resource.js';
import { useSession } from '../../auth/session-context.js';
import { ActionButton, offered } from '../../components/ActionButton.js';
import { DocumentLink } from '../../components/DocumentLink.js';
import { FileField, uploadOnce, type Uploaded } from '../../components/FileField.js';
import { FormDialog, useFormSubmit } from '../../components/FormDialog.js';
import { MoroccoDateField } from '../../components/MoroccoDateField.js';
import { useIssueText } from '../../components/PersonField.js';
import { ProblemMessage } from '../../components/ProblemMessage.js';
import { fieldIssues } from '../../components/problems.js';
import { useScreenStyles } from '../../components/screen-styles.js';
import { useAction } from '../../components/useAction.js';
import { useRequired } from '../../components/useRequired.js';
import { useT, type MessageKey } from '../../i18n/i18n.js';
import { linkHandler } from '../../router.js';
import { useSectionStyles } from '../meeting/section.js';
import { CommunicationStatusBadge } from './badges.js';
import { ChangeResult, type ChangeOutcome } from './ChangeResult.js';
import { decisionPath } from './DecisionScreen.js';
import { DecisionsNav } from './DecisionsNav.js';
import { OpenVoteDialog } from './OpenVoteDialog.js';
import { TextDialog } from './TextDialog.js';
import { UserText } from '../../components/UserText.js';

const CHANNELS: Channel[] = ['portal', 'ministry_social', 'member_social', 'press', 'other'];

type Changed = (message: string, change?: Change<unknown>) => void;

/** `/communications`: communications in the committee's name, validated before they go out. */
export function CommunicationsScreen() {
  const { t, formatDay } = useT();
  const { api, me } = useSession();
  const screen = useScreenStyles();
  const sections = useSectionStyles();
  const communications = useResource(() => api.communications(), api);
  const [submitting, setSubmitting] = useState(false);
  const [result, setResult] = useState<ChangeOutcome>();
  const reloadList = communications.reload;
  const reload = useCallback(() => void reloadList(), [reloadList]);
  const changed: Changed = useCallback(
    (message, change) => {
      setResult({ message, warnings: change?.warnings ?? [] });
      void reloadList();
    },
    [reloadList],
  );
  const list = communications.data ?? [];
  // R10.2: the hashtag is policy, told by the server with each request.
  const hashtag = list[0]?.hashtag;

  return (
    <>
      <DecisionsNav current="/communications" />
      <div className={screen.heading}>
        <h1 className={screen.h1}>{t('communications.title')}</h1>
        {me.can.submitCommunication && (
          <Button appearance="primary" onClick={() => setSubmitting(true)}>
            {t('communications.submit')}
          </Button>
        )}
      </div>
      <Text className={screen.intro}>{t('communications.intro')}</Text>
      <ChangeResult result={result} />

      {!communications.data && communications.loading && <Spinner label={t('app.loading')} />}
      {communications.error !== undefined && <ProblemMessage error={communications.error} />}
      {communications.data &&
        (list.length === 0 ? (
          <Text className={screen.muted}>{t('communications.none')}</Text>
        ) : (
          <section className={screen.panel} aria-label={t('communications.title')}>
            <Text className={screen.muted}>
              {t('count.communications', { count: list.length })}
            </Text>
            <ul className={sections.items}>
              {list.map((communication) => (
                <CommunicationItem
                  key={communication.id}
                  communication={communication}
                  changed={changed}
                  reload={reload}
                />
              ))}
            </ul>
          </section>
        ))}

      {submitting && (
        <SubmitCommunicationDialog
          hashtag={hashtag}
          onClose={() => setSubmitting(false)}
          onSaved={(change) => {
            setSubmitting(false);
            changed(
              t('communications.submitted', {
                date: formatDay(change.value.objectionDeadline),
              }),
              change,
            );
          }}
        />
      )}
    </>
  );
}

type Dialog = 'object' | 'vote' | undefined;

function CommunicationItem({
  communication: c,
  changed,
  reload,
}: {
  communication: CommunicationView;
  changed: Changed;
  reload: () => void;
}) {
  const { t, formatDay, formatInstant } = useT();
  const { api } = useSession();
  const screen = useScreenStyles();
  const sections = useSectionStyles();
  const publishing = useAction();
  const [dialog, setDialog] = useState<Dialog>();
  const name = c.requester.displayName;
  const waiting = c.status === 'submitted' || c.status === 'objected';
  // What each person may do, and why not (R10.1), is the server's: « publish » stays shown,
  // disabled with the rule, while the communication waits for validation.
  const { can, cannot } = c;
  const anyAction =
    offered(can.object, cannot.object) ||
    offered(can.openVote, cannot.openVote) ||
    offered(can.publish, cannot.publish);

  return (
    <li className={sections.item} data-testid="communication" data-status={c.status}>
      <div className={sections.itemTop}>
        <Text weight="semibold">{name}</Text>
        <Text className={screen.muted}>{formatInstant(c.submittedAt)}</Text>
        <CommunicationStatusBadge status={c.status} />
      </div>
      <p className={sections.quote} dir="auto">
        {c.text}
      </p>
      <Text>
        {t('communications.channel', { channel: t(`channel.${c.channel}` as MessageKey) })}
      </Text>
      <Text>{t('communications.planned', { date: formatDay(c.plannedDay) })}</Text>
      {c.visualDocumentId && (
        <div data-testid="visual">
          <DocumentLink
            document={{ id: c.visualDocumentId, name: t('communications.visual') }}
            label={t('communications.visual')}
          />
        </div>
      )}
      <Text className={screen.muted}>{t('communications.hashtag', { hashtag: c.hashtag })}</Text>
      {waiting && (
        <Text data-testid="objection-deadline">
          {c.objectionOpen
            ? t('communications.objectUntil', { date: formatDay(c.objectionDeadline) })
            : t('communications.objectClosed', { date: formatDay(c.objectionDeadline) })}
        </Text>
      )}
      {c.objections.length > 0 && (
        <>
          <Text weight="semibold">
            {t('communications.objections')} —{' '}
            {t('count.objections', { count: c.objections.length })}
          </Text>
          {c.objections.map((objection, index) => (
            <p key={index} className={sections.answer} data-testid="objection">
              {t('communications.objectionBy', {
                name: objection.person.displayName,
                date: formatInstant(objection.at),
              })}
              <br />
              <UserText>{objection.reason}</UserText>
            </p>
          ))}
        </>
      )}
      {c.decisionId && (
        <Link href={decisionPath(c.decisionId)} onClick={linkHandler(decisionPath(c.decisionId))}>
          {t('communications.seeVote')}
        </Link>
      )}
      {anyAction && (
        <div className={screen.actions}>
          <ActionButton
            can={can.object}
            cannot={cannot.object}
            onClick={() => setDialog('object')}
            aria-label={t('communications.objectFor', { name })}
          >
            {t('communications.object')}
          </ActionButton>
          <ActionButton
            can={can.openVote}
            cannot={cannot.openVote}
            appearance="primary"
            onClick={() => setDialog('vote')}
            aria-label={t('communications.openVoteFor', { name })}
          >
            {t('communications.openVote')}
          </ActionButton>
          <ActionButton
            can={can.publish}
            cannot={cannot.publish}
            appearance="primary"
            busy={publishing.busy}
            icon={publishing.busy ? <Spinner size="tiny" /> : undefined}
            aria-label={t('communications.publishFor', { name })}
            onClick={() =>
              void publishing
                .run(async () => {
                  const change = await api.publishCommunication(c.id, { version: c.version });
                  changed(t('communications.published'), change);
                })
                .then((ok) => {
                  if (!ok) reload();
                })
            }
          >
            {t('communications.publish')}
          </ActionButton>
        </div>
      )}
      <ProblemMessage error={publishing.error} onReload={reload} />

      {dialog === 'object' && (
        <TextDialog
          title={t('communications.objectTitle', { name })}
          intro={t('communications.objectHint')}
          label={t('communications.objectReason')}
          path="reason"
          submitLabel={t('communications.objectSubmit')}
          onClose={() => setDialog(undefined)}
          onReload={() => {
            setDialog(undefined);
            reload();
          }}
          onSubmit={async (reason) => {
            const change = await api.objectToCommunication(c.id, { reason });
            setDialog(undefined);
            changed(t('communications.objected'), change);
          }}
        />
      )}
      {dialog === 'vote' && (
        <OpenVoteDialog
          motionOptional
          onClose={() => setDialog(undefined)}
          onReload={() => {
            setDialog(undefined);
            reload();
          }}
          onSubmit={async ({ motion, closesAt }) => {
            const change = await api.openCommunicationVote(c.id, {
              version: c.version,
              closesAt,
              ...(motion ? { motion } : {}),
            });
            setDialog(undefined);
            changed(t('communications.voteOpened'), change);
          }}
        />
      )}
    </li>
  );
}

/**
 * A communication request (R10.1): text, channel, planned day and an optional visual. The
 * committee validates it before it goes out; the hashtag is recalled (R10.2).
 */
function SubmitCommunicationDialog({
  hashtag,
  onClose,
  onSaved,
}: {
  hashtag: string | undefined;
  onClose: () => void;
  onSaved: (change: Change<CommunicationView>) => void;
}) {
  const { t } = useT();
  const { api } = useSession();
  const issueText = useIssueText();
  const required = useRequired();
  const [text, setText] = useState('');
  const [channel, setChannel] = useState<Channel>('portal');
  const [plannedDay, setPlannedDay] = useState('');
  const [file, setFile] = useState<File>();
  const [uploaded, setUploaded] = useState<Uploaded>();
  const action = useCallback(async () => {
    const visual = file
      ? await uploadOnce(file, uploaded, (f) => api.upload(f, 'visual'), setUploaded)
      : undefined;
    onSaved(
      await api.submitCommunication({
        text,
        channel,
        plannedDay,
        ...(visual ? { visualDocumentId: visual.id } : {}),
      }),
    );
  }, [api, file, uploaded, text, channel, plannedDay, onSaved]);
  const { submit, saving, error } = useFormSubmit(action);
  const issues = fieldIssues(error);
  return (
    <FormDialog
      title={t('communicationForm.title')}
      submitLabel={t('communicationForm.submit')}
      onSubmit={() => {
        if (required.check([text, plannedDay])) void submit();
      }}
      onClose={onClose}
      saving={saving}
      error={error}
      shownAtFields={['text', 'channel', 'plannedDay', 'visualDocumentId']}
    >
      <Field
        label={t('communicationForm.text')}
        required
        {...required.field(text, issueText(issues, 'text'))}
      >
        <Textarea value={text} onChange={(_, data) => setText(data.value)} resize="vertical" />
      </Field>
      <Field label={t('communicationForm.channel')} required {...issueText(issues, 'channel')}>
        <RadioGroup value={channel} onChange={(_, data) => setChannel(data.value as Channel)}>
          {CHANNELS.map((value) => (
            <Radio key={value} value={value} label={t(`channel.${value}` as MessageKey)} />
          ))}
        </RadioGroup>
      </Field>
      <MoroccoDateField
        label={t('communicationForm.plannedDay')}
        required
        value={plannedDay}
        onChange={setPlannedDay}
        validation={required.field(plannedDay, issueText(issues, 'plannedDay'))}
      />
      <FileField
        label={t('communicationForm.visual')}
        onChange={setFile}
        uploaded={uploaded}
        validation={issueText(issues, 'visualDocumentId', 'file')}
      />
      <Text>
        {hashtag
          ? t('communicationForm.hashtag', { hashtag })
          : t('communicationForm.hashtagGeneric')}
      </Text>
    </FormDialog>
  );
}
