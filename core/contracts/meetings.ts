import { z } from 'zod';
import { MoroccoTimeInputSchema } from '../time.js';
import {
  DaySchema,
  IdSchema,
  InstantSchema,
  OptionalTextSchema,
  TextSchema,
} from '../model/common.js';
import { AttendanceCapacitySchema, MeetingStatusSchema } from '../model/meeting.js';
import { CollegeSchema } from '../model/common.js';
import { DocumentRefSchema } from '../ports/documents.js';
import { NoticeDeliveryIssueSchema, NoticeDeliverySchema } from './delivery.js';
import { permissionFields } from './permissions.js';
import { PersonViewSchema, VerdictSchema } from './register.js';

/** DTOs of the meetings workflow (R5), shared by server/, bot/ and tabs/. */

const Version = z.string().min(1);

/** Every date the manual sets for a meeting, computed on the Moroccan calendar. */
export const MeetingDeadlinesSchema = z.object({
  /** R5.2: the last local day the notice can be sent (meeting day − 10). */
  noticeBy: DaySchema,
  /** R5.3: proposals are accepted until this instant (exclusive), once the notice is sent. */
  proposalsCloseAt: InstantSchema.optional(),
  /** R5.5: minutes are shared by this day (inclusive), once the meeting is held. */
  minutesShareBy: DaySchema.optional(),
  /** R5.5: amendments are accepted until this day (inclusive), once the minutes are shared. */
  amendmentsUntil: DaySchema.optional(),
  /** R5.6: the first day the minutes, agenda and participant list can be published. */
  publishableFrom: DaySchema.optional(),
});
export type MeetingDeadlines = z.infer<typeof MeetingDeadlinesSchema>;

export const AgendaItemViewSchema = z.object({
  id: IdSchema,
  title: z.string(),
  presenter: z.string().optional(),
  documents: z.array(DocumentRefSchema),
  proposalId: IdSchema.optional(),
});

export const MeetingSummarySchema = z.object({
  id: IdSchema,
  version: z.string(),
  title: z.string(),
  start: InstantSchema,
  end: InstantSchema,
  location: z.string().optional(),
  online: z.boolean(),
  joinUrl: z.string().optional(),
  status: MeetingStatusSchema,
  source: z.enum(['tab', 'outlook']),
  noticeSentAt: InstantSchema.optional(),
  publishedAt: InstantSchema.optional(),
  deadlines: MeetingDeadlinesSchema,
  /** Rule findings on this meeting: a notice now impossible (R5.2), minutes late (R5.5)… */
  flags: z.array(VerdictSchema),
});
export type MeetingSummary = z.infer<typeof MeetingSummarySchema>;

export const ProposalViewSchema = z.object({
  id: IdSchema,
  version: z.string(),
  meetingId: IdSchema,
  proposer: PersonViewSchema,
  kind: z.enum(['agenda_item', 'date']),
  text: z.string(),
  proposedStart: InstantSchema.optional(),
  submittedAt: InstantSchema,
  status: z.enum(['pending', 'accepted', 'rejected']),
  response: z.object({ reason: z.string(), at: InstantSchema, by: PersonViewSchema }).optional(),
  /** The secretariat answers a pending proposal, with its reason. */
  ...permissionFields(['answer']),
});
export type ProposalView = z.infer<typeof ProposalViewSchema>;

/** One line of the roster: who was expected or attended, and how (R12.1 needs the seat). */
export const AttendanceViewSchema = z.object({
  person: PersonViewSchema,
  capacity: AttendanceCapacitySchema,
  seatId: IdSchema.optional(),
  college: CollegeSchema.optional(),
  organisation: z.string().optional(),
  status: z.enum(['present', 'excused', 'absent']).optional(),
  justification: z.string().optional(),
});
export type AttendanceView = z.infer<typeof AttendanceViewSchema>;

export const AmendmentViewSchema = z.object({
  id: IdSchema,
  version: z.string(),
  meetingId: IdSchema,
  author: PersonViewSchema,
  text: z.string(),
  submittedAt: InstantSchema,
  status: z.enum(['pending', 'integrated', 'answered']),
  answer: z.object({ text: z.string(), at: InstantSchema, by: PersonViewSchema }).optional(),
  /** The secretariat integrates or answers a pending amendment. */
  ...permissionFields(['answer']),
});
export type AmendmentView = z.infer<typeof AmendmentViewSchema>;

/** What a person may do with a meeting now (R5, R5.2, R5.3, R5.5, R5.6, R5.7, R12.1). */
export const MEETING_ACTIONS = [
  'edit',
  'cancel',
  'sendNotice',
  'propose',
  'answerProposals',
  'recordAttendance',
  'justifyAbsences',
  'shareMinutes',
  'amend',
  'publish',
  'recordDecision',
] as const;

