import { z } from 'zod';
import {
  AddSeatRequestSchema,
  AmendmentViewSchema,
  AnswerAmendmentRequestSchema,
  AnswerProposalRequestSchema,
  CalendarFeedLinkSchema,
  CalendarFeedRevocationSchema,
  CalendarFeedStatusSchema,
  CancelMeetingRequestSchema,
  CastBallotRequestSchema,
  ChangeResponseSchema,
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
  DirectoryLookupViewSchema,
  DismissCessationRequestSchema,
  FileRevisionRequestSchema,
  HolidayViewSchema,
  JustifyAbsenceRequestSchema,
  MeetingDetailSchema,
  MeetingSummarySchema,
  MeViewSchema,
  SetLanguageRequestSchema,
  NoticeDeliverySchema,
  ObjectRequestSchema,
  OpenVoteRequestSchema,
  OrganisationInputSchema,
  OrganisationViewSchema,
  PersonInputSchema,
  PersonViewSchema,
  PolicyViewSchema,
  ProblemSchema,
  ProposalViewSchema,
  ProposeCessationRequestSchema,
  PublishCommunicationRequestSchema,
  PublishedMeetingSchema,
  PublishMeetingRequestSchema,
  RecordAttendanceRequestSchema,
  ReplaceHolderRequestSchema,
  RetryNoticeDeliveryRequestSchema,
  RevisionViewSchema,
  ScheduleMeetingRequestSchema,
  SeatViewSchema,
  SendNoticeRequestSchema,
  ShareMinutesRequestSchema,
  SubjectVoteRequestSchema,
  SubmitAmendmentRequestSchema,
  SubmitCommunicationRequestSchema,
  SubmitProposalRequestSchema,
  TallySchema,
  UpdateMeetingRequestSchema,
  VerdictSchema,
  VoteViewSchema,
  WithdrawPendingSeatRequestSchema,
} from '../../../core/contracts/index.js';
import { DocumentRefSchema } from '../../../core/ports/documents.js';
import { WallClockSchema } from '../../../core/time.js';
import { ClientConfigSchema, HealthSchema } from '../health.js';
import {
  JwkSetSchema,
  LocalTokenSchema,
  SignInPersonSchema,
  TokenRequestSchema,
} from '../local-sign-in.js';

/**
 * The answer of a successful change (`sendOutcome` with `change`): the new state and the rule
 * warnings it raised (e.g. parity broken, R3.2). One instance per view, so each is one named
 * component of the document.
 */
export const SeatChangeSchema = ChangeResponseSchema(SeatViewSchema);
export const MeetingChangeSchema = ChangeResponseSchema(MeetingDetailSchema);
export const ProposalChangeSchema = ChangeResponseSchema(ProposalViewSchema);
export const AmendmentChangeSchema = ChangeResponseSchema(AmendmentViewSchema);
export const HolidaysChangeSchema = ChangeResponseSchema(z.array(HolidayViewSchema));
export const DecisionChangeSchema = ChangeResponseSchema(DecisionViewSchema);
export const VoteChangeSchema = ChangeResponseSchema(VoteViewSchema);
export const CommunicationChangeSchema = ChangeResponseSchema(CommunicationViewSchema);
export const RevisionChangeSchema = ChangeResponseSchema(RevisionViewSchema);

/**
 * A POST whose body is not read: the request guards still want `application/json` (a web page
 * cannot send JSON to another site without asking), so send `{}`.
 */
export const EmptyBodySchema = z
  .object({})
  .meta({ description: 'Nothing is read from the body: send `{}` as `application/json`.' });

/** This document itself (`GET /api/openapi.json`): its top level only. */
export const OpenApiDocumentSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});

/**
 * The named schemas of the answers (`#/components/schemas/<name>`), each the very zod schema
 * the use cases answer with (core/contracts, mostly): wherever one appears in another, the
 * document refers to it by this name. Names are the code's, without the `Schema` suffix.
 * Also here: the inputs nested in several request bodies (a person, an organisation, a Morocco
 * wall-clock time).
 */
