import { Field, Text, Textarea } from '@fluentui/react-components';
import { useCallback, useId, useState } from 'react';
import { useNow } from '../../api/server-clock.js';
import { FormDialog, useFormSubmit } from '../../components/FormDialog.js';
import { MoroccoDateField } from '../../components/MoroccoDateField.js';
import { MoroccoTimeField } from '../../components/MoroccoTimeField.js';
import { useFieldGroupStyles, useIssueText } from '../../components/PersonField.js';
import { fieldIssues } from '../../components/problems.js';
import { useRequired } from '../../components/useRequired.js';
import { useT } from '../../i18n/i18n.js';
import { moroccoOffsetLabel, moroccoWallClock } from '../../i18n/morocco-time.js';
import { defaultClosing } from './vote-logic.js';

export interface OpenVoteDialogProps {
  /** The motion the form starts with (a decision's text). */
  initialMotion?: string;
  /** A communication's or a revision's vote: the server words the motion when left empty. */
  motionOptional?: boolean;
  onSubmit: (input: { motion?: string; closesAt: string }) => Promise<void>;
  onClose: () => void;
  onReload?: () => void;
}

/**
 * The chair opens a double-majority vote (R5.7, R13.2): the motion, and the closing date and
 * time in Morocco time (core/time.ts: UTC+0 since 2026-09-20). A refusal — e.g. R5.7 before
 * consensus efforts were recorded as exhausted — shows in the dialog with its rule.
 */
export function OpenVoteDialog(props: OpenVoteDialogProps) {
  const { onSubmit, motionOptional = false } = props;
  const { t } = useT();
  const groups = useFieldGroupStyles();
  const issueText = useIssueText();
  const required = useRequired();
  const hintId = useId();
  const now = useNow(60_000);
  const [initial] = useState(() => defaultClosing(now));
  const [motion, setMotion] = useState(props.initialMotion ?? '');
  const [day, setDay] = useState(initial.day);
  const [time, setTime] = useState(initial.time);

  const action = useCallback(async () => {
    // Morocco's wall clock as typed (`YYYY-MM-DDTHH:mm`), converted by the server. A malformed
    // date or time leaves it empty: the server names the field.
    const closesAt = moroccoWallClock(day, time) ?? '';
    const trimmed = motion.trim();
    await onSubmit({ ...(trimmed || !motionOptional ? { motion } : {}), closesAt });
  }, [onSubmit, motion, motionOptional, day, time]);
  const { submit, saving, error } = useFormSubmit(action);
  const issues = fieldIssues(error);
  const offset = moroccoOffsetLabel(day, time);

  return (
    <FormDialog
      title={t('openVote.title')}
      submitLabel={t('openVote.submit')}
      onSubmit={() => {
        if (required.check(motionOptional ? [day, time] : [motion, day, time])) void submit();
      }}
      onClose={props.onClose}
      {...(props.onReload ? { onReload: props.onReload } : {})}
      saving={saving}
      error={error}
      shownAtFields={['motion', 'closesAt']}
    >
      <Field
        label={motionOptional ? t('openVote.motionOptional') : t('openVote.motion')}
        hint={motionOptional ? t('openVote.motionDefault') : undefined}
        required={!motionOptional}
        {...(motionOptional
          ? issueText(issues, 'motion')
          : required.field(motion, issueText(issues, 'motion')))}
      >
        <Textarea value={motion} onChange={(_, data) => setMotion(data.value)} resize="vertical" />
      </Field>
      <div className={groups.row}>
        <MoroccoDateField
          label={t('openVote.day')}
          required
          value={day}
          onChange={setDay}
          validation={required.field(day, issueText(issues, 'closesAt'))}
          describedBy={hintId}
        />
        <MoroccoTimeField
          label={t('openVote.time')}
          required
          value={time}
          onChange={setTime}
          validation={required.field(time)}
          describedBy={hintId}
        />
      </div>
      <Text size={200} id={hintId} data-testid="time-hint">
        {offset ? t('meetingForm.timeHintOffset', { offset }) : t('meetingForm.timeHint')}
      </Text>
      <Text>{t('openVote.choices')}</Text>
      <Text>{t('vote.oneBallot')}</Text>
    </FormDialog>
  );
}
