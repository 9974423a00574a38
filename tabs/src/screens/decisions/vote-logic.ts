import type { VoteView } from '../../api/client.js';
import { moroccoLocal } from '../../i18n/morocco-time.js';

/*
 * What the vote panel says, as pure functions of the server's vote view (tested without a
 * browser). The rules stay on the server: these only choose the sentence and the layout.
 */

/** R13.2: one ballot per seat — which sentence tells the member whose ballot counts. */
export type BallotNote =
  /** The viewer's own ballot is the one counted for the seat. */
  | 'counted'
  /** The viewer is the alternate and the titular voted: the titular's ballot counts. */
  | 'titular-counts'
  /** The viewer is the titular and has not voted, the alternate has: it counts until then. */
  | 'alternate-counts'
  /** Nobody of the seat voted yet: how one ballot per seat works. */
  | 'one-ballot';

export function ballotNote(vote: Pick<VoteView, 'myBallot' | 'seatCountedVoter'>): BallotNote {
  if (vote.myBallot?.counted) return 'counted';
  if (vote.seatCountedVoter === 'titular') return 'titular-counts';
  if (vote.seatCountedVoter === 'alternate' && !vote.myBallot) return 'alternate-counts';
  return 'one-ballot';
}

/** The policy's threshold as a message selector (ICU select keys have no hyphen). */
export const thresholdKey = (threshold: VoteView['threshold']): 'least' | 'more' =>
  threshold === 'more-than-half' ? 'more' : 'least';

export type CollegeKey = 'administration' | 'civil_society';

export interface CollegeRow {
  college: CollegeKey;
  seats: number;
  yes: number;
  no: number;
  abstain: number;
  /** Seats whose ballot counts (from the server). */
  voted: number;
  /** Yes votes the college needs (R13.2, from the server). */
  needed: number;
  /** Whether the college's majority is reached (R13.2, decided by the server). */
  reached: boolean;
}

/**
 * The counts per college: the stored result once closed, else the live tally (the chair and
 * the secretariat see it while the vote is open). Undefined when the viewer sees neither.
 * Nothing is counted here: every number and each college's majority come from the server.
 */
export function collegeRows(
  vote: Pick<VoteView, 'tally' | 'result'>,
): { rows: CollegeRow[]; adopted: boolean } | undefined {
  const counts = vote.result ?? vote.tally;
  if (!counts) return undefined;
  const row = (college: CollegeKey): CollegeRow => {
    const c = college === 'administration' ? counts.administration : counts.civilSociety;
    const needed =
      college === 'administration' ? counts.needed.administration : counts.needed.civilSociety;
    return {
      college,
      seats: c.seats,
      yes: c.yes,
      no: c.no,
      abstain: c.abstain,
      voted: c.voted,
      needed,
      reached: c.reached,
    };
  };
  return { rows: [row('administration'), row('civil_society')], adopted: counts.adopted };
}

/**
 * A closing time to start the form with: `minutesAhead` from the server's now, rounded up to
 * the next quarter of an hour, as the Morocco date and time the inputs hold.
 */
export function defaultClosing(nowMs: number, minutesAhead = 60): { day: string; time: string } {
  const quarter = 15 * 60_000;
  const at = Math.ceil((nowMs + minutesAhead * 60_000) / quarter) * quarter;
  return moroccoLocal(new Date(at).toISOString());
}

/** A long text shortened for a link or a list, on a word boundary when one is near. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
