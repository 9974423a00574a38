import { describe, expect, it } from 'vitest';
import type { Meeting, MeetingStatus } from '../../core/model/meeting.js';
import {
  canSeeCommunication,
  canSeeContactDetails,
  canSeeDecision,
  canSeeDocument,
  canSeeMeeting,
  canSeeRevision,
  PUBLIC_VIEWER,
  visibleToMembers,
  wasAnnounced,
  type Viewer,
} from '../../core/rules/visibility.js';
import { transitionMeeting } from '../../core/workflows/meeting.js';

const viewers = {
  secretariat: { roles: ['secretariat'], personId: 'p-sec' },
  chair: { roles: ['chair'], personId: 'p-chair' },
  titular: { roles: ['titular'], personId: 'p-tit' },
  alternate: { roles: ['alternate'], personId: 'p-alt' },
  observer: { roles: ['observer'], personId: 'p-obs' },
  scorer: { roles: ['scorer'], personId: 'p-sco' },
  invited: { roles: ['external'], personId: 'p-ext', email: 'Guest@Example.org' },
  external: { roles: ['external'], personId: 'p-ext2', email: 'other@example.org' },
  public: PUBLIC_VIEWER,
} satisfies Record<string, Viewer>;
type Who = keyof typeof viewers;
const everyone = Object.keys(viewers) as Who[];
const committee: Who[] = ['secretariat', 'chair', 'titular', 'alternate', 'observer', 'scorer'];

function meeting(
  status: MeetingStatus,
  extra: Partial<Meeting> & { cancelledFrom?: MeetingStatus } = {},
) {
  return {
    status,
    externalInvitees: [{ name: 'Guest', email: 'guest@example.org' }],
    ...extra,
  };
}

/** Every meeting state, and who sees it (R5.2 notice, R5.6 publication). */
const meetingTable: [string, ReturnType<typeof meeting>, Who[]][] = [
  ['draft', meeting('draft'), ['secretariat']],
  [
    'cancelled while draft',
    meeting('cancelled', { cancelledFrom: 'draft', cancellationReason: 'x' }),
    ['secretariat'],
  ],
  ['cancelled without a recorded origin nor notice', meeting('cancelled'), ['secretariat']],
  [
    'noticed',
    meeting('noticed', { noticeSentAt: '2026-03-01T09:00:00Z' }),
    [...committee, 'invited'],
  ],
  ['postponed after its notice', meeting('postponed'), [...committee, 'invited']],
  [
    'cancelled after its notice',
    meeting('cancelled', { cancelledFrom: 'noticed', noticeSentAt: '2026-03-01T09:00:00Z' }),
    [...committee, 'invited'],
  ],
  [
    'cancelled while postponed',
    meeting('cancelled', { cancelledFrom: 'postponed' }),
    [...committee, 'invited'],
  ],
  ['held', meeting('held'), [...committee, 'invited']],
  ['minutes shared', meeting('minutes_shared'), [...committee, 'invited']],
  ['amendment window closed', meeting('amendment_closed'), [...committee, 'invited']],
  ['published', meeting('published'), everyone],
];

