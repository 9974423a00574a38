import { DEFAULT_POLICY } from '../policy.js';
import type { Policy } from '../policy.js';
import {
  addDays,
  compareInstants,
  formatDayLong,
  localDay,
  parseInstant,
  startOfDay,
} from '../time.js';
import { OK, violation } from '../verdict.js';
import type { Verdict } from '../verdict.js';

/**
 * R5.3: for `policy.proposalWindowDays` calendar days after the notice is received, members
 * may propose agenda items or another date. The notice day is day 0; the window runs through
 * the end (23:59:59 local) of the third day after it, so its exclusive end is 00:00 local on
 * notice day + 4. Midnight is taken on Morocco's clock (core/time.ts): +01:00, +00:00 during
 * Ramadan until 2026-09-20, +00:00 since.
 */

/** R5.3: the instant (exclusive) at which proposals stop being accepted, with its local offset. */
export function proposalWindowCloses(
  noticeSentAt: string,
  policy: Policy = DEFAULT_POLICY,
): string {
  const noticeDay = localDay(noticeSentAt);
  return startOfDay(addDays(noticeDay, policy.proposalWindowDays + 1));
}

const CLOSED = {
  fr: "Les membres peuvent proposer des points à l'ordre du jour ou une autre date pendant les {days, plural, one {# jour qui suit} other {# jours qui suivent}} la réception de l'avis de réunion (art. 5) : la période ouverte par l'avis du {noticeDay} s'est close le {closesDay} à 00:00 (heure du Maroc).",
  ar: 'يمكن للأعضاء اقتراح نقاط لجدول الأعمال أو موعد آخر خلال {days, plural, one {اليوم الموالي} two {اليومين المواليين} few {الأيام الـ# الموالية} many {الـ# يومًا الموالية} other {الـ# يوم الموالية}} لتوصلهم بإشعار الاجتماع (المادة 5): أُغلقت الفترة التي فتحها إشعار {noticeDay} يوم {closesDay} على الساعة 00:00 (بتوقيت المغرب).',
  en: 'Members may propose agenda items or another date during the {days, plural, one {# day} other {# days}} after receiving the meeting notice (art. 5): the period opened by the notice of {noticeDay} closed on {closesDay} at 00:00 (Morocco time).',
};

const BEFORE_NOTICE = {
  fr: "Les propositions sur l'ordre du jour ou la date sont reçues après l'envoi de l'avis de réunion (art. 5) : l'avis n'est envoyé que le {noticeDay}.",
  ar: 'تُقبل الاقتراحات المتعلقة بجدول الأعمال أو الموعد بعد إرسال إشعار الاجتماع (المادة 5): لم يُرسل الإشعار إلا في {noticeDay}.',
  en: 'Proposals on the agenda or the date are received once the meeting notice is sent (art. 5): the notice is only sent on {noticeDay}.',
};

/**
 * R5.3: whether a proposal made at `at` falls in the window opened by the notice sent at
 * `noticeSentAt`. Refused before the notice and at or after the closing instant.
 */
export function checkProposalWindow(
  noticeSentAt: string,
  at: string,
  policy: Policy = DEFAULT_POLICY,
): Verdict {
  parseInstant(at);
  const noticeDay = localDay(noticeSentAt);
  const closesAt = proposalWindowCloses(noticeSentAt, policy);
  const details = {
    noticeSentAt,
    at,
    closesAt,
    noticeDay,
    proposalWindowDays: policy.proposalWindowDays,
  };
  if (compareInstants(at, noticeSentAt) < 0) {
    return violation(
      'R5.3',
      BEFORE_NOTICE,
      { noticeDay: formatDayLong(noticeDay) },
      { reason: 'before-notice', ...details },
    );
  }
  if (compareInstants(at, closesAt) >= 0) {
    return violation(
      'R5.3',
      CLOSED,
      {
        days: policy.proposalWindowDays,
        noticeDay: formatDayLong(noticeDay),
        closesDay: formatDayLong(localDay(closesAt)),
      },
      { reason: 'window-closed', ...details },
    );
  }
  return OK;
}
