import {
  INTL_LOCALE,
  localize,
  toLocale,
  type Locale,
  type Localized,
  type MessageParam,
} from '../core/i18n/localized.js';
import { formatDay as formatLocalDay, formatMorocco } from '../core/time.js';
import { DECISION_MESSAGES } from './decision-messages.js';
import { MEETING_MESSAGES } from './meeting-messages.js';
import { PARITY_MESSAGES } from './parity-messages.js';
import { escapeMarkdown } from './cards/markdown.js';

export type { Locale };

/**
 * Every text the bot writes, as ICU MessageFormat in French (default), Arabic and English.
 * Counts go through `plural` so Arabic gets its six CLDR forms (zero, one, two, few, many,
 * other). Apostrophes are typographic (’): a straight one is an escape character in ICU.
 */
const ARABIC_ACTIVE_SEATS =
  '{count, plural, zero {لا مقاعد نشطة} one {مقعد نشط واحد} two {مقعدان نشطان} few {# مقاعد نشطة} many {# مقعدا نشطا} other {# مقعد نشط}}';

export const MESSAGES = {
  'welcome.title': {
    fr: 'Bienvenue au comité de pilotage OGP Maroc',
    ar: 'مرحبا بكم في لجنة قيادة الشراكة من أجل الحكومة المنفتحة بالمغرب',
    en: 'Welcome to the OGP Morocco steering committee',
  },
  'welcome.greeting': {
    fr: 'Bonjour {name} !',
    ar: 'مرحبا {name}!',
    en: 'Hello {name}!',
  },
  'welcome.body': {
    fr: 'Cette application tient le registre du comité de pilotage et applique son manuel : composition et parité des deux collèges, réunions, procès-verbaux et décisions. Les convocations et les votes vous parviendront dans cette conversation.',
    ar: 'يمسك هذا التطبيق سجل لجنة القيادة ويطبق دليل سيرها: تشكيلة الهيئتين والتكافؤ بينهما، والاجتماعات، والمحاضر، والقرارات. ستصلكم الدعوات والتصويتات في هذه المحادثة.',
    en: 'This app keeps the steering committee’s register and applies its manual: composition and parity of the two colleges, meetings, minutes and decisions. Notices and votes will reach you in this conversation.',
  },
  'welcome.unregistered': {
    fr: 'Votre compte ne figure pas encore au registre du comité : le secrétariat peut vous y ajouter.',
    ar: 'حسابكم غير مسجل بعد في سجل اللجنة: يمكن للكتابة إضافته.',
    en: 'Your account is not in the committee’s register yet: the secretariat can add it.',
  },
  'help.title': {
    fr: 'Ce que je sais faire',
    ar: 'ما يمكنني القيام به',
    en: 'What I can do',
  },
  'help.intro': {
    fr: 'Écrivez l’une de ces commandes :',
    ar: 'اكتبوا أحد هذه الأوامر:',
    en: 'Type one of these commands:',
  },
  'help.command.composition': {
    fr: '**composition** : la composition du comité et la parité entre les collèges (R3.2)',
    ar: '**تشكيلة**: تشكيلة اللجنة والتكافؤ بين الهيئتين (R3.2)',
    en: '**composition**: the committee’s composition and the parity between the colleges (R3.2)',
  },
  'help.command.help': {
    fr: '**aide** : ce message',
    ar: '**مساعدة**: هذه الرسالة',
    en: '**help**: this message',
  },
  'help.notUnderstood': {
    fr: 'Je n’ai pas compris « {text} ».',
    ar: 'لم أفهم «{text}».',
    en: 'I did not understand “{text}”.',
  },
  'help.command.language': {
    fr: '**langue** : choisir la langue dans laquelle l’application vous écrit',
    ar: '**اللغة**: اختيار اللغة التي يراسلكم بها التطبيق',
    en: '**language**: choose the language the app writes to you in',
  },
  'language.title': {
    fr: 'Votre langue',
    ar: 'لغتكم',
    en: 'Your language',
  },
  'language.body': {
    fr: 'Les cartes, les convocations, le texte de votre agenda et l’onglet du comité vous parviennent dans cette langue, quelle que soit celle de Teams.',
    ar: 'تصلكم البطاقات والدعوات ونص مفكرتكم وتبويب اللجنة بهذه اللغة، أيا كانت لغة Teams.',
    en: 'Cards, notices, your calendar text and the committee tab reach you in this language, whatever Teams’ language is.',
  },
  'language.current': {
    fr: 'Langue choisie : {language}.',
    ar: 'اللغة المختارة: {language}.',
    en: 'Chosen language: {language}.',
  },
  'language.none': {
    fr: 'Aucune langue choisie : je vous écris dans la langue de votre Teams, à défaut en français.',
    ar: 'لم تختاروا أي لغة: أراسلكم بلغة Teams لديكم، وإلا فبالفرنسية.',
    en: 'No language chosen: I write to you in your Teams language, otherwise in French.',
  },
  'language.saved': {
    fr: 'C’est noté : je vous écris désormais en français.',
    ar: 'تم التسجيل: سأراسلكم من الآن فصاعدا بالعربية.',
    en: 'Noted: I will write to you in English from now on.',
  },
  'language.cleared': {
    fr: 'C’est noté : je suivrai la langue de votre Teams.',
    ar: 'تم التسجيل: سأتبع لغة Teams لديكم.',
    en: 'Noted: I will follow your Teams language.',
  },
  'language.followClient': {
    fr: 'Suivre la langue de Teams',
    ar: 'اتباع لغة Teams',
    en: 'Follow Teams’ language',
  },
  'action.language': { fr: 'Langue', ar: 'اللغة', en: 'Language' },
  'action.composition': { fr: 'Composition', ar: 'التشكيلة', en: 'Composition' },
  'action.help': { fr: 'Aide', ar: 'مساعدة', en: 'Help' },
  'action.openMembers': {
    fr: 'Ouvrir la liste des membres',
    ar: 'فتح قائمة الأعضاء',
    en: 'Open the members list',
  },
  'composition.title': {
    fr: 'Composition du comité de pilotage',
    ar: 'تشكيلة لجنة القيادة',
    en: 'Steering committee composition',
  },
  'composition.asOf': { fr: 'Au {date}', ar: 'بتاريخ {date}', en: 'As of {date}' },
  'composition.example': {
    fr: 'Données d’exemple : ce comité est fictif, chargé pour découvrir l’application.',
    ar: 'بيانات للتجربة: هذه اللجنة وهمية، حُمّلت للتعرف على التطبيق.',
    en: 'Example data: this committee is fictional, loaded so that you can explore the app.',
  },
  'parity.balanced': {
    fr: 'Parité respectée (R3.2) : {count, plural, one {# siège actif} other {# sièges actifs}} pour chaque collège.',
    ar: `التكافؤ محترم (R3.2): ${ARABIC_ACTIVE_SEATS} لكل هيئة.`,
    en: 'Parity respected (R3.2): {count, plural, one {# active seat} other {# active seats}} for each college.',
  },
  'parity.broken': {
    fr: 'Parité rompue (règle {rule})',
    ar: 'التكافؤ غير محترم (القاعدة {rule})',
    en: 'Parity broken (rule {rule})',
  },
  'college.administration': { fr: 'Administration', ar: 'الإدارة', en: 'Administration' },
  'college.civilSociety': { fr: 'Société civile', ar: 'المجتمع المدني', en: 'Civil society' },
  'college.activeSeats': {
    fr: '{count, plural, =0 {aucun siège actif} one {# siège actif} other {# sièges actifs}}',
    ar: ARABIC_ACTIVE_SEATS,
    en: '{count, plural, =0 {no active seat} one {# active seat} other {# active seats}}',
  },
  'college.mandatesEnd': {
    fr: 'Mandats jusqu’au {date}',
    ar: 'الولايات إلى غاية {date}',
    en: 'Mandates until {date}',
  },
  'college.empty': {
    fr: 'Aucun siège dans ce collège.',
    ar: 'لا يوجد أي مقعد في هذه الهيئة.',
    en: 'No seat in this college.',
  },
  'seat.titular': { fr: 'Titulaire', ar: 'العضو الأصلي', en: 'Titular' },
  'seat.alternate': { fr: 'Suppléant', ar: 'العضو المناوب', en: 'Alternate' },
  'seat.mandateEnd': { fr: 'Fin de mandat', ar: 'نهاية الولاية', en: 'Mandate ends' },
  'seat.vacant': { fr: 'vacant', ar: 'شاغر', en: 'vacant' },
  'seat.draft': {
    fr: 'Brouillon : ce siège ne compte pas encore',
    ar: 'مسودة: لا يحتسب هذا المقعد بعد',
    en: 'Draft: this seat does not count yet',
  },
  'composition.ceased': {
    fr: '{count, plural, =0 {Aucun siège n’a cessé.} one {# siège a cessé (historique dans l’onglet du comité).} other {# sièges ont cessé (historique dans l’onglet du comité).}}',
    ar: '{count, plural, zero {لم ينته أي مقعد.} one {انتهى مقعد واحد (السجل في تبويب اللجنة).} two {انتهى مقعدان (السجل في تبويب اللجنة).} few {انتهت # مقاعد (السجل في تبويب اللجنة).} many {انتهى # مقعدا (السجل في تبويب اللجنة).} other {انتهى # مقعد (السجل في تبويب اللجنة).}}',
    en: '{count, plural, =0 {No seat has ceased.} one {# seat has ceased (history in the committee tab).} other {# seats have ceased (history in the committee tab).}}',
  },
  'notMember.title': {
    fr: 'Réservé aux membres du comité',
    ar: 'مخصص لأعضاء اللجنة',
    en: 'For committee members only',
  },
  'notMember.body': {
    fr: 'Votre compte ne figure pas au registre du comité de pilotage : je ne peux pas vous montrer ses informations. Si c’est une erreur, contactez le secrétariat.',
    ar: 'حسابكم غير مسجل في سجل لجنة القيادة، لذا لا يمكنني عرض معلوماتها. إذا كان في الأمر خطأ، اتصلوا بالكتابة.',
    en: 'Your account is not in the steering committee’s register, so I cannot show you its information. If this is a mistake, contact the secretariat.',
  },
  'error.title': {
    fr: 'Une erreur s’est produite',
    ar: 'حدث خطأ',
    en: 'Something went wrong',
  },
  'error.body': {
    fr: 'Je n’ai pas pu traiter votre demande. Réessayez dans un instant ; si le problème persiste, prévenez le secrétariat.',
    ar: 'تعذر عليّ معالجة طلبكم. أعيدوا المحاولة بعد قليل، وإذا استمر المشكل فأخبروا الكتابة.',
    en: 'I could not process your request. Try again in a moment; if the problem persists, tell the secretariat.',
  },
  'error.reference': {
    fr: 'Référence de l’incident : {reference}',
    ar: 'مرجع الحادث: {reference}',
    en: 'Incident reference: {reference}',
  },
  ...MEETING_MESSAGES,
  ...DECISION_MESSAGES,
  ...PARITY_MESSAGES,
} as const satisfies Record<string, Localized>;

