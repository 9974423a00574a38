import type {
  AddSeatRequest,
  DirectoryLookupView,
  AmendmentView,
  AttendanceView,
  CommunicationView,
  CompositionView,
  DashboardView,
  DecisionView,
  DueItem,
  HolidayView,
  MeetingDetail,
  MeetingSummary,
  MeView,
  NoticeDelivery,
  NoticeDeliveryIssue,
  OrganisationView,
  RecipientDelivery,
  RetryNoticeDeliveryRequest,
  PersonView,
  Problem,
  ProposalView,
  PublishedMeeting,
  RefusedAction,
  ReplaceHolderRequest,
  RevisionView,
  ScheduleMeetingRequest,
  SeatView,
  SubmitProposalRequest,
  Tally,
  UpdateMeetingRequest,
  VoteView,
} from '../../../core/contracts/index.js';
import type { DocumentRef } from '../../../core/ports/documents.js';
import type { Locale } from '../../../core/i18n/localized.js';

/*
 * The tab's only door to the server. Types come from core/contracts (type-only imports: the
 * server validates every request with the same zod schemas, and the tab bundle stays free of
 * zod and the Temporal polyfill).
 */

export type { CompositionView, MeView, OrganisationView, PersonView, Problem, SeatView };
export type { DirectoryLookupView };
/** R3.2 in codes: a pending seat's reason or the active imbalance, rendered from the catalog. */
export type ParityFinding = NonNullable<CompositionView['parity']['imbalance']>;
export type {
  AmendmentView,
  AttendanceView,
  DashboardView,
  DueItem,
  MeetingDetail,
  MeetingSummary,
  ProposalView,
  PublishedMeeting,
  ScheduleMeetingRequest,
  SubmitProposalRequest,
  UpdateMeetingRequest,
};
export type { CommunicationView, DecisionView, RevisionView, Tally, VoteView };
export type { NoticeDelivery, NoticeDeliveryIssue, RecipientDelivery };
/** Why the server refuses an action now (a view's `cannot.*`), shown beside its control. */
export type { RefusedAction };
export type Verdict = SeatView['findings'][number];
export type DecisionStatus = DecisionView['status'];
export type Choice = NonNullable<VoteView['myBallot']>['choice'];
export type Channel = CommunicationView['channel'];
export type CommunicationStatus = CommunicationView['status'];
export type RevisionStatus = RevisionView['status'];
export type { DocumentRef };

export interface AppConfig {
  mode: 'embedded' | 'm365';
  signIn: 'local' | 'teams';
  aadClientId?: string;
  version: string;
}

export interface LocalPerson {
  id: string;
  displayName: string;
  roles: string[];
  college?: 'administration' | 'civil_society';
  example: boolean;
}

export interface LocalToken {
  accessToken: string;
  expiresAt: string;
}

/** A change's result: the new state and the rule warnings it raised (e.g. R3.2 broken). */
export interface Change<T> {
  value: T;
  warnings: Verdict[];
}

export type DocumentPurpose =
  'designation-letter' | 'withdrawal-letter' | 'minutes' | 'agenda-document' | 'visual';
export type MeetingStatus = MeetingSummary['status'];

/**
 * A public holiday of a year (`GET /api/holidays`); Hijri ones are estimated until confirmed.
 * The server decides its `status` and whether it is `confirmable`: the tab only renders them.
 */
export type { HolidayView };

/** The Hijri holidays the secretariat confirms once the official date is announced. */
export type HijriHolidayKey = 'islamic_new_year' | 'mawlid' | 'eid_al_fitr' | 'eid_al_adha';
export const HIJRI_HOLIDAY_KEYS: readonly string[] = [
  'islamic_new_year',
  'mawlid',
  'eid_al_fitr',
  'eid_al_adha',
];
export type CessationCause = NonNullable<SeatView['cessation']>['cause'];

/**
 * A refused or failed call. `problem` is the server's problem details when it sent some;
 * `status` 0 means the server could not be reached.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem?: Problem,
  ) {
    super(problem?.title ?? (status === 0 ? 'network error' : `HTTP ${status}`));
    this.name = 'ApiError';
  }
}

async function send(input: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(input, init);
  } catch {
    throw new ApiError(0);
  }
  if (response.ok) return response;
  let problem: Problem | undefined;
  try {
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('json')) problem = (await response.json()) as Problem;
  } catch {
    // A body that is not problem details: the status says enough.
  }
  throw new ApiError(response.status, problem);
}

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

/** `GET /api/config`: how this installation signs people in (no token needed). */
export async function fetchConfig(): Promise<AppConfig> {
  return json(await send('/api/config', { headers: { accept: 'application/json' } }));
}

/** Embedded mode's local sign-in: the people one may act as. */
export async function fetchLocalPeople(): Promise<LocalPerson[]> {
  return json(await send('/auth/local/people', { headers: { accept: 'application/json' } }));
}

export async function fetchLocalToken(personId: string): Promise<LocalToken> {
  return json(
    await send('/auth/local/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ personId }),
    }),
  );
}

