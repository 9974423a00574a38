import { z } from 'zod';
import { CollegeSchema, IdSchema, TextSchema } from './common.js';

/**
 * A public body (administration college) or a civil-society organisation (R3.1). An
 * organisation of the example committee carries `example: true` so the UI labels it.
 */
export const OrganisationSchema = z.object({
  id: IdSchema,
  name: TextSchema(200),
  acronym: z.string().trim().max(30).optional(),
  college: CollegeSchema,
  /** One of Morocco's 12 regions, for civil-society diversity (R4.5). */
  region: z.string().trim().max(80).optional(),
  status: z.enum(['active', 'dissolved']).default('active'),
  example: z.boolean().default(false),
});
export type Organisation = z.infer<typeof OrganisationSchema>;
