import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../core/i18n/localized.js';
import type { AdaptiveCard } from '../../bot/cards/card.js';
import { compositionCard } from '../../bot/cards/composition-card.js';
import { errorCard } from '../../bot/cards/error-card.js';
import { helpCard } from '../../bot/cards/help-card.js';
import { notMemberCard } from '../../bot/cards/not-member-card.js';
import { welcomeCard } from '../../bot/cards/welcome-card.js';
import { byteSize, cardTexts, validationEvents } from './adaptive-cards.js';
import { compositionView, seatView } from './fixtures.js';

const balanced = compositionView(4, 4, { example: true, ceased: 1 });
const unbalanced = compositionView(4, 3);
const MEMBERS_URL = 'https://copil.example.org/tab/#/members';

/** Every card the bot can send, in each variant that changes its structure. */
const variants: Record<string, (locale: Locale) => AdaptiveCard> = {
  'welcome (registered member)': (l) => welcomeCard({ name: 'Salma Exemple', registered: true }, l),
  'welcome (unregistered person)': (l) => welcomeCard({ name: 'Visiteur', registered: false }, l),
  'welcome (channel)': (l) => welcomeCard({}, l),
  help: (l) => helpCard({}, l),
  'help (not understood)': (l) => helpCard({ notUnderstood: 'bonjour' }, l),
  'composition (balanced, example, link)': (l) =>
    compositionCard({ composition: balanced, membersUrl: MEMBERS_URL }, l),
  'composition (unbalanced)': (l) => compositionCard({ composition: unbalanced }, l),
  'composition (empty register)': (l) => compositionCard({ composition: compositionView(0, 0) }, l),
  'composition (draft and vacant seats)': (l) =>
    compositionCard(
      {
        composition: compositionView(2, 2, {
          extra: [seatView('civil_society', 3, { status: 'draft', alternate: undefined })],
        }),
      },
      l,
    ),
  'composition (pending seat, R3.2)': (l) =>
    compositionCard(
      {
        composition: compositionView(4, 4, {
          extra: [seatView('civil_society', 5, { status: 'pending' })],
        }),
      },
      l,
    ),
  'not a member': (l) => notMemberCard({}, l),
  'not allowed (use case message)': (l) =>
    notMemberCard({ message: { fr: 'Refusé.', ar: 'مرفوض.', en: 'Refused.' } }, l),
  error: (l) => errorCard({ reference: 'abcd1234' }, l),
  'error (refusal message)': (l) =>
    errorCard({ message: { fr: 'Conflit.', ar: 'تعارض.', en: 'Conflict.' } }, l),
};

