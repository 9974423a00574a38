import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type {
  Change,
  DocumentRef,
  MeetingDetail,
  ScheduleMeetingRequest,
} from '../../api/client.js';
import { useSession } from '../../auth/session-context.js';
import { ACCEPTED_FILES } from '../../components/FileField.js';
import { FormDialog, useFormSubmit } from '../../components/FormDialog.js';
import { MoroccoDateField } from '../../components/MoroccoDateField.js';
import { MoroccoTimeField } from '../../components/MoroccoTimeField.js';
import { useFieldGroupStyles, useIssueText } from '../../components/PersonField.js';
import { fieldIssues } from '../../components/problems.js';
import { useRequired } from '../../components/useRequired.js';
import { useT } from '../../i18n/i18n.js';
import { moroccoLocal, moroccoOffsetLabel, moroccoWallClock } from '../../i18n/morocco-time.js';
import { meetingUpdate, type AgendaFields, type MeetingFields } from './meeting-update.js';

const useMeetingFormStyles = makeStyles({
  items: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  fileInput: {
    padding: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
  },
  kept: { color: tokens.colorNeutralForeground2 },
  itemActions: { display: 'flex', justifyContent: 'flex-end' },
  add: { alignSelf: 'flex-start' },
});

interface AgendaDraft {
  key: number;
  /** The item's id when the meeting already has it (editing). */
  id?: string;
  title: string;
  presenter: string;
  /** Documents already attached (editing a meeting). */
  documents: DocumentRef[];
  /** Files chosen in this form, uploaded on submit. */
  files: File[];
}

interface InviteeDraft {
  key: number;
  name: string;
  email: string;
  organisation: string;
}

interface MeetingDraft {
  title: string;
  day: string;
  startTime: string;
  endTime: string;
  location: string;
  online: boolean;
  agenda: AgendaDraft[];
  invitees: InviteeDraft[];
}

let nextKey = 1;
const emptyItem = (): AgendaDraft => ({
  key: nextKey++,
  title: '',
  presenter: '',
  documents: [],
  files: [],
});
const emptyInvitee = (): InviteeDraft => ({
  key: nextKey++,
  name: '',
  email: '',
  organisation: '',
});

function draftOf(meeting: MeetingDetail | undefined): MeetingDraft {
  if (!meeting) {
    return {
      title: '',
      day: '',
      startTime: '10:00',
      endTime: '12:00',
      location: '',
      online: true,
      agenda: [emptyItem()],
      invitees: [],
    };
  }
  const start = moroccoLocal(meeting.start);
  return {
    title: meeting.title,
    day: start.day,
    startTime: start.time,
    endTime: moroccoLocal(meeting.end).time,
    location: meeting.location ?? '',
    online: meeting.online,
    agenda: meeting.agenda.map((item) => ({
      key: nextKey++,
      id: item.id,
      title: item.title,
      presenter: item.presenter ?? '',
      documents: item.documents,
      files: [],
    })),
    invitees: meeting.externalInvitees.map((invitee) => ({
      key: nextKey++,
      name: invitee.name,
      email: invitee.email,
      organisation: invitee.organisation ?? '',
    })),
  };
}

const trimmed = (value: string) => value.trim() || undefined;

/**
 * The fields a draft stands for, as the request sends them. Built the same way for the meeting
 * as loaded and as edited, so the update holds only what the user changed.
 */