export const MeetingDetailSchema = MeetingSummarySchema.extend({
  /** The server's clock when this view was made (countdowns run on it, not on the browser's). */
  asOf: InstantSchema,
  agenda: z.array(AgendaItemViewSchema),
  externalInvitees: z.array(
    z.object({ name: z.string(), email: z.string(), organisation: z.string().optional() }),
  ),
  proposals: z.array(ProposalViewSchema),
  attendance: z.array(AttendanceViewSchema),
  minutes: DocumentRefSchema.optional(),
  minutesSharedOn: DaySchema.optional(),
  /** Earlier start times, when the meeting was moved after its notice (newest last). */
  postponedFrom: z.array(InstantSchema),
  cancellationReason: z.string().optional(),
  amendments: z.array(AmendmentViewSchema),
  /**
   * Whether the members' windows are open now, whoever looks (R5.3 proposals, R5.5
   * amendments): a card sent to a channel shows its form while they are.
   */
  windowsOpen: z.object({ proposals: z.boolean(), amendments: z.boolean() }),
  /** R5.2: whom the current notice has reached (per person for the secretariat only). */
  noticeDelivery: NoticeDeliverySchema.optional(),
  /**
   * What the signed-in person may do now, and why not (the server decides with the checks its
   * actions refuse with; the UI only shows it).
   */
  ...permissionFields(MEETING_ACTIONS),
});
export type MeetingDetail = z.infer<typeof MeetingDetailSchema>;

const AgendaItemInputSchema = z
  .object({
    title: TextSchema(300, { multiline: true }),
    presenter: OptionalTextSchema(120),
    documentIds: z.array(IdSchema).max(20).default([]),
  })
  .strict();

const ExternalInviteeInputSchema = z
  .object({
    name: TextSchema(120),
    email: z.email().max(254),
    organisation: OptionalTextSchema(200),
  })
  .strict();

export const ScheduleMeetingRequestSchema = z
  .object({
    title: TextSchema(200),
    /** Morocco wall clock `YYYY-MM-DDTHH:mm`, no offset (core/time.ts converts it). */
    start: MoroccoTimeInputSchema,
    end: MoroccoTimeInputSchema,
    location: OptionalTextSchema(200),
    online: z.boolean().default(true),
    agenda: z.array(AgendaItemInputSchema).max(50).default([]),
    externalInvitees: z.array(ExternalInviteeInputSchema).max(50).default([]),
  })
  .strict();
export type ScheduleMeetingRequest = z.input<typeof ScheduleMeetingRequestSchema>;

/**
 * An agenda item in an update. With the `id` of an item of the meeting, it is that item (it
 * keeps its identity and its link to an accepted proposal, R5.3), and what it does not send is
 * unchanged: `presenter: null` removes the presenter, `documentIds: []` its documents. Without
 * `id`, it is a new item: a title is required, no presenter and no documents unless sent.
 */
export const AgendaItemUpdateSchema = z
  .object({
    id: IdSchema.optional(),
    title: TextSchema(300, { multiline: true }).optional(),
    presenter: TextSchema(120).nullable().optional(),
    documentIds: z.array(IdSchema).max(20).optional(),
  })
  .strict()
  .refine((item) => item.id !== undefined || item.title !== undefined, {
    path: ['title'],
    message: 'a new agenda item has a title',
  });

/**
 * An external invitee in an update, known by email: an invitee already invited keeps the
 * organisation it does not send (`organisation: null` removes it).
 */
export const ExternalInviteeUpdateSchema = z
  .object({
    name: TextSchema(120),
    email: z.email().max(254),
    organisation: TextSchema(200).nullable().optional(),
  })
  .strict();

/**
 * Editing or moving a meeting is a real PATCH: a field left out is unchanged, for every field
 * (no `.default()` may appear in this schema; test/core/update-schemas.test.ts checks it).
 * Clearing is always explicit: `location: null` removes the place; `agenda: []` and
 * `externalInvitees: []` empty those lists. A sent list replaces the list (its items as
 * described above); `version` is the version read (optimistic concurrency).
 */
export const UpdateMeetingRequestSchema = z
  .object({
    title: TextSchema(200).optional(),
    start: MoroccoTimeInputSchema.optional(),
    end: MoroccoTimeInputSchema.optional(),
    location: TextSchema(200).nullable().optional(),
    online: z.boolean().optional(),
    agenda: z.array(AgendaItemUpdateSchema).max(50).optional(),
    externalInvitees: z.array(ExternalInviteeUpdateSchema).max(50).optional(),
    version: Version,
  })
  .strict();
export type UpdateMeetingRequest = z.input<typeof UpdateMeetingRequestSchema>;

export const CancelMeetingRequestSchema = z
  .object({ version: Version, reason: TextSchema(500, { multiline: true }) })
  .strict();
export const SendNoticeRequestSchema = z.object({ version: Version }).strict();

