import { Field, Radio, RadioGroup, Text, Textarea } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { FormDialog, useFormSubmit } from '../../components/FormDialog.js';
import { useIssueText } from '../../components/PersonField.js';
import { fieldIssues } from '../../components/problems.js';
import { useRequired } from '../../components/useRequired.js';

export interface AnswerDialogProps<D extends string> {
  title: string;
  /** What is being answered, quoted above the form. */
  quote: string;
  decisionLabel: string;
  decisions: { value: D; label: string }[];
  initialDecision: D;
  textLabel: string;
  /** The request's field for the text (`reason` or `text`), to show its issues at the field. */
  textPath: string;
  submitLabel: string;
  onSubmit: (decision: D, text: string) => Promise<void>;
  onClose: () => void;
  onReload?: () => void;
}

/**
 * The secretariat's reasoned answer (OGP's reasoned response): a decision and its reason, for
 * a member's proposal (R5.3) or amendment (R5.5). The member receives it.
 */
export function AnswerDialog<D extends string>(props: AnswerDialogProps<D>) {
  const { decisions, initialDecision, onSubmit, textPath } = props;
  const issueText = useIssueText();
  const [decision, setDecision] = useState<D>(initialDecision);
  const [text, setText] = useState('');
  const action = useCallback(() => onSubmit(decision, text), [onSubmit, decision, text]);
  const { submit, saving, error } = useFormSubmit(action);
  const required = useRequired();
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
      shownAtFields={[textPath, 'decision']}
    >
      <Text as="p">« {props.quote} »</Text>
      <Field label={props.decisionLabel} required {...issueText(fieldIssues(error), 'decision')}>
        <RadioGroup
          layout="horizontal"
          value={decision}
          onChange={(_, data) => setDecision(data.value as D)}
        >
          {decisions.map((d) => (
            <Radio key={d.value} value={d.value} label={d.label} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label={props.textLabel}
        required
        {...required.field(text, issueText(fieldIssues(error), textPath))}
      >
        <Textarea value={text} onChange={(_, data) => setText(data.value)} resize="vertical" />
      </Field>
    </FormDialog>
  );
}