describe('Visibility of a meeting, by state and role (R5.2, R5.6)', () => {
  for (const [state, record, allowed] of meetingTable) {
    for (const who of everyone) {
      const sees = allowed.includes(who);
      it(`${state}: ${who} ${sees ? 'sees it' : 'does not see it'}`, () => {
        expect(canSeeMeeting(viewers[who], record)).toBe(sees);
      });
    }
  }

  it('the calendar feed carries what members see: never a draft nor a cancelled draft', () => {
    expect(meetingTable.filter(([, m]) => visibleToMembers(m)).map(([s]) => s)).toEqual(
      meetingTable.filter(([, , allowed]) => allowed.includes('titular')).map(([s]) => s),
    );
  });

  it('the workflow records what a meeting was cancelled from', () => {
    const draft = {
      status: 'draft' as const,
      start: '2026-04-01T09:00:00Z',
      end: '2026-04-01T11:00:00Z',
      postponedFrom: [],
    };
    const cancelled = transitionMeeting(
      draft,
      { type: 'MeetingCancelled', reason: 'r' },
      '2026-03-01T09:00:00Z',
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledFrom: 'draft' });
    expect(wasAnnounced(cancelled as typeof draft)).toBe(false);
    const noticed = transitionMeeting(draft, { type: 'NoticeSent' }, '2026-03-01T09:00:00Z');
    const moved = transitionMeeting(
      noticed as typeof draft,
      { type: 'MeetingPostponed', start: '2026-05-01T09:00:00Z', end: '2026-05-01T11:00:00Z' },
      '2026-03-02T09:00:00Z',
    );
    const cancelledAfter = transitionMeeting(
      moved as typeof draft,
      { type: 'MeetingCancelled', reason: 'r' },
      '2026-03-03T09:00:00Z',
    );
    expect(cancelledAfter).toMatchObject({ status: 'cancelled', cancelledFrom: 'postponed' });
    expect(wasAnnounced(cancelledAfter as typeof draft)).toBe(true);
  });
});

describe('Visibility of a decision and its vote: it follows its meeting (R5.7, R13.2)', () => {
  const decisionTable: [
    string,
    { meetingId?: string },
    ReturnType<typeof meeting> | undefined,
    Who[],
  ][] = [
    ['on a draft meeting', { meetingId: 'm' }, meeting('draft'), ['secretariat']],
    [
      'on a cancelled draft',
      { meetingId: 'm' },
      meeting('cancelled', { cancelledFrom: 'draft' }),
      ['secretariat'],
    ],
    ['on a noticed meeting', { meetingId: 'm' }, meeting('noticed'), [...committee, 'invited']],
    ['on a held meeting', { meetingId: 'm' }, meeting('held'), [...committee, 'invited']],
    [
      'on a published meeting',
      { meetingId: 'm' },
      meeting('published'),
      [...committee, 'invited', 'external'],
    ],
    ['outside any meeting (R10.1, R13.2 vote)', {}, undefined, committee],
    ['on a meeting that is not found', { meetingId: 'm' }, undefined, ['secretariat']],
  ];
  for (const [state, decision, on, allowed] of decisionTable) {
    for (const who of everyone) {
      const sees = allowed.includes(who);
      it(`${state}: ${who} ${sees ? 'sees it' : 'does not see it'}`, () => {
        expect(canSeeDecision(viewers[who], decision, on)).toBe(sees);
      });
    }
  }
});

/**
 * A communication (R10.1) and a revision request (R13.1, R13.3) are the committee's business in
 * every state: its readers see them, externals and the public do not.
 */
const committeeRecords: [string, readonly string[], (viewer: Viewer, status: string) => boolean][] =
  [
    [
      'a communication (R10.1)',
      ['submitted', 'objected', 'vote_open', 'validated', 'rejected', 'published', 'withdrawn'],
      (viewer, status) =>
        canSeeCommunication(viewer, {
          requesterId: 'p-tit',
          status: status as Parameters<typeof canSeeCommunication>[1]['status'],
        }),
    ],
    [
      'a revision request (R13.1, R13.3)',
      ['collecting_support', 'filed', 'scheduled', 'vote_open', 'adopted', 'rejected', 'withdrawn'],
      (viewer, status) =>
        canSeeRevision(viewer, {
          authorId: 'p-tit',
          status: status as Parameters<typeof canSeeRevision>[1]['status'],
        }),
    ],
  ];
for (const [kind, states, sees] of committeeRecords) {
  describe(`Visibility of ${kind}`, () => {
    for (const status of states) {
      for (const who of everyone) {
        const allowed = committee.includes(who);
        it(`${status}: ${who} ${allowed ? 'sees it' : 'does not see it'}`, () => {
          expect(sees(viewers[who], status)).toBe(allowed);
        });
      }
    }
  });
}

describe('Visibility of a revision request to its author', () => {
  it('ends with their seat (no committee role left)', () => {
    const former: Viewer = { roles: [], personId: 'p-former' };
    expect(canSeeRevision(former, { authorId: 'p-former', status: 'filed' })).toBe(false);
  });
});

