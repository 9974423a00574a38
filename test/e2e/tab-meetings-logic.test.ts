import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../core/contracts/index.js';
import {
  currentMeeting,
  joinUrlMatchesChat,
} from '../../tabs/src/screens/meeting/current-meeting.js';
import {
  moroccoDay,
  moroccoInstant,
  moroccoLocal,
  moroccoOffsetMinutes,
} from '../../tabs/src/i18n/morocco-time.js';

/*
 * The tab's meetings logic that needs no browser. Morocco time: a local date and time typed in
 * a form becomes an instant with the offset Africa/Casablanca has on that day — UTC+0 during
 * Ramadan, UTC+1 otherwise — read from the time-zone database through Intl, never a fixed
 * +01:00. And which meeting the meeting side panel shows.
 */
describe('tab Morocco time', () => {
  it('writes a Ramadan day with +00:00 and an ordinary day with +01:00', () => {
    // 2026: Ramadan runs from mid-February; clocks go back to UTC+1 after Eid al-Fitr.
    expect(moroccoInstant('2026-03-19', '10:00')).toBe('2026-03-19T10:00:00+00:00');
    expect(moroccoInstant('2026-03-26', '10:00')).toBe('2026-03-26T10:00:00+01:00');
    expect(moroccoInstant('2026-01-15', '09:30')).toBe('2026-01-15T09:30:00+01:00');
    expect(moroccoOffsetMinutes(Date.parse('2026-03-19T10:00:00Z'))).toBe(0);
    expect(moroccoOffsetMinutes(Date.parse('2026-07-01T10:00:00Z'))).toBe(60);
  });

  it('reads an instant back as the local date and time the form shows', () => {
    expect(moroccoLocal('2026-03-19T10:00:00+00:00')).toEqual({ day: '2026-03-19', time: '10:00' });
    expect(moroccoLocal('2026-03-26T09:00:00Z')).toEqual({ day: '2026-03-26', time: '10:00' });
    // 23:30 UTC on 31 December is already New Year's Day in Morocco (UTC+1).
    expect(moroccoDay(Date.parse('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });

  it('refuses malformed dates and times', () => {
    expect(moroccoInstant('', '10:00')).toBeUndefined();
    expect(moroccoInstant('2026-03-19', '')).toBeUndefined();
  });
});

const meeting = (id: string, start: string, end: string, extra: Partial<MeetingSummary> = {}) =>
  ({
    id,
    version: '1',
    title: id,
    start,
    end,
    online: true,
    status: 'noticed',
    source: 'tab',
    deadlines: { noticeBy: '2026-03-09' },
    flags: [],
    ...extra,
  }) as MeetingSummary;

describe('tab meeting side panel: which meeting', () => {
  const chat = '19:meeting_NmE3ZWQ4@thread.v2';
  const joinUrl = `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(chat)}/0?context=%7b%7d`;
  const march = meeting('march', '2026-03-19T10:00:00Z', '2026-03-19T12:00:00Z', { joinUrl });
  const june = meeting('june', '2026-06-18T09:00:00Z', '2026-06-18T11:00:00Z');
  const cancelled = meeting('cancelled', '2026-04-02T09:00:00Z', '2026-04-02T11:00:00Z', {
    status: 'cancelled',
  });

  it('recognises the Teams meeting chat in a join link', () => {
    expect(joinUrlMatchesChat(joinUrl, chat)).toBe(true);
    expect(joinUrlMatchesChat(joinUrl, '19:meeting_other@thread.v2')).toBe(false);
    expect(joinUrlMatchesChat(undefined, chat)).toBe(false);
  });

  it('takes the meeting of the Teams chat, else the one in progress, else the next one', () => {
    const all = [june, cancelled, march];
    expect(currentMeeting(all, Date.parse('2026-06-18T10:00:00Z'), chat)?.id).toBe('march');
    expect(currentMeeting(all, Date.parse('2026-03-19T11:00:00Z'))?.id).toBe('march');
    // The next one, skipping a cancelled meeting.
    expect(currentMeeting(all, Date.parse('2026-03-20T09:00:00Z'))?.id).toBe('june');
    expect(currentMeeting(all, Date.parse('2026-07-01T09:00:00Z'))).toBeUndefined();
  });
});
