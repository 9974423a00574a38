import { z } from 'zod';
import {
  AddSeatRequestSchema,
  AnswerAmendmentRequestSchema,
  AnswerProposalRequestSchema,
  CalendarFeedLinkSchema,
  CalendarFeedRevocationSchema,
  CalendarFeedStatusSchema,
  CancelMeetingRequestSchema,
  CastBallotRequestSchema,
  CloseVoteRequestSchema,
  CommunicationViewSchema,
  CompositionViewSchema,
  ConfirmCessationRequestSchema,
  ConfirmHolidayRequestSchema,
  CreateDecisionRequestSchema,
  CreateRevisionRequestSchema,
  DashboardViewSchema,
  DecisionStepRequestSchema,
  DecisionViewSchema,
  DesignationLetterRequestSchema,
  DirectoryLookupSchema,
  DirectoryLookupViewSchema,
  DismissCessationRequestSchema,
  FileRevisionRequestSchema,
  HolidayViewSchema,
  JustifyAbsenceRequestSchema,
  MeetingDetailSchema,
  MeetingSummarySchema,
  MeViewSchema,
  SetLanguageRequestSchema,
  ObjectRequestSchema,
  OpenVoteRequestSchema,
  OrganisationViewSchema,
  PersonViewSchema,
  PolicyViewSchema,
  ProposeCessationRequestSchema,
  PublishCommunicationRequestSchema,
  PublishedMeetingSchema,
  PublishMeetingRequestSchema,
  RecordAttendanceRequestSchema,
  ReplaceHolderRequestSchema,
  RetryNoticeDeliveryRequestSchema,
  RevisionViewSchema,
  ScheduleMeetingRequestSchema,
  SendNoticeRequestSchema,
  ShareMinutesRequestSchema,
  SubjectVoteRequestSchema,
  SubmitAmendmentRequestSchema,
  SubmitCommunicationRequestSchema,
  SubmitProposalRequestSchema,
  UpdateMeetingRequestSchema,
  VoteViewSchema,
  WithdrawPendingSeatRequestSchema,
  type Problem,
} from '../../../core/contracts/index.js';
import { DocumentRefSchema } from '../../../core/ports/documents.js';
import { IdSchema } from '../../../core/model/common.js';
import { ListYearSchema } from '../../../core/usecases/meetings/holidays.js';
import { ACCEPTED_CONTENT_TYPES, UploadSchema } from '../../../core/usecases/register/documents.js';
import { PERSONAL_FEED_PATH } from '../calendar-feed.js';
import { ClientConfigSchema, HealthSchema } from '../health.js';
import { TAB_ROUTES } from '../static-tab.js';
import {
  JwkSetSchema,
  LocalTokenSchema,
  SignInPersonSchema,
  TokenRequestSchema,
} from '../local-sign-in.js';
import {
  AmendmentChangeSchema,
  CommunicationChangeSchema,
  DecisionChangeSchema,
  EmptyBodySchema,
  HolidaysChangeSchema,
  MeetingChangeSchema,
  OpenApiDocumentSchema,
  ProposalChangeSchema,
  RevisionChangeSchema,
  SeatChangeSchema,
  VoteChangeSchema,
} from './schemas.js';

/**
 * THE TABLE OF THE HTTP API. Every route the server mounts is here, described (its operation
 * in the OpenAPI document, server/http/openapi/document.ts) or excluded with its reason; the
 * routes themselves are mounted by server/app.ts and the routers of server/http/.
 * test/server/openapi.test.ts compares this table with the routes Express actually mounts, in
 * both modes: a route added without a line here (or a line left after its route went) fails.
 *
 * The schemas are the ones the routes and use cases parse with and answer with (core/contracts,
 * mostly): the document is generated from them, never written by hand.
 */

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'head';

/** The document's tags, in the order a reader meets them. */
export const TAGS = {
  system: 'Health, the tab’s configuration and this description.',
  'sign-in': 'Embedded mode only: the local sign-in page’s people, tokens and signing keys.',
  me: 'The signed-in person: who they are, their roles and seat.',
  composition: 'The committee’s seats and parity (R3, R4, R12): adding, replacing, ending.',
  people: 'People and organisations of the register; the directory look-up (R6).',
  documents: 'Uploaded files: designation and withdrawal letters, minutes, visuals.',
  meetings:
    'Meetings (R5): schedule, notice, proposals, attendance, minutes, amendments, publication.',
  dashboard: 'What is due from the signed-in person; the secretariat’s follow-up.',
  holidays: 'Moroccan public holidays (business days) and the confirmation of Hijri dates.',
  decisions: 'Decisions: consensus first, then a double-majority vote (R5.7, R13.2).',
  votes: 'Double-majority votes: ballots and closing (R13.2).',
  communications: 'Communications on behalf of the committee and their objections (R10).',
  revisions: 'Requests to revise the manual (R13).',
  'calendar-feed': 'Embedded mode only: each person’s calendar subscription link (ICS).',
  public: 'What anyone may read without signing in: published meetings (R5.6, R2.1).',
} as const;
export type Tag = keyof typeof TAGS;

