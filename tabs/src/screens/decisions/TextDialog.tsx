import { Field, Text, Textarea } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { FormDialog, useFormSubmit } from '../../components/FormDialog.js';
import { useIssueText } from '../../components/PersonField.js';
import { fieldIssues } from '../../components/problems.js';
import { useRequired } from '../../components/useRequired.js';

export interface TextDialogProps {
  title: string;
  /** Shown above the field (what is answered, or what happens next). */
  intro?: string | undefined;
  label: string;
  hint?: string | undefined;
  /** The request's field for the text, to show its issues at the field. */
  path: string;
  submitLabel: string;
  onSubmit: (text: string) => Promise<void>;
  onClose: () => void;
  onReload?: () => void;
}

/** A dialog with one required text: an objection's reason, a revision request. */
export function TextDialog(props: TextDialogProps) {
  const { onSubmit, path } = props;
  const issueText = useIssueText();
  const required = useRequired();
  const [text, setText] = useState('');
  const action = useCallback(() => onSubmit(text), [onSubmit, text]);
  const { submit, saving, error } = useFormSubmit(action);
  return (
    <FormDialog
      title={props.title}
      submitLabel={props.submitLabel}
      onSubmit={() => {
        if (required.check([text])) void submit();
      }}
      onClose={props.onClose}
      {...(props.onReload ? { onReload: props.onReload } : {})}
      saving={saving}
      error={error}
      shownAtFields={[path]}
    >
      {props.intro && <Text as="p">{props.intro}</Text>}
      <Field
        label={props.label}
        hint={props.hint}
        required
        {...required.field(text, issueText(fieldIssues(error), path))}
      >
        <Textarea value={text} onChange={(_, data) => setText(data.value)} resize="vertical" />
      </Field>
    </FormDialog>
  );
}
