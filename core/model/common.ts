import { z } from 'zod';
import { DaySchema, InstantSchema } from '../time.js';

/** A record id: opaque, stable, URL-safe (SharePoint item ids are numeric strings). */
export const IdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._:-]+$/, 'ids are letters, digits, dot, underscore, colon or dash');
export type Id = z.infer<typeof IdSchema>;

/** An Entra ID object id (`oid` in tokens, `aadObjectId` on bot activities). */
export const ObjectIdSchema = z.string().min(1).max(64);

/** The two colleges of the committee (R3.1), defined with the rule. */
export { CollegeSchema, type College } from '../rules/r3-1-seat-composition.js';

export const LocalizedSchema = z.object({
  fr: z.string(),
  ar: z.string(),
  en: z.string(),
});

/** Every text typed by a user and every file name (text hygiene: core/model/text.ts). */
export { TextSchema, OptionalTextSchema, FileNameSchema, type TextOptions } from './text.js';

export { DaySchema, InstantSchema };