export type MessageKey = keyof typeof MESSAGES;

/** One message of the catalog in every language (for feedback carried as a `Localized`). */
export function localized(key: MessageKey, params: Record<string, MessageParam> = {}): Localized {
  return localize(MESSAGES[key], params);
}

/**
 * Renders one message of the catalog in `locale`. In Arabic, each text parameter is a bidi
 * isolate (FSI … PDI), so a French title or name inside an Arabic sentence keeps its own
 * direction and does not reorder the punctuation around it.
 */
export function t(key: MessageKey, locale: Locale, params: Record<string, MessageParam> = {}) {
  if (locale !== 'ar') return localize(MESSAGES[key], params)[locale];
  const isolated = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'string' && /\p{Script=Latin}/u.test(value) ? `\u2068${value}\u2069` : value,
    ]),
  );
  return localize(MESSAGES[key], isolated)[locale];
}

/** A local day (`YYYY-MM-DD`) written out in `locale`, e.g. « 31 décembre 2026 ». */
export function formatDay(day: string, locale: Locale): string {
  return formatLocalDay(day, INTL_LOCALE[locale], { dateStyle: 'long' });
}

/**
 * Every time shown is Morocco's wall clock, from the one Morocco-time module (core/time.ts,
 * carried tz data): never Intl's own zone tables, which are wrong for Morocco since 2026-09-20.
 */
