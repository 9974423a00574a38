import { z } from 'zod';
import { DaySchema, IdSchema, InstantSchema, OptionalTextSchema, TextSchema } from './common.js';

/** The meeting workflow's states (core/workflows/meeting.ts; R5). */
export const MeetingStatusSchema = z.enum([
  'draft',
  'noticed', // R5.2 notice sent; R5.3 proposal window runs
  'held',
  'minutes_shared', // R5.5 amendment window runs
  'amendment_closed', // R5.5 window over: publishable (R5.6)
  'published', // R5.6 on the national portal
  'postponed',
  'cancelled',
]);
export type MeetingStatus = z.infer<typeof MeetingStatusSchema>;

export const AgendaItemSchema = z.object({
  id: IdSchema,
  title: TextSchema(300, { multiline: true }),
  presenter: OptionalTextSchema(120),
  documentIds: z.array(IdSchema).default([]),
  /** Set when the item came from an accepted member proposal (R5.3). */
  proposalId: IdSchema.optional(),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export const ExternalInviteeSchema = z.object({
  name: TextSchema(120),
  email: z.email().max(254),
  organisation: OptionalTextSchema(200),
});

export const MeetingSchema = z.object({
  id: IdSchema,
  title: TextSchema(200),
  start: InstantSchema,
  end: InstantSchema,
  location: OptionalTextSchema(200),
  online: z.boolean().default(true),
  joinUrl: z.url().optional(),
  status: MeetingStatusSchema,
  agenda: z.array(AgendaItemSchema).default([]),
  externalInvitees: z.array(ExternalInviteeSchema).default([]),
  noticeSentAt: InstantSchema.optional(),
  heldAt: InstantSchema.optional(),
  minutesSharedOn: DaySchema.optional(),
  minutesDocumentId: IdSchema.optional(),
  publishedAt: InstantSchema.optional(),
  cancelledAt: InstantSchema.optional(),
  cancellationReason: OptionalTextSchema(500, { multiline: true }),
  /** The status it was cancelled from (core/rules/visibility.ts: a cancelled draft stays hidden). */
  cancelledFrom: MeetingStatusSchema.optional(),
  /** Earlier start times, newest last, when the meeting was postponed. */
  postponedFrom: z.array(InstantSchema).default([]),
  /** Outlook event id in the secretariat mailbox (Microsoft 365 mode). */
  calendarEventId: z.string().max(512).optional(),
  /** Set when the meeting was scheduled directly in Outlook and picked up (R5 flagged). */
  source: z.enum(['tab', 'outlook']).default('tab'),
});
export type Meeting = z.infer<typeof MeetingSchema>;

/** R5.3: a member proposes an agenda item or another date. */
export const ProposalSchema = z.object({
  id: IdSchema,
  meetingId: IdSchema,
  proposerId: IdSchema,
  kind: z.enum(['agenda_item', 'date']),
  text: TextSchema(1000, { multiline: true }),
  proposedStart: InstantSchema.optional(),
  submittedAt: InstantSchema,
  status: z.enum(['pending', 'accepted', 'rejected']),
  /** OGP's reasoned response: every proposal gets an answer with a reason. */
  response: z
    .object({ reason: TextSchema(1000, { multiline: true }), by: IdSchema, at: InstantSchema })
    .optional(),
});
export type Proposal = z.infer<typeof ProposalSchema>;

/** Attendance of one person at one meeting; absences are later justified or not (R12.1). */
export const AttendanceCapacitySchema = z.enum([
  'chair', // R5.4
  'titular',
  'alternate',
  'external', // R5.4: invited, attends without voting
  'secretariat', // R6
  'observer',
]);
export const AttendanceSchema = z.object({
  id: IdSchema,
  meetingId: IdSchema,
  personId: IdSchema,
  seatId: IdSchema.optional(),
  capacity: AttendanceCapacitySchema,
  status: z.enum(['present', 'excused', 'absent']),
  justification: OptionalTextSchema(1000, { multiline: true }),
  recordedBy: IdSchema,
  recordedAt: InstantSchema,
});
export type Attendance = z.infer<typeof AttendanceSchema>;

/** The minutes of a meeting: a document in the library, shared then published (R5.5, R5.6). */
export const MinutesSchema = z.object({
  id: IdSchema,
  meetingId: IdSchema,
  documentId: IdSchema,
  sharedOn: DaySchema.optional(),
  amendmentDeadline: DaySchema.optional(),
  publishedAt: InstantSchema.optional(),
});
export type Minutes = z.infer<typeof MinutesSchema>;

/** R5.5: a member's amendment to shared minutes, integrated or answered by the secretariat. */
export const AmendmentSchema = z.object({
  id: IdSchema,
  meetingId: IdSchema,
  authorId: IdSchema,
  text: TextSchema(4000, { multiline: true }),
  submittedAt: InstantSchema,
  status: z.enum(['pending', 'integrated', 'answered']),
  answer: z
    .object({ text: TextSchema(2000, { multiline: true }), by: IdSchema, at: InstantSchema })
    .optional(),
});
export type Amendment = z.infer<typeof AmendmentSchema>;
