import { Button, Spinner, Text } from '@fluentui/react-components';
import { useSession } from '../../auth/session-context.js';
import { ProblemMessage } from '../../components/ProblemMessage.js';
import { useScreenStyles } from '../../components/screen-styles.js';
import { useAction } from '../../components/useAction.js';
import { useT } from '../../i18n/i18n.js';
import type { SectionProps } from './section.js';

const AFTER_SHARED = new Set(['minutes_shared', 'amendment_closed']);

/**
 * R5.6: once the amendment window is over, the agenda, the minutes and the participant list
 * are published together on the national portal, with one audited action.
 */
export function PublicationSection({ meeting, secretariat, changed, reload }: SectionProps) {
  const { t, formatDay, formatInstantDay } = useT();
  const { api } = useSession();
  const screen = useScreenStyles();
  const publishing = useAction();

  const offered = secretariat && (meeting.can.publish || AFTER_SHARED.has(meeting.status));
  if (!meeting.publishedAt && !offered) return null;
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
            <Button
              appearance="primary"
              disabled={publishing.busy}
              icon={publishing.busy ? <Spinner size="tiny" /> : undefined}
              onClick={() =>
                void publishing.run(async () => {
                  await api.publishMeeting(meeting.id, { version: meeting.version });
                  changed({ message: t('publication.doneMessage') });
                })
              }
            >
              {t('publication.publish')}
            </Button>
          </div>
        </>
      )}
      <ProblemMessage error={publishing.error} onReload={reload} />
    </section>
  );
}
