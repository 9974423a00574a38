import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { DEFAULT_POLICY, PolicySchema } from '../../../core/policy.js';
import {
  countBallots,
  doubleMajority,
  IGNORED_BALLOT_LABELS,
  votesNeeded,
  checkBallotOnTime,
  checkSeatInVote,
} from '../../../core/rules/r13-2-double-majority.js';

const tally = (adminSeats: number, adminYes: number, csSeats: number, csYes: number) => ({
  administration: { seats: adminSeats, yes: adminYes },
  civilSociety: { seats: csSeats, yes: csYes },
});
const AT_LEAST = { threshold: 'at-least-half' as const };
const MORE_THAN = { threshold: 'more-than-half' as const };

describe('R13.2 votes needed per college', () => {
  it('needs 3 of 5 seats under both thresholds', () => {
    expect(votesNeeded(5, 'at-least-half')).toBe(3);
    expect(votesNeeded(5, 'more-than-half')).toBe(3);
  });

  it('needs 2 of 4 seats at least half, 3 more than half', () => {
    expect(votesNeeded(4, 'at-least-half')).toBe(2);
    expect(votesNeeded(4, 'more-than-half')).toBe(3);
  });

  it('needs 1 of 1 seat under both thresholds', () => {
    expect(votesNeeded(1, 'at-least-half')).toBe(1);
    expect(votesNeeded(1, 'more-than-half')).toBe(1);
  });
});

describe('R13.2 double majority of the active seats', () => {
  it('uses "at least half" by default, as the manual is written', () => {
    expect(doubleMajority(tally(4, 2, 4, 2))).toEqual({
      adopted: true,
      needed: { administration: 2, civilSociety: 2 },
    });
  });

  it('rejects 2 of 4 under "more than half"', () => {
    expect(doubleMajority(tally(4, 2, 4, 3), MORE_THAN)).toEqual({
      adopted: false,
      needed: { administration: 3, civilSociety: 3 },
    });
    expect(doubleMajority(tally(4, 3, 4, 3), MORE_THAN).adopted).toBe(true);
  });

  it('adopts 3 of 5 and rejects 2 of 5 under both thresholds', () => {
    for (const policy of [AT_LEAST, MORE_THAN]) {
      expect(doubleMajority(tally(5, 3, 5, 3), policy).adopted).toBe(true);
      expect(doubleMajority(tally(5, 2, 5, 3), policy).adopted).toBe(false);
    }
  });

  it('also reads the threshold from a whole policy', () => {
    const policy = PolicySchema.parse({ doubleMajorityThreshold: 'more-than-half' });
    expect(doubleMajority(tally(4, 2, 4, 2), policy).adopted).toBe(false);
    expect(doubleMajority(tally(4, 2, 4, 2), DEFAULT_POLICY).adopted).toBe(true);
  });

  it('needs both colleges: a unanimous college does not carry the other', () => {
    expect(doubleMajority(tally(6, 6, 6, 2)).adopted).toBe(false);
    expect(doubleMajority(tally(6, 2, 6, 6)).adopted).toBe(false);
  });

  it('never adopts when a college has 0 seats, under either threshold', () => {
    expect(doubleMajority(tally(0, 0, 4, 4), AT_LEAST)).toEqual({
      adopted: false,
      needed: { administration: 0, civilSociety: 2 },
    });
    expect(doubleMajority(tally(4, 4, 0, 0), MORE_THAN).adopted).toBe(false);
    expect(doubleMajority(tally(0, 0, 0, 0)).adopted).toBe(false);
  });

  it('throws when yes votes exceed the seats, or on a negative or fractional count', () => {
    expect(() => doubleMajority(tally(3, 4, 3, 3))).toThrow(ZodError);
    expect(() => doubleMajority(tally(-1, 0, 3, 3))).toThrow(ZodError);
    expect(() => doubleMajority(tally(3, 1.5, 3, 3))).toThrow(ZodError);
  });
});

