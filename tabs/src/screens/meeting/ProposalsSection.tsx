import {
  Badge,
  Button,
  Field,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ProposalView } from '../../api/client.js';
import { useSession } from '../../auth/session-context.js';
import { MoroccoDateField } from '../../components/MoroccoDateField.js';
import { MoroccoTimeField } from '../../components/MoroccoTimeField.js';
import { useFieldGroupStyles, useIssueText } from '../../components/PersonField.js';
import { ProblemMessage } from '../../components/ProblemMessage.js';
import { fieldIssues } from '../../components/problems.js';
import { useScreenStyles } from '../../components/screen-styles.js';
import { useAction } from '../../components/useAction.js';
import { useRequired } from '../../components/useRequired.js';
import { useT, type MessageKey } from '../../i18n/i18n.js';
import { moroccoWallClock } from '../../i18n/morocco-time.js';
import { AnswerDialog } from './AnswerDialog.js';
import { useSectionStyles, type SectionProps } from './section.js';
import { UserText } from '../../components/UserText.js';

const STATUS_COLOR = { pending: 'warning', accepted: 'success', rejected: 'danger' } as const;

/**
 * R5.3: during the 3 days after the notice, members propose agenda items or another date; the
 * secretariat answers each with its reason. After the window the server refuses, citing the
 * rule and the closing time.
 */
