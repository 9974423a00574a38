import { z } from 'zod';
import type { Localized } from '../i18n/localized.js';
import { InstantSchema, compareInstants, formatInstantLong } from '../time.js';
import type { Verdict } from '../verdict.js';
import { OK, violation } from '../verdict.js';

export const VoteOpeningSchema = z.object({
  /** When the chair recorded that every effort to reach a consensus was exhausted. */
  consensusExhaustedAt: InstantSchema.optional(),
  /** When the vote would open; checked against the chair's record when given. */
  opensAt: InstantSchema.optional(),
});
export type VoteOpening = z.infer<typeof VoteOpeningSchema>;

const CONSENSUS_FIRST: Localized = {
  fr: 'Règle R5.7 : le comité décide par consensus. Un vote n’est ouvert qu’exceptionnellement, après que la présidence a constaté que tous les efforts pour parvenir à un consensus ont été épuisés.',
  ar: 'القاعدة R5.7: تتخذ اللجنة قراراتها بالتوافق. ولا يُفتح التصويت إلا استثناءً، بعد أن تسجل الرئاسة استنفاد جميع الجهود المبذولة للوصول إلى التوافق.',
  en: 'Rule R5.7: the committee decides by consensus. A vote opens only exceptionally, after the chair has recorded that every effort to reach a consensus was exhausted.',
};

const BEFORE_RECORD: Localized = {
  fr: 'Règle R5.7 : un vote ne peut pas s’ouvrir avant le moment où la présidence a constaté l’épuisement des efforts de consensus ({exhaustedAt}).',
  ar: 'القاعدة R5.7: لا يمكن فتح التصويت قبل اللحظة التي سجلت فيها الرئاسة استنفاد جهود التوافق ({exhaustedAt}).',
  en: 'Rule R5.7: a vote cannot open before the moment the chair recorded that consensus efforts were exhausted ({exhaustedAt}).',
};

/**
 * R5.7: decisions are taken by consensus; a vote (decided by double majority, R13.2) may open
 * only after the chair recorded that consensus efforts were exhausted. When `opensAt` is
 * given, it may not precede that record (shown on Morocco's clock).
 *
 * Violation details: `{ reason: 'consensus-not-exhausted' }` or
 * `{ reason: 'before-consensus-exhausted', consensusExhaustedAt }`.
 */
export function checkVoteMayOpen(decision: z.input<typeof VoteOpeningSchema>): Verdict {
  const { consensusExhaustedAt, opensAt } = VoteOpeningSchema.parse(decision);
  if (consensusExhaustedAt === undefined) {
    return violation('R5.7', CONSENSUS_FIRST, {}, { reason: 'consensus-not-exhausted' });
  }
  if (opensAt !== undefined && compareInstants(opensAt, consensusExhaustedAt) < 0) {
    return violation(
      'R5.7',
      BEFORE_RECORD,
      { exhaustedAt: formatInstantLong(consensusExhaustedAt) },
      { reason: 'before-consensus-exhausted', consensusExhaustedAt },
    );
  }
  return OK;
}
