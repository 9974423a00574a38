import { describe, expect, it } from 'vitest';
import type { VoteView } from '../../core/contracts/index.js';
import {
  ballotNote,
  collegeRows,
  defaultClosing,
  excerpt,
  thresholdKey,
} from '../../tabs/src/screens/decisions/vote-logic.js';
import { moroccoOffsetLabel } from '../../tabs/src/i18n/morocco-time.js';

/*
 * What the tab's vote panel says, without a browser: whose ballot counts for a seat (R13.2,
 * one ballot per seat, the alternate's only when the titular does not vote), the counts per
 * college, and the closing time a chair's form starts with, in Morocco time.
 */

const ballot = (voter: 'titular' | 'alternate', counted: boolean) => ({
  choice: 'yes' as const,
  castAt: '2026-03-16T10:20:00Z',
  voter,
  counted,
});

describe('R13.2 one ballot per seat, as the vote panel words it', () => {
  it('tells the titular that their ballot counts', () => {
    expect(ballotNote({ myBallot: ballot('titular', true), seatCountedVoter: 'titular' })).toBe(
      'counted',
    );
  });

  it('tells the alternate that the titular’s ballot counts when both voted', () => {
    expect(ballotNote({ myBallot: ballot('alternate', false), seatCountedVoter: 'titular' })).toBe(
      'titular-counts',
    );
  });

  it('tells the alternate who has not voted that the titular’s ballot counts', () => {
    expect(ballotNote({ seatCountedVoter: 'titular' })).toBe('titular-counts');
  });

  it('tells the alternate that their ballot counts while the titular has not voted', () => {
    expect(ballotNote({ myBallot: ballot('alternate', true), seatCountedVoter: 'alternate' })).toBe(
      'counted',
    );
  });

  it('tells the titular who has not voted that the alternate’s ballot stands for the seat', () => {
    expect(ballotNote({ seatCountedVoter: 'alternate' })).toBe('alternate-counts');
  });

  it('explains one ballot per seat when nobody of the seat voted', () => {
    expect(ballotNote({})).toBe('one-ballot');
  });
});

describe('R13.2 counts per college', () => {
  /** A college's counts as the server sends them, its `voted` and `reached` included. */
  const college = (seats: number, yes: number, no: number, abstain: number, reached: boolean) => ({
    seats,
    yes,
    no,
    abstain,
    voted: yes + no + abstain,
    reached,
  });
  const result: NonNullable<VoteView['result']> = {
    administration: college(4, 2, 1, 0, true),
    civilSociety: college(4, 1, 0, 1, false),
    needed: { administration: 2, civilSociety: 2 },
    adopted: false,
    threshold: 'at-least-half',
  };

  it('reads the stored result once closed, seats that voted included', () => {
    expect(collegeRows({ result })).toEqual({
      adopted: false,
      rows: [
        {
          college: 'administration',
          seats: 4,
          yes: 2,
          no: 1,
          abstain: 0,
          voted: 3,
          needed: 2,
          reached: true,
        },
        {
          college: 'civil_society',
          seats: 4,
          yes: 1,
          no: 0,
          abstain: 1,
          voted: 2,
          needed: 2,
          reached: false,
        },
      ],
    });
  });

  it('shows nothing to a member while the vote is open (no tally in their view)', () => {
    expect(collegeRows({})).toBeUndefined();
  });

  it('takes each college’s majority and seats that voted from the server, never recounting', () => {
    // Values no arithmetic on yes/needed would give: the tab must show the server's (R13.2 is
    // decided once, in core; a college without seats is core's to judge).
    const decided = {
      ...result,
      civilSociety: { ...college(0, 0, 0, 0, false), voted: 3, reached: true },
      needed: { administration: 2, civilSociety: 0 },
    };
    expect(collegeRows({ result: decided })?.rows[1]).toMatchObject({ voted: 3, reached: true });
  });

  it('names the policy threshold for the message', () => {
    expect(thresholdKey('at-least-half')).toBe('least');
    expect(thresholdKey('more-than-half')).toBe('more');
  });
});

describe('the chair’s vote form', () => {
  it('starts an hour ahead, on the next quarter hour, in Morocco time (UTC+0 in Ramadan)', () => {
    expect(defaultClosing(Date.parse('2026-03-16T10:07:00Z'))).toEqual({
      day: '2026-03-16',
      time: '11:15',
    });
    // 22:50 UTC on 30 June is 23:50 in Morocco (UTC+1): an hour later, 00:50 on 1 July → 01:00.
    expect(defaultClosing(Date.parse('2026-06-30T22:50:00Z'))).toEqual({
      day: '2026-07-01',
      time: '01:00',
    });
    expect(moroccoOffsetLabel('2026-03-16', '11:00')).toBe('UTC+00:00');
    expect(moroccoOffsetLabel('2026-07-01', '11:00')).toBe('UTC+01:00');
  });

  it('shortens a long text on a word boundary', () => {
    expect(excerpt('Adopter le plan', 40)).toBe('Adopter le plan');
    expect(excerpt('Adopter le plan d’action national révisé', 20)).toBe('Adopter le plan…');
  });
});