export function ProposalsSection({ meeting, changed, reload }: SectionProps) {
  const { t, formatInstant } = useT();
  const { api } = useSession();
  const screen = useScreenStyles();
  const styles = useSectionStyles();
  const groups = useFieldGroupStyles();
  const issueText = useIssueText();
  const submitting = useAction();
  const [kind, setKind] = useState<'agenda_item' | 'date'>('agenda_item');
  const [text, setText] = useState('');
  const [day, setDay] = useState('');
  const [time, setTime] = useState('10:00');
  const [answering, setAnswering] = useState<ProposalView>();

  const closesAt = meeting.deadlines.proposalsCloseAt;
  // R5.3: whether the window is open is the server's (the deadlines panel reloads at its end).
  const open = meeting.windowsOpen.proposals;
  const issues = fieldIssues(submitting.error);
  const required = useRequired();

  async function propose() {
    const ok = await submitting.run(async () => {
      // Morocco's wall clock as typed (`YYYY-MM-DDTHH:mm`): the server converts it.
      const proposedStart = moroccoWallClock(day, time) ?? '';
      const change = await api.propose(meeting.id, {
        kind,
        text,
        ...(kind === 'date' ? { proposedStart } : {}),
      });
      setText('');
      setDay('');
      changed({ message: t('proposals.sent'), warnings: change.warnings });
    });
    // Refused (e.g. the window closed meanwhile, R5.3): what may be done has changed.
    if (!ok) reload();
  }

  return (
    <section className={screen.panel} aria-labelledby="proposals-title" data-testid="proposals">
      <h2 id="proposals-title" className={screen.h2}>
        {t('proposals.title')}
      </h2>
      <Text data-testid="proposals-window">
        {closesAt === undefined
          ? t('proposals.beforeNotice')
          : open
            ? t('proposals.openUntil', { date: formatInstant(closesAt) })
            : t('proposals.closedSince', { date: formatInstant(closesAt) })}{' '}
        {closesAt !== undefined && !open && (
          <Badge appearance="tint" color="danger" shape="rounded">
            {t('proposals.closed')}
          </Badge>
        )}
      </Text>

      {meeting.can.propose && (
        <form
          className={styles.form}
          aria-labelledby="proposal-form-title"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const filled = required.check(kind === 'date' ? [text, day, time] : [text]);
            if (filled && !submitting.busy) void propose();
          }}
        >
          <Text id="proposal-form-title" weight="semibold">
            {t('proposals.formTitle')}
          </Text>
          <Field label={t('proposals.kind')} {...issueText(issues, 'kind')}>
            <RadioGroup
              layout="horizontal"
              value={kind}
              onChange={(_, data) => setKind(data.value as 'agenda_item' | 'date')}
            >
              <Radio value="agenda_item" label={t('proposals.kind.agenda_item')} />
              <Radio value="date" label={t('proposals.kind.date')} />
            </RadioGroup>
          </Field>
          <Field
            label={kind === 'date' ? t('proposals.reason') : t('proposals.item')}
            required
            {...required.field(text, issueText(issues, 'text'))}
          >
            <Textarea value={text} onChange={(_, data) => setText(data.value)} resize="vertical" />
          </Field>
          {kind === 'date' && (
            <div className={groups.row}>
              <MoroccoDateField
                label={t('proposals.day')}
                required
                value={day}
                onChange={setDay}
                validation={required.field(day, issueText(issues, 'proposedStart'))}
              />
              <MoroccoTimeField
                label={t('proposals.time')}
                required
                value={time}
                onChange={setTime}
                validation={required.field(time)}
              />
            </div>
          )}
          <Button
            type="submit"
            appearance="primary"
            className={styles.submit}
            disabled={submitting.busy}
            icon={submitting.busy ? <Spinner size="tiny" /> : undefined}
          >
            {t('proposals.submit')}
          </Button>
        </form>
      )}
      {/* Outside the form: a refusal stays visible when the form goes (window closed). */}
      <ProblemMessage
        error={submitting.error}
        shownAtFields={['text', 'proposedStart', 'kind']}
        onReload={reload}
      />

      {meeting.proposals.length === 0 ? (
        <Text className={screen.muted}>{t('proposals.none')}</Text>
      ) : (
        <>
          <Text className={screen.muted}>
            {t('count.proposals', { count: meeting.proposals.length })}
          </Text>
          <ul className={styles.items}>
            {meeting.proposals.map((proposal) => (
              <li key={proposal.id} className={styles.item} data-testid="proposal">
                <div className={styles.itemTop}>
                  <Text weight="semibold">
                    <UserText>{proposal.proposer.displayName}</UserText>
                  </Text>
                  <Text className={screen.muted}>
                    {t(`proposals.kind.${proposal.kind}` as MessageKey)} —{' '}
                    {formatInstant(proposal.submittedAt)}
                  </Text>
                  <Badge appearance="tint" shape="rounded" color={STATUS_COLOR[proposal.status]}>
                    {t(`proposals.status.${proposal.status}` as MessageKey)}
                  </Badge>
                </div>
                <p className={styles.quote} dir="auto">
                  {proposal.text}
                </p>
                {proposal.proposedStart && (
                  <Text>
                    {t('proposals.proposedStart', { date: formatInstant(proposal.proposedStart) })}
                  </Text>
                )}
                {proposal.response && (
                  <p className={styles.answer}>
                    {t('proposals.response', {
                      name: proposal.response.by.displayName,
                      date: formatInstant(proposal.response.at),
                    })}
                    <br />
                    <UserText>{proposal.response.reason}</UserText>
                  </p>
                )}
                {proposal.can.answer && (
                  <div className={screen.actions}>
                    <Button
                      onClick={() => setAnswering(proposal)}
                      aria-label={t('proposals.answerFor', {
                        name: proposal.proposer.displayName,
                      })}
                    >
                      {t('proposals.answer')}
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}

      {answering && (
        <AnswerDialog<'accepted' | 'rejected'>
          title={t('proposals.answerTitle', { name: answering.proposer.displayName })}
          quote={answering.text}
          decisionLabel={t('proposals.decision')}
          decisions={[
            {
              value: 'accepted',
              label: t(
                answering.kind === 'agenda_item' ? 'proposals.acceptItem' : 'proposals.acceptDate',
              ),
            },
            { value: 'rejected', label: t('proposals.reject') },
          ]}
          initialDecision="accepted"
          textLabel={t('proposals.answerReason')}
          textPath="reason"
          submitLabel={t('proposals.answerSubmit')}
          onClose={() => setAnswering(undefined)}
          onReload={() => {
            setAnswering(undefined);
            reload();
          }}
          onSubmit={async (decision, reason) => {
            await api.answerProposal(answering.id, {
              decision,
              reason,
              version: answering.version,
            });
            setAnswering(undefined);
            changed({ message: t('proposals.answered') });
          }}
        />
      )}
    </section>
  );
}
