import { z } from 'zod';
import { CollegeSchema, IdSchema, OptionalTextSchema, TextSchema } from './common.js';

/**
 * A public body (administration college) or a civil-society organisation (R3.1). An
 * organisation of the example committee carries `example: true` so the UI labels it.
 */
export const OrganisationSchema = z.object({
  id: IdSchema,
  name: TextSchema(200),
  acronym: OptionalTextSchema(30),
  college: CollegeSchema,
  /** One of Morocco's 12 regions, for civil-society diversity (R4.5). */
  region: OptionalTextSchema(80),
  status: z.enum(['active', 'dissolved']).default('active'),
  example: z.boolean().default(false),
});
export type Organisation = z.infer<typeof OrganisationSchema>;
