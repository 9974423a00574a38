import { z } from 'zod';
import { LocalizedSchema } from '../model/common.js';

/**
 * The error body of every API failure (RFC 9457 problem details, `application/problem+json`),
 * extended with the manual's rule id and its sentence in fr/ar/en when a rule refused.
 */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  /** Machine-readable reason: `invalid`, `unauthenticated`, `forbidden`, `not_found`, `conflict`, `rule`. */
  reason: z.enum([
    'invalid',
    'unauthenticated',
    'forbidden',
    'not_found',
    'conflict',
    'rule',
    'internal',
    // HTTP-level refusals (issue 10): wrong content type, foreign Host, too many requests.
    'unsupported_media_type',
    'misdirected',
    'too_many_requests',
  ]),
  rule: z.string().optional(),
  message: LocalizedSchema.optional(),
  /**
   * The catalog key `message` was written from (core/i18n/catalog/) and its parameters, so a
   * client can write the sentence in its own words; absent for older, inline sentences.
   */
  messageKey: z.string().optional(),
  messageParams: z.record(z.string(), z.unknown()).optional(),
  /** For `rule`: the rule's findings (e.g. `reason`, the numbers it compared). */
  details: z.record(z.string(), z.unknown()).optional(),
  /** For `invalid`: what is wrong, field by field. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;
