import { describe, expect, it } from 'vitest';
import {
  isViolation,
  transitionMeeting,
  type MeetingState,
} from '../../../core/workflows/index.js';

const draft: MeetingState = {
  status: 'draft',
  start: '2026-06-15T09:00:00Z',
  end: '2026-06-15T12:00:00Z',
  postponedFrom: [],
};

describe('meeting workflow (R5)', () => {
  it('sends the notice 10 days ahead (R5.2) and records when', () => {
    const next = transitionMeeting(draft, { type: 'NoticeSent' }, '2026-06-05T10:00:00Z');
    expect(isViolation(next)).toBe(false);
    expect(next).toMatchObject({ status: 'noticed', noticeSentAt: '2026-06-05T10:00:00Z' });
  });

  it('refuses a notice 9 days ahead with R5.2, leaving the meeting a draft', () => {
    const next = transitionMeeting(draft, { type: 'NoticeSent' }, '2026-06-06T10:00:00Z');
    expect(isViolation(next) && next.rule).toBe('R5.2');
    expect(draft.status).toBe('draft');
  });

  it('postpones a noticed meeting and requires a new notice', () => {
    const noticed = transitionMeeting(draft, { type: 'NoticeSent' }, '2026-06-01T10:00:00Z');
    if (isViolation(noticed)) throw new Error('notice refused');
    const postponed = transitionMeeting(
      noticed,
      { type: 'MeetingPostponed', start: '2026-07-01T09:00:00Z', end: '2026-07-01T12:00:00Z' },
      '2026-06-10T10:00:00Z',
    );
    expect(postponed).toMatchObject({
      status: 'postponed',
      start: '2026-07-01T09:00:00Z',
      noticeSentAt: undefined,
      postponedFrom: ['2026-06-15T09:00:00Z'],
    });
    if (isViolation(postponed)) throw new Error('postpone refused');
    // R5.2 again: 11 June → 1 July is 20 days, accepted; 25 June → 1 July refused.
    expect(
      isViolation(transitionMeeting(postponed, { type: 'NoticeSent' }, '2026-06-25T10:00:00Z')),
    ).toBe(true);
    expect(
      transitionMeeting(postponed, { type: 'NoticeSent' }, '2026-06-11T10:00:00Z'),
    ).toMatchObject({
      status: 'noticed',
    });
  });

  it('cannot be held before its start nor without a notice', () => {
    expect(
      isViolation(transitionMeeting(draft, { type: 'MeetingHeld' }, '2026-06-15T10:00:00Z')),
    ).toBe(true);
    const noticed = transitionMeeting(
      draft,
      { type: 'NoticeSent' },
      '2026-06-01T10:00:00Z',
    ) as MeetingState;
    expect(
      isViolation(transitionMeeting(noticed, { type: 'MeetingHeld' }, '2026-06-15T08:59:00Z')),
    ).toBe(true);
    expect(
      transitionMeeting(noticed, { type: 'MeetingHeld' }, '2026-06-15T09:00:00Z'),
    ).toMatchObject({
      status: 'held',
    });
  });

  it('publishes only after the 2 business days of amendment (R5.5, R5.6)', () => {
    const held: MeetingState = { ...draft, status: 'held', noticeSentAt: '2026-06-01T10:00:00Z' };
    // Shared Wednesday 17 June 2026: amendments until Friday 19 June inclusive.
    const shared = transitionMeeting(
      held,
      { type: 'MinutesShared', documentId: 'doc-1' },
      '2026-06-17T10:00:00Z',
    );
    expect(shared).toMatchObject({ status: 'minutes_shared', minutesSharedOn: '2026-06-17' });
    if (isViolation(shared)) throw new Error('share refused');
    const early = transitionMeeting(shared, { type: 'MeetingPublished' }, '2026-06-19T20:00:00Z');
    expect(isViolation(early) && early.rule).toMatch(/^R5\.[56]$/);
    const closed = transitionMeeting(
      shared,
      { type: 'AmendmentWindowClosed' },
      '2026-06-20T08:00:00Z',
    );
    expect(closed).toMatchObject({ status: 'amendment_closed' });
    if (isViolation(closed)) throw new Error('close refused');
    expect(
      transitionMeeting(closed, { type: 'MeetingPublished' }, '2026-06-22T08:00:00Z'),
    ).toMatchObject({
      status: 'published',
      publishedAt: '2026-06-22T08:00:00Z',
    });
  });

  it('cannot cancel a meeting once held', () => {
    const held: MeetingState = { ...draft, status: 'held' };
    const next = transitionMeeting(
      held,
      { type: 'MeetingCancelled', reason: 'x' },
      '2026-06-16T10:00:00Z',
    );
    expect(isViolation(next) && next.rule).toBe('R5');
    expect(isViolation(next) && next.message.fr).toContain('tenue');
  });
});