describe('Visibility of a document, by purpose (R4.1, R12.1, R5.5, R5.2, R10.1, R4.4)', () => {
  const seat = { titularId: 'p-tit', alternateId: 'p-alt' };
  const otherSeat = { titularId: 'p-x', alternateId: 'p-y' };
  const doc = (purpose: string) => ({ purpose, uploadedBy: 'p-sec' });
  const table: [string, ReturnType<typeof doc>, Parameters<typeof canSeeDocument>[2], Who[]][] = [
    [
      'designation letter of their seat',
      doc('designation-letter'),
      { seats: [seat] },
      ['secretariat', 'chair', 'titular', 'alternate'],
    ],
    [
      'designation letter of another seat',
      doc('designation-letter'),
      { seats: [otherSeat] },
      ['secretariat', 'chair'],
    ],
    ['designation letter on no seat yet', doc('designation-letter'), {}, ['secretariat']],
    [
      'withdrawal letter of their seat',
      doc('withdrawal-letter'),
      { seats: [seat] },
      ['secretariat', 'chair', 'titular', 'alternate'],
    ],
    [
      'withdrawal letter of another seat',
      doc('withdrawal-letter'),
      { seats: [otherSeat] },
      ['secretariat', 'chair'],
    ],
    [
      'minutes of a held meeting (draft minutes)',
      doc('minutes'),
      { minutesOf: [meeting('held')] },
      ['secretariat'],
    ],
    [
      'minutes shared (R5.5)',
      doc('minutes'),
      { minutesOf: [meeting('minutes_shared')] },
      [...committee, 'invited'],
    ],
    [
      'minutes after the amendment window',
      doc('minutes'),
      { minutesOf: [meeting('amendment_closed')] },
      [...committee, 'invited'],
    ],
    ['minutes published (R5.6)', doc('minutes'), { minutesOf: [meeting('published')] }, everyone],
    ['minutes on no meeting', doc('minutes'), {}, ['secretariat']],
    [
      'agenda document of a draft',
      doc('agenda-document'),
      { agendaOf: [meeting('draft')] },
      ['secretariat'],
    ],
    [
      'agenda document of a noticed meeting',
      doc('agenda-document'),
      { agendaOf: [meeting('noticed')] },
      [...committee, 'invited'],
    ],
    [
      'agenda document of a published meeting',
      doc('agenda-document'),
      { agendaOf: [meeting('published')] },
      everyone,
    ],
    [
      'visual of a communication',
      doc('visual'),
      { visualOf: [{ requesterId: 'p-tit', status: 'submitted' }] },
      committee,
    ],
    ['application file', doc('application-file'), {}, ['secretariat', 'observer', 'scorer']],
    ['evidence', doc('evidence'), {}, ['secretariat', 'observer', 'scorer']],
    ['unknown purpose', doc('other'), {}, ['secretariat']],
  ];
  for (const [what, document, use, allowed] of table) {
    for (const who of everyone) {
      const sees = allowed.includes(who);
      it(`${what}: ${who} ${sees ? 'sees it' : 'does not see it'}`, () => {
        expect(canSeeDocument(viewers[who], document, use)).toBe(sees);
      });
    }
  }

  it('the uploader sees their own upload', () => {
    expect(canSeeDocument(viewers.titular, { purpose: 'visual', uploadedBy: 'p-tit' })).toBe(true);
  });
});

describe("Visibility of a person's contact details (law 09-08)", () => {
  const sees: Who[] = ['secretariat', 'chair', 'titular', 'alternate'];
  for (const who of everyone) {
    it(`${who} ${sees.includes(who) ? 'sees' : 'does not see'} a member's e-mail`, () => {
      expect(canSeeContactDetails(viewers[who], { id: 'p-someone' })).toBe(sees.includes(who));
    });
  }
  it('an observer sees their own e-mail', () => {
    expect(canSeeContactDetails(viewers.observer, { id: 'p-obs' })).toBe(true);
  });
});
