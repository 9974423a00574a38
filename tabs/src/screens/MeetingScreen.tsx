import { Link, Spinner, Text } from '@fluentui/react-components';
import { useCallback, useEffect } from 'react';
import { useResource } from '../api/resource.js';
import { useNow, useServerClock } from '../api/server-clock.js';
import { useSession } from '../auth/session-context.js';
import { ProblemMessage } from '../components/ProblemMessage.js';
import { useScreenStyles } from '../components/screen-styles.js';
import { useT } from '../i18n/i18n.js';
import { linkHandler } from '../router.js';
import { useTeamsHost } from '../teams/teams.js';
import { MeetingVotes } from './decisions/MeetingDecisions.js';
import { currentMeeting } from './meeting/current-meeting.js';
import { MeetingView } from './MeetingDetailScreen.js';

/**
 * `/meeting`: the meeting side panel (attendance, proposals, agenda during the meeting), with
 * the meeting's open vote on top: the ballot for a member, the live tally for the chair.
 */
export function MeetingScreen() {
  const { t } = useT();
  const { api } = useSession();
  const screen = useScreenStyles();
  const teams = useTeamsHost();
  const { resync } = useServerClock();
  const now = useNow(60_000);
  const meetings = useResource(() => api.meetings(), api);
  const chosen = meetings.data
    ? currentMeeting(meetings.data, now, teams?.meetingChatId)
    : undefined;
  const detail = useResource(
    () => (chosen ? api.meeting(chosen.id) : Promise.resolve(undefined)),
    chosen?.id,
  );
  const reloadDetail = detail.reload;
  const reload = useCallback(() => {
    void reloadDetail();
    void resync();
  }, [reloadDetail, resync]);
  useEffect(() => {
    void resync();
  }, [resync]);

  return (
    <>
      <h1 className={screen.h1}>{t('meeting.title')}</h1>
      {(meetings.loading || detail.loading) && !detail.data && <Spinner label={t('app.loading')} />}
      {meetings.error !== undefined && <ProblemMessage error={meetings.error} />}
      {detail.error !== undefined && <ProblemMessage error={detail.error} />}
      {meetings.data && !chosen && (
        <Text className={screen.intro}>
          {t('meeting.none')}{' '}
          <Link href="/meetings" onClick={linkHandler('/meetings')}>
            {t('meeting.allMeetings')}
          </Link>
        </Text>
      )}
      {detail.data && <MeetingVotes meetingId={detail.data.id} />}
      {detail.data && <MeetingView meeting={detail.data} reload={reload} headingLevel={2} />}
    </>
  );
}