export interface ApiOptions {
  /** The bearer token for each call (Teams SSO or the local sign-in). */
  token: () => Promise<string>;
  /** Called on 401: the session is over, back to sign-in. */
  onUnauthorized: () => void;
}

export type Api = ReturnType<typeof createApi>;

export function createApi({ token, onUnauthorized }: ApiOptions) {
  async function call(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${await token()}`);
    if (!headers.has('accept')) headers.set('accept', 'application/json');
    try {
      return await send(path, { ...init, headers });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) onUnauthorized();
      throw error;
    }
  }
  const get = async <T>(path: string): Promise<T> => json<T>(await call(path));
  const post = async <T>(path: string, body: unknown): Promise<T> =>
    json<T>(
      await call(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
  const put = async <T>(path: string, body: unknown): Promise<T> =>
    json<T>(
      await call(path, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
  const seat = (id: string) => `/api/seats/${encodeURIComponent(id)}`;
  const meeting = (id: string) => `/api/meetings/${encodeURIComponent(id)}`;
  const decision = (id: string) => `/api/decisions/${encodeURIComponent(id)}`;
  const vote = (id: string) => `/api/votes/${encodeURIComponent(id)}`;
  const communication = (id: string) => `/api/communications/${encodeURIComponent(id)}`;
  const revision = (id: string) => `/api/revisions/${encodeURIComponent(id)}`;

  return {
    me: () => get<MeView>('/api/me'),
    /** The person's language for everything sent to them; `null` follows the client again. */
    setLanguage: (locale: Locale | null) => put<MeView>('/api/me/language', { locale }),
    composition: () => get<CompositionView>('/api/composition'),
    organisations: () => get<OrganisationView[]>('/api/organisations'),
    people: () => get<PersonView[]>('/api/people'),
    /** Who the directory knows by a UPN or mail (secretariat; the object id stays on the server). */
    lookUpDirectory: (email: string, guest: boolean) =>
      get<DirectoryLookupView>(
        `/api/directory?email=${encodeURIComponent(email)}&guest=${guest ? 'true' : 'false'}`,
      ),
    addSeat: (request: AddSeatRequest) => post<Change<SeatView>>('/api/seats', request),
    replaceHolder: (seatId: string, request: ReplaceHolderRequest) =>
      post<Change<SeatView>>(`${seat(seatId)}/holders`, request),
    recordDesignationLetter: (seatId: string, body: { documentId: string; version: string }) =>
      post<Change<SeatView>>(`${seat(seatId)}/designation-letter`, body),
    proposeCessation: (
      seatId: string,
      body: { cause: CessationCause; letterDocumentId?: string; note?: string; version: string },
    ) => post<Change<SeatView>>(`${seat(seatId)}/cessation`, body),
    confirmCessation: (seatId: string, body: { version: string; letterDocumentId?: string }) =>
      post<Change<SeatView>>(`${seat(seatId)}/cessation/confirm`, body),
    dismissCessation: (seatId: string, body: { version: string }) =>
      post<Change<SeatView>>(`${seat(seatId)}/cessation/dismiss`, body),
    withdrawPendingSeat: (seatId: string, body: { version: string }) =>
      post<Change<SeatView>>(`${seat(seatId)}/withdraw`, body),

    // Meetings (R5): every change answers with the meeting (or the changed item) and warnings.
    meetings: () => get<MeetingSummary[]>('/api/meetings'),
    meeting: (id: string) => get<MeetingDetail>(meeting(id)),
    scheduleMeeting: (request: ScheduleMeetingRequest) =>
      post<Change<MeetingDetail>>('/api/meetings', request),
    updateMeeting: (id: string, request: UpdateMeetingRequest) =>
      post<Change<MeetingDetail>>(meeting(id), request),
    cancelMeeting: (id: string, body: { version: string; reason: string }) =>
      post<Change<MeetingDetail>>(`${meeting(id)}/cancel`, body),
    sendNotice: (id: string, body: { version: string }) =>
      post<Change<MeetingDetail>>(`${meeting(id)}/notice`, body),
    retryNoticeDelivery: (id: string, body: RetryNoticeDeliveryRequest = {}) =>
      post<Change<MeetingDetail>>(`${meeting(id)}/notice/retry`, body),
    propose: (id: string, request: SubmitProposalRequest) =>
      post<Change<ProposalView>>(`${meeting(id)}/proposals`, request),
    answerProposal: (
      proposalId: string,
      body: { decision: 'accepted' | 'rejected'; reason: string; version: string },
    ) => post<unknown>(`/api/proposals/${encodeURIComponent(proposalId)}/answer`, body),
    recordAttendance: (
      id: string,
      body: { entries: { personId: string; status: 'present' | 'absent' }[] },
    ) => post<Change<MeetingDetail>>(`${meeting(id)}/attendance`, body),
    justifyAbsence: (
      id: string,
      body: { personId: string; justified: boolean; justification?: string },
    ) => post<unknown>(`${meeting(id)}/absences`, body),
    shareMinutes: (
      id: string,
      body: { version: string; documentId: string } | { version: string; text: string },
    ) => post<unknown>(`${meeting(id)}/minutes`, body),
    amend: (id: string, body: { text: string }) => post<unknown>(`${meeting(id)}/amendments`, body),
    answerAmendment: (
      amendmentId: string,
      body: { decision: 'integrated' | 'answered'; text: string; version: string },
    ) => post<unknown>(`/api/amendments/${encodeURIComponent(amendmentId)}/answer`, body),
    publishMeeting: (id: string, body: { version: string }) =>
      post<unknown>(`${meeting(id)}/publish`, body),
    dashboard: () => get<DashboardView>('/api/dashboard'),
    holidays: (year: number) => get<HolidayView[]>(`/api/holidays?year=${year}`),
    confirmHoliday: (body: { key: HijriHolidayKey; date: string; source?: string }) =>
      post<unknown>('/api/holidays/confirmations', body),
    // The signed-in person's own feed link: whether one works; a new one (shown once); revoke.
    calendarFeed: () => get<{ active: boolean; createdAt?: string }>('/api/calendar-feed'),
    newCalendarFeed: () => post<{ url: string; createdAt: string }>('/api/calendar-feed', {}),
    revokeCalendarFeed: () => post<{ revoked: number }>('/api/calendar-feed/revoke', {}),
    /** The secretariat revokes anyone's feed link. */
    revokeCalendarFeedOf: (personId: string) =>
      post<{ revoked: number }>(
        `/api/people/${encodeURIComponent(personId)}/calendar-feed/revoke`,
        {},
      ),

    // Decisions (R5.7) and double-majority votes (R13.2).
    decisions: (meetingId?: string) =>
      get<DecisionView[]>(
        meetingId ? `/api/decisions?meetingId=${encodeURIComponent(meetingId)}` : '/api/decisions',
      ),
    decision: (id: string) => get<DecisionView>(decision(id)),
    createDecision: (body: { meetingId?: string; text: string }) =>
      post<Change<DecisionView>>('/api/decisions', body),
    recordConsensus: (id: string, body: { version: string }) =>
      post<Change<DecisionView>>(`${decision(id)}/consensus`, body),
    recordConsensusExhausted: (id: string, body: { version: string }) =>
      post<Change<DecisionView>>(`${decision(id)}/consensus-exhausted`, body),
    withdrawDecision: (id: string, body: { version: string }) =>
      post<Change<DecisionView>>(`${decision(id)}/withdraw`, body),
    openVote: (id: string, body: { version: string; motion: string; closesAt: string }) =>
      post<Change<DecisionView>>(`${decision(id)}/vote`, body),
    vote: (id: string) => get<VoteView>(vote(id)),
    castBallot: (id: string, body: { choice: Choice }) =>
      post<Change<VoteView>>(`${vote(id)}/ballot`, body),
    closeVote: (id: string, body: { version: string }) =>
      post<Change<VoteView>>(`${vote(id)}/close`, body),

    // Communications in the committee's name (R10).
    communications: () => get<CommunicationView[]>('/api/communications'),
    communication: (id: string) => get<CommunicationView>(communication(id)),
    submitCommunication: (body: {
      text: string;
      channel: Channel;
      plannedDay: string;
      visualDocumentId?: string;
    }) => post<Change<CommunicationView>>('/api/communications', body),
    objectToCommunication: (id: string, body: { reason: string }) =>
      post<Change<CommunicationView>>(`${communication(id)}/objections`, body),
    openCommunicationVote: (
      id: string,
      body: { version: string; closesAt: string; motion?: string },
    ) => post<Change<CommunicationView>>(`${communication(id)}/vote`, body),
    publishCommunication: (id: string, body: { version: string }) =>
      post<Change<CommunicationView>>(`${communication(id)}/publish`, body),

    // Requests to revise the manual (R13).
    revisions: () => get<RevisionView[]>('/api/revisions'),
    revision: (id: string) => get<RevisionView>(revision(id)),
    createRevision: (body: { text: string }) => post<Change<RevisionView>>('/api/revisions', body),
    supportRevision: (id: string) => post<Change<RevisionView>>(`${revision(id)}/support`, {}),
    fileRevision: (id: string, body: { version: string }) =>
      post<Change<RevisionView>>(`${revision(id)}/file`, body),
    openRevisionVote: (id: string, body: { version: string; closesAt: string; motion?: string }) =>
      post<Change<RevisionView>>(`${revision(id)}/vote`, body),

    /** Uploads a letter as the raw request body; the server checks its type by its bytes. */
    upload: async (file: File, purpose: DocumentPurpose): Promise<DocumentRef> => {
      const query = `purpose=${purpose}&name=${encodeURIComponent(file.name)}`;
      return json<DocumentRef>(
        await call(`/api/documents?${query}`, {
          method: 'POST',
          headers: { 'content-type': file.type || 'application/octet-stream' },
          body: file,
        }),
      );
    },
    /** A stored document's bytes (the link needs the bearer token, so it is fetched). */
    download: async (documentId: string): Promise<Blob> =>
      (
        await call(`/api/documents/${encodeURIComponent(documentId)}`, {
          headers: { accept: '*/*' },
        })
      ).blob(),
  };
}