async function fieldsOf(
  draft: MeetingDraft,
  upload: (file: File) => Promise<string>,
): Promise<MeetingFields> {
  const agenda: AgendaFields[] = [];
  for (const item of draft.agenda) {
    if (!item.title.trim() && !item.presenter.trim() && !item.files.length) continue;
    const documentIds = item.documents.map((d) => d.id);
    for (const file of item.files) documentIds.push(await upload(file));
    const presenter = trimmed(item.presenter);
    agenda.push({
      ...(item.id ? { id: item.id } : {}),
      title: item.title,
      ...(presenter ? { presenter } : {}),
      documentIds,
    });
  }
  const externalInvitees = draft.invitees
    .filter((i) => i.name.trim() || i.email.trim())
    .map((i) => {
      const organisation = trimmed(i.organisation);
      return { name: i.name, email: i.email.trim(), ...(organisation ? { organisation } : {}) };
    });
  // Sent as typed, Morocco's wall clock `YYYY-MM-DDTHH:mm` (the server converts it). A
  // malformed date or time leaves the field empty: the server names it.
  const start = moroccoWallClock(draft.day, draft.startTime) ?? '';
  const end = moroccoWallClock(draft.day, draft.endTime) ?? '';
  const location = trimmed(draft.location);
  return {
    title: draft.title,
    start,
    end,
    ...(location ? { location } : {}),
    online: draft.online,
    agenda,
    externalInvitees,
  };
}

export interface MeetingFormDialogProps {
  /** The meeting to edit or move; absent to schedule a new one. */
  meeting?: MeetingDetail;
  onClose: () => void;
  onSaved: (change: Change<MeetingDetail>) => void;
  onReload?: () => void;
}

/**
 * The secretariat schedules a meeting, or edits or moves one: title, date and times in Morocco
 * time, place or online, agenda items with presenter and documents, external invitees. Moving
 * a meeting whose notice was sent postpones it: a new notice is then due (R5.2).
 */