/** What a use case (or the handler) may refuse with, besides the refusals every route shares. */
export type Refusal = Problem['reason'];

/** One answer that is not a problem: a success, or a plain-text refusal. */
export interface Answer {
  status: number;
  description: string;
  /** A JSON body (`application/json`): the zod schema it is made from. */
  json?: z.ZodType;
  /** A body that is not JSON: its media types, each described by a JSON Schema. */
  media?: Record<string, { schema?: { type: 'string' } }>;
  /** Headers the answer carries. */
  headers?: z.ZodObject;
}

export interface ApiRoute {
  method: Exclude<HttpMethod, 'head'>;
  /** The path as Express mounts it (`:id`); the document writes it `{id}`. */
  path: string;
  operationId: string;
  tag: Tag;
  summary: string;
  description?: string;
  /** `bearer`: a token from Teams SSO (Entra ID) or the local issuer; `none`: anyone. */
  security: 'bearer' | 'none';
  /** Mounted only in some configurations: the local sign-in and the ICS feed (embedded mode). */
  mountedWith?: 'local-sign-in' | 'calendar-feed';
  /** What the path's `:id` names (the parameter's description). */
  id?: string;
  query?: z.ZodObject;
  /** A JSON body (`application/json`), parsed with this schema. */
  body?: z.ZodType;
  /** A body that is not JSON (a document's bytes): its accepted media types. */
  rawBody?: { description: string; mediaTypes: readonly string[] };
  answers: [Answer, ...Answer[]];
  /** Problems this route's handler or use case answers (the shared ones are added). */
  refuses: Refusal[];
}

/** A route that is mounted but not part of the described API, and why. */
export interface ExcludedRoute {
  method: HttpMethod;
  path: string;
  reason: string;
}

const ok = (json: z.ZodType, description: string): Answer => ({ status: 200, description, json });
const created = (json: z.ZodType, description: string): Answer => ({
  status: 201,
  description,
  json,
});

/** Refusals of the use cases, by kind of route (core/usecases/outcome.ts). */
const LIST: Refusal[] = ['forbidden'];
const READ: Refusal[] = ['invalid', 'forbidden', 'not_found'];
const CREATE: Refusal[] = ['invalid', 'forbidden', 'conflict', 'rule'];
const CHANGE: Refusal[] = ['invalid', 'forbidden', 'not_found', 'conflict', 'rule'];

/** A document's bytes, with the type it was uploaded with (OpenAPI 3.1: no schema for bytes). */
const documentBytes = Object.fromEntries(ACCEPTED_CONTENT_TYPES.map((type) => [type, {}]));
const documentHeaders = (disposition: 'attachment' | 'inline') =>
  z.object({
    'Content-Disposition': z.string().meta({
      description: `\`${disposition}\` with the file's name (RFC 6266, \`filename*=UTF-8''…\`).`,
    }),
    'X-Content-SHA256': z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({ description: 'SHA-256 of the bytes (hex), as recorded when uploaded.' }),
  });

const NOT_FOUND_TEXT: Answer = {
  status: 404,
  description: 'Not found (plain text; nothing more is told).',
  media: { 'text/plain': { schema: { type: 'string' } } },
};

