import type { CalendarPort } from '../core/ports/calendar.js';

/**
 * Embedded mode has no Outlook: the meetings themselves are the calendar, published as an ICS
 * feed, one URL per person (`/calendar/personal.ics`); nothing is scheduled outside the app.
 */
export class EmbeddedCalendar implements CalendarPort {
  readonly invitations = 'ics-feed' as const;

  async upsert(meeting: { id: string }) {
    return { eventId: `ics-${meeting.id}` };
  }

  async cancel(): Promise<void> {
    // The feed shows the meeting as cancelled (STATUS:CANCELLED) from its status.
  }

  async changes(cursor: string | undefined) {
    return { changes: [], cursor: cursor ?? 'embedded' };
  }
}
