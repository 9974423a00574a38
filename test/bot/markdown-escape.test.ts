import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../core/i18n/localized.js';
import { attendanceCard } from '../../bot/cards/attendance-card.js';
import { compositionCard } from '../../bot/cards/composition-card.js';
import { escapeMarkdown } from '../../bot/cards/markdown.js';
import { meetingNoticeCard } from '../../bot/cards/meeting-notice-card.js';
import { proposalReceivedCard } from '../../bot/cards/proposal-received-card.js';
import { cardTexts, validationEvents } from './adaptive-cards.js';
import { compositionView, seatView } from './fixtures.js';
import { meetingDetail, person, proposal, rosterEntry, SECRETARIAT } from './meeting-fixtures.js';

const EVIL_NAME = '[Cliquez ici](https://evil.example)';
const EVIL_ORG = '**Association** _fictive_ `code`';

/** What a CommonMark renderer shows for an escaped text: each `\x` read as `x`. */
const shown = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
/** An unescaped `[…](` is a link; an unescaped `*`, `_` or backquote is emphasis or code. */
const hasMarkup = (text: string) =>
  /(?<!\\)\[[^\]]*(?<!\\)\]\(/.test(text) || /(?<!\\)[*_`]/.test(text);

describe('escapeMarkdown: a value typed by a user shows as written', () => {
  it.each([
    [EVIL_NAME, '\\[Cliquez ici\\](https://evil.example)'],
    ['**gras** et _italique_', '\\*\\*gras\\*\\* et \\_italique\\_'],
    ['# Titre', '\\# Titre'],
    ['- point', '\\- point'],
    ['1. premier', '1\\. premier'],
    ['#OpenGovMorocco', '#OpenGovMorocco'],
    ['C:\\dossier', 'C:\\\\dossier'],
    ['اجتماع لجنة القيادة (الرباط)', 'اجتماع لجنة القيادة (الرباط)'],
    ['M. Alami - Rabat', 'M. Alami - Rabat'],
  ])('escapes %j', (typed, escaped) => {
    expect(escapeMarkdown(typed)).toBe(escaped);
    expect(shown(escapeMarkdown(typed))).toBe(typed);
  });
});

describe('cards render user text literally', () => {
  it.each(LOCALES)(
    'composition card (%s): a display name that looks like a link is no link',
    (locale) => {
      const seat = seatView('civil_society', 1, {
        titular: { id: 'p-x', displayName: EVIL_NAME, email: 'x@example.org', guest: true },
        organisation: {
          id: 'org-x',
          name: EVIL_ORG,
          college: 'civil_society',
          example: true,
          acronym: '[A](https://x.example)',
        },
      });
      const card = compositionCard(
        { composition: compositionView(1, 0, { extra: [seat] }) },
        locale,
      );
      const texts = cardTexts(card);
      expect(texts.filter((text) => shown(text).includes(EVIL_NAME))).toHaveLength(1);
      expect(texts.filter((text) => shown(text).includes(EVIL_ORG))).toHaveLength(1);
      expect(texts.some(hasMarkup)).toBe(false);
      expect(validationEvents(card)).toEqual([]);
    },
  );

  it.each(LOCALES)('meeting cards (%s): names, titles and agenda items stay literal', (locale) => {
    const evil = person('p-evil', EVIL_NAME);
    const meeting = meetingDetail({
      title: '# **Réunion** [urgente](https://evil.example)',
      agenda: [
        {
          id: 'ai-1',
          title: '- _point_ [lien](https://evil.example)',
          presenter: EVIL_NAME,
          documents: [],
        },
      ],
      attendance: [
        rosterEntry(SECRETARIAT, 'secretariat'),
        rosterEntry(evil, 'titular', 'present'),
      ],
    });
    const cards = [
      meetingNoticeCard({ meeting, refreshUserIds: [] }, locale),
      attendanceCard({ meeting, refreshUserIds: [] }, locale),
      proposalReceivedCard(
        { meeting, proposal: proposal({ proposer: evil, text: EVIL_NAME }), refreshUserIds: [] },
        locale,
      ),
    ];
    for (const card of cards) {
      const texts = cardTexts(card);
      expect(texts.some((text) => shown(text).includes(EVIL_NAME))).toBe(true);
      const typed = texts.filter((text) => /Cliquez|point|Réunion/.test(text));
      expect(typed.length).toBeGreaterThan(0);
      expect(typed.filter(hasMarkup)).toEqual([]);
      expect(validationEvents(card)).toEqual([]);
    }
  });

  it('keeps a choice title plain: a choice renders no markdown, so escapes would show', () => {
    const evil = person('p-evil', EVIL_NAME);
    const card = attendanceCard(
      {
        meeting: meetingDetail({
          can: { recordAttendance: true },
          attendance: [rosterEntry(evil, 'titular')],
        }),
        refreshUserIds: [],
      },
      'fr',
    );
    expect(JSON.stringify(card)).toContain(`"title":"${EVIL_NAME} — `);
  });
});
