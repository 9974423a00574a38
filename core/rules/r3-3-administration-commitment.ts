import { z } from 'zod';
import type { Localized } from '../i18n/localized.js';
import type { Verdict } from '../verdict.js';
import { OK, violation } from '../verdict.js';

export const AdministrationCommitmentInputSchema = z.object({
  /** The public body that would hold the administration seat. */
  organisationId: z.string().min(1),
  /** The commitments of the current national action plan (other fields are ignored). */
  commitments: z.array(z.object({ organisationId: z.string().min(1) })),
});
export type AdministrationCommitmentInput = z.infer<typeof AdministrationCommitmentInputSchema>;

const NO_COMMITMENT: Localized = {
  fr: 'Règle R3.3 : un siège de l’administration revient à un organisme public responsable d’au moins un engagement du plan d’action national en cours ; cet organisme n’en porte aucun.',
  ar: 'القاعدة R3.3: يعود مقعد الإدارة إلى هيئة عمومية مسؤولة عن التزام واحد على الأقل من خطة العمل الوطنية الجارية؛ وهذه الهيئة لا تتحمل أي التزام.',
  en: 'Rule R3.3: an administration seat goes to a public body responsible for at least one commitment of the current national action plan; this body has none.',
};

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
