import type { Meeting } from '../model/meeting.js';

export type CalendarInvitations = 'outlook-invitation' | 'ics-feed';

/** An attendee of a calendar event: every titular and alternate, externals, the chair. */
export interface CalendarAttendee {
  name: string;
  email: string;
  type: 'required' | 'optional';
}

/** A committee meeting found in the secretariat's calendar (scheduled directly in Outlook). */
export interface CalendarEventChange {
  eventId: string;
  removed: boolean;
  subject?: string;
  start?: string;
  end?: string;
  location?: string;
  joinUrl?: string;
  body?: string;
}

/**
 * The calendar port. Microsoft 365: events in the secretariat's Outlook mailbox with a Teams
 * online meeting. Embedded: the meetings themselves, served as an ICS feed.
 */
export interface CalendarPort {
  /**
   * How members get the meeting in their calendar, shown beside the Teams delivery: Outlook
   * sends an invitation to every attendee (Microsoft 365), or members subscribe to the ICS feed
   * (embedded). Absent: no calendar at all.
   */
  readonly invitations?: CalendarInvitations;
  /** Creates or updates the event of a meeting; returns its id and join URL. */
  upsert(
    meeting: Meeting,
    attendees: CalendarAttendee[],
    agendaHtml: string,
  ): Promise<{ eventId: string; joinUrl?: string }>;
  /** Cancels the event (attendees are told). */
  cancel(eventId: string, comment: string): Promise<void>;
  /**
   * Committee meetings scheduled directly in the calendar (marked with the category) since the
   * last call: created, moved, cancelled. `cursor` is the delta state to pass next time.
   */
  changes(cursor: string | undefined): Promise<{ changes: CalendarEventChange[]; cursor: string }>;
}
