import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../core/i18n/localized.js';
import { ReminderKindSchema } from '../../core/ports/notifier.js';
import { amendmentAnsweredCard } from '../../bot/cards/amendment-answered-card.js';
import { attendanceCard } from '../../bot/cards/attendance-card.js';
import type { AdaptiveCard } from '../../bot/cards/card.js';
import { meetingCancelledCard } from '../../bot/cards/meeting-cancelled-card.js';
import { meetingMovedCard } from '../../bot/cards/meeting-moved-card.js';
import { meetingNoticeCard } from '../../bot/cards/meeting-notice-card.js';
import { meetingPublishedCard } from '../../bot/cards/meeting-published-card.js';
import { minutesSharedCard } from '../../bot/cards/minutes-shared-card.js';
import { proposalAnsweredCard } from '../../bot/cards/proposal-answered-card.js';
import { proposalReceivedCard } from '../../bot/cards/proposal-received-card.js';
import { reminderCard } from '../../bot/cards/reminder-card.js';
import { byteSize, cardTexts, validationEvents } from './adaptive-cards.js';
import {
  MEMBER,
  OTHER_MEMBER,
  SECRETARIAT,
  amendment,
  documentRef,
  meetingDetail,
  minutesMeeting,
  proposal,
  rosterEntry,
  WINDOWS_CLOSED,
} from './meeting-fixtures.js';

const USERS = ['29:copil-adminTitular'];
const answered = proposal({
  status: 'rejected',
  response: {
    reason: 'Le point sera traité à la prochaine réunion.',
    at: '2026-03-04T09:00:00Z',
    by: SECRETARIAT,
  },
});
const dateProposal = proposal({
  id: 'prop-2',
  kind: 'date',
  text: 'Le 17 coïncide avec un atelier régional',
  proposedStart: '2026-03-24T10:00:00Z',
});
const open = meetingDetail({ can: { propose: true } });
const closed = meetingDetail();
/** The same meeting once its proposal window closed: the use case says so (`windowsOpen`). */
const afterWindow = meetingDetail({ windowsOpen: WINDOWS_CLOSED });
const bigAgenda = meetingDetail({
  can: { propose: true },
  agenda: Array.from({ length: 50 }, (_, i) => ({
    id: `ai-${i}`,
    title: `Point ${i + 1} : ${'engagement du plan d’action national et ses indicateurs '.repeat(5)}`,
    presenter: 'Représentant fictif de l’administration concernée',
    documents: [1, 2, 3].map((n) =>
      documentRef(`d-${i}-${n}`, `Annexe ${n} — ${'rapport détaillé '.repeat(8)}.pdf`),
    ),
  })),
});

