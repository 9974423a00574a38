import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useSession } from '../../auth/session-context.js';
import { flaggedBy } from '../../components/DeadlinesPanel.js';
import { DocumentLink } from '../../components/DocumentLink.js';
import { FileField, uploadOnce, type Uploaded } from '../../components/FileField.js';
import { LateBadge } from '../../components/MeetingBadges.js';
import { useIssueText } from '../../components/PersonField.js';
import { ProblemMessage } from '../../components/ProblemMessage.js';
import { fieldIssues } from '../../components/problems.js';
import { useScreenStyles } from '../../components/screen-styles.js';
import { useAction } from '../../components/useAction.js';
import { useRequired } from '../../components/useRequired.js';
import { useT } from '../../i18n/i18n.js';
import { useSectionStyles, type SectionProps } from './section.js';

const AFTER_HELD = new Set(['held', 'minutes_shared', 'amendment_closed', 'published']);

/**
 * R5.5: the secretariat writes the minutes here or uploads them (a document in the library)
 * and shares them within 3 business days after the meeting, on the Moroccan calendar.
 */
export function MinutesSection({ meeting, changed, reload }: SectionProps) {
  const { t, tUser, formatDay } = useT();
  const { api } = useSession();
  const screen = useScreenStyles();
  const styles = useSectionStyles();
  const issueText = useIssueText();
  const sharing = useAction();
  const required = useRequired();
  const [mode, setMode] = useState<'text' | 'file'>('text');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File>();
  const [uploaded, setUploaded] = useState<Uploaded>();

  const shareBy = meeting.deadlines.minutesShareBy;
  if (!AFTER_HELD.has(meeting.status) && !meeting.can.shareMinutes && !meeting.minutes) {
    return null;
  }
  // R5.5: late is the server's finding (the meeting's flags).
  const late = !meeting.minutesSharedOn && flaggedBy(meeting, 'R5.5');
  const issues = fieldIssues(sharing.error);

  async function share() {
    await sharing.run(async () => {
      const body =
        mode === 'text'
          ? { version: meeting.version, text }
          : {
              version: meeting.version,
              // Without a file, the server's answer names the missing document.
              documentId: file
                ? (await uploadOnce(file, uploaded, (f) => api.upload(f, 'minutes'), setUploaded))
                    .id
                : '',
            };
      await api.shareMinutes(meeting.id, body);
      setText('');
      changed({ message: t('minutes.sharedMessage') });
    });
  }

  return (
    <section className={screen.panel} aria-labelledby="minutes-title" data-testid="minutes">
      <h2 id="minutes-title" className={screen.h2}>
        {t('minutes.title')}
      </h2>
      {shareBy && !meeting.minutesSharedOn && (
        <Text data-testid="minutes-due">
          {t('minutes.dueBy', { date: formatDay(shareBy) })} {late && <LateBadge />}
        </Text>
      )}
      {meeting.minutes && meeting.minutesSharedOn ? (
        <Text>
          {t('minutes.sharedOn', { date: formatDay(meeting.minutesSharedOn) })}{' '}
          <DocumentLink
            document={meeting.minutes}
            label={tUser('minutes.open', { name: meeting.minutes.name })}
          />
        </Text>
      ) : (
        !meeting.can.shareMinutes && <Text className={screen.muted}>{t('minutes.notYet')}</Text>
      )}

      {meeting.can.shareMinutes && (
        <form
          className={styles.form}
          aria-labelledby="minutes-form-title"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (mode === 'text' && !required.check([text])) return;
            if (!sharing.busy) void share();
          }}
        >
          <Text id="minutes-form-title" weight="semibold">
            {t('minutes.formTitle')}
          </Text>
          <RadioGroup
            layout="horizontal"
            aria-labelledby="minutes-form-title"
            value={mode}
            onChange={(_, data) => setMode(data.value as 'text' | 'file')}
          >
            <Radio value="text" label={t('minutes.write')} />
            <Radio value="file" label={t('minutes.upload')} />
          </RadioGroup>
          {mode === 'text' ? (
            <Field
              label={t('minutes.text')}
              required
              {...required.field(text, issueText(issues, 'text'))}
            >
              <Textarea
                value={text}
                onChange={(_, data) => setText(data.value)}
                resize="vertical"
                rows={8}
              />
            </Field>
          ) : (
            <FileField
              label={t('minutes.file')}
              required
              onChange={setFile}
              uploaded={uploaded}
              validation={issueText(issues, 'documentId', 'file', 'name', 'contentType')}
            />
          )}
          <Button
            type="submit"
            appearance="primary"
            className={styles.submit}
            disabled={sharing.busy}
            icon={sharing.busy ? <Spinner size="tiny" /> : undefined}
          >
            {t('minutes.share')}
          </Button>
        </form>
      )}
      <ProblemMessage
        error={sharing.error}
        shownAtFields={['text', 'documentId', 'file', 'name', 'contentType']}
        onReload={reload}
      />
    </section>
  );
}
