import type { Meeting } from '../../model/meeting.js';
import type { Person } from '../../model/person.js';
import type { Seat } from '../../model/seat.js';
import type { DocumentRef } from '../../ports/documents.js';
import type { Stored } from '../../ports/repository.js';
import type { Ports } from '../../ports/store.js';
import { conflict, notFound, type Refusal } from '../outcome.js';
import { confirmedHolidays } from './holidays.js';

/** What rendering meetings needs besides the meetings: people, active seats, holidays. */
export interface MeetingContext {
  people: Map<string, Person>;
  activeSeats: Seat[];
  organisations: Map<string, string>;
  confirmed: { key: string; date: string }[];
  now: string;
}

export async function loadContext(ports: Ports): Promise<MeetingContext> {
  const [people, seats, organisations, confirmed] = await Promise.all([
    ports.people.list(),
    ports.seats.findBy('status', 'active'),
    ports.organisations.list(),
    confirmedHolidays(ports),
  ]);
  return {
    people: new Map(people.map((p) => [p.value.id, p.value])),
    activeSeats: seats.map((s) => s.value),
    organisations: new Map(organisations.map((o) => [o.value.id, o.value.acronym ?? o.value.name])),
    confirmed,
    now: ports.clock.now(),
  };
}

export const MEETING: { fr: string; ar: string; en: string } = {
  fr: 'réunion',
  ar: 'الاجتماع',
  en: 'meeting',
};

export async function loadMeeting(
  ports: Pick<Ports, 'meetings'>,
  meetingId: string,
  version?: string,
): Promise<Stored<Meeting> | Refusal> {
  const stored = await ports.meetings.get(meetingId);
  if (!stored) return notFound(MEETING);
  if (version !== undefined && stored.version !== version) return conflict();
  return stored;
}

export function isLoaded<T>(value: Stored<T> | Refusal): value is Stored<T> {
  return 'value' in value && 'version' in value;
}

export async function documentsById(
  ports: Pick<Ports, 'files'>,
  ids: readonly string[],
): Promise<Map<string, DocumentRef>> {
  const refs = await Promise.all([...new Set(ids)].map((id) => ports.files.describe(id)));
  return new Map(refs.filter((r): r is DocumentRef => r !== undefined).map((r) => [r.id, r]));
}
