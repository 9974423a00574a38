import type { z } from 'zod';
import { AuditEntrySchema, AuditIntentSchema } from '../model/audit.js';
import { IdSchema } from '../model/common.js';
import { NationalActionPlanSchema } from '../model/nap.js';
import { OrganisationSchema } from '../model/organisation.js';
import { PersonSchema } from '../model/person.js';
import { SeatSchema } from '../model/seat.js';
import { HolidayConfirmationSchema } from '../model/holiday.js';
import {
  AmendmentSchema,
  AttendanceSchema,
  MeetingSchema,
  ProposalSchema,
} from '../model/meeting.js';
import { OutboxEntrySchema, SettingSchema } from '../model/outbox.js';
import { BallotSchema, DecisionSchema, VoteSchema } from '../model/decision.js';
import { CommunicationRequestSchema } from '../model/communication.js';
import { RevisionRequestSchema } from '../model/revision.js';
import { CalendarFeedKeySchema } from '../model/calendar-feed.js';
import { ConversationRecordSchema } from './conversations.js';
import { DocumentRefSchema } from './documents.js';
import type { CollectionSpec } from './repository.js';
import { fingerprint, normaliseText } from '../text.js';

/** An audit entry as a stored record: its id is its zero-padded sequence number. */
export const AuditRecordSchema = AuditEntrySchema.extend({ id: IdSchema });
export type AuditRecord = z.infer<typeof AuditRecordSchema>;
export const auditRecordId = (seq: number) => `audit-${String(seq).padStart(12, '0')}`;

function spec<T extends { id: string }, const F extends string>(
  name: string,
  schema: z.ZodType<T>,
  indexed: readonly F[],
  uniqueKey?: (value: T) => string,
): CollectionSpec<T, F> {
  return uniqueKey ? { name, schema, indexed, uniqueKey } : { name, schema, indexed };
}

/**
 * Every collection the app stores, with the fields its queries use. This list is the storage
 * schema of both adapters: SQLite tables (embedded/) and SharePoint lists (graph/).
 */
export const COLLECTIONS = {
  organisations: spec('organisations', OrganisationSchema, ['college', 'status']),
  people: spec('people', PersonSchema, ['aadObjectId', 'email'], (p) => `aad:${p.aadObjectId}`),
  seats: spec('seats', SeatSchema, [
    'organisationId',
    'college',
    'status',
    'titularId',
    'alternateId',
  ]),
  plans: spec('plans', NationalActionPlanSchema, ['status']),
  documents: spec('documents', DocumentRefSchema, ['purpose', 'sha256', 'uploadedBy']),
  holidayConfirmations: spec(
    'holidayConfirmations',
    HolidayConfirmationSchema,
    ['key', 'date'],
    (h) => `${h.key}:${h.date}`,
  ),
  conversations: spec(
    'conversations',
    ConversationRecordSchema,
    ['aadObjectId', 'kind', 'personId'],
    (c) => `conv:${c.conversationId}`,
  ),
  audit: spec('audit', AuditRecordSchema, ['seq', 'actorId'], (a) => `seq:${a.seq}`),
  /** Changes being saved, until their audit entry is appended (see AuditIntentSchema). */
  auditIntents: spec('auditIntents', AuditIntentSchema, ['collection']),
  meetings: spec('meetings', MeetingSchema, ['status', 'calendarEventId']),
  // The same proposal or amendment from the same person is one record, on every instance.
  proposals: spec(
    'proposals',
    ProposalSchema,
    ['meetingId', 'proposerId', 'status'],
    (p) => `${p.meetingId}:${p.proposerId}:${p.kind}:${fingerprint(normaliseText(p.text))}`,
  ),
  attendance: spec(
    'attendance',
    AttendanceSchema,
    ['meetingId', 'personId', 'seatId'],
    (a) => `${a.meetingId}:${a.personId}`,
  ),
  amendments: spec(
    'amendments',
    AmendmentSchema,
    ['meetingId', 'authorId', 'status'],
    (a) => `${a.meetingId}:${a.authorId}:${fingerprint(normaliseText(a.text))}`,
  ),
  outbox: spec('outbox', OutboxEntrySchema, ['status', 'meetingId'], (o) => o.key),
  settings: spec('settings', SettingSchema, ['key'], (s) => `setting:${s.key}`),
  decisions: spec('decisions', DecisionSchema, ['meetingId', 'status']),
  votes: spec('votes', VoteSchema, ['decisionId', 'status']),
  // R13.2: one ballot per (vote, seat, titular/alternate); a re-vote rewrites the same record.
  ballots: spec(
    'ballots',
    BallotSchema,
    ['voteId', 'seatId'],
    (b) => `${b.voteId}:${b.seatId}:${b.voter}`,
  ),
  communications: spec('communications', CommunicationRequestSchema, ['status', 'requesterId']),
  revisions: spec('revisions', RevisionRequestSchema, ['status', 'napId']),
  // A feed URL's token is found by its hash: one key per hash, on every instance.
  calendarFeeds: spec(
    'calendarFeeds',
    CalendarFeedKeySchema,
    ['personId', 'tokenHash', 'status'],
    (k) => `hash:${k.tokenHash}`,
  ),
} as const;

export type Collections = typeof COLLECTIONS;
export type CollectionName = keyof Collections;
export type RecordOf<K extends CollectionName> =
  Collections[K] extends CollectionSpec<infer T, string> ? T : never;
export type FieldOf<K extends CollectionName> =
  Collections[K] extends CollectionSpec<infer _T, infer F> ? F : never;

/**
 * The committee's records, with the subject type their audit entries name. Every change to one
 * of them goes through core/usecases/audited-write.ts, and `audit:verify` checks each current
 * record against the latest entry about it.
 */
export const AUDITED_COLLECTIONS = {
  organisations: 'organisation',
  people: 'person',
  seats: 'seat',
  plans: 'plan',
  documents: 'document',
  holidayConfirmations: 'holiday',
  meetings: 'meeting',
  proposals: 'proposal',
  attendance: 'attendance',
  amendments: 'amendment',
  decisions: 'decision',
  votes: 'vote',
  ballots: 'ballot',
  communications: 'communication',
  revisions: 'revision',
  // Who may read the committee's calendar is a committee matter: each key made or revoked is
  // in the log (it holds the token's hash only, never the token).
  calendarFeeds: 'calendarFeed',
} as const satisfies Partial<Record<CollectionName, string>>;
export type AuditedCollection = keyof typeof AUDITED_COLLECTIONS;

/**
 * The app's own working records, not the committee's: bot conversation references, the audit
 * log itself and its write-ahead intents, the outbox of notifications, small settings (cursors,
 * keys). They change without an audit entry.
 */
export const OPERATIONAL_COLLECTIONS = [
  'conversations',
  'audit',
  'auditIntents',
  'outbox',
  'settings',
] as const satisfies readonly CollectionName[];

export const isAuditedCollection = (name: string): name is AuditedCollection =>
  Object.hasOwn(AUDITED_COLLECTIONS, name);
