import type { CommunicationRequest } from '../model/communication.js';
import type { Decision } from '../model/decision.js';
import type { Meeting } from '../model/meeting.js';
import type { RevisionRequest } from '../model/revision.js';
import type { Seat } from '../model/seat.js';
import type { StaffRole } from '../model/person.js';

/**
 * Who may see what (ARCHITECTURE.md "Visibility is a rule"): one predicate per record kind,
 * used by every read — lists, details, the dashboard, the calendar feed, cards, document
 * downloads and the public export. Pure: the caller passes the records the answer depends on.
 *
 * Principles: the committee works in the open once a record is announced (R2.1 transparency)
 * and the public sees exactly what is published (R5.6); until then a record is its author's
 * and the secretariat's (R6). Personal data is shown only to those who need it (law 09-08).
 */

/** A role as the register resolves it (core/usecases/actor.ts): staff roles plus seat roles. */
export type ViewerRole = StaffRole | 'titular' | 'alternate';

/** Who is looking. The public (no sign-in) has no role and no id. */
export interface Viewer {
  readonly roles: readonly ViewerRole[];
  readonly personId?: string | undefined;
  /** The viewer's e-mail, which is how external invitees are known on a meeting (R5.4). */
  readonly email?: string | undefined;
}

/** The public: the open-data export and public pages (R5.6). */
export const PUBLIC_VIEWER: Viewer = { roles: [] };

const has = (viewer: Viewer, ...roles: ViewerRole[]) => viewer.roles.some((r) => roles.includes(r));

/** R6: the secretariat (the ministry) runs the committee and sees every record. */
export const isSecretariat = (viewer: Viewer) => has(viewer, 'secretariat');

/** Members: the titulars and alternates of active seats (R3.1) and the chair (R5.4). */
export const isMember = (viewer: Viewer) => has(viewer, 'chair', 'titular', 'alternate');

/**
 * The committee's readers: members, the secretariat, and the selection committee's scorers and
 * observers (R4.2), who read the committee's records as the code always allowed, but neither
 * vote nor see members' contact details.
 */
export const isCommitteeReader = (viewer: Viewer) =>
  isSecretariat(viewer) || isMember(viewer) || has(viewer, 'observer', 'scorer');

// ---------------------------------------------------------------------------------------------
// Meetings (R5)

/**
 * Whether the members were ever told of the meeting: a notice went out (R5.2). A draft, and a
 * draft cancelled or moved before any notice, never left the secretariat. A postponed meeting
 * was noticed before it moved (core/workflows/meeting.ts). A cancelled meeting records the
 * status it was cancelled from; older records without it count as noticed only when they kept
 * their notice time (a meeting cancelled while postponed then stays hidden: the safe side).
 */
export function wasAnnounced(
  meeting: Pick<Meeting, 'status' | 'noticeSentAt'> & { cancelledFrom?: string | undefined },
): boolean {
  switch (meeting.status) {
    case 'draft':
      return false;
    case 'cancelled':
      return meeting.cancelledFrom
        ? meeting.cancelledFrom !== 'draft'
        : meeting.noticeSentAt !== undefined;
    default:
      return true;
  }
}

type MeetingFacts = Pick<Meeting, 'status' | 'noticeSentAt' | 'externalInvitees'> & {
  cancelledFrom?: string | undefined;
};

/** An external participant sees the meetings they were invited to (R5.4), by e-mail. */
const isInvited = (viewer: Viewer, meeting: MeetingFacts) => {
  const email = viewer.email?.toLowerCase();
  return !!email && meeting.externalInvitees.some((i) => i.email.toLowerCase() === email);
};

/**
 * Who may see a meeting (its title, date, place, agenda, cancellation reason):
 * - published (R5.6): everyone, the public included;
 * - draft, or cancelled/moved without ever being noticed: the secretariat only;
 * - from the notice on (R5.2): the committee's readers (members, the chair, the secretariat,
 *   scorers and observers) and the external participants invited to it (R5.4).
 */
export function canSeeMeeting(viewer: Viewer, meeting: MeetingFacts): boolean {
  if (meeting.status === 'published') return true;
  if (isSecretariat(viewer)) return true;
  if (!wasAnnounced(meeting)) return false;
  return isCommitteeReader(viewer) || isInvited(viewer, meeting);
}

/** What a committee-wide channel (the shared calendar feed, the channel's cards) may carry. */
export const MEMBER_VIEWER: Viewer = { roles: ['titular'] };

/** A meeting any member may see: the calendar feed and channel posts carry only these. */
export const visibleToMembers = (meeting: MeetingFacts) => canSeeMeeting(MEMBER_VIEWER, meeting);

/** R5.5/R5.6: a meeting's minutes reach members when shared, the public when published. */
export function canSeeMinutesOf(viewer: Viewer, meeting: MeetingFacts): boolean {
  if (meeting.status === 'published') return true;
  if (isSecretariat(viewer)) return true;
  if (!['minutes_shared', 'amendment_closed'].includes(meeting.status)) return false;
  return canSeeMeeting(viewer, meeting);
}

