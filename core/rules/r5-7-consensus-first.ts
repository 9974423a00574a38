import { z } from 'zod';
import type { MessageKey } from '../i18n/render.js';
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

const CONSENSUS_FIRST = 'rule.5_7.consensusFirst' satisfies MessageKey;

const BEFORE_RECORD = 'rule.5_7.beforeRecord' satisfies MessageKey;

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
