import { z } from 'zod';
import { IdSchema, ObjectIdSchema, TextSchema } from './common.js';

/**
 * Roles a person holds besides a seat. Seat roles (titular, alternate) come from the seats;
 * these come from the register kept by the secretariat (ARCHITECTURE.md "Identity and roles").
 */
export const StaffRoleSchema = z.enum([
  'secretariat', // R6: the ministry; manages, has no vote
  'chair', // R5.4: the Secretary-General, OGP point of contact
  'scorer', // R4.2: member of the selection committee
  'observer', // R4.2: attends without scoring or voting
  'external', // R5.4: invited, attends without voting
]);
export type StaffRole = z.infer<typeof StaffRoleSchema>;

export const PersonSchema = z.object({
  id: IdSchema,
  /** Entra object id: the key that tokens and bot activities carry. Unique. */
  aadObjectId: ObjectIdSchema,
  displayName: TextSchema(120),
  email: z.email().max(254),
  organisationId: IdSchema.optional(),
  roles: z.array(StaffRoleSchema).default([]),
  /** A B2B guest in the ministry tenant (most civil-society members). */
  guest: z.boolean().default(false),
  locale: z.enum(['fr', 'ar', 'en']).optional(),
  example: z.boolean().default(false),
});
export type Person = z.infer<typeof PersonSchema>;