const DAY_FORMAT = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
const TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

/** An instant as Morocco's local date and time, e.g. « mardi 14 avril 2026 à 10:00 (heure du Maroc) ». */
export function formatInstant(instant: string, locale: Locale): string {
  return t('meeting.instant', locale, {
    day: formatMorocco(instant, INTL_LOCALE[locale], DAY_FORMAT),
    time: formatMorocco(instant, INTL_LOCALE[locale], TIME_FORMAT),
  });
}

/** A meeting's time span in Morocco time: « mardi 14 avril 2026, de 10:00 à 12:00 (heure du Maroc) ». */
export function formatSpan(start: string, end: string, locale: Locale): string {
  return t('meeting.timeRange', locale, {
    day: formatMorocco(start, INTL_LOCALE[locale], DAY_FORMAT),
    start: formatMorocco(start, INTL_LOCALE[locale], TIME_FORMAT),
    end: formatMorocco(end, INTL_LOCALE[locale], TIME_FORMAT),
  });
}

/** A deadline that is either a local day (`YYYY-MM-DD`, inclusive) or an instant. */
export function formatDue(due: string, locale: Locale): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(due) ? formatDay(due, locale) : formatInstant(due, locale);
}

/** Each UI language named in itself, as a language menu shows it. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  fr: 'Français',
  ar: 'العربية',
  en: 'English',
};

/**
 * The reply language (issue 3/8, item 2): the person's own choice in the register wins; without
 * one, the language of the command they just typed (« aide » is French, « مساعدة » Arabic) for
 * that answer; then the client's (`activity.locale`, e.g. `ar-MA`) when it is one of ours;
 * else French.
 */
export function pickLocale(
  activityLocale: string | undefined,
  personLocale?: Locale,
  typedLocale?: Locale,
): Locale {
  if (personLocale) return personLocale;
  if (typedLocale) return typedLocale;
  const language = (activityLocale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (activityLocale && toLocale(activityLocale) === language) return toLocale(activityLocale);
  return toLocale(undefined);
}

/**
 * Text typed by someone, on one line for a card: control characters, direction overrides and
 * runs of white space become one space (RLM/LRM and joiners stay), length bounded. Plain text:
 * for places that render no markdown (a choice's title, an input's value); in a TextBlock or a
 * FactSet use `plainEcho`.
 */
export function plainLine(text: string, max = 80): string {
  const cleaned = text
    .replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(cleaned);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : cleaned;
}

/**
 * Text typed by someone, safe to echo inside a TextBlock or a FactSet: `plainLine`, then with
 * its markdown escaped (bot/cards/markdown.ts), so that it shows literally and cannot become a
 * link, emphasis or a heading.
 */
export function plainEcho(text: string, max = 80): string {
  return escapeMarkdown(plainLine(text, max));
}
