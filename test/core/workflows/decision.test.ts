import { describe, expect, it } from 'vitest';
import {
  isViolation,
  transitionDecision,
  type DecisionState,
} from '../../../core/workflows/index.js';

const now = '2026-06-15T10:00:00Z';
const discussion: DecisionState = { status: 'under_discussion' };

describe('decision workflow (R5.7, R13.2)', () => {
  it('adopts by consensus by default', () => {
    expect(transitionDecision(discussion, { type: 'ConsensusRecorded' }, now)).toMatchObject({
      status: 'consensus',
      consensusRecordedAt: now,
    });
  });

  it('refuses to open a vote before consensus is recorded as exhausted (R5.7)', () => {
    const next = transitionDecision(discussion, { type: 'VoteOpened', voteId: 'v1' }, now);
    expect(isViolation(next) && next.rule).toBe('R5.7');
  });

  it('opens the vote once the chair recorded exhausted consensus, then closes on the outcome', () => {
    const exhausted = transitionDecision(
      discussion,
      { type: 'ConsensusExhausted', by: 'chair' },
      now,
    );
    if (isViolation(exhausted)) throw new Error('refused');
    const open = transitionDecision(exhausted, { type: 'VoteOpened', voteId: 'v1' }, now);
    expect(open).toMatchObject({ status: 'vote_open', voteId: 'v1' });
    if (isViolation(open)) throw new Error('refused');
    expect(transitionDecision(open, { type: 'VoteClosed', adopted: false }, now)).toMatchObject({
      status: 'rejected',
    });
    expect(transitionDecision(open, { type: 'VoteClosed', adopted: true }, now)).toMatchObject({
      status: 'adopted',
    });
  });

  it('cannot reopen consensus once a vote closed', () => {
    const adopted: DecisionState = { status: 'adopted', consensusExhaustedAt: now };
    expect(isViolation(transitionDecision(adopted, { type: 'ConsensusRecorded' }, now))).toBe(true);
  });
});