export const SubmitProposalRequestSchema = z
  .object({
    kind: z.enum(['agenda_item', 'date']),
    text: TextSchema(1000, { multiline: true }),
    /** Morocco wall clock `YYYY-MM-DDTHH:mm`, no offset (core/time.ts converts it). */
    proposedStart: MoroccoTimeInputSchema.optional(),
  })
  .strict()
  .refine((p) => p.kind !== 'date' || p.proposedStart !== undefined, {
    path: ['proposedStart'],
    message: 'a date proposal names the proposed start',
  });
export type SubmitProposalRequest = z.input<typeof SubmitProposalRequestSchema>;

export const AnswerProposalRequestSchema = z
  .object({
    decision: z.enum(['accepted', 'rejected']),
    /** OGP's reasoned response: every answer gives its reason. */
    reason: TextSchema(1000, { multiline: true }),
    version: Version,
  })
  .strict();

export const RecordAttendanceRequestSchema = z
  .object({
    entries: z
      .array(
        z
          .object({
            personId: IdSchema,
            status: z.enum(['present', 'absent']),
          })
          .strict(),
      )
      .min(1)
      .max(200),
  })
  .strict();

export const JustifyAbsenceRequestSchema = z
  .object({
    personId: IdSchema,
    justified: z.boolean(),
    justification: OptionalTextSchema(1000, { multiline: true }),
  })
  .strict()
  .refine((j) => !j.justified || (j.justification ?? '').length > 0, {
    path: ['justification'],
    message: 'a justified absence states its justification',
  });

export const ShareMinutesRequestSchema = z
  .object({
    version: Version,
    /** An uploaded document (purpose `minutes`)… */
    documentId: IdSchema.optional(),
    /** …or minutes written in the tab. */
    text: TextSchema(200_000, { multiline: true }).optional(),
  })
  .strict()
  .refine((m) => (m.documentId === undefined) !== (m.text === undefined), {
    message: 'give either documentId or text',
  });

export const SubmitAmendmentRequestSchema = z
  .object({ text: TextSchema(4000, { multiline: true }) })
  .strict();

export const AnswerAmendmentRequestSchema = z
  .object({
    decision: z.enum(['integrated', 'answered']),
    text: TextSchema(2000, { multiline: true }),
    version: Version,
  })
  .strict();

export const PublishMeetingRequestSchema = z.object({ version: Version }).strict();

export const ConfirmHolidayRequestSchema = z
  .object({
    key: z.enum(['islamic_new_year', 'mawlid', 'eid_al_fitr', 'eid_al_adha']),
    date: DaySchema,
    source: OptionalTextSchema(300),
  })
  .strict();

/** Something due from the signed-in person, with its deadline. */
export const DueItemSchema = z.object({
  kind: z.enum([
    'send-notice',
    'propose',
    'answer-proposals',
    'record-attendance',
    'share-minutes',
    'amend',
    'answer-amendments',
    'publish',
  ]),
  meetingId: IdSchema,
  title: z.string(),
  /** The deadline: an instant (exclusive) or a local day (inclusive). */
  dueAt: InstantSchema.optional(),
  dueDay: DaySchema.optional(),
  late: z.boolean(),
});
export type DueItem = z.infer<typeof DueItemSchema>;

export const DashboardViewSchema = z.object({
  asOf: InstantSchema,
  due: z.array(DueItemSchema),
  upcoming: z.array(MeetingSummarySchema),
  /** The secretariat's view: semester coverage (R5.1) and every flagged meeting. */
  secretariat: z
    .object({
      semester: z.object({
        label: z.string(),
        start: DaySchema,
        end: DaySchema,
        covered: z.boolean(),
        flag: z.enum(['none', 'uncovered', 'uncovered-ending']),
        daysRemaining: z.number().int(),
        violation: VerdictSchema.optional(),
      }),
      flagged: z.array(MeetingSummarySchema),
      /** Notifications of any kind not delivered (failed or being retried). */
      undelivered: z.number().int().nonnegative(),
      /** R5.2: meetings ahead whose notice has not reached everyone, with who and why. */
      notices: z.array(NoticeDeliveryIssueSchema),
    })
    .optional(),
});
export type DashboardView = z.infer<typeof DashboardViewSchema>;

/** What the public sees of a published meeting (R5.6, R2.1). */
export const PublishedMeetingSchema = z.object({
  id: IdSchema,
  title: z.string(),
  start: InstantSchema,
  publishedAt: InstantSchema,
  agenda: z.array(z.object({ title: z.string(), presenter: z.string().optional() })),
  participants: z.array(
    z.object({
      name: z.string(),
      organisation: z.string().optional(),
      capacity: AttendanceCapacitySchema,
    }),
  ),
  minutes: z.object({ name: z.string(), url: z.string(), sha256: z.string() }).optional(),
});
export type PublishedMeeting = z.infer<typeof PublishedMeetingSchema>;
