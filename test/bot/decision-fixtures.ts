import type {
  CommunicationView,
  RevisionView,
  Tally,
  VoteView,
} from '../../core/contracts/decisions.js';
import { checkVotingRight } from '../../core/rules/r5-4-voting-eligibility.js';
import type { Violation } from '../../core/verdict.js';
import { person } from './meeting-fixtures.js';

/**
 * View models as the decisions use cases return them, for the pure card builders. The vote
 * opens on Friday 3 April 2026 at 10:00 and closes on Friday 10 April at 17:00, Morocco time
 * (UTC+1 after Ramadan). The committee has 4 administration and 4 civil-society seats; with the
 * « at least half » policy each college needs 2 yes votes.
 */
export const CHAIR = person('p-chair', 'Karim Fictif (présidence)');
export const OPENED_AT = '2026-04-03T09:00:00Z';
export const CLOSES_AT = '2026-04-10T16:00:00Z';
export const DURING_VOTE = '2026-04-06T10:00:00Z';

/** The rule that takes the vote away, as core's R5.4 / R6 / R12.2 / R13.2 rule states it. */
export function noVote(voter: Parameters<typeof checkVotingRight>[0]): Violation {
  const verdict = checkVotingRight(voter);
  if (verdict.ok) throw new Error('this voter may vote');
  return verdict;
}

export const NO_VOTE = {
  secretariat: noVote({ roles: ['secretariat'] }),
  external: noVote({ roles: ['external'] }),
  observer: noVote({ roles: ['observer'] }),
  ceased: noVote({ roles: [], seat: { status: 'ceased', role: 'titular' } }),
  chair: noVote({ roles: ['chair'] }),
};

/** A live tally: administration 2 yes of 4 (reached), civil society 1 yes of 4 (not reached). */
export function tally(overrides: Partial<Tally> = {}): Tally {
  return {
    administration: { seats: 4, yes: 2, no: 1, abstain: 0, voted: 3, reached: true },
    civilSociety: { seats: 4, yes: 1, no: 1, abstain: 1, voted: 3, reached: false },
    needed: { administration: 2, civilSociety: 2 },
    adopted: false,
    threshold: 'at-least-half',
    ...overrides,
  };
}

/** An open vote as a titular who may vote and has not voted sees it. */
export function voteView(
  overrides: Partial<Omit<VoteView, 'can'>> & { can?: Partial<VoteView['can']> } = {},
): VoteView {
  const { can, ...rest } = overrides;
  return {
    asOf: DURING_VOTE,
    id: 'vote-1',
    version: '4',
    decisionId: 'dec-1',
    motion: 'Adopter le calendrier de co-création du prochain plan d’action national',
    openedAt: OPENED_AT,
    openedBy: CHAIR,
    closesAt: CLOSES_AT,
    status: 'open',
    ballotsOpen: true,
    threshold: 'at-least-half',
    eligibility: { canVote: true },
    cannot: {},
    ...rest,
    can: { vote: true, close: false, ...can },
  };
}

/** The same vote once closed: the stored result per college and the outcome. */
export function closedVote(adopted: boolean, overrides: Partial<VoteView> = {}): VoteView {
  const counts = tally({
    civilSociety: {
      seats: 4,
      yes: adopted ? 2 : 1,
      no: 1,
      abstain: 0,
      voted: adopted ? 3 : 2,
      reached: adopted,
    },
    adopted,
  });
  return voteView({
    status: 'closed',
    ballotsOpen: false,
    closedAt: '2026-04-10T16:00:05Z',
    tally: counts,
    result: counts,
    can: { vote: false, close: false },
    ...overrides,
  });
}

export const REQUESTER = person('p-a1t', 'Nadia Modèle');
export const OBJECTOR = person('p-c1t', 'Amina Imaginaire');

/** Submitted on Monday 6 April 2026; members may object until Wednesday 8 April inclusive. */
export function communicationView(
  overrides: Partial<Omit<CommunicationView, 'can'>> & {
    can?: Partial<CommunicationView['can']>;
  } = {},
): CommunicationView {
  const { can, ...rest } = overrides;
  return {
    id: 'com-1',
    version: '1',
    requester: REQUESTER,
    text: 'Le comité de pilotage OGP Maroc lance la consultation publique sur le 4e plan d’action national.',
    channel: 'portal',
    plannedDay: '2026-04-15',
    submittedAt: '2026-04-06T09:00:00Z',
    status: 'submitted',
    objectionDeadline: '2026-04-08',
    objectionOpen: true,
    objections: [],
    hashtag: '#OpenGovMorocco',
    cannot: {},
    ...rest,
    can: { object: false, openVote: false, publish: false, ...can },
  };
}

export const OBJECTION = {
  person: OBJECTOR,
  at: '2026-04-07T10:00:00Z',
  reason: 'Le calendrier n’a pas encore été validé par la société civile.',
};

/** A request collecting support: 2 supporting seats of the 3 needed (a third of 8, rounded up). */
export function revisionView(
  overrides: Partial<Omit<RevisionView, 'can'>> & { can?: Partial<RevisionView['can']> } = {},
): RevisionView {
  const { can, ...rest } = overrides;
  return {
    id: 'rev-1',
    version: '2',
    author: REQUESTER,
    text: 'Réviser l’article 5 : permettre les réunions entièrement en ligne.',
    createdAt: '2026-10-05T09:00:00Z',
    status: 'collecting_support',
    supporters: [REQUESTER, OBJECTOR],
    support: { seats: 2, needed: 3 },
    window: { start: '2026-10-01', end: '2026-12-31' },
    cannot: {},
    ...rest,
    can: { support: false, file: false, openVote: false, ...can },
  };
}
