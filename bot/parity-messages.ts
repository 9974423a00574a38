import type { Localized } from '../core/i18n/localized.js';

const ARABIC_SEATS =
  '{missing, plural, zero {لا مقعد} one {مقعد واحد} two {مقعدان} few {# مقاعد} many {# مقعدا} other {# مقعد}}';

/**
 * The texts of R3.2 as enforced (pending seats, an imbalance left by a cessation), as ICU
 * MessageFormat in French (default), Arabic and English. Core returns codes
 * (`seat-pending`, `composition-unbalanced`) with their params; the card renders them here.
 * `{college}` arrives already written out in the card's language.
 */
export const PARITY_MESSAGES = {
  'seat.pending': {
    fr: 'En attente de parité (R3.2) : ce siège n’est ni convoqué ni compté dans les votes.',
    ar: 'في انتظار التكافؤ (R3.2): لا يُستدعى هذا المقعد ولا يُحتسب في التصويت.',
    en: 'Pending parity (R3.2): this seat is neither invited nor counted in votes.',
  },
  'parity.finding.seat-pending': {
    fr: 'Il deviendra actif quand le collège {college} comptera {missing, plural, one {# siège} other {# sièges}} de plus.',
    ar: `سيصبح نشطا عندما يُضاف ${ARABIC_SEATS} إلى هيئة {college}.`,
    en: 'It becomes active when the {college} college has {missing, plural, one {# more seat} other {# more seats}}.',
  },
  'parity.finding.composition-unbalanced': {
    fr: 'Il manque {missing, plural, one {# siège actif} other {# sièges actifs}} au collège {college} pour rétablir la parité (R3.2).',
    ar: 'ينقص هيئة {college} {missing, plural, zero {لا مقعد نشط} one {مقعد نشط واحد} two {مقعدان نشطان} few {# مقاعد نشطة} many {# مقعدا نشطا} other {# مقعد نشط}} لاستعادة التكافؤ (R3.2).',
    en: 'The {college} college lacks {missing, plural, one {# active seat} other {# active seats}} to restore parity (R3.2).',
  },
  'parity.remedy.designate-administration': {
    fr: 'À faire : un organisme public désigne son titulaire et son suppléant par lettre officielle (R4.1).',
    ar: 'المطلوب: تعيين هيئة عمومية لعضوها الأصلي ومناوبه بمراسلة رسمية (R4.1).',
    en: 'To do: a public body designates its titular and alternate by an official letter (R4.1).',
  },
  'parity.remedy.select-civil-society': {
    fr: 'À faire : sélectionner une organisation de la société civile en remplacement, selon les étapes publiées (R4.6).',
    ar: 'المطلوب: انتقاء منظمة من المجتمع المدني للتعويض، وفق المراحل المنشورة (R4.6).',
    en: 'To do: select a civil-society organisation as a replacement, following the published steps (R4.6).',
  },
  'college.pendingSeats': {
    fr: '{count, plural, one {# siège en attente de parité} other {# sièges en attente de parité}}',
    ar: '{count, plural, zero {لا مقعد في انتظار التكافؤ} one {مقعد واحد في انتظار التكافؤ} two {مقعدان في انتظار التكافؤ} few {# مقاعد في انتظار التكافؤ} many {# مقعدا في انتظار التكافؤ} other {# مقعد في انتظار التكافؤ}}',
    en: '{count, plural, one {# seat pending parity} other {# seats pending parity}}',
  },
  'college.name.administration': {
    fr: 'de l’administration',
    ar: 'الإدارة',
    en: 'administration',
  },
  'college.name.civil_society': {
    fr: 'de la société civile',
    ar: 'المجتمع المدني',
    en: 'civil-society',
  },
} as const satisfies Record<string, Localized>;