describe('bot cards', () => {
  describe.each(LOCALES)('in %s', (locale) => {
    it.each(Object.keys(variants))(
      '%s parses as Adaptive Card 1.5 with no validation event',
      (name) => {
        const card = variants[name]!(locale);
        expect(card).toMatchObject({
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.5',
        });
        expect(validationEvents(card)).toEqual([]);
        expect(card.fallbackText.length).toBeGreaterThan(0);
      },
    );

    it('reads right to left in Arabic only', () => {
      for (const build of Object.values(variants)) {
        expect(build(locale).rtl).toBe(locale === 'ar' ? true : undefined);
      }
    });

    it('R3.2 shows the rule and its sentence when parity is broken', () => {
      const texts = cardTexts(compositionCard({ composition: unbalanced }, locale));
      const sentence = unbalanced.parity.violation!.message[locale];
      expect(texts).toContain(sentence);
      expect(texts.some((text) => text.includes('R3.2'))).toBe(true);
    });

    it('R3.2 says parity is respected when the colleges are equal, without the rule sentence', () => {
      const texts = cardTexts(compositionCard({ composition: balanced }, locale));
      const line = { fr: 'Parité respectée', ar: 'التكافؤ محترم', en: 'Parity respected' }[locale];
      expect(texts.some((text) => text.startsWith(line) && text.includes('R3.2'))).toBe(true);
      expect(texts.join('\n')).not.toContain(
        compositionView(4, 3).parity.violation!.message[locale],
      );
    });

    it('lists every seat with its organisation, titular, alternate and mandate end', () => {
      const texts = cardTexts(compositionCard({ composition: balanced }, locale));
      for (const seat of [...balanced.administration, ...balanced.civilSociety]) {
        expect(texts.some((text) => text.startsWith(seat.organisation.name))).toBe(true);
        expect(texts).toContain(seat.titular!.displayName);
        expect(texts).toContain(seat.alternate!.displayName);
      }
      const end = { fr: '31 décembre 2026', ar: '31 دجنبر 2026', en: '31 December 2026' }[locale];
      // Mandates ending together (they follow the NAP) are dated once per college.
      expect(texts.filter((text) => text.endsWith(end))).toHaveLength(2);
    });

    it('dates each mandate when a college’s mandates end on different days', () => {
      const composition = compositionView(1, 1, {
        extra: [seatView('administration', 2, { mandateEnd: '2027-06-30' })],
      });
      const texts = cardTexts(compositionCard({ composition }, locale));
      const label = { fr: 'Fin de mandat', ar: 'نهاية الولاية', en: 'Mandate ends' }[locale];
      expect(texts.filter((text) => text === label)).toHaveLength(2);
      expect(texts).toContain(
        { fr: '30 juin 2027', ar: '30 يونيو 2027', en: '30 June 2027' }[locale],
      );
    });

    it('R3.2 shows a pending seat as pending, with its reason and what the manual requires', () => {
      const composition = compositionView(4, 4, {
        extra: [seatView('civil_society', 5, { status: 'pending' })],
      });
      const texts = cardTexts(compositionCard({ composition }, locale));
      const pending = {
        fr: 'En attente de parité (R3.2)',
        ar: 'في انتظار التكافؤ (R3.2)',
        en: 'Pending parity (R3.2)',
      }[locale];
      expect(texts.some((text) => text.startsWith(pending))).toBe(true);
      const reason = {
        fr: 'quand le collège de l’administration comptera 1 siège de plus',
        ar: 'عندما يُضاف مقعد واحد إلى هيئة الإدارة',
        en: 'when the administration college has 1 more seat',
      }[locale];
      expect(texts.some((text) => text.includes(reason))).toBe(true);
      expect(texts.some((text) => text.includes('(R4.1)'))).toBe(true);
      // Counted apart: the college still shows 4 active seats.
      const seats = { fr: '4 sièges actifs', ar: '4 مقاعد نشطة', en: '4 active seats' }[locale];
      expect(texts.filter((text) => text.includes(seats)).length).toBeGreaterThanOrEqual(2);
    });

    it('R3.2 flags an imbalance left by a cessation with what the manual requires (R4.6)', () => {
      const texts = cardTexts(compositionCard({ composition: unbalanced }, locale));
      const remedy = {
        fr: 'sélectionner une organisation de la société civile',
        ar: 'انتقاء منظمة من المجتمع المدني',
        en: 'select a civil-society organisation',
      }[locale];
      expect(texts.some((text) => text.includes(remedy) && text.includes('R4.6'))).toBe(true);
    });

    it('labels the example committee and links the members page only when configured', () => {
      const withLink = compositionCard({ composition: balanced, membersUrl: MEMBERS_URL }, locale);
      expect(withLink.actions).toEqual([
        expect.objectContaining({ type: 'Action.OpenUrl', url: MEMBERS_URL }),
      ]);
      const example = { fr: 'Données d’exemple', ar: 'بيانات للتجربة', en: 'Example data' }[locale];
      expect(cardTexts(withLink).some((text) => text.startsWith(example))).toBe(true);
      const real = compositionCard({ composition: { ...balanced, example: false } }, locale);
      expect(real.actions).toBeUndefined();
      expect(cardTexts(real).some((text) => text.startsWith(example))).toBe(false);
    });

    it('stays under the 28 KB card limit, even for a large committee with long names', () => {
      expect(byteSize(compositionCard({ composition: balanced }, locale))).toBeLessThan(28 * 1024);
      const large = compositionView(20, 19, { ceased: 12 });
      expect(
        byteSize(compositionCard({ composition: large, membersUrl: MEMBERS_URL }, locale)),
      ).toBeLessThan(28 * 1024);
    });
  });

  describe('Arabic plurals', () => {
    const arabic = (administration: number, civilSociety: number) =>
      cardTexts(
        compositionCard({ composition: compositionView(administration, civilSociety) }, 'ar'),
      );

    it.each([
      [1, 'مقعد نشط واحد'],
      [2, 'مقعدان نشطان'],
      [4, '4 مقاعد نشطة'],
      [11, '11 مقعدا نشطا'],
    ])('counts %i seats with its own form', (count, form) => {
      expect(arabic(count, count).some((text) => text.includes(form))).toBe(true);
    });

    it('writes « no active seat » for an empty college', () => {
      expect(arabic(0, 0).some((text) => text.includes('لا مقاعد نشطة'))).toBe(true);
    });
  });

  describe('help card', () => {
    it('echoes what was not understood without letting it become markdown', () => {
      const card = helpCard(
        { notUnderstood: '**gras** [lien](https://evil.example) <at>x</at>' },
        'fr',
      );
      const echo = cardTexts(card)[0]!;
      // Escaped (bot/cards/markdown.ts): shown as typed, never as bold, a link or a mention.
      expect(echo).toBe(
        'Je n’ai pas compris « \\*\\*gras\\*\\* \\[lien\\](https://evil.example) \\<at\\>x\\</at\\> ».',
      );
    });

    it('offers Composition and Language buttons that post only a verb', () => {
      expect(helpCard({}, 'en').actions).toEqual([
        { type: 'Action.Submit', title: 'Composition', data: { verb: 'composition' } },
        { type: 'Action.Submit', title: 'Language', data: { verb: 'language' } },
      ]);
    });
  });

  describe('error card', () => {
    it('gives an incident reference and no internal detail', () => {
      const texts = cardTexts(errorCard({ reference: 'abcd1234' }, 'en'));
      expect(texts).toEqual([
        'Something went wrong',
        expect.stringContaining('could not process your request'),
        'Incident reference: abcd1234',
      ]);
    });
  });
});
