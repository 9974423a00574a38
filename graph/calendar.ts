import type { Client } from '@microsoft/microsoft-graph-client';
import { Temporal } from 'temporal-polyfill/full';
import { z } from 'zod';
import type { Meeting } from '../core/model/meeting.js';
import type {
  CalendarAttendee,
  CalendarEventChange,
  CalendarPort,
} from '../core/ports/calendar.js';
import { utcInstant, wallClockToEpoch } from '../core/time.js';

const EventSchema = z.looseObject({
  id: z.string().min(1),
  onlineMeeting: z.looseObject({ joinUrl: z.string().optional() }).nullable().optional(),
});

const DeltaPageSchema = z.object({
  value: z.array(
    z.looseObject({
      id: z.string().min(1),
      '@removed': z.unknown().optional(),
      subject: z.string().nullable().optional(),
      categories: z.array(z.string()).optional(),
      start: z.object({ dateTime: z.string(), timeZone: z.string() }).optional(),
      end: z.object({ dateTime: z.string(), timeZone: z.string() }).optional(),
      location: z
        .looseObject({ displayName: z.string().nullable().optional() })
        .nullable()
        .optional(),
      onlineMeeting: z.looseObject({ joinUrl: z.string().optional() }).nullable().optional(),
      isCancelled: z.boolean().optional(),
    }),
  ),
  '@odata.nextLink': z.string().optional(),
  '@odata.deltaLink': z.string().optional(),
});

/**
 * Graph's dateTimeTimeZone for an instant, in UTC. Not Morocco's local time with the Windows
 * zone name: Exchange would convert it with its own zone tables, which may not know Morocco's
 * move to permanent UTC+0 (2026-09-20) and would shift the event by an hour. Outlook shows a
 * UTC event in each reader's own zone.
 */
export function toGraphDateTime(instant: string) {
  return {
    dateTime: Temporal.Instant.from(instant).toString({ smallestUnit: 'second' }).replace(/Z$/, ''),
    timeZone: 'UTC',
  };
}

/**
 * Back from Graph: times come in UTC (we ask for it with `Prefer: outlook.timezone="UTC"`). Any
 * other zone is taken as Morocco's wall clock, read with the carried data (core/time.ts).
 */
function fromGraphDateTime(value: { dateTime: string; timeZone: string }): string {
  const plain = value.dateTime.replace(/Z$/, '').slice(0, 19);
  if (value.timeZone === 'UTC') return Temporal.Instant.from(`${plain}Z`).toString();
  const seconds = Number(plain.slice(17, 19) || 0);
  const ms = wallClockToEpoch(plain.slice(0, 16));
  if (ms === undefined) throw new RangeError(`unreadable Graph dateTime: ${value.dateTime}`);
  return utcInstant(ms + seconds * 1000);
}

const DELTA_WINDOW_DAYS_BACK = 30;
const DELTA_WINDOW_DAYS_AHEAD = 400;

/**
 * Outlook events in the secretariat's mailbox (PLATFORM_NOTES §3): a Teams online meeting,
 * every member as attendee (guests too: any SMTP address), the agenda in the body, the
 * committee category, time zone Morocco. Meetings created in Outlook with the category are
 * found through the calendar view's delta query.
 */
export class GraphCalendar implements CalendarPort {
  readonly invitations = 'outlook-invitation' as const;

  constructor(
    private readonly client: Client,
    /** The secretariat mailbox: a user id or UPN (app-only Calendars.ReadWrite, scoped by RBAC). */
    private readonly mailbox: string,
    private readonly category: string,
    private readonly now: () => string,
  ) {}

  private get events() {
    return `/users/${encodeURIComponent(this.mailbox)}/events`;
  }

  async upsert(meeting: Meeting, attendees: CalendarAttendee[], agendaHtml: string) {
    const body = {
      subject: meeting.title,
      body: { contentType: 'html', content: agendaHtml },
      start: toGraphDateTime(meeting.start),
      end: toGraphDateTime(meeting.end),
      ...(meeting.location ? { location: { displayName: meeting.location } } : {}),
      attendees: attendees.map((a) => ({
        emailAddress: { address: a.email, name: a.name },
        type: a.type,
      })),
      categories: [this.category],
      allowNewTimeProposals: false,
    };
    const existing = meeting.calendarEventId;
    const raw: unknown = existing
      ? await this.client.api(`${this.events}/${encodeURIComponent(existing)}`).patch(body)
      : await this.client.api(this.events).post({
          ...body,
          // Once online, an event cannot go back (PLATFORM_NOTES §3): set at creation only.
          isOnlineMeeting: meeting.online,
          ...(meeting.online ? { onlineMeetingProvider: 'teamsForBusiness' } : {}),
        });
    const event = EventSchema.parse(raw);
    const joinUrl = event.onlineMeeting?.joinUrl ?? meeting.joinUrl;
    return { eventId: event.id, ...(joinUrl ? { joinUrl } : {}) };
  }

  async cancel(eventId: string, comment: string): Promise<void> {
    await this.client.api(`${this.events}/${encodeURIComponent(eventId)}/cancel`).post({ comment });
  }

  async changes(cursor: string | undefined) {
    let url = cursor;
    if (!url) {
      const now = Temporal.Instant.from(this.now());
      const start = now.subtract({ hours: 24 * DELTA_WINDOW_DAYS_BACK }).toString();
      const end = now.add({ hours: 24 * DELTA_WINDOW_DAYS_AHEAD }).toString();
      url = `/users/${encodeURIComponent(this.mailbox)}/calendarView/delta?startDateTime=${start}&endDateTime=${end}`;
    }
    const changes: CalendarEventChange[] = [];
    for (;;) {
      const page = DeltaPageSchema.parse(
        await this.client.api(url).header('Prefer', 'outlook.timezone="UTC"').get(),
      );
      for (const event of page.value) {
        if (event['@removed'] !== undefined || event.isCancelled) {
          changes.push({ eventId: event.id, removed: true });
          continue;
        }
        if (!event.categories?.includes(this.category)) continue;
        changes.push({
          eventId: event.id,
          removed: false,
          ...(event.subject ? { subject: event.subject } : {}),
          ...(event.start ? { start: fromGraphDateTime(event.start) } : {}),
          ...(event.end ? { end: fromGraphDateTime(event.end) } : {}),
          ...(event.location?.displayName ? { location: event.location.displayName } : {}),
          ...(event.onlineMeeting?.joinUrl ? { joinUrl: event.onlineMeeting.joinUrl } : {}),
        });
      }
      if (page['@odata.nextLink']) {
        url = page['@odata.nextLink'];
        continue;
      }
      return { changes, cursor: page['@odata.deltaLink'] ?? url };
    }
  }
}