/** Every meeting card, in each variant that changes its structure. */
const variants: Record<string, (locale: Locale) => AdaptiveCard> = {
  'notice (member, window open)': (l) =>
    meetingNoticeCard({ meeting: open, viewerId: MEMBER.id, refreshUserIds: USERS }, l),
  'notice (member who proposed, answered)': (l) =>
    meetingNoticeCard(
      {
        meeting: meetingDetail({
          can: { propose: true },
          proposals: [answered, { ...dateProposal }],
        }),
        viewerId: MEMBER.id,
        refreshUserIds: USERS,
      },
      l,
    ),
  'notice (member, window closed)': (l) =>
    meetingNoticeCard({ meeting: afterWindow, viewerId: MEMBER.id, refreshUserIds: USERS }, l),
  'notice (channel, window open)': (l) =>
    meetingNoticeCard({ meeting: closed, refreshUserIds: [] }, l),
  'notice (secretariat, draft)': (l) =>
    meetingNoticeCard(
      {
        meeting: meetingDetail({
          status: 'draft',
          deadlines: { noticeBy: '2026-03-07' },
          can: { sendNotice: true, edit: true },
          location: undefined,
          joinUrl: undefined,
        }),
        viewerId: SECRETARIAT.id,
        refreshUserIds: USERS,
      },
      l,
    ),
  'notice (secretariat, meeting day, refused feedback)': (l) =>
    meetingNoticeCard(
      {
        meeting: meetingDetail({
          can: { answerProposals: true, recordAttendance: true },
          proposals: [proposal()],
          windowsOpen: WINDOWS_CLOSED,
        }),
        viewerId: SECRETARIAT.id,
        refreshUserIds: USERS,
        feedback: {
          type: 'refused',
          rule: 'R5.3',
          message: { fr: 'Fermé.', ar: 'مغلق.', en: 'Closed.' },
        },
      },
      l,
    ),
  'notice (large agenda)': (l) =>
    meetingNoticeCard(
      {
        meeting: bigAgenda,
        viewerId: MEMBER.id,
        refreshUserIds: Array.from({ length: 60 }, (_, i) => `29:1-${'x'.repeat(80)}-${i}`),
      },
      l,
    ),
  'proposal received (pending)': (l) =>
    proposalReceivedCard(
      {
        proposal: { ...dateProposal, can: { answer: true } },
        meeting: meetingDetail({ can: { answerProposals: true } }),
        refreshUserIds: USERS,
      },
      l,
    ),
  'proposal received (answered)': (l) =>
    proposalReceivedCard({ proposal: answered, meeting: closed, refreshUserIds: USERS }, l),
  'proposal answered (rejected)': (l) =>
    proposalAnsweredCard({ proposal: answered, meeting: closed }, l),
  'proposal answered (accepted date)': (l) =>
    proposalAnsweredCard(
      {
        proposal: {
          ...dateProposal,
          status: 'accepted',
          response: { reason: 'Date retenue.', at: '2026-03-04T09:00:00Z', by: SECRETARIAT },
        },
        meeting: closed,
      },
      l,
    ),
  'meeting moved (new notice to follow)': (l) =>
    meetingMovedCard(
      {
        meeting: meetingDetail({
          status: 'postponed',
          start: '2026-04-14T09:00:00Z',
          end: '2026-04-14T11:00:00Z',
        }),
        previousStart: '2026-03-17T10:00:00Z',
        refreshUserIds: USERS,
      },
      l,
    ),
  'meeting cancelled': (l) =>
    meetingCancelledCard({ meeting: closed, reason: 'Quorum impossible à réunir.' }, l),
  'meeting published': (l) =>
    meetingPublishedCard(
      {
        meeting: { ...minutesMeeting(), publishedAt: '2026-03-25T09:00:00Z' },
        publicUrl: 'https://copil.example.org/public/meetings/m-1',
      },
      l,
    ),
  'minutes shared (member, window open, own amendment)': (l) =>
    minutesSharedCard(
      {
        meeting: minutesMeeting({ can: { amend: true }, amendments: [amendment()] }),
        viewerId: MEMBER.id,
        refreshUserIds: USERS,
      },
      l,
    ),
  'minutes shared (window closed)': (l) =>
    minutesSharedCard(
      {
        meeting: minutesMeeting({ status: 'amendment_closed', windowsOpen: WINDOWS_CLOSED }),
        viewerId: MEMBER.id,
        refreshUserIds: USERS,
      },
      l,
    ),
  'minutes shared (secretariat)': (l) =>
    minutesSharedCard(
      {
        meeting: minutesMeeting({ can: { edit: true }, amendments: [amendment()] }),
        viewerId: SECRETARIAT.id,
        refreshUserIds: USERS,
      },
      l,
    ),
  'amendment answered (integrated)': (l) =>
    amendmentAnsweredCard(
      {
        amendment: amendment({
          status: 'integrated',
          answer: { text: 'Intégré au point 2.', at: '2026-03-23T09:00:00Z', by: SECRETARIAT },
        }),
        meeting: closed,
      },
      l,
    ),
  'amendment answered (no meeting line)': (l) =>
    amendmentAnsweredCard(
      {
        amendment: amendment({
          status: 'answered',
          answer: { text: 'Hors sujet.', at: '2026-03-23T09:00:00Z', by: SECRETARIAT },
        }),
      },
      l,
    ),
  'attendance (secretariat, form)': (l) =>
    attendanceCard(
      {
        meeting: meetingDetail({
          can: { recordAttendance: true },
          attendance: [
            rosterEntry(SECRETARIAT, 'secretariat', 'present'),
            rosterEntry(MEMBER, 'titular', 'present'),
            rosterEntry(OTHER_MEMBER, 'titular', 'absent'),
          ],
        }),
        refreshUserIds: USERS,
      },
      l,
    ),
  'attendance (read only)': (l) =>
    attendanceCard({ meeting: meetingDetail(), refreshUserIds: USERS }, l),
  ...Object.fromEntries(
    ReminderKindSchema.options.map((kind) => [
      `reminder ${kind}`,
      (l: Locale) =>
        reminderCard(
          {
            reminder: kind,
            due: kind === 'proposal-window-closing' ? '2026-03-06T00:00:00+00:00' : '2026-06-30',
            ...(kind.startsWith('semester') ? {} : { meeting: closed }),
          },
          l,
        ),
    ]),
  ),
};

