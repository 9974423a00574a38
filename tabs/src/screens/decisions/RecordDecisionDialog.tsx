import { Field, Select, Text, Textarea } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Change, DecisionView, MeetingSummary } from '../../api/client.js';
import { useResource } from '../../api/resource.js';
import { useSession } from '../../auth/session-context.js';
import { FormDialog, useFormSubmit } from '../../components/FormDialog.js';
import { useIssueText } from '../../components/PersonField.js';
import { fieldIssues } from '../../components/problems.js';
import { useRequired } from '../../components/useRequired.js';
import { useT, type I18n } from '../../i18n/i18n.js';

/** A meeting as a choice in a list: its title and day. */
export function meetingOption(meeting: MeetingSummary, i18n: I18n): string {
  return `${meeting.title} — ${i18n.formatInstantDay(meeting.start)}`;
}

/** Meetings newest first, cancelled ones left out (nothing is decided at them). */
export function meetingChoices(meetings: MeetingSummary[] | undefined): MeetingSummary[] {
  return (meetings ?? [])
    .filter((m) => m.status !== 'cancelled')
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
}

export interface RecordDecisionDialogProps {
  /** The meeting the decision belongs to, when recorded from a meeting's page. */
  meetingId?: string | undefined;
  onClose: () => void;
  onSaved: (change: Change<DecisionView>) => void;
}

/**
 * The chair or the secretariat records a decision to take, with its text and the meeting it
 * belongs to. It starts under discussion: the committee seeks consensus first (R5.7).
 */
export function RecordDecisionDialog({ meetingId, onClose, onSaved }: RecordDecisionDialogProps) {
  const i18n = useT();
  const { t } = i18n;
  const { api } = useSession();
  const issueText = useIssueText();
  const required = useRequired();
  const meetings = useResource(() => api.meetings(), api);
  const [meeting, setMeeting] = useState(meetingId ?? '');
  const [text, setText] = useState('');
  const action = useCallback(async () => {
    onSaved(await api.createDecision({ text, ...(meeting ? { meetingId: meeting } : {}) }));
  }, [api, meeting, text, onSaved]);
  const { submit, saving, error } = useFormSubmit(action);
  const issues = fieldIssues(error);
  const choices = meetingChoices(meetings.data);

  return (
    <FormDialog
      title={t('recordDecision.title')}
      submitLabel={t('recordDecision.submit')}
      onSubmit={() => {
        if (required.check([text])) void submit();
      }}
      onClose={onClose}
      saving={saving}
      error={error}
      shownAtFields={['text', 'meetingId']}
    >
      <Field label={t('recordDecision.meeting')} {...issueText(issues, 'meetingId')}>
        <Select value={meeting} onChange={(_, data) => setMeeting(data.value)}>
          <option value="">{t('recordDecision.noMeeting')}</option>
          {/* The preset meeting stays selectable while the list loads. */}
          {meetingId && !choices.some((m) => m.id === meetingId) && (
            <option value={meetingId}>{meetingId}</option>
          )}
          {choices.map((m) => (
            <option key={m.id} value={m.id}>
              {meetingOption(m, i18n)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t('recordDecision.text')}
        required
        {...required.field(text, issueText(issues, 'text'))}
      >
        <Textarea value={text} onChange={(_, data) => setText(data.value)} resize="vertical" />
      </Field>
      <Text>{t('recordDecision.hint')}</Text>
    </FormDialog>
  );
}
