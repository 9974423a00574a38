import { z } from 'zod';
import {
  CollegeSchema,
  DaySchema,
  IdSchema,
  InstantSchema,
  LocalizedSchema,
  OptionalTextSchema,
  TextSchema,
} from '../model/common.js';
import { StaffRoleSchema } from '../model/person.js';
import { CessationCauseSchema, SeatStatusSchema } from '../model/seat.js';
import { DocumentRefSchema } from '../ports/documents.js';
import { permissionFields } from './permissions.js';

/** DTOs of the member register, shared by server/ (validation) and tabs/ (types). */

export const RoleSchema = z.enum([...StaffRoleSchema.options, 'titular', 'alternate']);
export type Role = z.infer<typeof RoleSchema>;

export const VerdictSchema = z.object({
  ok: z.literal(false),
  rule: z.string(),
  message: LocalizedSchema,
  details: z.record(z.string(), z.unknown()).optional(),
});

/**
 * R3.2 in codes, rendered by the edges (tab catalogs `parity.finding.*`, bot texts): why a
 * seat is pending, or why the active composition is unbalanced, and what the manual requires
 * of the college that lacks seats (R4.1 designation letter, R4.6 selection).
 */
export const ParityFindingSchema = z.object({
  rule: z.literal('R3.2'),
  key: z.enum(['seat-pending', 'composition-unbalanced']),
  params: z.object({
    administration: z.number().int().nonnegative(),
    civilSociety: z.number().int().nonnegative(),
    lacking: CollegeSchema,
    missing: z.number().int().positive(),
    remedy: z.enum(['designate-administration', 'select-civil-society']),
    remedyRule: z.enum(['R4.1', 'R4.6']),
    pending: z.number().int().nonnegative(),
  }),
});
export type ParityFinding = z.infer<typeof ParityFindingSchema>;

export const PersonViewSchema = z.object({
  id: IdSchema,
  displayName: z.string(),
  /** Left out where the reader may not see it (law 09-08; core/rules/visibility.ts). */
  email: z.string().optional(),
  guest: z.boolean(),
});
export type PersonView = z.infer<typeof PersonViewSchema>;

export const OrganisationViewSchema = z.object({
  id: IdSchema,
  name: z.string(),
  acronym: z.string().optional(),
  college: CollegeSchema,
  region: z.string().optional(),
  example: z.boolean(),
});
export type OrganisationView = z.infer<typeof OrganisationViewSchema>;

/** The secretariat's changes to a seat (R3.1 holders, R4.1 letter, R12.2 cessation, R3.2). */
export const SEAT_ACTIONS = [
  'replaceHolder',
  'recordLetter',
  'proposeCessation',
  'confirmCessation',
  'dismissCessation',
  'withdraw',
] as const;

export const SeatViewSchema = z.object({
  id: IdSchema,
  version: z.string(),
  college: CollegeSchema,
  status: SeatStatusSchema,
  organisation: OrganisationViewSchema,
  titular: PersonViewSchema.optional(),
  alternate: PersonViewSchema.optional(),
  mandateStart: DaySchema,
  mandateEnd: DaySchema,
  /** R4.7: how many consecutive mandates this one makes for its organisation (1, 2…). */
  term: z.number().int().positive(),
  designationLetter: DocumentRefSchema.optional(),
  cessation: z
    .object({
      cause: CessationCauseSchema,
      proposedAt: InstantSchema,
      confirmedAt: InstantSchema.optional(),
      effectiveOn: DaySchema.optional(),
      letter: DocumentRefSchema.optional(),
      note: z.string().optional(),
    })
    .optional(),
  /**
   * R3.2: the seat waits for parity — not active, not invited, not counted — since when and
   * why (absent `reason` only when it is about to be activated).
   */
  pending: z
    .object({ since: InstantSchema.optional(), reason: ParityFindingSchema.optional() })
    .optional(),
  /** The secretariat withdrew the seat while it was pending. */
  withdrawnAt: InstantSchema.optional(),
  /** Rule findings about this seat (e.g. R4.1 letter missing), shown next to it. */
  findings: z.array(VerdictSchema).default([]),
  /** What the signed-in person may change on this seat now, and why not (R3, R4.1, R12). */
  ...permissionFields(SEAT_ACTIONS),
});
export type SeatView = z.infer<typeof SeatViewSchema>;

export const ParityViewSchema = z.object({
  administration: z.number().int().nonnegative(),
  civilSociety: z.number().int().nonnegative(),
  balanced: z.boolean(),
  /** R3.2's verdict when parity is broken. */
  violation: VerdictSchema.optional(),
  /** R3.2: seats waiting for parity, per college (not counted above). */
  pending: z
    .object({
      administration: z.number().int().nonnegative(),
      civilSociety: z.number().int().nonnegative(),
    })
    .default({ administration: 0, civilSociety: 0 }),
  /** R3.2: the active imbalance (e.g. after a cessation) and what the manual requires. */
  imbalance: ParityFindingSchema.optional(),
});
export type ParityView = z.infer<typeof ParityViewSchema>;

