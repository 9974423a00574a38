import { DEFAULT_POLICY } from '../policy.js';
import type { Policy } from '../policy.js';
import { daysBetween, formatDayLong, localDay } from '../time.js';
import { OK, violation } from '../verdict.js';
import type { Verdict } from '../verdict.js';

/**
 * R5.2: the notice (date and agenda) reaches members at least `policy.noticeMinDays` calendar
 * days before the meeting: local meeting day − local notice day ≥ 10. Both days are taken on
 * Morocco's clock (core/time.ts, carried tz data), so a notice sent at 23:30 counts for that
 * day whatever the UTC offset (UTC+1 and UTC+0 in Ramadan until 2026-09-20, then UTC+0).
 * A late notice is refused: the chair can only postpone.
 */

const TOO_LATE = {
  fr: "L'avis de réunion doit parvenir aux membres au moins {required, plural, one {# jour} other {# jours}} avant la réunion (art. 5) : entre l'avis du {noticeDay} et la réunion du {meetingDay}, {remaining, plural, =0 {il ne reste aucun jour} one {il ne reste que # jour} other {il ne reste que # jours}}. La réunion doit être reportée.",
  ar: 'يجب أن يصل إشعار الاجتماع إلى الأعضاء قبل {required, plural, one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}} على الأقل من موعد الاجتماع (المادة 5): بين الإشعار المؤرخ في {noticeDay} والاجتماع المقرر في {meetingDay} {remaining, plural, zero {لا يبقى أي يوم} one {لا يبقى إلا يوم واحد} two {لا يبقى إلا يومان} few {لا يبقى إلا # أيام} many {لا يبقى إلا # يومًا} other {لا يبقى إلا # يوم}}. يجب تأجيل الاجتماع.',
  en: 'The meeting notice must reach members at least {required, plural, one {# day} other {# days}} before the meeting (art. 5): between the notice of {noticeDay} and the meeting of {meetingDay}, {remaining, plural, =0 {no day remains} one {only # day remains} other {only # days remain}}. The meeting must be postponed.',
};

/** R5.2: whether a notice sent at `noticeSentAt` is early enough for a meeting at `meetingStart`. */
export function checkNotice(
  meetingStart: string,
  noticeSentAt: string,
  policy: Policy = DEFAULT_POLICY,
): Verdict {
  const meetingDay = localDay(meetingStart);
  const noticeDay = localDay(noticeSentAt);
  const daysAhead = daysBetween(noticeDay, meetingDay);
  const required = policy.noticeMinDays;
  if (daysAhead >= required) return OK;
  return violation(
    'R5.2',
    TOO_LATE,
    {
      required,
      // A notice sent after the meeting leaves no day: the message does not count backwards.
      remaining: Math.max(daysAhead, 0),
      noticeDay: formatDayLong(noticeDay),
      meetingDay: formatDayLong(meetingDay),
    },
    { daysAhead, required, meetingDay, noticeDay },
  );
}
