import type {
  AmendmentView,
  AttendanceView,
  MeetingDetail,
  ProposalView,
} from '../../core/contracts/meetings.js';
import type { PersonView } from '../../core/contracts/register.js';
import type { DocumentRef } from '../../core/ports/documents.js';

/** View models as the meetings use cases return them, for the pure card builders. */

export const person = (id: string, displayName: string): PersonView => ({
  id,
  displayName,
  email: `${id}@example.org`,
  guest: false,
});

export const SECRETARIAT = person('p-sec', 'Salma Exemple (secrétariat)');
export const MEMBER = person('p-a1t', 'Nadia Modèle');
export const OTHER_MEMBER = person('p-c1t', 'Amina Imaginaire');

export function documentRef(id: string, name: string): DocumentRef {
  return {
    id,
    name,
    contentType: 'application/pdf',
    size: 1234,
    sha256: 'a'.repeat(64),
    uploadedAt: '2026-03-01T09:00:00Z',
    uploadedBy: 'p-sec',
    purpose: 'agenda',
  };
}

/** Notice sent Monday 2 March 2026 10:00 (Morocco, Ramadan: UTC+0); window closes 6 March 00:00. */
export const NOTICE_SENT_AT = '2026-03-02T10:00:00Z';
export const PROPOSALS_CLOSE_AT = '2026-03-06T00:00:00+00:00';

const NOBODY_CAN = {
  edit: false,
  cancel: false,
  sendNotice: false,
  propose: false,
  answerProposals: false,
  recordAttendance: false,
  justifyAbsences: false,
  shareMinutes: false,
  amend: false,
  publish: false,
  recordDecision: false,
};

export type Can = MeetingDetail['can'];

export function proposal(overrides: Partial<ProposalView> = {}): ProposalView {
  return {
    id: 'prop-1',
    version: '1',
    meetingId: 'm-1',
    proposer: MEMBER,
    kind: 'agenda_item',
    text: 'Point d’étape sur l’engagement 7 (données ouvertes des marchés publics)',
    submittedAt: '2026-03-03T11:00:00Z',
    status: 'pending',
    can: { answer: false },
    cannot: {},
    ...overrides,
  };
}

export function amendment(overrides: Partial<AmendmentView> = {}): AmendmentView {
  return {
    id: 'am-1',
    version: '1',
    meetingId: 'm-1',
    author: MEMBER,
    text: 'Au point 2, préciser que la société civile demande un calendrier.',
    submittedAt: '2026-03-20T10:00:00Z',
    status: 'pending',
    can: { answer: false },
    cannot: {},
    ...overrides,
  };
}

export function rosterEntry(
  who: PersonView,
  capacity: AttendanceView['capacity'],
  status?: AttendanceView['status'],
): AttendanceView {
  return {
    person: who,
    capacity,
    ...(capacity === 'titular' || capacity === 'alternate'
      ? { seatId: `seat-${who.id}`, college: 'administration' as const, organisation: 'MEN-F' }
      : {}),
    ...(status ? { status } : {}),
  };
}

/**
 * A noticed meeting on Tuesday 17 March 2026, 10:00–12:00 Morocco time, with a two-item agenda,
 * seen during its proposal window (`windowsOpen`, as the use case says on 3 March).
 */
export function meetingDetail(
  overrides: Partial<Omit<MeetingDetail, 'can'>> & { can?: Partial<Can> } = {},
): MeetingDetail {
  const { can, ...rest } = overrides;
  return {
    id: 'm-1',
    version: '3',
    title: 'Comité de pilotage — 1re réunion 2026',
    start: '2026-03-17T10:00:00Z',
    end: '2026-03-17T12:00:00Z',
    location: 'Rabat, salle du Conseil (fictive)',
    online: true,
    joinUrl: 'https://teams.microsoft.com/l/meetup-join/fictive',
    status: 'noticed',
    source: 'tab',
    noticeSentAt: NOTICE_SENT_AT,
    deadlines: { noticeBy: '2026-03-07', proposalsCloseAt: PROPOSALS_CLOSE_AT },
    flags: [],
    asOf: '2026-03-03T12:00:00Z',
    postponedFrom: [],
    agenda: [
      {
        id: 'ai-1',
        title: 'Suivi du plan d’action national',
        presenter: 'Karim Fictif',
        documents: [documentRef('d-1', 'Tableau de suivi PAN.pdf')],
      },
      { id: 'ai-2', title: 'Divers', documents: [] },
    ],
    externalInvitees: [],
    proposals: [],
    attendance: [
      rosterEntry(SECRETARIAT, 'secretariat'),
      rosterEntry(MEMBER, 'titular'),
      rosterEntry(OTHER_MEMBER, 'titular'),
    ],
    amendments: [],
    windowsOpen: { proposals: true, amendments: false },
    cannot: {},
    ...rest,
    can: { ...NOBODY_CAN, ...can },
  };
}

/** The use case's windows once the proposal window closed (from 6 March). */
export const WINDOWS_CLOSED = { proposals: false, amendments: false };

/**
 * The same meeting after it was held and its minutes shared on Thursday 19 March, seen while
 * members may amend (until Monday 23 March).
 */
export function minutesMeeting(
  overrides: Partial<Omit<MeetingDetail, 'can'>> & { can?: Partial<Can> } = {},
): MeetingDetail {
  return meetingDetail({
    status: 'minutes_shared',
    minutesSharedOn: '2026-03-19',
    minutes: { ...documentRef('d-min', 'Compte rendu 17 mars 2026.pdf'), purpose: 'minutes' },
    deadlines: {
      noticeBy: '2026-03-07',
      proposalsCloseAt: PROPOSALS_CLOSE_AT,
      minutesShareBy: '2026-03-20',
      amendmentsUntil: '2026-03-23',
    },
    windowsOpen: { proposals: false, amendments: true },
    ...overrides,
  });
}
