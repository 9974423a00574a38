import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../core/i18n/localized.js';
import type { AdaptiveCard } from '../../bot/cards/card.js';
import { communicationSubmittedCard } from '../../bot/cards/communication-submitted-card.js';
import { revisionSupportCard } from '../../bot/cards/revision-support-card.js';
import { voteCard } from '../../bot/cards/vote-card.js';
import { voteClosedCard } from '../../bot/cards/vote-closed-card.js';
import { byteSize, cardTexts, validationEvents } from './adaptive-cards.js';
import {
  CHAIR,
  NO_VOTE,
  OBJECTION,
  OBJECTOR,
  closedVote,
  communicationView,
  revisionView,
  tally,
  voteView,
} from './decision-fixtures.js';
import { MEMBER, SECRETARIAT } from './meeting-fixtures.js';

const USERS = ['29:copil-civilTitular', '29:copil-civilAlternate'];
const MY_BALLOT = { choice: 'yes' as const, castAt: '2026-04-06T09:30:00Z' };

/** A member's own view of the open vote (the person the card is built for). */
const mine = (vote: ReturnType<typeof voteView>) => (locale: Locale) =>
  voteCard({ vote, viewerId: MEMBER.id, refreshUserIds: USERS }, locale);

const noVote = (violation: (typeof NO_VOTE)[keyof typeof NO_VOTE]) =>
  voteView({ eligibility: { canVote: false, violation }, can: { vote: false } });

/** Every vote, communication and revision card, in each variant that changes its structure. */
const variants: Record<string, (locale: Locale) => AdaptiveCard> = {
  'vote (titular before voting)': mine(voteView()),
  'vote (titular after voting: counts)': mine(
    voteView({
      myBallot: { ...MY_BALLOT, voter: 'titular', counted: true },
      seatCountedVoter: 'titular',
    }),
  ),
  'vote (alternate whose titular voted, not voted)': mine(
    voteView({ seatCountedVoter: 'titular' }),
  ),
  'vote (alternate whose titular voted, voted too)': mine(
    voteView({
      myBallot: {
        choice: 'no',
        castAt: '2026-04-06T09:45:00Z',
        voter: 'alternate',
        counted: false,
      },
      seatCountedVoter: 'titular',
    }),
  ),
  'vote (titular whose alternate voted)': mine(voteView({ seatCountedVoter: 'alternate' })),
  'vote (secretariat, R6, with the tally)': (l) =>
    voteCard(
      {
        vote: { ...noVote(NO_VOTE.secretariat), tally: tally() },
        viewerId: SECRETARIAT.id,
        refreshUserIds: USERS,
      },
      l,
    ),
  'vote (external, R5.4)': mine(noVote(NO_VOTE.external)),
  'vote (observer, R5.4)': mine(noVote(NO_VOTE.observer)),
  'vote (ceased seat, R12.2)': mine(noVote(NO_VOTE.ceased)),
  'vote (seat not in the vote)': mine(
    voteView({ eligibility: { canVote: false }, can: { vote: false } }),
  ),
  'vote (chair, live tally and close)': (l) =>
    voteCard(
      {
        vote: {
          ...noVote(NO_VOTE.chair),
          tally: tally(),
          can: { vote: false, close: true },
        },
        viewerId: CHAIR.id,
        refreshUserIds: USERS,
      },
      l,
    ),
  'vote (channel card)': (l) =>
    voteCard({ vote: { ...voteView(), tally: tally() }, refreshUserIds: USERS }, l),
  // Past its closing time, before the scheduler closes it: the use case receives no ballot.
  'vote (time up, not yet closed)': mine(
    voteView({
      myBallot: { ...MY_BALLOT, voter: 'titular', counted: true },
      ballotsOpen: false,
      can: { vote: false },
    }),
  ),
  'vote (closed, adopted, member who voted)': mine(
    closedVote(true, { myBallot: { ...MY_BALLOT, voter: 'titular', counted: true } }),
  ),
  'vote (closed, rejected, channel)': (l) =>
    voteCard({ vote: closedVote(false), refreshUserIds: USERS }, l),
  'vote closed (adopted)': (l) => voteClosedCard({ vote: closedVote(true) }, l),
  'vote closed (rejected, more than half)': (l) =>
    voteClosedCard(
      {
        vote: closedVote(false, {
          threshold: 'more-than-half',
          result: { ...closedVote(false).result!, threshold: 'more-than-half' },
        }),
      },
      l,
    ),
  'communication (member, window open)': (l) =>
    communicationSubmittedCard(
      {
        communication: communicationView({ can: { object: true } }),
        viewerId: OBJECTOR.id,
        refreshUserIds: USERS,
      },
      l,
    ),
  'communication (member who objected)': (l) =>
    communicationSubmittedCard(
      {
        // The use case offers no second objection to whoever objected (`cannot.object`).
        communication: communicationView({ status: 'objected', objections: [OBJECTION] }),
        viewerId: OBJECTOR.id,
        refreshUserIds: USERS,
      },
      l,
    ),
  'communication (channel card)': (l) =>
    communicationSubmittedCard({ communication: communicationView(), refreshUserIds: USERS }, l),
  'communication (validated, window over)': (l) =>
    communicationSubmittedCard(
      {
        communication: communicationView({ status: 'validated', objectionOpen: false }),
        viewerId: MEMBER.id,
        refreshUserIds: USERS,
      },
      l,
    ),
  'revision (member who may support)': (l) =>
    revisionSupportCard(
      {
        revision: revisionView({ can: { support: true } }),
        viewerId: 'p-a2t',
        refreshUserIds: USERS,
      },
      l,
    ),
  'revision (supporter)': (l) =>
    revisionSupportCard(
      { revision: revisionView(), viewerId: OBJECTOR.id, refreshUserIds: USERS },
      l,
    ),
  'revision (channel card)': (l) =>
    revisionSupportCard({ revision: revisionView(), refreshUserIds: USERS }, l),
  'revision (filed)': (l) =>
    revisionSupportCard(
      {
        revision: revisionView({ status: 'filed', support: { seats: 3, needed: 3 } }),
        viewerId: 'p-a2t',
        refreshUserIds: USERS,
      },
      l,
    ),
};

