import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../core/contracts/index.js';
import {
  currentMeeting,
  joinUrlMatchesChat,
} from '../../tabs/src/screens/meeting/current-meeting.js';
import {
  moroccoDay,
  moroccoLocal,
  moroccoOffsetMinutes,
  moroccoWallClock,
} from '../../tabs/src/i18n/morocco-time.js';

/*
 * The tab's meetings logic that needs no browser. Morocco time comes from core/time.ts and its
 * carried tz data (never the browser's Intl): a date and time typed in a form are sent as the
 * API's wall-clock form `YYYY-MM-DDTHH:mm`, which the server converts. And which meeting the
 * meeting side panel shows.
 */
describe('tab Morocco time', () => {
  it('sends a typed date and time as the wall-clock form, whatever the offset that day', () => {
    expect(moroccoWallClock('2026-03-19', '10:00')).toBe('2026-03-19T10:00');
    expect(moroccoWallClock('2026-12-02', '14:30')).toBe('2026-12-02T14:30');
    // Ramadan 2026 UTC+0, summer UTC+1, permanent UTC+0 since 2026-09-20.
    expect(moroccoOffsetMinutes(Date.parse('2026-03-19T10:00:00Z'))).toBe(0);
    expect(moroccoOffsetMinutes(Date.parse('2026-07-01T10:00:00Z'))).toBe(60);
    expect(moroccoOffsetMinutes(Date.parse('2026-12-02T10:00:00Z'))).toBe(0);
  });

  it('reads an instant back as the local date and time the form shows', () => {
    expect(moroccoLocal('2026-03-19T10:00:00+00:00')).toEqual({ day: '2026-03-19', time: '10:00' });
    expect(moroccoLocal('2026-03-26T09:00:00Z')).toEqual({ day: '2026-03-26', time: '10:00' });
    expect(moroccoLocal('2026-12-02T14:30:00Z')).toEqual({ day: '2026-12-02', time: '14:30' });
    // 23:30 UTC on 31 December 2025 is already New Year's Day in Morocco (UTC+1 then)…
    expect(moroccoDay(Date.parse('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    // …but not on 2 December 2026 (UTC+0).
    expect(moroccoDay(Date.parse('2026-12-02T23:30:00Z'))).toBe('2026-12-02');
  });

  it('refuses malformed dates and times', () => {
    expect(moroccoWallClock('', '10:00')).toBeUndefined();
    expect(moroccoWallClock('2026-03-19', '')).toBeUndefined();
    expect(moroccoWallClock('2026-02-30', '10:00')).toBeUndefined();
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