export const CessationCandidateViewSchema = z.object({
  seatId: IdSchema,
  cause: z.enum(['absences', 'mandate-expired']),
  days: z.array(DaySchema).optional(),
});

export const CompositionViewSchema = z.object({
  administration: z.array(SeatViewSchema),
  civilSociety: z.array(SeatViewSchema),
  parity: ParityViewSchema,
  ceased: z.array(SeatViewSchema),
  /** R12.2: seats the system proposes to end; shown to the secretariat only. */
  cessationCandidates: z.array(CessationCandidateViewSchema),
  /** True when the register holds the fictional example committee. */
  example: z.boolean(),
  asOf: DaySchema,
});
export type CompositionView = z.infer<typeof CompositionViewSchema>;

/** What the signed-in person may start, apart from any record (the screens' « new » buttons). */
export const ME_ACTIONS = [
  'scheduleMeeting',
  'recordDecision',
  'submitCommunication',
  'requestRevision',
] as const;

export const MeViewSchema = z.object({
  person: PersonViewSchema,
  roles: z.array(RoleSchema),
  seatId: IdSchema.optional(),
  locale: z.enum(['fr', 'ar', 'en']).optional(),
  canManageRegister: z.boolean(),
  ...permissionFields(ME_ACTIONS),
});
export type MeView = z.infer<typeof MeViewSchema>;

/**
 * The language a person chose for everything the app sends them (cards, notices, calendar
 * text, the tab): `null` forgets the choice, and the client's language applies again.
 */
export const SetLanguageRequestSchema = z
  .object({ locale: z.enum(['fr', 'ar', 'en']).nullable() })
  .strict();
export type SetLanguageRequest = z.infer<typeof SetLanguageRequestSchema>;

/**
 * A person chosen from the register, or a new one named by UPN or mail. A new person's object
 * id comes from the directory at registration, never from this body: a tenant member must be
 * found there; a civil-society member (`guest`) is found by their guest account or, with
 * `invite`, invited as a guest.
 */
export const PersonInputSchema = z.union([
  z.object({ id: IdSchema }).strict(),
  z
    .object({
      displayName: TextSchema(120),
      email: z.email().max(254),
      guest: z.boolean().default(false),
      invite: z.boolean().default(false),
    })
    .strict(),
]);
export type PersonInput = z.infer<typeof PersonInputSchema>;

/** `GET /api/directory?email=…&guest=…`: who the directory knows by that UPN or mail. */
export const DirectoryLookupSchema = z
  .object({
    email: z.email().max(254),
    guest: z.enum(['true', 'false']).default('false'),
  })
  .strict();

export const DirectoryLookupViewSchema = z.object({
  /** `entra`: Microsoft 365 directory; `local`: embedded mode, a new person gets a local id. */
  source: z.enum(['entra', 'local']),
  found: z.object({ displayName: z.string(), email: z.string(), guest: z.boolean() }).optional(),
  /** The person already in the register with that account, if any. */
  registered: PersonViewSchema.optional(),
});
export type DirectoryLookupView = z.infer<typeof DirectoryLookupViewSchema>;

export const OrganisationInputSchema = z.union([
  z.object({ id: IdSchema }).strict(),
  z
    .object({
      name: TextSchema(200),
      acronym: OptionalTextSchema(30),
      region: OptionalTextSchema(80),
    })
    .strict(),
]);

export const AddSeatRequestSchema = z
  .object({
    college: CollegeSchema,
    organisation: OrganisationInputSchema,
    titular: PersonInputSchema,
    alternate: PersonInputSchema,
    mandateStart: DaySchema,
    mandateEnd: DaySchema,
    designationLetterId: IdSchema.optional(),
  })
  .strict();
export type AddSeatRequest = z.infer<typeof AddSeatRequestSchema>;

export const ReplaceHolderRequestSchema = z
  .object({
    role: z.enum(['titular', 'alternate']),
    person: PersonInputSchema,
    version: z.string().min(1),
  })
  .strict();
export type ReplaceHolderRequest = z.infer<typeof ReplaceHolderRequestSchema>;

export const DesignationLetterRequestSchema = z
  .object({ documentId: IdSchema, version: z.string().min(1) })
  .strict();

export const ProposeCessationRequestSchema = z
  .object({
    cause: CessationCauseSchema,
    letterDocumentId: IdSchema.optional(),
    note: OptionalTextSchema(1000, { multiline: true }),
    version: z.string().min(1),
  })
  .strict();

export const ConfirmCessationRequestSchema = z
  .object({ version: z.string().min(1), letterDocumentId: IdSchema.optional() })
  .strict();

export const DismissCessationRequestSchema = z.object({ version: z.string().min(1) }).strict();

/** R3.2: the secretariat sets aside a seat still pending for parity. */
export const WithdrawPendingSeatRequestSchema = z.object({ version: z.string().min(1) }).strict();

/** A successful change: the new state and any rule warnings (e.g. parity broken, R3.2). */
export const ChangeResponseSchema = <T extends z.ZodType>(value: T) =>
  z.object({ value, warnings: z.array(VerdictSchema) });