const texts = (card: unknown) => cardTexts(card);
const all = (card: unknown) => cardTexts(card).join('\n');
const verbs = (card: unknown): string[] =>
  JSON.stringify(card)
    .match(/"verb":"[^"]+"/g)
    ?.map((m) => m.slice(8, -1)) ?? [];
const build = (name: string, locale: Locale = 'fr') => variants[name]!(locale);

describe('decision cards', () => {
  describe.each(LOCALES)('in %s', (locale) => {
    it.each(Object.keys(variants))(
      '%s parses as Adaptive Card 1.5 with no validation event, under 28 KB',
      (name) => {
        const card = build(name, locale);
        expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
        expect(validationEvents(card)).toEqual([]);
        expect(card.fallbackText.length).toBeGreaterThan(0);
        expect(byteSize(card)).toBeLessThan(28 * 1024);
        expect(card.rtl).toBe(locale === 'ar' ? true : undefined);
      },
    );

    it('writes every text in the card’s language (no other language’s title leaks in)', () => {
      const other = LOCALES.filter((l) => l !== locale);
      for (const name of Object.keys(variants)) {
        const own = texts(build(name, locale))[0];
        for (const l of other) expect(texts(build(name, l))[0]).not.toBe(own);
      }
    });
  });

  describe('the vote card (R13.2)', () => {
    it('gives the motion, the closing time in Morocco time and the policy in force', () => {
      const card = build('vote (titular before voting)');
      const lines = texts(card);
      expect(lines[0]).toBe('Vote du comité à double majorité (R13.2)');
      expect(lines).toContain(
        'Adopter le calendrier de co-création du prochain plan d’action national',
      );
      // 16:00 UTC is 17:00 in Morocco (UTC+1 after Ramadan).
      expect(lines).toContain('vendredi 10 avril 2026 à 17:00 (heure du Maroc)');
      expect(all(card)).toContain('règle « au moins la moitié » : adoptée si les « oui »');
      expect(all(build('vote (titular before voting)', 'en'))).toContain(
        'rule “at least half”: adopted when the yes votes reach at least half of the active seats of each college',
      );
      expect(all(build('vote closed (rejected, more than half)', 'en'))).toContain(
        'rule “more than half”: adopted when the yes votes exceed half',
      );
    });

    it('offers yes / no / abstain as Action.Execute vote.cast with { voteId, choice } and an Action.Submit fallback', () => {
      const card = build('vote (titular before voting)');
      const json = JSON.stringify(card);
      for (const choice of ['yes', 'no', 'abstain']) {
        expect(json).toContain(
          `"type":"Action.Execute","title":"${{ yes: 'Oui', no: 'Non', abstain: 'Abstention' }[choice]}","verb":"vote.cast","data":{"voteId":"vote-1","choice":"${choice}"}`,
        );
        expect(json).toContain(
          `"fallback":{"type":"Action.Submit","title":"${{ yes: 'Oui', no: 'Non', abstain: 'Abstention' }[choice]}","data":{"voteId":"vote-1","choice":"${choice}","verb":"vote.cast"}`,
        );
      }
      expect(all(card)).toContain('Vous n’avez pas encore voté.');
      expect(all(card)).toContain('Vous pouvez voter, et changer votre bulletin, jusqu’au');
      // Nobody but the chair and the secretariat sees the live tally.
      expect(all(card)).toContain('Le décompte est publié à la clôture du vote.');
      expect(all(card)).not.toContain('Décompte en direct');
    });

    it('refreshes per user with vote.refresh { voteId } for the conversation’s members', () => {
      const card = build('vote (titular before voting)');
      expect(card.refresh).toEqual({
        action: { type: 'Action.Execute', verb: 'vote.refresh', data: { voteId: 'vote-1' } },
        userIds: USERS,
      });
      const crowded = voteCard(
        {
          vote: voteView(),
          viewerId: MEMBER.id,
          refreshUserIds: Array.from({ length: 61 }, (_, i) => `29:${i}`),
        },
        'fr',
      );
      expect(crowded.refresh?.userIds).toEqual([]);
      expect(verbs(crowded)).toContain('vote.refresh');
    });

    it('shows the member’s own ballot, that it counts, and that it can be changed until closing', () => {
      const text = all(build('vote (titular after voting: counts)'));
      expect(text).toContain(
        'Votre bulletin : Oui, le lundi 6 avril 2026 à 10:30 (heure du Maroc).',
      );
      expect(text).toContain('Votre bulletin compte pour votre siège.');
      expect(text).toContain('Vous pouvez changer votre bulletin jusqu’à la clôture.');
      expect(verbs(build('vote (titular after voting: counts)'))).toContain('vote.cast');
    });

    it('tells the alternate that the titular’s ballot counts for the seat (one ballot per seat)', () => {
      expect(all(build('vote (alternate whose titular voted, not voted)', 'en'))).toContain(
        'Your titular’s ballot counts for your seat: the alternate’s counts only when the titular does not vote (R13.2).',
      );
      const voted = all(build('vote (alternate whose titular voted, voted too)'));
      expect(voted).toContain('Votre bulletin : Non');
      expect(voted).toContain('Le bulletin de votre titulaire compte pour votre siège');
      expect(voted).not.toContain('Votre bulletin compte pour votre siège.');
      expect(all(build('vote (titular whose alternate voted)'))).toContain(
        'Le bulletin de votre suppléant(e) compte pour votre siège tant que vous ne votez pas',
      );
    });

    it.each([
      ['vote (secretariat, R6, with the tally)', 'R6', 'Le secrétariat assure la coordination'],
      ['vote (external, R5.4)', 'R5.4', 'Les personnes externes au comité'],
      ['vote (observer, R5.4)', 'R5.4', 'Les observateurs assistent aux travaux'],
      ['vote (ceased seat, R12.2)', 'R12.2', 'L’adhésion attachée à ce siège a pris fin'],
      ['vote (seat not in the vote)', 'R13.2', 'Règle R13.2 : votre siège n’était pas actif'],
    ])('tells %s why they cannot vote, citing %s, and offers no ballot', (name, rule, sentence) => {
      const card = build(name);
      const text = all(card);
      expect(text).toContain(
        name.includes('not in the vote')
          ? 'Vous ne pouvez pas voter'
          : `Vous ne pouvez pas voter (${rule})`,
      );
      expect(text).toContain(sentence);
      expect(text).toContain(rule);
      expect(verbs(card)).not.toContain('vote.cast');
    });

    it('gives the chair the live tally per college, the needed yes votes and a close action with confirmation', () => {
      const card = build('vote (chair, live tally and close)');
      const text = all(card);
      expect(text).toContain('Décompte en direct (présidence et secrétariat, jusqu’à la clôture)');
      expect(text).toContain('Administration publique : majorité atteinte');
      expect(text).toContain('Société civile : majorité non atteinte');
      expect(text).toContain('3 sur 4 sièges');
      expect(texts(card)).toEqual(expect.arrayContaining(['Oui nécessaires', '2']));
      expect(text).toContain('À ce stade, la double majorité n’est pas atteinte.');
      const close = card.actions?.find((a) => a.type === 'Action.ShowCard');
      expect(close).toMatchObject({
        title: 'Clore le vote maintenant',
        card: {
          actions: [
            {
              type: 'Action.Execute',
              verb: 'vote.close',
              data: { voteId: 'vote-1', version: '4' },
              style: 'destructive',
            },
          ],
        },
      });
      // The chair conducts the vote but holds no seat: the card says so, with its rule.
      expect(text).toContain('Vous ne pouvez pas voter (R13.2)');
      // The secretariat sees the tally, but closing is the chair's.
      const secretariat = build('vote (secretariat, R6, with the tally)');
      expect(all(secretariat)).toContain('Décompte en direct');
      expect(verbs(secretariat)).not.toContain('vote.close');
    });

    it('says each college’s majority and the seats that voted as the use case counted them, never recomputed', () => {
      // A view whose `reached` and `voted` differ from what the yes votes alone would give: the
      // card must show the use case's values (R13.2 is decided once, in core).
      const counts = tally({
        administration: { seats: 4, yes: 1, no: 0, abstain: 0, voted: 4, reached: true },
      });
      const card = voteCard(
        { vote: { ...voteView(), tally: counts }, viewerId: CHAIR.id, refreshUserIds: USERS },
        'fr',
      );
      expect(all(card)).toContain('Administration publique : majorité atteinte');
      expect(all(card)).toContain('4 sur 4 sièges');
    });

    it('as a channel card: no personal state, no live tally, the ballot buttons while open', () => {
      const card = build('vote (channel card)');
      const text = all(card);
      expect(text).toContain('Les membres votent jusqu’au');
      expect(text).not.toContain('Votre bulletin');
      expect(text).not.toContain('Vous ne pouvez pas voter');
      expect(text).not.toContain('Décompte en direct');
      // Three buttons, each with its Action.Submit fallback carrying the same verb.
      expect(verbs(card).filter((v) => v === 'vote.cast')).toHaveLength(6);
      expect(verbs(card)).not.toContain('vote.close');
    });

    it('takes no ballot once the time is up, and says the result is coming', () => {
      const card = build('vote (time up, not yet closed)');
      expect(all(card)).toContain('Le vote a pris fin le vendredi 10 avril 2026 à 17:00');
      expect(verbs(card)).not.toContain('vote.cast');
    });

    it('after closing shows everyone the result per college and the outcome, and which ballot counted', () => {
      const member = build('vote (closed, adopted, member who voted)');
      const text = all(member);
      expect(text).toContain('Adoptée à la double majorité');
      expect(text).toContain('Résultat par collège');
      expect(text).toContain('Votre bulletin compte pour votre siège.');
      expect(text).toContain('Vote clos le vendredi 10 avril 2026 à 17:00');
      expect(verbs(member)).not.toContain('vote.cast');
      const channel = all(build('vote (closed, rejected, channel)'));
      expect(channel).toContain('Rejetée : double majorité non atteinte');
      expect(channel).toContain('Société civile : majorité non atteinte');
    });
  });

  describe('the vote closed card', () => {
    it('posts the result per college, the outcome and the policy', () => {
      const card = build('vote closed (adopted)', 'en');
      const lines = texts(card);
      expect(lines[0]).toBe('Vote result (R13.2)');
      expect(all(card)).toContain('Adopted by double majority');
      expect(all(card)).toContain('Civil society: majority reached');
      expect(all(card)).toContain(
        'Vote opened on Friday, 3 April 2026 at 10:00 (Morocco time), closed on Friday, 10 April 2026 at 17:00 (Morocco time).',
      );
      expect(all(card)).toContain('rule “at least half”');
      expect(card.refresh).toBeUndefined();
      expect(all(build('vote closed (rejected, more than half)'))).toContain(
        'Rejetée : double majorité non atteinte',
      );
    });
  });

  describe('the communication card (R10)', () => {
    it('gives the text, the channel, the planned day, the objection deadline and the hashtag', () => {
      const card = build('communication (member, window open)');
      const text = all(card);
      expect(texts(card)[0]).toBe('Communication à valider au nom du comité (R10.1)');
      expect(text).toContain('Nadia Modèle soumet cette communication à la validation du comité :');
      expect(text).toContain('lance la consultation publique sur le 4e plan d’action national');
      expect(text).toContain('Portail national (canal officiel)');
      expect(text).toContain('15 avril 2026');
      expect(text).toContain(
        'Sans objection d’un membre jusqu’au 8 avril 2026 inclus, elle est validée (R10.1)',
      );
      expect(text).toContain(
        'Mot-dièse à inclure dans les communications numériques : #OpenGovMorocco (R10.2).',
      );
    });

    it('offers the objection form (communication.object, with the reason input) while the window is open', () => {
      const card = build('communication (member, window open)');
      const json = JSON.stringify(card);
      expect(json).toContain('"type":"Input.Text","id":"reason"');
      expect(json).toContain('"isRequired":true');
      expect(json).toContain('"verb":"communication.object","data":{"communicationId":"com-1"}');
      expect(json).toContain('"data":{"communicationId":"com-1","verb":"communication.object"}');
      expect(card.refresh?.action).toEqual({
        type: 'Action.Execute',
        verb: 'communication.refresh',
        data: { communicationId: 'com-1' },
      });
      expect(verbs(build('communication (channel card)'))).toContain('communication.object');
    });

    it('shows the member their own objection instead of the form, and others the objections', () => {
      const card = build('communication (member who objected)');
      expect(all(card)).toContain(
        'Vous avez fait objection le mardi 7 avril 2026 à 11:00 (heure du Maroc) : « Le calendrier n’a pas encore été validé par la société civile. »',
      );
      expect(all(card)).toContain('Objection reçue — vote nécessaire');
      expect(verbs(card)).not.toContain('communication.object');
      const other = communicationSubmittedCard(
        {
          communication: communicationView({ status: 'objected', objections: [OBJECTION] }),
          viewerId: MEMBER.id,
          refreshUserIds: USERS,
        },
        'fr',
      );
      expect(all(other)).toContain('Amina Imaginaire, le mardi 7 avril 2026 à 11:00');
    });

    it('after the window shows no form', () => {
      const card = build('communication (validated, window over)');
      expect(all(card)).toContain('Validée');
      expect(verbs(card)).not.toContain('communication.object');
    });
  });

  describe('the revision card (R13)', () => {
    it('gives the text, the supporting seats of the third needed and the filing window', () => {
      const card = build('revision (member who may support)');
      const text = all(card);
      expect(texts(card)[0]).toBe('Demande de révision du manuel (R13)');
      expect(text).toContain('Réviser l’article 5');
      expect(text).toContain('2 sièges sur 3 nécessaires');
      expect(text).toContain('du 1er octobre 2026 au 31 décembre 2026');
      expect(text).toContain('Soutenue par Nadia Modèle, Amina Imaginaire.');
      expect(text).toContain('au moins un tiers des sièges actifs');
      expect(JSON.stringify(card)).toContain(
        '"verb":"revision.support","data":{"revisionId":"rev-1"}',
      );
      expect(all(build('revision (member who may support)', 'en'))).toContain(
        '2 seats of 3 needed',
      );
      expect(all(build('revision (member who may support)', 'ar'))).toContain(
        'مقعدان من أصل 3 مقاعد مطلوبة',
      );
    });

    it('tells a supporter they support it, and offers nothing once filed', () => {
      const supporter = build('revision (supporter)');
      expect(all(supporter)).toContain('Vous soutenez cette demande.');
      expect(verbs(supporter)).not.toContain('revision.support');
      expect(verbs(build('revision (channel card)'))).toContain('revision.support');
      const filed = build('revision (filed)');
      expect(all(filed)).toContain('Déposée');
      expect(verbs(filed)).not.toContain('revision.support');
      expect(filed.refresh?.action.verb).toBe('revision.refresh');
    });
  });

  describe('Arabic', () => {
    it('reads right to left and isolates French text inside Arabic sentences', () => {
      const card = build('communication (member, window open)', 'ar');
      expect(card.rtl).toBe(true);
      expect(all(card)).toContain('يعرض \u2068Nadia Modèle\u2069 هذا التواصل على مصادقة اللجنة:');
      // What someone typed in Latin script keeps its own direction (and its final period).
      expect(texts(build('vote (titular before voting)', 'ar'))).toContain(
        '\u2068Adopter le calendrier de co-création du prochain plan d’action national\u2069',
      );
      expect(texts(build('vote (titular before voting)', 'fr'))).toContain(
        'Adopter le calendrier de co-création du prochain plan d’action national',
      );
      expect(all(build('vote (alternate whose titular voted, not voted)', 'ar'))).toContain(
        'ورقة العضو الرسمي هي التي تُحتسب لمقعدكم',
      );
    });
  });
});