export function MeetingFormDialog({ meeting, onClose, onSaved, onReload }: MeetingFormDialogProps) {
  const { t, formatList } = useT();
  const { api } = useSession();
  const groups = useFieldGroupStyles();
  const styles = useMeetingFormStyles();
  const issueText = useIssueText();
  const initial = useMemo(() => draftOf(meeting), [meeting]);
  const [draft, setDraft] = useState<MeetingDraft>(initial);
  // Files already uploaded by an earlier try of this form: a retry sends their ids.
  const uploaded = useRef(new Map<File, DocumentRef>());
  const timeHintId = useId();

  const set = <K extends keyof MeetingDraft>(key: K, value: MeetingDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const setItem = (key: number, change: Partial<AgendaDraft>) => {
    setDraft((d) => ({
      ...d,
      agenda: d.agenda.map((item) => (item.key === key ? { ...item, ...change } : item)),
    }));
  };
  const setInvitee = (key: number, change: Partial<InviteeDraft>) => {
    setDraft((d) => ({
      ...d,
      invitees: d.invitees.map((i) => (i.key === key ? { ...i, ...change } : i)),
    }));
  };

  const action = useCallback(async () => {
    const upload = async (file: File) => {
      let ref = uploaded.current.get(file);
      if (!ref) {
        ref = await api.upload(file, 'agenda-document');
        uploaded.current.set(file, ref);
      }
      return ref.id;
    };
    const edited = await fieldsOf(draft, upload);
    if (!meeting) {
      const request: ScheduleMeetingRequest = {
        ...edited,
        agenda: edited.agenda.map(({ id: _new, ...item }) => item),
      };
      onSaved(await api.scheduleMeeting(request));
      return;
    }
    // Only what changed against the meeting as loaded, with its version (no silent loss).
    const loaded = await fieldsOf(initial, upload);
    onSaved(await api.updateMeeting(meeting.id, meetingUpdate(loaded, edited, meeting.version)));
  }, [api, draft, initial, meeting, onSaved]);
  const { submit, saving, error } = useFormSubmit(action);
  const required = useRequired();
  const issues = fieldIssues(error);
  const offset = moroccoOffsetLabel(draft.day, draft.startTime);
  // A local check first: required fields, and an end after the start (same day).
  const endBeforeStart =
    draft.startTime !== '' && draft.endTime !== '' && draft.endTime <= draft.startTime;
  const [checkedOrder, setCheckedOrder] = useState(false);
  const onSubmit = () => {
    const filled = required.check([draft.title, draft.day, draft.startTime, draft.endTime]);
    setCheckedOrder(true);
    if (filled && !endBeforeStart) void submit();
  };
  const fieldState = (value: string, ...paths: string[]) =>
    required.field(value, issueText(issues, ...paths));

  return (
    <FormDialog
      title={meeting ? t('meetingForm.editTitle') : t('meetingForm.title')}
      submitLabel={meeting ? t('meetingForm.save') : t('meetingForm.submit')}
      onSubmit={onSubmit}
      onClose={onClose}
      {...(onReload ? { onReload } : {})}
      saving={saving}
      error={error}
      shownAtFields={['title', 'start', 'end', 'location']}
    >
      {meeting?.noticeSentAt && meeting.status === 'noticed' && (
        <Text>{t('meetingForm.movingNoticed')}</Text>
      )}
      <Field label={t('meetingForm.meetingTitle')} required {...fieldState(draft.title, 'title')}>
        <Input value={draft.title} onChange={(_, data) => set('title', data.value)} />
      </Field>
      <div className={groups.row}>
        <MoroccoDateField
          label={t('meetingForm.day')}
          required
          value={draft.day}
          onChange={(day) => set('day', day)}
          validation={fieldState(draft.day, 'start')}
          describedBy={timeHintId}
        />
        <MoroccoTimeField
          label={t('meetingForm.startTime')}
          required
          value={draft.startTime}
          onChange={(time) => set('startTime', time)}
          validation={fieldState(draft.startTime)}
          describedBy={timeHintId}
        />
        <MoroccoTimeField
          label={t('meetingForm.endTime')}
          required
          value={draft.endTime}
          onChange={(time) => set('endTime', time)}
          validation={
            checkedOrder && endBeforeStart
              ? { validationState: 'error', validationMessage: t('meetingForm.endAfterStart') }
              : fieldState(draft.endTime, 'end')
          }
          describedBy={timeHintId}
        />
      </div>
      <Text size={200} id={timeHintId} data-testid="time-hint">
        {offset ? t('meetingForm.timeHintOffset', { offset }) : t('meetingForm.timeHint')}
      </Text>
      <div className={groups.row}>
        <Field label={t('meetingForm.location')} {...issueText(issues, 'location')}>
          <Input value={draft.location} onChange={(_, data) => set('location', data.value)} />
        </Field>
        <Checkbox
          checked={draft.online}
          onChange={(_, data) => set('online', data.checked === true)}
          label={t('meetingForm.online')}
        />
      </div>

      <fieldset className={groups.fieldset}>
        <legend className={groups.legend}>{t('meetingForm.agenda')}</legend>
        <ol className={styles.items}>
          {draft.agenda.map((item, index) => (
            <li key={item.key}>
              <fieldset className={groups.fieldset} data-testid="agenda-item-form">
                <legend className={groups.legend}>{t('meetingForm.item', { n: index + 1 })}</legend>
                <div className={groups.row}>
                  <Field
                    label={t('meetingForm.itemTitle')}
                    {...issueText(issues, `agenda.${index}.title`)}
                  >
                    <Input
                      value={item.title}
                      onChange={(_, data) => setItem(item.key, { title: data.value })}
                    />
                  </Field>
                  <Field
                    label={t('meetingForm.presenter')}
                    {...issueText(issues, `agenda.${index}.presenter`)}
                  >
                    <Input
                      value={item.presenter}
                      onChange={(_, data) => setItem(item.key, { presenter: data.value })}
                    />
                  </Field>
                </div>
                <Field label={t('meetingForm.documents')} hint={t('form.file')}>
                  {(fieldProps) => (
                    <input
                      {...fieldProps}
                      type="file"
                      multiple
                      accept={ACCEPTED_FILES}
                      className={styles.fileInput}
                      onChange={(event) =>
                        setItem(item.key, { files: [...(event.currentTarget.files ?? [])] })
                      }
                    />
                  )}
                </Field>
                {item.documents.length > 0 && (
                  <Text size={200} className={styles.kept}>
                    {t('meetingForm.documentsKept', {
                      names: formatList(item.documents.map((d) => d.name)),
                    })}
                  </Text>
                )}
                <div className={styles.itemActions}>
                  <Button
                    appearance="subtle"
                    onClick={() => {
                      set(
                        'agenda',
                        draft.agenda.filter((i) => i.key !== item.key),
                      );
                    }}
                  >
                    {t('meetingForm.removeItem', { n: index + 1 })}
                  </Button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <Button
          className={styles.add}
          onClick={() => {
            set('agenda', [...draft.agenda, emptyItem()]);
          }}
        >
          {t('meetingForm.addItem')}
        </Button>
      </fieldset>

      <fieldset className={groups.fieldset}>
        <legend className={groups.legend}>{t('meetingForm.invitees')}</legend>
        <Text size={200} className={styles.kept}>
          {t('meetingForm.inviteesHint')}
        </Text>
        <ol className={styles.items}>
          {draft.invitees.map((invitee, index) => (
            <li key={invitee.key}>
              <fieldset className={groups.fieldset}>
                <legend className={groups.legend}>
                  {t('meetingForm.invitee', { n: index + 1 })}
                </legend>
                <div className={groups.row}>
                  <Field
                    label={t('meetingForm.inviteeName')}
                    {...issueText(issues, `externalInvitees.${index}.name`)}
                  >
                    <Input
                      value={invitee.name}
                      onChange={(_, data) => setInvitee(invitee.key, { name: data.value })}
                    />
                  </Field>
                  <Field
                    label={t('meetingForm.inviteeEmail')}
                    {...issueText(issues, `externalInvitees.${index}.email`)}
                  >
                    <Input
                      type="email"
                      value={invitee.email}
                      onChange={(_, data) => setInvitee(invitee.key, { email: data.value })}
                    />
                  </Field>
                  <Field label={t('meetingForm.inviteeOrganisation')}>
                    <Input
                      value={invitee.organisation}
                      onChange={(_, data) => setInvitee(invitee.key, { organisation: data.value })}
                    />
                  </Field>
                </div>
                <div className={styles.itemActions}>
                  <Button
                    appearance="subtle"
                    onClick={() => {
                      set(
                        'invitees',
                        draft.invitees.filter((i) => i.key !== invitee.key),
                      );
                    }}
                  >
                    {t('meetingForm.removeInvitee', { n: index + 1 })}
                  </Button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <Button
          className={styles.add}
          onClick={() => {
            set('invitees', [...draft.invitees, emptyInvitee()]);
          }}
        >
          {t('meetingForm.addInvitee')}
        </Button>
      </fieldset>
    </FormDialog>
  );
}

/** The secretariat cancels a meeting before it is held, with its reason (sent to members). */
export function CancelMeetingDialog({
  meeting,
  onClose,
  onSaved,
  onReload,
}: {
  meeting: MeetingDetail;
  onClose: () => void;
  onSaved: (change: Change<MeetingDetail>) => void;
  onReload?: () => void;
}) {
  const { t } = useT();
  const { api } = useSession();
  const issueText = useIssueText();
  const [reason, setReason] = useState('');
  const action = useCallback(async () => {
    onSaved(await api.cancelMeeting(meeting.id, { version: meeting.version, reason }));
  }, [api, meeting, reason, onSaved]);
  const { submit, saving, error } = useFormSubmit(action);
  const required = useRequired();
  return (
    <FormDialog
      title={t('cancelMeeting.title', { title: meeting.title })}
      submitLabel={t('cancelMeeting.submit')}
      onSubmit={() => {
        if (required.check([reason])) void submit();
      }}
      onClose={onClose}
      {...(onReload ? { onReload } : {})}
      saving={saving}
      error={error}
      shownAtFields={['reason']}
    >
      <Text>{t('cancelMeeting.body')}</Text>
      <Field
        label={t('cancelMeeting.reason')}
        required
        {...required.field(reason, issueText(fieldIssues(error), 'reason'))}
      >
        <Textarea value={reason} onChange={(_, data) => setReason(data.value)} resize="vertical" />
      </Field>
    </FormDialog>
  );
}
