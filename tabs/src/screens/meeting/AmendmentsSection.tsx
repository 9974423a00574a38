import { Badge, Button, Field, Spinner, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { AmendmentView } from '../../api/client.js';
import { useSession } from '../../auth/session-context.js';
import { useIssueText } from '../../components/PersonField.js';
import { ProblemMessage } from '../../components/ProblemMessage.js';
import { fieldIssues } from '../../components/problems.js';
import { useScreenStyles } from '../../components/screen-styles.js';
import { useAction } from '../../components/useAction.js';
import { useRequired } from '../../components/useRequired.js';
import { useT, type MessageKey } from '../../i18n/i18n.js';
import { AnswerDialog } from './AnswerDialog.js';
import { useSectionStyles, type SectionProps } from './section.js';

const STATUS_COLOR = {
  pending: 'warning',
  integrated: 'success',
  answered: 'informative',
} as const;

type Decision = 'integrated' | 'answered';

/**
 * R5.5: for 2 business days after the minutes are shared, members propose amendments; the
 * secretariat integrates or answers each.
 */
export function AmendmentsSection({ meeting, changed, reload }: SectionProps) {
  const { t, formatDay, formatInstant } = useT();
  const { api } = useSession();
  const screen = useScreenStyles();
  const styles = useSectionStyles();
  const issueText = useIssueText();
  const submitting = useAction();
  const required = useRequired();
  const [text, setText] = useState('');
  const [answering, setAnswering] = useState<{ amendment: AmendmentView; decision: Decision }>();

  if (!meeting.minutesSharedOn && meeting.amendments.length === 0 && !meeting.can.amend) {
    return null;
  }
  const until = meeting.deadlines.amendmentsUntil;

  async function amend() {
    const ok = await submitting.run(async () => {
      await api.amend(meeting.id, { text });
      setText('');
      changed({ message: t('amendments.sent') });
    });
    // Refused (e.g. the window closed meanwhile, R5.5): what may be done has changed.
    if (!ok) reload();
  }

  return (
    <section className={screen.panel} aria-labelledby="amendments-title" data-testid="amendments">
      <h2 id="amendments-title" className={screen.h2}>
        {t('amendments.title')}
      </h2>
      {until && <Text>{t('amendments.until', { date: formatDay(until) })}</Text>}

      {meeting.can.amend && (
        <form
          className={styles.form}
          aria-labelledby="amendment-form-title"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (required.check([text]) && !submitting.busy) void amend();
          }}
        >
          <Text id="amendment-form-title" weight="semibold">
            {t('amendments.formTitle')}
          </Text>
          <Field
            label={t('amendments.text')}
            required
            {...required.field(text, issueText(fieldIssues(submitting.error), 'text'))}
          >
            <Textarea value={text} onChange={(_, data) => setText(data.value)} resize="vertical" />
          </Field>
          <Button
            type="submit"
            appearance="primary"
            className={styles.submit}
            disabled={submitting.busy}
            icon={submitting.busy ? <Spinner size="tiny" /> : undefined}
          >
            {t('amendments.submit')}
          </Button>
        </form>
      )}
      <ProblemMessage error={submitting.error} shownAtFields={['text']} onReload={reload} />

      {meeting.amendments.length === 0 ? (
        <Text className={screen.muted}>{t('amendments.none')}</Text>
      ) : (
        <>
          <Text className={screen.muted}>
            {t('count.amendments', { count: meeting.amendments.length })}
          </Text>
          <ul className={styles.items}>
            {meeting.amendments.map((amendment) => (
              <li key={amendment.id} className={styles.item} data-testid="amendment">
                <div className={styles.itemTop}>
                  <Text weight="semibold">{amendment.author.displayName}</Text>
                  <Text className={screen.muted}>{formatInstant(amendment.submittedAt)}</Text>
                  <Badge appearance="tint" shape="rounded" color={STATUS_COLOR[amendment.status]}>
                    {t(`amendments.status.${amendment.status}` as MessageKey)}
                  </Badge>
                </div>
                <p className={styles.quote}>{amendment.text}</p>
                {amendment.answer && (
                  <p className={styles.answer}>
                    {t('amendments.answerBy', {
                      name: amendment.answer.by.displayName,
                      date: formatInstant(amendment.answer.at),
                    })}
                    <br />
                    {amendment.answer.text}
                  </p>
                )}
                {amendment.can.answer && (
                  <div className={screen.actions}>
                    <Button
                      onClick={() => setAnswering({ amendment, decision: 'integrated' })}
                      aria-label={t('amendments.integrateFor', {
                        name: amendment.author.displayName,
                      })}
                    >
                      {t('amendments.integrate')}
                    </Button>
                    <Button
                      onClick={() => setAnswering({ amendment, decision: 'answered' })}
                      aria-label={t('amendments.answerFor', {
                        name: amendment.author.displayName,
                      })}
                    >
                      {t('amendments.answer')}
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}

      {answering && (
        <AnswerDialog<Decision>
          title={t('amendments.answerTitle', { name: answering.amendment.author.displayName })}
          quote={answering.amendment.text}
          decisionLabel={t('amendments.decision')}
          decisions={[
            { value: 'integrated', label: t('amendments.decision.integrated') },
            { value: 'answered', label: t('amendments.decision.answered') },
          ]}
          initialDecision={answering.decision}
          textLabel={t('amendments.answerText')}
          textPath="text"
          submitLabel={t('amendments.answerSubmit')}
          onClose={() => setAnswering(undefined)}
          onReload={() => {
            setAnswering(undefined);
            reload();
          }}
          onSubmit={async (decision, answer) => {
            await api.answerAmendment(answering.amendment.id, {
              decision,
              text: answer,
              version: answering.amendment.version,
            });
            setAnswering(undefined);
            changed({ message: t('amendments.answered') });
          }}
        />
      )}
    </section>
  );
}
