import type { Localized } from '../localized.js';

/**
 * The calendar feed's texts (RFC 5545 SUMMARY/DESCRIPTION, the calendar's name), as ICU
 * MessageFormat in French (default), Arabic and English: the feed is written in its holder's
 * language (issue 3/8, item 2). Apostrophes are typographic (’): a straight one is an ICU
 * escape. Times arrive already written in the language (`{day}`, `{start}`…).
 */
export const CALENDAR_MESSAGES = {
  'calendar.name': {
    fr: 'Comité de pilotage OGP Maroc',
    ar: 'لجنة قيادة الشراكة من أجل الحكومة المنفتحة بالمغرب',
    en: 'OGP Morocco steering committee',
  },
  'calendar.organizer': {
    fr: 'Secrétariat du comité de pilotage OGP Maroc',
    ar: 'كتابة لجنة قيادة الشراكة من أجل الحكومة المنفتحة بالمغرب',
    en: 'Secretariat of the OGP Morocco steering committee',
  },
  'calendar.when.sameDay': {
    fr: 'Réunion du comité de pilotage OGP Maroc — {day}, de {start} à {end} (heure du Maroc, {offset}).',
    ar: 'اجتماع لجنة قيادة الشراكة من أجل الحكومة المنفتحة بالمغرب — {day}، من {start} إلى {end} (بتوقيت المغرب، {offset}).',
    en: 'OGP Morocco steering committee meeting — {day}, {start} to {end} (Morocco time, {offset}).',
  },
  'calendar.when.span': {
    fr: 'Réunion du comité de pilotage OGP Maroc — {day} à {start}, jusqu’au {until} (heure du Maroc, {offset}).',
    ar: 'اجتماع لجنة قيادة الشراكة من أجل الحكومة المنفتحة بالمغرب — {day} على الساعة {start}، إلى غاية {until} (بتوقيت المغرب، {offset}).',
    en: 'OGP Morocco steering committee meeting — {day} at {start}, until {until} (Morocco time, {offset}).',
  },
  'calendar.agenda': {
    fr: 'Ordre du jour :',
    ar: 'جدول الأعمال:',
    en: 'Agenda:',
  },
  'calendar.proposals': {
    fr: 'L’ordre du jour est ouvert aux propositions des membres pendant {days, plural, one {# jour} other {# jours}} après l’avis (art. 5, R5.3).',
    ar: 'يظل جدول الأعمال مفتوحا لاقتراحات الأعضاء {days, plural, zero {# يوم} one {يوما واحدا} two {يومين} few {# أيام} many {# يوما} other {# يوم}} بعد الإشعار (المادة 5، R5.3).',
    en: 'Members may propose agenda items for {days, plural, one {# day} other {# days}} after the notice (art. 5, R5.3).',
  },
} as const satisfies Record<string, Localized>;
