import { z } from 'zod';
import type { Localized } from '../i18n/localized.js';
import type { Verdict } from '../verdict.js';
import { OK, violation } from '../verdict.js';

export const VoterSeatStatusSchema = z.enum(['active', 'ceased']);
export const SeatRoleSchema = z.enum(['titular', 'alternate']);

export const VoterSchema = z.object({
  /** The person's roles from the store (never from a card or a request body). */
  roles: z.array(z.string()),
  /** The seat the person holds, if any. */
  seat: z.object({ status: VoterSeatStatusSchema, role: SeatRoleSchema }).optional(),
});
export type Voter = z.infer<typeof VoterSchema>;

/** Why a person has no vote. Each case cites the rule that takes the vote away. */
export type NoVoteReason =
  /** R6: the secretariat (the ministry) runs the committee and has no vote of its own. */
  | 'secretariat'
  /** R5.4: people external to the committee may attend a meeting without voting. */
  | 'external'
  /** R5.4 (and R4.2): observers attend without voting or scoring. */
  | 'observer'
  /** R12: the seat's membership has ended; its holders no longer vote. */
  | 'ceased'
  /** R13.2: votes belong to seats; a person without a seat has none. */
  | 'not-a-member';

const RULE_OF: Readonly<Record<NoVoteReason, string>> = {
  secretariat: 'R6',
  external: 'R5.4',
  observer: 'R5.4',
  ceased: 'R12.2',
  'not-a-member': 'R13.2',
};

const MESSAGES: Readonly<Record<NoVoteReason, Localized>> = {
  secretariat: {
    fr: 'Règle R6 : le secrétariat assure la coordination du comité mais n’a pas de voix ; seuls les titulaires et les suppléants des sièges actifs votent.',
    ar: 'القاعدة R6: تتولى الكتابة التنسيق داخل اللجنة لكن لا صوت لها؛ لا يصوت إلا الأعضاء الرسميون والمناوبون في المقاعد النشطة.',
    en: 'Rule R6: the secretariat coordinates the committee but has no vote; only titulars and alternates of active seats vote.',
  },
  external: {
    fr: 'Règle R5.4 : les personnes externes au comité peuvent assister aux réunions, sans droit de vote.',
    ar: 'القاعدة R5.4: يمكن للأشخاص من خارج اللجنة حضور الاجتماعات دون حق التصويت.',
    en: 'Rule R5.4: people from outside the committee may attend meetings, without a vote.',
  },
  observer: {
    fr: 'Règle R5.4 : les observateurs assistent aux travaux sans droit de vote.',
    ar: 'القاعدة R5.4: يحضر الملاحظون الأشغال دون حق التصويت.',
    en: 'Rule R5.4: observers attend without a vote.',
  },
  ceased: {
    fr: 'Règle R12.2 : l’adhésion attachée à ce siège a pris fin ; ses membres ne votent plus.',
    ar: 'القاعدة R12.2: انتهت العضوية المرتبطة بهذا المقعد؛ ولم يعد لأعضائه حق التصويت.',
    en: 'Rule R12.2: the membership attached to this seat has ended; its members no longer vote.',
  },
  'not-a-member': {
    fr: 'Règle R13.2 : le vote se fait par siège ; seuls les titulaires et les suppléants des sièges actifs du comité votent.',
    ar: 'القاعدة R13.2: يتم التصويت حسب المقاعد؛ لا يصوت إلا الأعضاء الرسميون والمناوبون في المقاعد النشطة للجنة.',
    en: 'Rule R13.2: votes are cast per seat; only titulars and alternates of the committee’s active seats vote.',
  },
};

/** The reason to report for a person without an active seat, most specific first. */
function reasonWithoutActiveSeat(voter: Voter): NoVoteReason {
  if (voter.seat?.status === 'ceased') return 'ceased';
  const roles = new Set(voter.roles);
  if (roles.has('secretariat')) return 'secretariat';
  if (roles.has('observer')) return 'observer';
  if (roles.has('external')) return 'external';
  return 'not-a-member';
}

/**
 * R5.4 / R6 / R12 / R13.2: whether a person may vote. Only the titular and the alternate of an
 * active seat vote (whether the alternate's ballot counts is `countBallots`' concern,
 * R13.2). Holding an active seat is what gives the vote: someone who also works for the
 * secretariat votes as a seat holder, never as the secretariat.
 *
 * Violation details: `{ reason: NoVoteReason }`; the verdict's `rule` is the rule behind the
 * reason (`R6`, `R5.4`, `R12.2`, `R13.2`).
 */
export function checkVotingRight(voter: z.input<typeof VoterSchema>): Verdict {
  const parsed = VoterSchema.parse(voter);
  if (parsed.seat?.status === 'active') return OK;
  const reason = reasonWithoutActiveSeat(parsed);
  return violation(RULE_OF[reason], MESSAGES[reason], {}, { reason });
}