const texts = (card: AdaptiveCard) => cardTexts(card).join('\n');
const inputIds = (card: unknown): string[] =>
  JSON.stringify(card)
    .match(/"id":"[^"]+"/g)
    ?.map((m) => m.slice(6, -1)) ?? [];
const verbs = (card: unknown): string[] =>
  JSON.stringify(card)
    .match(/"verb":"[^"]+"/g)
    ?.map((m) => m.slice(8, -1)) ?? [];

describe('meeting cards', () => {
  describe.each(LOCALES)('in %s', (locale) => {
    it.each(Object.keys(variants))(
      '%s parses as Adaptive Card 1.5 with no validation event, under 28 KB',
      (name) => {
        const card = variants[name]!(locale);
        expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
        expect(validationEvents(card)).toEqual([]);
        expect(card.fallbackText.length).toBeGreaterThan(0);
        expect(byteSize(card)).toBeLessThan(28 * 1024);
        expect(card.rtl).toBe(locale === 'ar' ? true : undefined);
      },
    );

    it('writes every text in the card’s language (no other language’s title leaks in)', () => {
      const other = LOCALES.filter((l) => l !== locale);
      for (const build of Object.values(variants)) {
        const own = cardTexts(build(locale))[0];
        for (const l of other) expect(cardTexts(build(l))[0]).not.toBe(own);
      }
    });
  });

  describe('notice (R5.2, R5.3)', () => {
    const notice = variants['notice (member, window open)']!;

    it('gives the date and time in Morocco time, the place, the agenda with presenters and documents', () => {
      const all = texts(notice('fr'));
      expect(all).toContain('mardi 17 mars 2026, de 10:00 à 12:00 (heure du Maroc)');
      expect(all).toContain('Rabat, salle du Conseil (fictive), et en ligne (réunion Teams)');
      expect(all).toContain('1.\u00a0Suivi du plan d’action national');
      expect(all).toContain('Présenté par Karim Fictif');
      expect(all).toContain('Documents : Tableau de suivi PAN.pdf');
      expect(all).toContain('2.\u00a0Divers');
      expect(notice('en').actions).toEqual([
        expect.objectContaining({ type: 'Action.OpenUrl', title: 'Join the meeting' }),
        expect.objectContaining({
          type: 'Action.Execute',
          title: 'Refresh',
          verb: 'meeting.refresh',
        }),
      ]);
    });

    it('states the proposal deadline as the last minute of the window', () => {
      expect(texts(notice('fr'))).toContain(
        'Vous pouvez proposer un point à l’ordre du jour ou une autre date jusqu’au jeudi 5 mars 2026 à 23:59 (heure du Maroc) (R5.3).',
      );
      expect(texts(notice('en'))).toContain('until Thursday, 5 March 2026 at 23:59 (Morocco time)');
      expect(texts(notice('ar'))).toContain('إلى غاية الخميس، 5 مارس 2026 على الساعة 23:59');
    });

    it('offers the propose form with Action.Execute meeting.propose and an Action.Submit fallback', () => {
      const card = notice('en');
      expect(inputIds(card)).toEqual(
        expect.arrayContaining(['proposalKind', 'proposalText', 'proposalDate', 'proposalTime']),
      );
      const json = JSON.stringify(card);
      expect(json).toContain(
        JSON.stringify({
          type: 'Action.Execute',
          title: 'Send the proposal',
          verb: 'meeting.propose',
          data: { meetingId: 'm-1' },
          style: 'positive',
          fallback: {
            type: 'Action.Submit',
            title: 'Send the proposal',
            data: { meetingId: 'm-1', verb: 'meeting.propose' },
            style: 'positive',
          },
        }),
      );
      expect(cardTexts(card)).toEqual(expect.arrayContaining(['an agenda item', 'another date']));
      expect(json).toContain('"label":"Your proposal, and why"');
    });

    it('refreshes per user with meeting.refresh for the conversation’s members', () => {
      expect(notice('fr').refresh).toEqual({
        action: {
          type: 'Action.Execute',
          verb: 'meeting.refresh',
          data: { meetingId: 'm-1', view: 'notice' },
        },
        userIds: USERS,
      });
      const many = Array.from({ length: 61 }, (_, i) => `29:${i}`);
      const card = meetingNoticeCard(
        { meeting: open, viewerId: MEMBER.id, refreshUserIds: many },
        'fr',
      );
      expect(card.refresh?.userIds).toEqual([]);
    });

    it('after the window, says when it closed and shows no form', () => {
      const card = variants['notice (member, window closed)']!('fr');
      expect(texts(card)).toContain(
        'Période de propositions close le vendredi 6 mars 2026 à 00:00 (heure du Maroc) (R5.3).',
      );
      expect(inputIds(card)).not.toContain('proposalText');
      expect(verbs(card)).not.toContain('meeting.propose');
      expect(texts(variants['notice (member, window closed)']!('en'))).toContain(
        'Proposal window closed on Friday, 6 March 2026 at 00:00 (Morocco time) (R5.3).',
      );
    });

    it('shows the viewer what they proposed and the answer, and nobody else’s proposals', () => {
      const card = variants['notice (member who proposed, answered)']!('fr');
      const all = texts(card);
      expect(all).toContain(
        'Vous avez proposé un point à l’ordre du jour : « Point d’étape sur l’engagement 7 (données ouvertes des marchés publics) »',
      );
      expect(all).toContain(
        'Non retenue par Salma Exemple (secrétariat) : Le point sera traité à la prochaine réunion.',
      );
      expect(all).toContain(
        'Vous avez proposé une autre date : « Le 17 coïncide avec un atelier régional »',
      );
      // 10:00 UTC is 11:00 in Morocco once Ramadan is over (UTC+1 again).
      expect(all).toContain('Date proposée : mardi 24 mars 2026 à 11:00 (heure du Maroc)');
      const other = meetingNoticeCard(
        {
          meeting: meetingDetail({ can: { propose: true }, proposals: [answered] }),
          viewerId: OTHER_MEMBER.id,
          refreshUserIds: USERS,
        },
        'fr',
      );
      expect(texts(other)).not.toContain('Vous avez proposé');
      expect(texts(other)).not.toContain('Point d’étape');
    });

    it('as a channel card: no personal state, the form while the window is open, for every member', () => {
      const card = variants['notice (channel, window open)']!('fr');
      expect(texts(card)).toContain('Vous pouvez proposer');
      expect(inputIds(card)).toContain('proposalText');
      const after = meetingNoticeCard({ meeting: afterWindow, refreshUserIds: [] }, 'fr');
      expect(inputIds(after)).not.toContain('proposalText');
      expect(after.refresh?.userIds).toEqual([]);
    });

    it('tells the secretariat the R5.2 deadline of a draft and how many proposals await an answer', () => {
      expect(texts(variants['notice (secretariat, draft)']!('fr'))).toContain(
        'L’avis n’est pas encore envoyé aux membres : à envoyer au plus tard le 7 mars 2026 (R5.2).',
      );
      const card = variants['notice (secretariat, meeting day, refused feedback)']!('en');
      expect(texts(card)).toContain('1 proposal awaits the secretariat’s answer.');
      expect(texts(card)).toContain('Refused (R5.3): Closed.');
      expect(verbs(card)).toContain('meeting.refresh');
      expect(JSON.stringify(card.actions)).toContain('"view":"attendance"');
    });

    it('tells the secretariat why the notice can no longer be sent, with the rule the use case gave (R5.2)', () => {
      const tooLate = meetingDetail({
        status: 'draft',
        noticeSentAt: undefined,
        deadlines: { noticeBy: '2026-03-07' },
        windowsOpen: WINDOWS_CLOSED,
        cannot: {
          sendNotice: {
            kind: 'rule',
            rule: 'R5.2',
            message: {
              fr: 'Règle R5.2 : l’avis doit parvenir aux membres au moins 10 jours avant la réunion.',
              ar: 'القاعدة R5.2: يجب أن يصل الإشعار إلى الأعضاء قبل 10 أيام على الأقل من الاجتماع.',
              en: 'Rule R5.2: the notice must reach members at least 10 days before the meeting.',
            },
          },
        },
      });
      const card = meetingNoticeCard(
        { meeting: tooLate, viewerId: SECRETARIAT.id, refreshUserIds: USERS },
        'fr',
      );
      expect(texts(card)).toContain(
        'Pas possible pour l’instant (R5.2) : l’avis doit parvenir aux membres au moins 10 jours avant la réunion.',
      );
      expect(verbs(card)).not.toContain('meeting.sendNotice');
      // A member is told nothing of the secretariat's steps.
      const member = meetingNoticeCard(
        {
          meeting: meetingDetail({
            status: 'draft',
            noticeSentAt: undefined,
            windowsOpen: WINDOWS_CLOSED,
            cannot: { sendNotice: { kind: 'role', message: tooLate.cannot.sendNotice!.message } },
          }),
          viewerId: MEMBER.id,
          refreshUserIds: USERS,
        },
        'fr',
      );
      expect(texts(member)).not.toContain('R5.2');
    });

    it('keeps a long agenda under 28 KB by counting the items left for the tab', () => {
      const card = variants['notice (large agenda)']!('fr');
      expect(byteSize(card)).toBeLessThan(28 * 1024);
      expect(texts(card)).toMatch(/\d+ autres points dans l’onglet du comité\./);
      expect(texts(card)).toContain('1.\u00a0Point 1');
    });

    it('puts back what was typed when a proposal is refused as invalid', () => {
      const card = meetingNoticeCard(
        {
          meeting: open,
          viewerId: MEMBER.id,
          refreshUserIds: USERS,
          draft: { kind: 'date', text: 'Plus tard', date: '2026-03-24' },
        },
        'fr',
      );
      const json = JSON.stringify(card);
      expect(json).toContain(
        '"id":"proposalKind","label":"Vous proposez","style":"expanded","value":"date"',
      );
      expect(json).toContain('"value":"Plus tard"');
      expect(json).toContain('"value":"2026-03-24"');
    });
  });

  describe('proposals (R5.3) and their reasoned answers', () => {
    it('asks the secretariat for a reason and offers accept / do not accept (proposal.answer)', () => {
      const card = variants['proposal received (pending)']!('en');
      const all = texts(card);
      expect(all).toContain('Nadia Modèle proposes another date:');
      expect(all).toContain('Proposed date: Tuesday, 24 March 2026 at 11:00 (Morocco time)');
      expect(inputIds(card)).toContain('answerReason');
      const json = JSON.stringify(card);
      expect(json).toContain(
        '"verb":"proposal.answer","data":{"proposalId":"prop-2","version":"1","decision":"accepted"}',
      );
      expect(json).toContain('"decision":"rejected"');
      expect(card.refresh?.action.data).toEqual({
        meetingId: 'm-1',
        view: 'proposal',
        proposalId: 'prop-2',
      });
    });

    it('shows the answer instead of the form once answered', () => {
      const card = variants['proposal received (answered)']!('fr');
      expect(inputIds(card)).not.toContain('answerReason');
      expect(texts(card)).toContain(
        'Non retenue par Salma Exemple (secrétariat) : Le point sera traité à la prochaine réunion.',
      );
    });

    it('gives the proposer the decision with the secretariat’s reason', () => {
      const all = texts(variants['proposal answered (rejected)']!('fr'));
      expect(all).toContain('Votre proposition n’est pas retenue');
      expect(all).toContain('Réponse du secrétariat, par Salma Exemple (secrétariat) :');
      expect(all).toContain('Le point sera traité à la prochaine réunion.');
      expect(variants['proposal answered (rejected)']!('fr').refresh).toBeUndefined();
    });
  });

  describe('minutes (R5.5)', () => {
    it('gives the document, the amendment deadline and the amend form (minutes.amend) while open', () => {
      const card = variants['minutes shared (member, window open, own amendment)']!('fr');
      const all = texts(card);
      expect(all).toContain('Compte rendu 17 mars 2026.pdf');
      expect(all).toContain(
        'Vous pouvez proposer des amendements jusqu’au 23 mars 2026 inclus (R5.5).',
      );
      expect(all).toContain(
        '« Au point 2, préciser que la société civile demande un calendrier. »',
      );
      expect(inputIds(card)).toContain('amendmentText');
      expect(verbs(card)).toContain('minutes.amend');
      expect(card.refresh?.action).toMatchObject({
        verb: 'minutes.refresh',
        data: { meetingId: 'm-1' },
      });
    });

    it('says the window closed and shows no form after', () => {
      const card = variants['minutes shared (window closed)']!('en');
      expect(texts(card)).toContain('Amendment window closed: it ended on 23 March 2026 (R5.5).');
      expect(inputIds(card)).not.toContain('amendmentText');
    });

    it('counts the amendments awaiting the secretariat', () => {
      expect(texts(variants['minutes shared (secretariat)']!('fr'))).toContain(
        '1 amendement attend la réponse du secrétariat.',
      );
    });
  });

  describe('Arabic', () => {
    it('isolates French text inside Arabic sentences (bidi), and only there', () => {
      expect(cardTexts(variants['meeting cancelled']!('ar'))[0]).toBe(
        'إلغاء الاجتماع: \u2068Comité de pilotage — 1re réunion 2026\u2069',
      );
      expect(cardTexts(variants['meeting cancelled']!('fr'))[0]).toBe(
        'Réunion annulée : Comité de pilotage — 1re réunion 2026',
      );
    });
  });

  describe('attendance', () => {
    it('is a multi-select of the roster, ticked for those recorded present (attendance.record)', () => {
      const card = variants['attendance (secretariat, form)']!('fr');
      const json = JSON.stringify(card);
      expect(json).toContain('"isMultiSelect":true');
      expect(json).toContain('"value":"p-sec,p-a1t"');
      expect(texts(card)).toContain('Nadia Modèle — titulaire, MEN-F');
      expect(texts(card)).toContain('Présents : 2 sur 3');
      expect(verbs(card)).toContain('attendance.record');
    });

    it('is read-only for someone who may not record it', () => {
      const card = variants['attendance (read only)']!('en');
      expect(verbs(card)).not.toContain('attendance.record');
      expect(texts(card)).toContain('Attendance not recorded yet.');
    });
  });

  describe('reminders', () => {
    it.each(ReminderKindSchema.options)('%s has its own title and states the due date', (kind) => {
      const card = variants[`reminder ${kind}`]!('fr');
      const others = ReminderKindSchema.options
        .filter((k) => k !== kind)
        .map((k) => cardTexts(variants[`reminder ${k}`]!('fr'))[0]);
      expect(others).not.toContain(cardTexts(card)[0]);
      expect(texts(card)).toMatch(
        kind === 'proposal-window-closing'
          ? /jusqu’au jeudi 5 mars 2026 à 23:59 \(heure du Maroc\)/
          : /30 juin 2026/,
      );
    });

    it('opens the meeting or the minutes from the reminder', () => {
      expect(verbs(variants['reminder proposal-window-closing']!('en'))).toEqual([
        'meeting.refresh',
        'meeting.refresh',
      ]);
      expect(verbs(variants['reminder amendment-window-closing']!('en'))).toContain(
        'minutes.refresh',
      );
      expect(variants['reminder semester-uncovered']!('en').actions).toBeUndefined();
    });
  });

  describe('moved, cancelled, published', () => {
    it('gives the new date, the previous one, and says a new notice will follow (R5.2)', () => {
      const all = texts(variants['meeting moved (new notice to follow)']!('fr'));
      expect(all).toContain(
        'La réunion a lieu désormais le mardi 14 avril 2026, de 10:00 à 12:00 (heure du Maroc).',
      );
      expect(all).toContain('Date précédente : mardi 17 mars 2026 à 10:00 (heure du Maroc)');
      expect(all).toContain(
        'Un nouvel avis vous parviendra au moins 10 jours avant la réunion (R5.2).',
      );
    });

    it('gives the cancellation reason and the publication (R5.6)', () => {
      expect(texts(variants['meeting cancelled']!('en'))).toContain(
        'Reason: Quorum impossible à réunir.',
      );
      expect(texts(variants['meeting published']!('en'))).toContain(
        'The agenda, minutes and participant list of the meeting on Tuesday, 17 March 2026, 10:00 to 12:00 (Morocco time) are published on the national portal (R5.6).',
      );
    });
  });
});
