import type { UpdateMeetingRequest } from '../../api/client.js';

/** An agenda item as the form would send it; `id` for an item the meeting already has. */
export interface AgendaFields {
  id?: string;
  title: string;
  presenter?: string;
  documentIds: string[];
}

export interface InviteeFields {
  name: string;
  email: string;
  organisation?: string;
}

/** A meeting's fields as the form sends them (times already in the request's form). */
export interface MeetingFields {
  title: string;
  start: string;
  end: string;
  location?: string;
  online: boolean;
  agenda: AgendaFields[];
  externalInvitees: InviteeFields[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The update to send: only what differs from the meeting as loaded, and the version it was
 * loaded at (the server refuses a stale one). The server keeps every field left out, so
 * nothing the user did not touch can be lost; clearing is explicit: `location: null`, an
 * item's `presenter: null`, an empty list. Moving only the date sends only `start` and `end`.
 */
export function meetingUpdate(
  loaded: MeetingFields,
  edited: MeetingFields,
  version: string,
): UpdateMeetingRequest {
  const request: UpdateMeetingRequest = { version };
  if (edited.title !== loaded.title) request.title = edited.title;
  if (edited.start !== loaded.start) request.start = edited.start;
  if (edited.end !== loaded.end) request.end = edited.end;
  if (edited.location !== loaded.location) request.location = edited.location ?? null;
  if (edited.online !== loaded.online) request.online = edited.online;
  if (!same(edited.agenda, loaded.agenda)) {
    // The whole list, each kept item by id with every field: a removed presenter is null.
    request.agenda = edited.agenda.map((item) =>
      item.id === undefined
        ? {
            title: item.title,
            ...(item.presenter ? { presenter: item.presenter } : {}),
            documentIds: item.documentIds,
          }
        : {
            id: item.id,
            title: item.title,
            presenter: item.presenter ?? null,
            documentIds: item.documentIds,
          },
    );
  }
  if (!same(edited.externalInvitees, loaded.externalInvitees)) {
    request.externalInvitees = edited.externalInvitees.map((invitee) => ({
      name: invitee.name,
      email: invitee.email,
      organisation: invitee.organisation ?? null,
    }));
  }
  return request;
}
