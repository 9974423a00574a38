import { z } from 'zod';
import type { MessageKey } from '../i18n/render.js';
import type { Verdict } from '../verdict.js';
import { OK, violation } from '../verdict.js';
import { CollegeSchema } from './r3-1-seat-composition.js';

export const DesignationInputSchema = z.object({
  college: CollegeSchema,
  /** The stored document of the body's official designation letter. */
  designationLetterId: z.string().optional(),
});
export type DesignationInput = z.infer<typeof DesignationInputSchema>;

const NO_LETTER = 'rule.4_1.noLetter' satisfies MessageKey;

/**
 * R4.1: an administration seat is designated by an official letter, stored as a document.
 * Civil-society seats are selected (R4.3–R4.6) and need no letter. A blank id counts as
 * missing.
 *
 * Violation details: `{ reason: 'no-designation-letter' }`.
 */
export function checkDesignationLetter(input: z.input<typeof DesignationInputSchema>): Verdict {
  const { college, designationLetterId } = DesignationInputSchema.parse(input);
  if (college !== 'administration') return OK;
  if (designationLetterId !== undefined && designationLetterId.trim() !== '') return OK;
  return violation('R4.1', NO_LETTER, {}, { reason: 'no-designation-letter' });
}
