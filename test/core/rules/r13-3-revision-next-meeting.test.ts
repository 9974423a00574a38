import { describe, it, expect } from 'vitest';
import { ZodError } from 'zod';
import {
  checkRevisionDecidedAt,
  revisionMeeting,
} from '../../../core/rules/r13-3-revision-next-meeting.js';

const meetings = [
  { id: 'm1', day: '2026-10-05', status: 'held' as const },
  { id: 'm2', day: '2026-11-10', status: 'cancelled' as const },
  { id: 'm3', day: '2026-12-01', status: 'scheduled' as const },
  { id: 'm4', day: '2027-03-01', status: 'scheduled' as const },
];

describe('R13.3 revision decided at the next committee meeting', () => {
  it('picks the first meeting after the request, skipping cancelled ones', () => {
    expect(revisionMeeting({ filedOn: '2026-10-20', meetings })?.id).toBe('m3');
  });

  it('does not count a meeting on the filing day itself', () => {
    expect(revisionMeeting({ filedOn: '2026-10-05', meetings })?.id).toBe('m3');
    expect(revisionMeeting({ filedOn: '2026-10-04', meetings })?.id).toBe('m1');
  });

  it('returns undefined when no meeting follows', () => {
    expect(revisionMeeting({ filedOn: '2027-03-01', meetings })).toBeUndefined();
  });

  it('accepts the decision at the next meeting', () => {
    expect(checkRevisionDecidedAt('2026-10-20', '2026-12-01', meetings).ok).toBe(true);
  });

  it('refuses a decision at a later meeting, naming the next one', () => {
    const verdict = checkRevisionDecidedAt('2026-10-20', '2027-03-01', meetings);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.rule).toBe('R13.3');
    expect(verdict.details).toMatchObject({ reason: 'not-next-meeting', nextMeetingId: 'm3' });
    expect(verdict.message.en).toContain('art. 13');
  });

  it('refuses a decision at a meeting on or before the filing day', () => {
    const verdict = checkRevisionDecidedAt('2026-10-05', '2026-10-05', meetings);
    expect(!verdict.ok && verdict.details?.reason).toBe('before-request');
  });

  it('refuses when no meeting is held or scheduled after the request', () => {
    const verdict = checkRevisionDecidedAt('2027-03-01', '2027-04-01', meetings);
    expect(!verdict.ok && verdict.details?.reason).toBe('no-meeting');
  });

  it('refuses malformed input with a zod error', () => {
    expect(() =>
      revisionMeeting({
        filedOn: '2026-10-20',
        meetings: [{ id: 'x', day: '2026-12-01', status: 'done' as 'held' }],
      }),
    ).toThrow(ZodError);
    expect(() => checkRevisionDecidedAt('2026-10-20', 'soon', meetings)).toThrow(ZodError);
  });
});