export const API_ROUTES: ApiRoute[] = [
  // ---------------------------------------------------------------------------- system
  {
    method: 'get',
    path: '/healthz',
    operationId: 'getHealth',
    tag: 'system',
    summary: 'Health check',
    description: 'Answers whatever the Host (a platform probe may use an internal name).',
    security: 'none',
    answers: [ok(HealthSchema, 'The instance is up.')],
    refuses: [],
  },
  {
    method: 'get',
    path: '/api/config',
    operationId: 'getClientConfig',
    tag: 'system',
    summary: 'The tab’s configuration (mode, sign-in, client id)',
    security: 'none',
    answers: [ok(ClientConfigSchema, 'The configuration.')],
    refuses: [],
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    operationId: 'getOpenApiDocument',
    tag: 'system',
    summary: 'This OpenAPI 3.1 document',
    description:
      'Generated from the zod schemas the routes parse and answer with; it describes the routes this server mounts in its mode.',
    security: 'none',
    answers: [ok(OpenApiDocumentSchema, 'The OpenAPI document.')],
    refuses: [],
  },
  // ---------------------------------------------------------------------------- sign-in
  {
    method: 'get',
    path: '/auth/local/people',
    operationId: 'listSignInPeople',
    tag: 'sign-in',
    summary: 'The people the local sign-in page offers',
    security: 'none',
    mountedWith: 'local-sign-in',
    answers: [ok(z.array(SignInPersonSchema), 'Everyone in the register, by name.')],
    refuses: [],
  },
  {
    method: 'post',
    path: '/auth/local/token',
    operationId: 'issueLocalToken',
    tag: 'sign-in',
    summary: 'A token for a person of the register',
    description:
      'Embedded mode has no password: it binds loopback only. The token is shaped like an Entra ID v2 access token and signed by the local issuer.',
    security: 'none',
    mountedWith: 'local-sign-in',
    body: TokenRequestSchema,
    answers: [ok(LocalTokenSchema, 'The token and when it expires.')],
    refuses: ['invalid', 'not_found', 'too_many_requests'],
  },
  {
    method: 'get',
    path: '/auth/local/keys',
    operationId: 'getLocalSigningKeys',
    tag: 'sign-in',
    summary: 'The local issuer’s public keys (JWKS)',
    security: 'none',
    mountedWith: 'local-sign-in',
    answers: [ok(JwkSetSchema, 'The JWK set.')],
    refuses: [],
  },
  // ---------------------------------------------------------------------------- me, register
  {
    method: 'get',
    path: '/api/me',
    operationId: 'getMe',
    tag: 'me',
    summary: 'The signed-in person, their roles and seat',
    security: 'bearer',
    answers: [ok(MeViewSchema, 'The signed-in person.')],
    refuses: ['not_found'],
  },
  {
    method: 'put',
    path: '/api/me/language',
    operationId: 'setMyLanguage',
    tag: 'me',
    summary:
      'Sets (or, with null, forgets) the language of everything the app sends the signed-in person',
    security: 'bearer',
    body: SetLanguageRequestSchema,
    answers: [ok(MeViewSchema, 'The signed-in person, with their language.')],
    refuses: ['invalid', 'not_found', 'conflict'],
  },
  {
    method: 'get',
    path: '/api/composition',
    operationId: 'getComposition',
    tag: 'composition',
    summary: 'The seats by college, parity, ceased seats and cessation candidates',
    security: 'bearer',
    answers: [ok(CompositionViewSchema, 'The composition.')],
    refuses: LIST,
  },
  {
    method: 'get',
    path: '/api/organisations',
    operationId: 'listOrganisations',
    tag: 'people',
    summary: 'The organisations of the register',
    security: 'bearer',
    answers: [ok(z.array(OrganisationViewSchema), 'The organisations.')],
    refuses: LIST,
  },
  {
    method: 'get',
    path: '/api/people',
    operationId: 'listPeople',
    tag: 'people',
    summary: 'The people of the register',
    security: 'bearer',
    answers: [ok(z.array(PersonViewSchema), 'The people (contacts as the reader may see them).')],
    refuses: LIST,
  },
  {
    method: 'get',
    path: '/api/directory',
    operationId: 'lookUpDirectory',
    tag: 'people',
    summary: 'Who the directory knows by a UPN or mail (secretariat)',
    security: 'bearer',
    query: DirectoryLookupSchema,
    answers: [ok(DirectoryLookupViewSchema, 'What the directory and the register know.')],
    refuses: ['invalid', 'forbidden', 'conflict'],
  },
  {
    method: 'post',
    path: '/api/seats',
    operationId: 'addSeat',
    tag: 'composition',
    summary: 'Adds a seat (R3, R4.1)',
    description:
      'A seat that would break parity waits as pending (R3.2); the warnings say what the manual requires.',
    security: 'bearer',
    body: AddSeatRequestSchema,
    answers: [created(SeatChangeSchema, 'The new seat and its warnings.')],
    refuses: [...CREATE, 'not_found'],
  },
  {
    method: 'post',
    path: '/api/seats/:id/holders',
    operationId: 'replaceSeatHolder',
    tag: 'composition',
    summary: 'Replaces the titular or the alternate of a seat',
    security: 'bearer',
    id: 'seat',
    body: ReplaceHolderRequestSchema,
    answers: [ok(SeatChangeSchema, 'The seat and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/seats/:id/designation-letter',
    operationId: 'recordDesignationLetter',
    tag: 'composition',
    summary: 'Records the designation letter of a seat (R4.1)',
    security: 'bearer',
    id: 'seat',
    body: DesignationLetterRequestSchema,
    answers: [ok(SeatChangeSchema, 'The seat and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/seats/:id/cessation',
    operationId: 'proposeCessation',
    tag: 'composition',
    summary: 'Proposes to end a membership (R12.1, R12.2)',
    security: 'bearer',
    id: 'seat',
    body: ProposeCessationRequestSchema,
    answers: [ok(SeatChangeSchema, 'The seat and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/seats/:id/cessation/confirm',
    operationId: 'confirmCessation',
    tag: 'composition',
    summary: 'Confirms a proposed cessation (R12.2)',
    security: 'bearer',
    id: 'seat',
    body: ConfirmCessationRequestSchema,
    answers: [ok(SeatChangeSchema, 'The seat and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/seats/:id/cessation/dismiss',
    operationId: 'dismissCessation',
    tag: 'composition',
    summary: 'Dismisses a proposed cessation',
    security: 'bearer',
    id: 'seat',
    body: DismissCessationRequestSchema,
    answers: [ok(SeatChangeSchema, 'The seat and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/seats/:id/withdraw',
    operationId: 'withdrawPendingSeat',
    tag: 'composition',
    summary: 'Withdraws a seat still pending for parity (R3.2)',
    security: 'bearer',
    id: 'seat',
    body: WithdrawPendingSeatRequestSchema,
    answers: [ok(SeatChangeSchema, 'The seat and its warnings.')],
    refuses: CHANGE,
  },
  // ---------------------------------------------------------------------------- documents
  {
    method: 'post',
    path: '/api/documents',
    operationId: 'uploadDocument',
    tag: 'documents',
    summary: 'Uploads a document (25 MB at most)',
    description:
      'The body is the file’s bytes with its own content type, which must match the content (its first bytes). Uploads are limited per person: per window and per day (429 with `Retry-After`).',
    security: 'bearer',
    query: UploadSchema.pick({ name: true, purpose: true }),
    rawBody: { description: 'The file’s bytes.', mediaTypes: ACCEPTED_CONTENT_TYPES },
    answers: [created(DocumentRefSchema, 'The stored document’s description.')],
    refuses: ['invalid', 'forbidden', 'too_many_requests'],
  },
  {
    method: 'get',
    path: '/api/documents/:id',
    operationId: 'downloadDocument',
    tag: 'documents',
    summary: 'Downloads a document the reader may see',
    security: 'bearer',
    id: 'document',
    answers: [
      {
        status: 200,
        description: 'The bytes, with the type they were uploaded with.',
        media: documentBytes,
        headers: documentHeaders('attachment'),
      },
    ],
    refuses: ['not_found'],
  },
  // ---------------------------------------------------------------------------- meetings
  {
    method: 'get',
    path: '/api/meetings',
    operationId: 'listMeetings',
    tag: 'meetings',
    summary: 'The meetings the reader may see',
    security: 'bearer',
    answers: [ok(z.array(MeetingSummarySchema), 'The meetings.')],
    refuses: LIST,
  },
  {
    method: 'post',
    path: '/api/meetings',
    operationId: 'scheduleMeeting',
    tag: 'meetings',
    summary: 'Schedules a meeting (a draft until its notice)',
    security: 'bearer',
    body: ScheduleMeetingRequestSchema,
    answers: [created(MeetingChangeSchema, 'The meeting and its warnings.')],
    refuses: [...CREATE, 'not_found'],
  },
  {
    method: 'get',
    path: '/api/meetings/:id',
    operationId: 'getMeeting',
    tag: 'meetings',
    summary: 'A meeting in full, with what the reader may do',
    security: 'bearer',
    id: 'meeting',
    answers: [ok(MeetingDetailSchema, 'The meeting.')],
    refuses: READ,
  },
  {
    method: 'post',
    path: '/api/meetings/:id',
    operationId: 'updateMeeting',
    tag: 'meetings',
    summary: 'Edits or moves a meeting (fields left out are unchanged)',
    description: 'The same partial update as `PATCH /api/meetings/{id}`.',
    security: 'bearer',
    id: 'meeting',
    body: UpdateMeetingRequestSchema,
    answers: [ok(MeetingChangeSchema, 'The meeting and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'patch',
    path: '/api/meetings/:id',
    operationId: 'patchMeeting',
    tag: 'meetings',
    summary: 'Edits or moves a meeting (fields left out are unchanged)',
    security: 'bearer',
    id: 'meeting',
    body: UpdateMeetingRequestSchema,
    answers: [ok(MeetingChangeSchema, 'The meeting and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/meetings/:id/cancel',
    operationId: 'cancelMeeting',
    tag: 'meetings',
    summary: 'Cancels a meeting, with its reason',
    security: 'bearer',
    id: 'meeting',
    body: CancelMeetingRequestSchema,
    answers: [ok(MeetingChangeSchema, 'The meeting and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/meetings/:id/notice',
    operationId: 'sendNotice',
    tag: 'meetings',
    summary: 'Sends the notice (R5.2: ten days ahead at least)',
    security: 'bearer',
    id: 'meeting',
    body: SendNoticeRequestSchema,
    answers: [ok(MeetingChangeSchema, 'The meeting and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/meetings/:id/notice/retry',
    operationId: 'retryNoticeDelivery',
    tag: 'meetings',
    summary: 'Sends the notice again to those it has not reached (R5.2)',
    security: 'bearer',
    id: 'meeting',
    body: RetryNoticeDeliveryRequestSchema,
    answers: [ok(MeetingChangeSchema, 'The meeting and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/meetings/:id/proposals',
    operationId: 'submitProposal',
    tag: 'meetings',
    summary: 'Proposes an agenda item or a date (R5.3)',
    security: 'bearer',
    id: 'meeting',
    body: SubmitProposalRequestSchema,
    answers: [created(ProposalChangeSchema, 'The proposal and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/proposals/:id/answer',
    operationId: 'answerProposal',
    tag: 'meetings',
    summary: 'Accepts or rejects a proposal, with its reason (R5.3)',
    security: 'bearer',
    id: 'proposal',
    body: AnswerProposalRequestSchema,
    answers: [ok(ProposalChangeSchema, 'The proposal and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/meetings/:id/attendance',
    operationId: 'recordAttendance',
    tag: 'meetings',
    summary: 'Records who attended (R12.1)',
    security: 'bearer',
    id: 'meeting',
    body: RecordAttendanceRequestSchema,
    answers: [ok(MeetingChangeSchema, 'The meeting and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/meetings/:id/absences',
    operationId: 'justifyAbsence',
    tag: 'meetings',
    summary: 'Records whether an absence is justified (R12.1)',
    security: 'bearer',
    id: 'meeting',
    body: JustifyAbsenceRequestSchema,
    answers: [ok(MeetingChangeSchema, 'The meeting and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/meetings/:id/minutes',
    operationId: 'shareMinutes',
    tag: 'meetings',
    summary: 'Shares the minutes (R5.5)',
    security: 'bearer',
    id: 'meeting',
    body: ShareMinutesRequestSchema,
    answers: [ok(MeetingChangeSchema, 'The meeting and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/meetings/:id/amendments',
    operationId: 'submitAmendment',
    tag: 'meetings',
    summary: 'Proposes an amendment to the minutes (R5.5)',
    security: 'bearer',
    id: 'meeting',
    body: SubmitAmendmentRequestSchema,
    answers: [created(AmendmentChangeSchema, 'The amendment and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/amendments/:id/answer',
    operationId: 'answerAmendment',
    tag: 'meetings',
    summary: 'Integrates or answers an amendment (R5.5)',
    security: 'bearer',
    id: 'amendment',
    body: AnswerAmendmentRequestSchema,
    answers: [ok(AmendmentChangeSchema, 'The amendment and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/meetings/:id/publish',
    operationId: 'publishMeeting',
    tag: 'meetings',
    summary: 'Publishes the agenda, participants and minutes (R5.6)',
    security: 'bearer',
    id: 'meeting',
    body: PublishMeetingRequestSchema,
    answers: [ok(MeetingChangeSchema, 'The meeting and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'get',
    path: '/api/dashboard',
    operationId: 'getDashboard',
    tag: 'dashboard',
    summary: 'What is due from the signed-in person; the secretariat’s follow-up',
    security: 'bearer',
    answers: [ok(DashboardViewSchema, 'The dashboard.')],
    refuses: LIST,
  },
  {
    method: 'get',
    path: '/api/holidays',
    operationId: 'listHolidays',
    tag: 'holidays',
    summary: 'A year’s public holidays, Hijri estimates marked',
    security: 'bearer',
    query: z.object({
      year: ListYearSchema.optional().meta({
        description: 'The Gregorian year; this year (UTC) when left out.',
      }),
    }),
    answers: [ok(z.array(HolidayViewSchema), 'The holidays.')],
    refuses: ['invalid', 'forbidden'],
  },
  {
    method: 'post',
    path: '/api/holidays/confirmations',
    operationId: 'confirmHoliday',
    tag: 'holidays',
    summary: 'Records the official date of a Hijri holiday',
    security: 'bearer',
    body: ConfirmHolidayRequestSchema,
    answers: [created(HolidaysChangeSchema, 'The year’s holidays and the warnings.')],
    refuses: ['invalid', 'forbidden', 'conflict'],
  },
  // ---------------------------------------------------------------------------- decisions
  {
    method: 'get',
    path: '/api/policy',
    operationId: 'getPolicy',
    tag: 'decisions',
    summary: 'The settings of the manual in force (deadlines, threshold, hashtag)',
    security: 'bearer',
    answers: [ok(PolicyViewSchema, 'The policy.')],
    refuses: [],
  },
  {
    method: 'get',
    path: '/api/decisions',
    operationId: 'listDecisions',
    tag: 'decisions',
    summary: 'The decisions the reader may see',
    security: 'bearer',
    query: z.object({
      meetingId: z.string().optional().meta({ description: 'Only the decisions of this meeting.' }),
    }),
    answers: [ok(z.array(DecisionViewSchema), 'The decisions.')],
    refuses: [],
  },
  {
    method: 'post',
    path: '/api/decisions',
    operationId: 'createDecision',
    tag: 'decisions',
    summary: 'Records a decision to take, under discussion',
    security: 'bearer',
    body: CreateDecisionRequestSchema,
    answers: [created(DecisionChangeSchema, 'The decision and its warnings.')],
    refuses: ['invalid', 'forbidden', 'not_found', 'conflict'],
  },
  {
    method: 'get',
    path: '/api/decisions/:id',
    operationId: 'getDecision',
    tag: 'decisions',
    summary: 'A decision, its vote and what the reader may do',
    security: 'bearer',
    id: 'decision',
    answers: [ok(DecisionViewSchema, 'The decision.')],
    refuses: ['invalid', 'not_found'],
  },
  {
    method: 'post',
    path: '/api/decisions/:id/consensus',
    operationId: 'recordConsensus',
    tag: 'decisions',
    summary: 'Records the decision taken by consensus (R5.7)',
    security: 'bearer',
    id: 'decision',
    body: DecisionStepRequestSchema,
    answers: [ok(DecisionChangeSchema, 'The decision and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/decisions/:id/consensus-exhausted',
    operationId: 'recordConsensusExhausted',
    tag: 'decisions',
    summary: 'Records that every effort at consensus was exhausted (R5.7)',
    security: 'bearer',
    id: 'decision',
    body: DecisionStepRequestSchema,
    answers: [ok(DecisionChangeSchema, 'The decision and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/decisions/:id/withdraw',
    operationId: 'withdrawDecision',
    tag: 'decisions',
    summary: 'Withdraws a decision',
    security: 'bearer',
    id: 'decision',
    body: DecisionStepRequestSchema,
    answers: [ok(DecisionChangeSchema, 'The decision and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/decisions/:id/vote',
    operationId: 'openVote',
    tag: 'votes',
    summary: 'Opens a double-majority vote, once consensus is exhausted (R5.7, R13.2)',
    security: 'bearer',
    id: 'decision',
    body: OpenVoteRequestSchema,
    answers: [ok(DecisionChangeSchema, 'The decision with its vote, and the warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'get',
    path: '/api/votes/:id',
    operationId: 'getVote',
    tag: 'votes',
    summary: 'A vote: eligibility, own ballot, tally as the reader may see it',
    security: 'bearer',
    id: 'vote',
    answers: [ok(VoteViewSchema, 'The vote.')],
    refuses: ['invalid', 'not_found'],
  },
  {
    method: 'post',
    path: '/api/votes/:id/ballot',
    operationId: 'castBallot',
    tag: 'votes',
    summary: 'Casts (or changes) the signed-in member’s ballot (R5.4, R13.2)',
    security: 'bearer',
    id: 'vote',
    body: CastBallotRequestSchema,
    answers: [ok(VoteChangeSchema, 'The vote and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/votes/:id/close',
    operationId: 'closeVote',
    tag: 'votes',
    summary: 'Closes a vote and records its result (R13.2)',
    security: 'bearer',
    id: 'vote',
    body: CloseVoteRequestSchema,
    answers: [ok(VoteChangeSchema, 'The vote and its warnings.')],
    refuses: CHANGE,
  },
  // ---------------------------------------------------------------------------- communications
  {
    method: 'get',
    path: '/api/communications',
    operationId: 'listCommunications',
    tag: 'communications',
    summary: 'The communications submitted to the committee',
    security: 'bearer',
    answers: [ok(z.array(CommunicationViewSchema), 'The communications.')],
    refuses: LIST,
  },
  {
    method: 'post',
    path: '/api/communications',
    operationId: 'submitCommunication',
    tag: 'communications',
    summary: 'Submits a communication; members may object until its deadline (R10.1)',
    security: 'bearer',
    body: SubmitCommunicationRequestSchema,
    answers: [created(CommunicationChangeSchema, 'The communication and its warnings.')],
    refuses: ['invalid', 'forbidden', 'conflict'],
  },
  {
    method: 'get',
    path: '/api/communications/:id',
    operationId: 'getCommunication',
    tag: 'communications',
    summary: 'A communication and what the reader may do',
    security: 'bearer',
    id: 'communication',
    answers: [ok(CommunicationViewSchema, 'The communication.')],
    refuses: READ,
  },
  {
    method: 'post',
    path: '/api/communications/:id/objections',
    operationId: 'objectToCommunication',
    tag: 'communications',
    summary: 'Objects to a communication, with its reason (R10.1)',
    security: 'bearer',
    id: 'communication',
    body: ObjectRequestSchema,
    answers: [ok(CommunicationChangeSchema, 'The communication and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/communications/:id/vote',
    operationId: 'openCommunicationVote',
    tag: 'communications',
    summary: 'Puts an objected communication to a double-majority vote (R10.1, R13.2)',
    security: 'bearer',
    id: 'communication',
    body: SubjectVoteRequestSchema,
    answers: [ok(CommunicationChangeSchema, 'The communication and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/communications/:id/publish',
    operationId: 'publishCommunication',
    tag: 'communications',
    summary: 'Marks a validated communication published (R10.1)',
    security: 'bearer',
    id: 'communication',
    body: PublishCommunicationRequestSchema,
    answers: [ok(CommunicationChangeSchema, 'The communication and its warnings.')],
    refuses: CHANGE,
  },
  // ---------------------------------------------------------------------------- revisions
  {
    method: 'get',
    path: '/api/revisions',
    operationId: 'listRevisions',
    tag: 'revisions',
    summary: 'The requests to revise the manual',
    security: 'bearer',
    answers: [ok(z.array(RevisionViewSchema), 'The revision requests.')],
    refuses: LIST,
  },
  {
    method: 'post',
    path: '/api/revisions',
    operationId: 'createRevision',
    tag: 'revisions',
    summary: 'Drafts a request to revise the manual (R13.1)',
    security: 'bearer',
    body: CreateRevisionRequestSchema,
    answers: [created(RevisionChangeSchema, 'The revision request and its warnings.')],
    refuses: ['invalid', 'forbidden', 'conflict'],
  },
  {
    method: 'get',
    path: '/api/revisions/:id',
    operationId: 'getRevision',
    tag: 'revisions',
    summary: 'A revision request, its support and what the reader may do',
    security: 'bearer',
    id: 'revision',
    answers: [ok(RevisionViewSchema, 'The revision request.')],
    refuses: READ,
  },
  {
    method: 'post',
    path: '/api/revisions/:id/support',
    operationId: 'supportRevision',
    tag: 'revisions',
    summary: 'Supports a revision request on behalf of one’s seat (R13.1)',
    security: 'bearer',
    id: 'revision',
    body: EmptyBodySchema,
    answers: [ok(RevisionChangeSchema, 'The revision request and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/revisions/:id/file',
    operationId: 'fileRevision',
    tag: 'revisions',
    summary: 'Files a supported request in the plan’s last quarter (R13.1, R13.3)',
    security: 'bearer',
    id: 'revision',
    body: FileRevisionRequestSchema,
    answers: [ok(RevisionChangeSchema, 'The revision request and its warnings.')],
    refuses: CHANGE,
  },
  {
    method: 'post',
    path: '/api/revisions/:id/vote',
    operationId: 'openRevisionVote',
    tag: 'revisions',
    summary: 'Puts a filed revision to a double-majority vote (R13.2)',
    security: 'bearer',
    id: 'revision',
    body: SubjectVoteRequestSchema,
    answers: [ok(RevisionChangeSchema, 'The revision request and its warnings.')],
    refuses: CHANGE,
  },
  // ---------------------------------------------------------------------------- calendar feed
  {
    method: 'get',
    path: '/api/calendar-feed',
    operationId: 'getCalendarFeed',
    tag: 'calendar-feed',
    summary: 'Whether the signed-in person has a working link (never the URL)',
    security: 'bearer',
    mountedWith: 'calendar-feed',
    answers: [ok(CalendarFeedStatusSchema, 'The link’s state.')],
    refuses: LIST,
  },
  {
    method: 'post',
    path: '/api/calendar-feed',
    operationId: 'issueCalendarFeed',
    tag: 'calendar-feed',
    summary: 'Makes a new link for the signed-in person; the previous one stops working',
    security: 'bearer',
    mountedWith: 'calendar-feed',
    body: EmptyBodySchema,
    answers: [created(CalendarFeedLinkSchema, 'The new link, shown this once.')],
    refuses: ['forbidden', 'conflict'],
  },
  {
    method: 'post',
    path: '/api/calendar-feed/revoke',
    operationId: 'revokeOwnCalendarFeed',
    tag: 'calendar-feed',
    summary: 'Revokes the signed-in person’s link',
    security: 'bearer',
    mountedWith: 'calendar-feed',
    body: EmptyBodySchema,
    answers: [ok(CalendarFeedRevocationSchema, 'How many links stopped working.')],
    refuses: ['conflict'],
  },
  {
    method: 'post',
    path: '/api/people/:id/calendar-feed/revoke',
    operationId: 'revokeCalendarFeedOf',
    tag: 'calendar-feed',
    summary: 'Revokes a person’s link (secretariat)',
    security: 'bearer',
    mountedWith: 'calendar-feed',
    id: 'person',
    body: EmptyBodySchema,
    answers: [ok(CalendarFeedRevocationSchema, 'How many links stopped working.')],
    refuses: ['invalid', 'forbidden', 'not_found', 'conflict'],
  },
  {
    method: 'get',
    path: '/calendar.ics',
    operationId: 'getSharedCalendar',
    tag: 'calendar-feed',
    summary: 'The withdrawn shared feed: always 410',
    security: 'none',
    mountedWith: 'calendar-feed',
    answers: [
      {
        status: 410,
        description: 'The shared link was withdrawn: each person has their own, in the app.',
        media: { 'text/plain': { schema: { type: 'string' } } },
      },
    ],
    refuses: [],
  },
  {
    method: 'get',
    path: PERSONAL_FEED_PATH,
    operationId: 'getPersonalCalendar',
    tag: 'calendar-feed',
    summary: 'A person’s ICS feed of the meetings members were told of',
    description:
      'Calendar apps cannot send a bearer token: the link’s token is the credential. An unknown or revoked token, or one whose holder left the committee, is a plain 404.',
    security: 'none',
    mountedWith: 'calendar-feed',
    query: z.object({
      token: z.string().meta({ description: 'The link’s secret token.' }),
    }),
    answers: [
      {
        status: 200,
        description: 'The feed (RFC 5545).',
        media: { 'text/calendar': { schema: { type: 'string' } } },
      },
      NOT_FOUND_TEXT,
    ],
    refuses: [],
  },
  // ---------------------------------------------------------------------------- public
  {
    method: 'get',
    path: '/public/meetings',
    operationId: 'listPublishedMeetings',
    tag: 'public',
    summary: 'The published meetings: agenda, participants, minutes (R5.6)',
    description: 'No sign-in; cacheable five minutes (`Cache-Control: public, max-age=300`).',
    security: 'none',
    answers: [ok(z.array(PublishedMeetingSchema), 'The published meetings.')],
    refuses: [],
  },
  {
    method: 'get',
    path: '/public/documents/:id',
    operationId: 'getPublishedDocument',
    tag: 'public',
    summary: 'A published document (the minutes of a published meeting)',
    security: 'none',
    id: 'document',
    answers: [
      {
        status: 200,
        description: 'The bytes, shown inline.',
        media: documentBytes,
        headers: documentHeaders('inline'),
      },
      NOT_FOUND_TEXT,
    ],
    refuses: [],
  },
];

/** Mounted, not described: each with its reason. */
export const EXCLUDED_ROUTES: ExcludedRoute[] = [
  {
    method: 'post',
    path: '/api/messages',
    reason:
      'The Bot Framework channel’s endpoint (bot/): its body is a Bot Framework Activity and its authentication the channel’s own JWT (or, anonymous, the local chat client’s key), not this API’s.',
  },
  {
    method: 'head',
    path: '/api/messages',
    reason: 'The Agents Playground’s reachability check of the bot endpoint.',
  },
  ...TAB_ROUTES.map((path): ExcludedRoute => ({
    method: 'get',
    path,
    reason: 'A page of the tab (its index.html, server/http/static-tab.ts), not an API.',
  })),
];

/** The described routes a server mounts, given what its mode mounts (server/app.ts). */
export function describedRoutes(mounted: { localSignIn: boolean; calendarFeed: boolean }) {
  return API_ROUTES.filter(
    (route) =>
      route.mountedWith === undefined ||
      (route.mountedWith === 'local-sign-in' && mounted.localSignIn) ||
      (route.mountedWith === 'calendar-feed' && mounted.calendarFeed),
  );
}

/** `:name` → `{name}`. */
export const openApiPath = (expressPath: string) =>
  expressPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

/** The path parameters' schema: each `:name` an id (what it names, said once per route). */
export function pathParameters(route: ApiRoute): z.ZodObject | undefined {
  const names = [...route.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]!);
  if (names.length === 0) return undefined;
  return z.object(
    Object.fromEntries(
      names.map((name) => [
        name,
        IdSchema.meta({ description: `The ${route.id ?? 'record'}’s id.` }),
      ]),
    ),
  );
}
