import type { MeetingSummary } from '../../api/client.js';

/*
 * Which meeting the meeting side panel is about. Pure, so it is tested without a browser.
 */

/**
 * Whether a meeting's Teams join link belongs to the meeting chat `chatId` (the link carries
 * the thread id, URL-encoded: `…/meetup-join/19%3ameeting_…%40thread.v2/0?…`).
 */
export function joinUrlMatchesChat(joinUrl: string | undefined, chatId: string): boolean {
  if (!joinUrl || !chatId) return false;
  try {
    return decodeURIComponent(joinUrl).includes(chatId);
  } catch {
    return joinUrl.includes(chatId);
  }
}

/**
 * In a Teams meeting, the meeting whose join link is this meeting's chat; otherwise the meeting
 * in progress, or else the next one (cancelled meetings aside).
 */
export function currentMeeting(
  meetings: MeetingSummary[],
  now: number,
  chatId?: string,
): MeetingSummary | undefined {
  if (chatId) {
    const linked = meetings.find((m) => joinUrlMatchesChat(m.joinUrl, chatId));
    if (linked) return linked;
  }
  const live = meetings.filter((m) => m.status !== 'cancelled');
  const inProgress = live.find((m) => Date.parse(m.start) <= now && now < Date.parse(m.end));
  if (inProgress) return inProgress;
  return live
    .filter((m) => Date.parse(m.start) > now)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];
}
