import { describe, expect, it } from 'vitest';
import {
  isViolation,
  transitionRevision,
  type RevisionState,
} from '../../../core/workflows/index.js';

const collecting: RevisionState = { status: 'collecting_support', supporterIds: [] };

describe('manual revision workflow (R13)', () => {
  it('counts each supporter once', () => {
    const once = transitionRevision(
      collecting,
      { type: 'SupportGiven', personId: 'a' },
      '2026-11-02T09:00:00Z',
    );
    if (isViolation(once)) throw new Error('refused');
    const twice = transitionRevision(
      once,
      { type: 'SupportGiven', personId: 'a' },
      '2026-11-02T09:01:00Z',
    );
    expect(twice).toMatchObject({ supporterIds: ['a'] });
  });

  it('is filed only with a third of the active seats, in the last quarter of the plan (R13.1)', () => {
    const supported: RevisionState = { ...collecting, supporterIds: ['a', 'b', 'c'] };
    const filed = transitionRevision(
      supported,
      { type: 'RevisionFiled', planEnd: '2026-12-31', activeSeats: 9 },
      '2026-11-02T09:00:00Z',
    );
    expect(filed).toMatchObject({ status: 'filed', filedOn: '2026-11-02' });
    const tooFew = transitionRevision(
      supported,
      { type: 'RevisionFiled', planEnd: '2026-12-31', activeSeats: 10 },
      '2026-11-02T09:00:00Z',
    );
    expect(isViolation(tooFew) && tooFew.details?.reason).toBe('too-few-supporters');
    const tooEarly = transitionRevision(
      supported,
      { type: 'RevisionFiled', planEnd: '2026-12-31', activeSeats: 9 },
      '2026-09-30T09:00:00Z',
    );
    expect(isViolation(tooEarly) && tooEarly.details?.reason).toBe('outside-window');
  });

  it('is voted only once scheduled at a meeting (R13.3)', () => {
    const filed: RevisionState = { status: 'filed', supporterIds: ['a'], filedOn: '2026-11-02' };
    expect(
      isViolation(
        transitionRevision(filed, { type: 'VoteOpened', decisionId: 'd' }, '2026-11-03T09:00:00Z'),
      ),
    ).toBe(true);
    const scheduled = transitionRevision(
      filed,
      { type: 'RevisionScheduled', meetingId: 'm' },
      '2026-11-03T09:00:00Z',
    );
    if (isViolation(scheduled)) throw new Error('refused');
    expect(
      transitionRevision(
        scheduled,
        { type: 'VoteOpened', decisionId: 'd' },
        '2026-11-20T09:00:00Z',
      ),
    ).toMatchObject({
      status: 'vote_open',
    });
  });
});
