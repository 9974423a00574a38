import { Button, Spinner, Text } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Change, MeetingDetail, MeetingSummary } from '../api/client.js';
import { useResource } from '../api/resource.js';
import { useNow } from '../api/server-clock.js';
import { useSession } from '../auth/session-context.js';
import { MeetingCard, meetingPath } from '../components/MeetingCard.js';
import { ProblemMessage } from '../components/ProblemMessage.js';
import { useScreenStyles } from '../components/screen-styles.js';
import { useT } from '../i18n/i18n.js';
import { navigate } from '../router.js';
import { CalendarFeedSection } from './meeting/CalendarFeedSection.js';
import { MeetingFormDialog } from './meeting/MeetingFormDialog.js';

/** Upcoming: not cancelled and not over yet. Soonest first; past meetings newest first. */
export function splitMeetings(meetings: MeetingSummary[], now: number) {
  const upcoming = meetings
    .filter((m) => m.status !== 'cancelled' && Date.parse(m.end) > now)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const past = meetings
    .filter((m) => !upcoming.includes(m))
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
  return { upcoming, past };
}

/** The committee's meetings (R5): upcoming and past; the secretariat schedules new ones. */
export function MeetingsScreen() {
  const { t } = useT();
  const { api, me } = useSession();
  const screen = useScreenStyles();
  const meetings = useResource(() => api.meetings(), api);
  const now = useNow(60_000);
  const [scheduling, setScheduling] = useState(false);
  // The secretariat schedules meetings (R6): the server says who may.
  const maySchedule = me.can.scheduleMeeting;

  const saved = useCallback((change: Change<MeetingDetail>) => {
    setScheduling(false);
    navigate(meetingPath(change.value.id));
  }, []);

  const { upcoming, past } = splitMeetings(meetings.data ?? [], now);
  const list = (items: MeetingSummary[]) => (
    <ul className={screen.plainList}>
      {items.map((meeting) => (
        <li key={meeting.id}>
          <MeetingCard meeting={meeting} now={now} />
        </li>
      ))}
    </ul>
  );

  return (
    <>
      <div className={screen.heading}>
        <h1 className={screen.h1}>{t('meetings.title')}</h1>
        {maySchedule && (
          <Button appearance="primary" onClick={() => setScheduling(true)}>
            {t('meetings.schedule')}
          </Button>
        )}
      </div>
      <Text className={screen.intro}>{t('meetings.intro')}</Text>

      {!meetings.data && meetings.loading && <Spinner label={t('app.loading')} />}
      {meetings.error !== undefined && <ProblemMessage error={meetings.error} />}
      {meetings.data && (
        <>
          <section
            className={screen.section}
            aria-labelledby="meetings-upcoming"
            data-testid="meetings-upcoming"
          >
            <h2 id="meetings-upcoming" className={screen.h2}>
              {t('meetings.upcoming')}
            </h2>
            {upcoming.length === 0 ? (
              <Text className={screen.muted}>{t('meetings.noneUpcoming')}</Text>
            ) : (
              list(upcoming)
            )}
          </section>
          <section
            className={screen.section}
            aria-labelledby="meetings-past"
            data-testid="meetings-past"
          >
            <h2 id="meetings-past" className={screen.h2}>
              {t('meetings.past')}
            </h2>
            {past.length === 0 ? (
              <Text className={screen.muted}>{t('meetings.nonePast')}</Text>
            ) : (
              list(past)
            )}
          </section>
        </>
      )}

      <CalendarFeedSection api={api} />

      {maySchedule && scheduling && (
        <MeetingFormDialog onClose={() => setScheduling(false)} onSaved={saved} />
      )}
    </>
  );
}