// ---------------------------------------------------------------------------------------------
// Decisions and votes (R5.7, R13.2) and communications (R10)

/**
 * A decision and its vote follow their meeting: whoever may see the meeting — its invited
 * external participants included, who attend without voting (R5.4) — sees what was decided
 * there, a draft's decisions staying the secretariat's. A decision outside any meeting (a vote
 * on a communication or a revision, R10.1, R13.2) is the committee readers'. The public sees
 * none through the app: the published minutes carry them (R5.6).
 */
export function canSeeDecision(
  viewer: Viewer,
  decision: Pick<Decision, 'meetingId'>,
  meeting?: MeetingFacts,
): boolean {
  if (isSecretariat(viewer)) return true;
  if (!decision.meetingId) return isCommitteeReader(viewer);
  if (!meeting || viewer.roles.length === 0) return false;
  return canSeeMeeting(viewer, meeting);
}

/**
 * R10.1: a communication in the committee's name is submitted to the committee, which may
 * object: every committee reader sees it in every state (a withdrawn one included, for the
 * record). Externals and the public see nothing until it goes out through its channel (R10.2).
 */
export function canSeeCommunication(
  viewer: Viewer,
  communication: Pick<CommunicationRequest, 'requesterId' | 'status'>,
): boolean {
  if (isCommitteeReader(viewer)) return true;
  return !!viewer.personId && viewer.personId === communication.requesterId;
}

/**
 * R13.1/R13.3: a request to revise the manual is the committee's business from its first
 * signature — its members support it, it goes to the next meeting's agenda — so every
 * committee reader sees it in every state. Only members file one (R13.1), so its author is a
 * reader while they hold a seat; externals and the public see none: an adopted revision
 * reaches them as the new manual.
 */
export function canSeeRevision(
  viewer: Viewer,
  _revision: Pick<RevisionRequest, 'authorId' | 'status'>,
): boolean {
  return isCommitteeReader(viewer);
}

// ---------------------------------------------------------------------------------------------
// Documents, by purpose

/** Where a document is used: the records that reference it, found by the caller. */
export interface DocumentUse {
  /** Seats whose designation letter (R4.1) or cessation letter (R12.1) it is. */
  seats?: readonly Pick<Seat, 'titularId' | 'alternateId'>[];
  /** Meetings whose minutes (R5.5) or agenda item (R5.2) it is. */
  minutesOf?: readonly MeetingFacts[];
  agendaOf?: readonly MeetingFacts[];
  /** Communications whose visual (R10.1) it is. */
  visualOf?: readonly Pick<CommunicationRequest, 'requesterId' | 'status'>[];
}

/**
 * Who may download a document, by its purpose:
 * - a designation letter (R4.1) or a withdrawal letter (R12.1): the secretariat, the chair and
 *   the holders of the seat it concerns (no letter is published by the app);
 * - minutes (R5.5): as their meeting's minutes (members once shared, everyone once published);
 * - an agenda document (R5.2): whoever may see a meeting it is on;
 * - a communication's visual (R10.1): whoever may see the communication;
 * - application files and evidence (R4.4, R4.6): the secretariat and the selection committee
 *   (scorers, observers; R4.2);
 * The uploader always sees their own upload; a document no record uses yet is the
 * secretariat's and its uploader's only.
 */
export function canSeeDocument(
  viewer: Viewer,
  document: { purpose: string; uploadedBy?: string | undefined },
  use: DocumentUse = {},
): boolean {
  if (isSecretariat(viewer)) return true;
  if (viewer.personId && document.uploadedBy === viewer.personId) return true;
  switch (document.purpose) {
    case 'designation-letter':
    case 'withdrawal-letter': {
      const seats = use.seats ?? [];
      if (seats.length === 0) return false;
      if (has(viewer, 'chair')) return true;
      return (
        !!viewer.personId &&
        seats.some((s) => s.titularId === viewer.personId || s.alternateId === viewer.personId)
      );
    }
    case 'minutes':
      return (use.minutesOf ?? []).some((m) => canSeeMinutesOf(viewer, m));
    case 'agenda-document':
      return (use.agendaOf ?? []).some((m) => canSeeMeeting(viewer, m));
    case 'visual':
      return (use.visualOf ?? []).some((c) => canSeeCommunication(viewer, c));
    case 'application-file':
    case 'evidence':
      return has(viewer, 'scorer', 'observer');
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// People's contact details (law 09-08)

/**
 * Members (the chair, titulars, alternates) and the secretariat see each other's e-mails, to
 * work together; observers, scorers, externals and the public see names and organisations
 * only. Everyone sees their own.
 */
export function canSeeContactDetails(viewer: Viewer, person: { id: string }): boolean {
  if (viewer.personId && viewer.personId === person.id) return true;
  return isSecretariat(viewer) || isMember(viewer);
}
