import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ApiError } from '../api/client.js';
import { useT, type MessageKey } from '../i18n/i18n.js';
import { fieldIssues, issuesAt, type FieldIssue } from './problems.js';
import { RuleMessage } from './RuleMessage.js';

const useProblemMessageStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  body: { whiteSpace: 'normal' },
});

/** The form field an issue path starts with, named in the UI language. */
const FIELD_LABELS: Record<string, MessageKey> = {
  college: 'field.college',
  organisation: 'field.organisation',
  titular: 'field.titular',
  alternate: 'field.alternate',
  mandateStart: 'field.mandateStart',
  mandateEnd: 'field.mandateEnd',
  designationLetterId: 'field.file',
  documentId: 'field.file',
  letterDocumentId: 'field.file',
  file: 'field.file',
  person: 'field.person',
  cause: 'field.cause',
  note: 'field.note',
  meeting: 'field.meeting',
  personId: 'field.person',
  title: 'field.title',
  start: 'field.start',
  end: 'field.end',
  location: 'field.location',
  agenda: 'field.agenda',
  externalInvitees: 'field.externalInvitees',
  reason: 'field.reason',
  text: 'field.text',
  proposedStart: 'field.proposedStart',
  justification: 'field.justification',
  date: 'field.date',
  entries: 'field.entries',
  motion: 'field.motion',
  closesAt: 'field.closesAt',
  choice: 'field.choice',
  channel: 'field.channel',
  plannedDay: 'field.plannedDay',
  visualDocumentId: 'field.visual',
  meetingId: 'field.meetingId',
  plan: 'field.plan',
};

export interface ProblemMessageProps {
  error: unknown;
  /** Field paths whose issues are already shown next to their field. */
  shownAtFields?: string[];
  /** Offered with a conflict (someone else changed the record). */
  onReload?: () => void;
}

/**
 * Why a request failed, in the UI language: a rule refusal shows the rule id and its sentence;
 * invalid input lists the issues not already shown at a field; a stale version asks to reload.
 */
export function ProblemMessage({ error, shownAtFields = [], onReload }: ProblemMessageProps) {
  const { t, pick } = useT();
  const styles = useProblemMessageStyles();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : undefined;
  const status = error instanceof ApiError ? error.status : -1;

  const labelOf = (path: string) => {
    const key = FIELD_LABELS[path.split('.')[0] ?? ''];
    return key ? t(key) : path;
  };

  let title: string | undefined;
  let content: React.ReactNode = null;
  let action: React.ReactNode = null;

  if (problem?.reason === 'rule' && problem.rule && problem.message) {
    content = <RuleMessage verdict={{ ok: false, rule: problem.rule, message: problem.message }} />;
  } else if (problem?.reason === 'invalid') {
    const issues = fieldIssues(error);
    const elsewhere = issues.filter(
      (issue) => !shownAtFields.some((path) => issuesAt([issue], path).length > 0),
    );
    title = t('problem.invalid');
    content =
      elsewhere.length > 0 ? (
        <ul className={styles.list}>
          {elsewhere.map((issue: FieldIssue, index) => (
            <li key={index}>
              {t('problem.fieldIssue', {
                field: labelOf(issue.path),
                message: typeof issue.message === 'string' ? issue.message : pick(issue.message),
              })}
            </li>
          ))}
        </ul>
      ) : issues.length === 0 && problem.message ? (
        pick(problem.message)
      ) : null;
  } else if (problem?.reason === 'conflict' || status === 409) {
    content = t('problem.conflict');
    if (onReload) {
      action = (
        <MessageBarActions>
          <Button onClick={onReload}>{t('problem.reload')}</Button>
        </MessageBarActions>
      );
    }
  } else if (problem?.reason === 'forbidden' || status === 403) {
    content = problem?.message ? pick(problem.message) : t('problem.forbidden');
  } else if (status === 0) {
    content = t('problem.network');
  } else if (problem?.message) {
    content = pick(problem.message);
  } else {
    content = t('problem.generic', { status: status > 0 ? status : '—' });
  }

  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="problem">
      <MessageBarBody className={styles.body}>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {content}
      </MessageBarBody>
      {action}
    </MessageBar>
  );
}