export const NAMED_SCHEMAS: Record<string, z.ZodType> = {
  // Errors
  Problem: ProblemSchema,
  Verdict: VerdictSchema,
  // System and sign-in
  Health: HealthSchema,
  ClientConfig: ClientConfigSchema,
  SignInPerson: SignInPersonSchema,
  LocalToken: LocalTokenSchema,
  JwkSet: JwkSetSchema,
  // Register
  PersonView: PersonViewSchema,
  OrganisationView: OrganisationViewSchema,
  SeatView: SeatViewSchema,
  CompositionView: CompositionViewSchema,
  MeView: MeViewSchema,
  SetLanguageRequest: SetLanguageRequestSchema,
  DirectoryLookupView: DirectoryLookupViewSchema,
  DocumentRef: DocumentRefSchema,
  PersonInput: PersonInputSchema,
  OrganisationInput: OrganisationInputSchema,
  SeatChange: SeatChangeSchema,
  // Meetings
  MoroccoWallClock: WallClockSchema,
  MeetingSummary: MeetingSummarySchema,
  MeetingDetail: MeetingDetailSchema,
  NoticeDelivery: NoticeDeliverySchema,
  ProposalView: ProposalViewSchema,
  AmendmentView: AmendmentViewSchema,
  DashboardView: DashboardViewSchema,
  HolidayView: HolidayViewSchema,
  PublishedMeeting: PublishedMeetingSchema,
  MeetingChange: MeetingChangeSchema,
  ProposalChange: ProposalChangeSchema,
  AmendmentChange: AmendmentChangeSchema,
  HolidaysChange: HolidaysChangeSchema,
  // Decisions, votes, communications, revisions
  PolicyView: PolicyViewSchema,
  Tally: TallySchema,
  VoteView: VoteViewSchema,
  DecisionView: DecisionViewSchema,
  CommunicationView: CommunicationViewSchema,
  RevisionView: RevisionViewSchema,
  DecisionChange: DecisionChangeSchema,
  VoteChange: VoteChangeSchema,
  CommunicationChange: CommunicationChangeSchema,
  RevisionChange: RevisionChangeSchema,
  // Calendar feed
  CalendarFeedStatus: CalendarFeedStatusSchema,
  CalendarFeedLink: CalendarFeedLinkSchema,
  CalendarFeedRevocation: CalendarFeedRevocationSchema,
};

/** The named request bodies, each the schema its route (or use case) parses with. */
export const REQUEST_SCHEMAS: Record<string, z.ZodType> = {
  TokenRequest: TokenRequestSchema,
  AddSeatRequest: AddSeatRequestSchema,
  ReplaceHolderRequest: ReplaceHolderRequestSchema,
  DesignationLetterRequest: DesignationLetterRequestSchema,
  ProposeCessationRequest: ProposeCessationRequestSchema,
  ConfirmCessationRequest: ConfirmCessationRequestSchema,
  DismissCessationRequest: DismissCessationRequestSchema,
  WithdrawPendingSeatRequest: WithdrawPendingSeatRequestSchema,
  ScheduleMeetingRequest: ScheduleMeetingRequestSchema,
  UpdateMeetingRequest: UpdateMeetingRequestSchema,
  CancelMeetingRequest: CancelMeetingRequestSchema,
  SendNoticeRequest: SendNoticeRequestSchema,
  RetryNoticeDeliveryRequest: RetryNoticeDeliveryRequestSchema,
  SubmitProposalRequest: SubmitProposalRequestSchema,
  AnswerProposalRequest: AnswerProposalRequestSchema,
  RecordAttendanceRequest: RecordAttendanceRequestSchema,
  JustifyAbsenceRequest: JustifyAbsenceRequestSchema,
  ShareMinutesRequest: ShareMinutesRequestSchema,
  SubmitAmendmentRequest: SubmitAmendmentRequestSchema,
  AnswerAmendmentRequest: AnswerAmendmentRequestSchema,
  PublishMeetingRequest: PublishMeetingRequestSchema,
  ConfirmHolidayRequest: ConfirmHolidayRequestSchema,
  CreateDecisionRequest: CreateDecisionRequestSchema,
  DecisionStepRequest: DecisionStepRequestSchema,
  OpenVoteRequest: OpenVoteRequestSchema,
  CastBallotRequest: CastBallotRequestSchema,
  CloseVoteRequest: CloseVoteRequestSchema,
  SubmitCommunicationRequest: SubmitCommunicationRequestSchema,
  ObjectRequest: ObjectRequestSchema,
  SubjectVoteRequest: SubjectVoteRequestSchema,
  PublishCommunicationRequest: PublishCommunicationRequestSchema,
  CreateRevisionRequest: CreateRevisionRequestSchema,
  FileRevisionRequest: FileRevisionRequestSchema,
  EmptyBody: EmptyBodySchema,
};

/**
 * Gives each schema above its name as its zod metadata `id` (what `.meta({ id })` would do, on
 * the very instance the code uses, so every place it appears refers to it). zod-openapi then
 * renders each where it is used only: an answer as an answer, a request as a request — a
 * request may convert what it reads (a Morocco wall-clock time becomes an instant), which has
 * no JSON Schema as an answer. Idempotent.
 */
export function nameSchemas(): void {
  for (const [id, schema] of Object.entries({ ...NAMED_SCHEMAS, ...REQUEST_SCHEMAS })) {
    const meta = z.globalRegistry.get(schema);
    if (meta?.id === id) continue;
    if (meta?.id !== undefined) throw new Error(`schema ${id} is already named ${meta.id}`);
    z.globalRegistry.add(schema, { ...meta, id });
  }
}
