import { describe, expect, it } from 'vitest';
import {
  isViolation,
  transitionCommunication,
  type CommunicationState,
} from '../../../core/workflows/index.js';

// Submitted Monday 5 October 2026: 2 business days → objections until Wednesday 7 October.
const submitted: CommunicationState = {
  status: 'submitted',
  submittedAt: '2026-10-05T09:00:00Z',
  objections: [],
};

describe('communication request workflow (R10.1)', () => {
  it('is validated by silence only after the objection window', () => {
    const early = transitionCommunication(
      submitted,
      { type: 'ObjectionWindowElapsed' },
      '2026-10-07T20:00:00Z',
    );
    expect(isViolation(early) && early.rule).toBe('R10.1');
    expect(
      transitionCommunication(
        submitted,
        { type: 'ObjectionWindowElapsed' },
        '2026-10-08T08:00:00Z',
      ),
    ).toMatchObject({ status: 'validated' });
  });

  it('goes to a vote after an objection, and is publishable only once validated', () => {
    const objected = transitionCommunication(
      submitted,
      { type: 'ObjectionRaised', personId: 'p1', reason: 'Le visuel n’est pas le bon.' },
      '2026-10-06T09:00:00Z',
    );
    expect(objected).toMatchObject({ status: 'objected' });
    if (isViolation(objected)) throw new Error('refused');
    expect(
      isViolation(
        transitionCommunication(
          objected,
          { type: 'CommunicationPublished' },
          '2026-10-09T09:00:00Z',
        ),
      ),
    ).toBe(true);
    const vote = transitionCommunication(
      objected,
      { type: 'VoteOpened', decisionId: 'd1' },
      '2026-10-09T09:00:00Z',
    );
    if (isViolation(vote)) throw new Error('refused');
    const rejected = transitionCommunication(
      vote,
      { type: 'VoteClosed', adopted: false },
      '2026-10-09T10:00:00Z',
    );
    expect(rejected).toMatchObject({ status: 'rejected' });
  });

  it('refuses an objection after the window (R10.1)', () => {
    const late = transitionCommunication(
      submitted,
      { type: 'ObjectionRaised', personId: 'p1', reason: 'Trop tard' },
      '2026-10-08T09:00:00Z',
    );
    expect(isViolation(late) && late.details?.reason).toBe('window-closed');
  });
});
