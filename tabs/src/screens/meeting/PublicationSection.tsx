import { Spinner, Text } from '@fluentui/react-components';
import { useSession } from '../../auth/session-context.js';
import { ActionButton, offered } from '../../components/ActionButton.js';
import { ProblemMessage } from '../../components/ProblemMessage.js';
import { useScreenStyles } from '../../components/screen-styles.js';
import { useAction } from '../../components/useAction.js';
import { useT } from '../../i18n/i18n.js';
import type { SectionProps } from './section.js';

/**
 * R5.6: once the amendment window is over, the agenda, the minutes and the participant list
 * are published together on the national portal, with one audited action. Before, the
 * secretariat sees the button disabled with the rule's sentence (the server's `cannot`).
 */
export function PublicationSection({ meeting, changed, reload }: SectionProps) {
  const { t, formatDay, formatInstantDay } = useT();
  const { api } = useSession();
  const screen = useScreenStyles();
  const publishing = useAction();

  const { can, cannot } = meeting;
  if (!meeting.publishedAt && !offered(can.publish, cannot.publish)) return null;
  const from = meeting.deadlines.publishableFrom;

  return (
    <section className={screen.panel} aria-labelledby="publication-title" data-testid="publication">
      <h2 id="publication-title" className={screen.h2}>
        {t('publication.title')}
      </h2>
      {meeting.publishedAt ? (
        <Text>{t('publication.publishedOn', { date: formatInstantDay(meeting.publishedAt) })}</Text>
      ) : (
        <>
          <Text>
            {from
              ? t('publication.intro', { date: formatDay(from) })
              : t('publication.introNoDate')}
          </Text>
          <div className={screen.actions}>
            <ActionButton
              can={can.publish}
              cannot={cannot.publish}
              appearance="primary"
              busy={publishing.busy}
              icon={publishing.busy ? <Spinner size="tiny" /> : undefined}
              onClick={() =>
                void publishing.run(async () => {
                  await api.publishMeeting(meeting.id, { version: meeting.version });
                  changed({ message: t('publication.doneMessage') });
                })
              }
            >
              {t('publication.publish')}
            </ActionButton>
          </div>
        </>
      )}
      <ProblemMessage error={publishing.error} onReload={reload} />
    </section>
  );
}