describe('R13.2 one ballot per seat, the alternate only without the titular', () => {
  const seats = [
    { seatId: 'a1', college: 'administration' as const },
    { seatId: 'a2', college: 'administration' as const },
    { seatId: 'c1', college: 'civil_society' as const },
    { seatId: 'c2', college: 'civil_society' as const },
  ];
  const ballot = (
    seatId: string,
    voter: 'titular' | 'alternate',
    choice: 'yes' | 'no' | 'abstain',
    castAt = '2026-03-10T10:00:00+01:00',
  ) => ({
    seatId,
    college: (seatId.startsWith('a') ? 'administration' : 'civil_society') as
      'administration' | 'civil_society',
    voter,
    choice,
    castAt,
  });

  it('ignores the alternate’s ballot when the titular voted', () => {
    const alternate = ballot('a1', 'alternate', 'no', '2026-03-10T09:00:00+01:00');
    const titular = ballot('a1', 'titular', 'yes');
    const result = countBallots([alternate, titular], seats);
    expect(result.counted).toEqual([titular]);
    expect(result.ignored).toEqual([{ ballot: alternate, reason: 'titular-voted' }]);
    expect(result.tally.administration).toEqual({ seats: 2, yes: 1, no: 0, abstain: 0 });
  });

  it('counts the alternate’s ballot when the titular did not vote', () => {
    const alternate = ballot('c1', 'alternate', 'yes');
    const result = countBallots([alternate], seats);
    expect(result.counted).toEqual([alternate]);
    expect(result.tally.civilSociety).toEqual({ seats: 2, yes: 1, no: 0, abstain: 0 });
  });

  it('ignores and reports a ballot for a seat that is not active', () => {
    const stray = ballot('c9', 'titular', 'yes');
    const result = countBallots([stray], seats);
    expect(result.counted).toEqual([]);
    expect(result.ignored).toEqual([{ ballot: stray, reason: 'not-an-active-seat' }]);
  });

  it('ignores a ballot naming another college than its seat’s', () => {
    const wrong = { ...ballot('a1', 'titular', 'yes'), college: 'civil_society' as const };
    expect(countBallots([wrong], seats).ignored).toEqual([
      { ballot: wrong, reason: 'college-mismatch' },
    ]);
  });

  it('counts a member’s latest ballot when they voted again', () => {
    const before = ballot('a2', 'titular', 'no', '2026-03-10T10:00:00+01:00');
    const after = ballot('a2', 'titular', 'yes', '2026-03-10T10:05:00+01:00');
    const result = countBallots([after, before], seats);
    expect(result.counted).toEqual([after]);
    expect(result.ignored).toEqual([{ ballot: before, reason: 'superseded' }]);
  });

  it('counts on the active seats: abstentions and missing votes do not lower the bar', () => {
    const result = countBallots(
      [
        ballot('a1', 'titular', 'yes'),
        ballot('a2', 'titular', 'abstain'),
        ballot('c1', 'titular', 'yes'),
      ],
      seats,
    );
    expect(result.tally).toEqual({
      administration: { seats: 2, yes: 1, no: 0, abstain: 1 },
      civilSociety: { seats: 2, yes: 1, no: 0, abstain: 0 },
    });
    expect(result.outcome).toEqual({
      adopted: true,
      needed: { administration: 1, civilSociety: 1 },
    });
    expect(
      countBallots(result.counted, seats, { doubleMajorityThreshold: 'more-than-half' }).outcome
        .adopted,
    ).toBe(false);
  });

  it('recomputes the same result from the same ballots, whatever their order', () => {
    const ballots = [
      ballot('a1', 'alternate', 'yes'),
      ballot('a1', 'titular', 'no'),
      ballot('a2', 'titular', 'yes'),
      ballot('c1', 'alternate', 'yes'),
      ballot('c2', 'titular', 'yes'),
    ];
    const forward = countBallots(ballots, seats);
    const backward = countBallots([...ballots].reverse(), seats);
    expect(backward.tally).toEqual(forward.tally);
    expect(backward.outcome).toEqual(forward.outcome);
    expect(backward.counted).toEqual(forward.counted);
  });

  it('adopts nothing when a college has no active seat', () => {
    const result = countBallots([ballot('a1', 'titular', 'yes')], [seats[0]!]);
    expect(result.tally.civilSociety.seats).toBe(0);
    expect(result.outcome.adopted).toBe(false);
  });

  it('explains every ignored ballot in the three languages', () => {
    expect(IGNORED_BALLOT_LABELS['titular-voted'].fr).toContain(
      'le suppléant ne vote que si le titulaire ne vote pas',
    );
    expect(IGNORED_BALLOT_LABELS['titular-voted'].ar).toContain('R13.2');
  });

  it('throws on a malformed ballot or a seat listed twice', () => {
    expect(() =>
      countBallots([{ ...ballot('a1', 'titular', 'yes'), castAt: 'now' }], seats),
    ).toThrow(ZodError);
    expect(() =>
      countBallots([{ ...ballot('a1', 'titular', 'yes'), choice: 'maybe' as never }], seats),
    ).toThrow(ZodError);
    expect(() => countBallots([], [...seats, seats[0]!])).toThrow(ZodError);
  });
});

describe('R13.2 ballots are received while the vote is open', () => {
  const vote = { status: 'open' as const, closesAt: '2026-03-02T12:00:00Z' };

  it('receives a ballot one second before the closing time', () => {
    expect(checkBallotOnTime(vote, '2026-03-02T11:59:59Z')).toEqual({ ok: true });
  });

  it('refuses a ballot at the closing time and after, naming it', () => {
    const verdict = checkBallotOnTime(vote, '2026-03-02T12:00:00Z');
    expect(verdict).toMatchObject({ ok: false, rule: 'R13.2', details: { reason: 'vote-closed' } });
    expect(checkBallotOnTime({ ...vote, status: 'closed' }, '2026-03-02T10:00:00Z').ok).toBe(false);
  });

  it('counts only the seats active when the vote opened', () => {
    const seats = [{ seatId: 's1' }, { seatId: 's2' }];
    expect(checkSeatInVote(seats, 's2').ok).toBe(true);
    expect(checkSeatInVote(seats, 's3')).toMatchObject({
      ok: false,
      rule: 'R13.2',
      details: { reason: 'seat-not-in-vote', seatId: 's3' },
    });
  });
});
