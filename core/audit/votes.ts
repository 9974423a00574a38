import type { z } from 'zod';
import type { AuditEntry } from '../model/audit.js';
import { BallotSchema, VoteSchema } from '../model/decision.js';
import { countBallots } from '../rules/r13-2-double-majority.js';

export interface VoteReplay {
  voteId: string;
  ballots: number;
  /** The result recomputed from the ballots in the log equals the one recorded at closing. */
  matches: boolean;
  recorded: { administration: number; civilSociety: number; adopted: boolean };
  recomputed: { administration: number; civilSociety: number; adopted: boolean };
}

const Closed = VoteSchema.required({ result: true });

/**
 * R13.2 "the result must be reproducible from the record": for every vote closed in the audit
 * log, replays the ballots the log recorded before the closing (the last state of each ballot)
 * over the seats frozen when the vote opened, and compares with the stored result.
 */
export function replayVotes(entries: readonly AuditEntry[]): VoteReplay[] {
  const replays: VoteReplay[] = [];
  for (const closing of entries.filter((e) => e.action === 'VoteClosed')) {
    const vote = Closed.safeParse(closing.after);
    if (!vote.success) continue;
    const ballots = new Map<string, z.infer<typeof BallotSchema>>();
    for (const entry of entries) {
      if (entry.seq >= closing.seq) break;
      if (entry.action !== 'BallotCast' && entry.action !== 'BallotChanged') continue;
      const ballot = BallotSchema.safeParse(entry.after);
      if (ballot.success && ballot.data.voteId === vote.data.id)
        ballots.set(ballot.data.id, ballot.data);
    }
    const count = countBallots(
      [...ballots.values()].map((b) => ({
        seatId: b.seatId,
        college: b.college,
        voter: b.voter,
        choice: b.choice,
        castAt: b.castAt,
      })),
      vote.data.seats,
      { doubleMajorityThreshold: vote.data.threshold },
    );
    const recorded = {
      administration: vote.data.result.administration.yes,
      civilSociety: vote.data.result.civilSociety.yes,
      adopted: vote.data.result.adopted,
    };
    const recomputed = {
      administration: count.tally.administration.yes,
      civilSociety: count.tally.civilSociety.yes,
      adopted: count.outcome.adopted,
    };
    replays.push({
      voteId: vote.data.id,
      ballots: ballots.size,
      matches:
        recorded.administration === recomputed.administration &&
        recorded.civilSociety === recomputed.civilSociety &&
        recorded.adopted === recomputed.adopted &&
        vote.data.result.administration.no === count.tally.administration.no &&
        vote.data.result.civilSociety.no === count.tally.civilSociety.no,
      recorded,
      recomputed,
    });
  }
  return replays;
}
