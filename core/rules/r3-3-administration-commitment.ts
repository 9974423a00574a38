import { z } from 'zod';
import type { MessageKey } from '../i18n/render.js';
import type { Verdict } from '../verdict.js';
import { OK, violation } from '../verdict.js';

export const AdministrationCommitmentInputSchema = z.object({
  /** The public body that would hold the administration seat. */
  organisationId: z.string().min(1),
  /** The commitments of the current national action plan (other fields are ignored). */
  commitments: z.array(z.object({ organisationId: z.string().min(1) })),
});
export type AdministrationCommitmentInput = z.infer<typeof AdministrationCommitmentInputSchema>;

const NO_COMMITMENT = 'rule.3_3.noCommitment' satisfies MessageKey;

/**
 * R3.3: an administration seat's organisation owns at least one commitment of the current
 * national action plan (NAP). The caller passes the current NAP's commitments only; which plan
 * is current is not this rule's concern.
 *
 * Violation details: `{ organisationId }`.
 */
export function checkAdministrationCommitment(
  input: z.input<typeof AdministrationCommitmentInputSchema>,
): Verdict {
  const { organisationId, commitments } = AdministrationCommitmentInputSchema.parse(input);
  // Art. 3: administration members represent bodies "responsables de l'implémentation d'un
  // ou plusieurs engagements" — owning one is enough.
  if (commitments.some((commitment) => commitment.organisationId === organisationId)) return OK;
  return violation('R3.3', NO_COMMITMENT, {}, { organisationId });
}
