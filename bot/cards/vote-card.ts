import type { VoteView } from '../../core/contracts/decisions.js';
import { formatInstant, t, type Locale } from '../i18n.js';
import {
  actionSet,
  adaptiveCard,
  execute,
  heading,
  notice,
  text,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  type Container,
} from './card.js';
import {
  CHOICES,
  choiceName,
  countsBlock,
  countsOf,
  outcomeBlock,
  policyLine,
  typed,
} from './decision-parts.js';
import {
  feedbackBlock,
  quote,
  refreshBlock,
  withoutRulePrefix,
  type Feedback,
} from './meeting-parts.js';

export interface VoteCardView {
  vote: VoteView;
  /**
   * The person the card is built for (their ballot, their right to vote, the chair's tally);
   * absent for a channel card, built for no one in particular, which each member's client
   * refreshes into their own view.
   */
  viewerId?: string;
  refreshUserIds: readonly string[];
  feedback?: Feedback;
}

/** Where the vote stands for the card: ballots received, time up (not yet closed), closed. */
type Phase = 'open' | 'closing' | 'closed';

function phaseOf(vote: VoteView): Phase {
  if (vote.status === 'closed') return 'closed';
  // R13.2: whether ballots are still received comes from the use case.
  return vote.ballotsOpen ? 'open' : 'closing';
}

/**
 * A double-majority vote (R13.2): the motion, the closing time in Morocco time and the rule in
 * force. A member sees their own ballot, whether it is the one counted for their seat (the
 * titular's, else the alternate's), and the yes / no / abstain buttons until closing; someone
 * without a vote sees the rule that takes it away; the chair and the secretariat see the live
 * tally per college, and the chair a button to close. Once closed, everyone sees the result.
 * Every person's client refreshes the card into their own view (`vote.refresh`).
 */
export function voteCard(view: VoteCardView, locale: Locale): AdaptiveCard {
  const { vote } = view;
  const phase = phaseOf(vote);
  return adaptiveCard(
    locale,
    [
      heading(t('card.vote.title', locale)),
      ...feedbackBlock(view.feedback, locale),
      motionBlock(vote, locale),
      {
        type: 'FactSet',
        spacing: 'Medium',
        facts: [
          {
            title: t(phase === 'closed' ? 'vote.fact.closedAt' : 'vote.fact.closesAt', locale),
            value: formatInstant(vote.closedAt ?? vote.closesAt, locale),
          },
          {
            title: t('vote.fact.openedBy', locale),
            value: t('card.vote.openedBy', locale, {
              name: quote(vote.openedBy.displayName, 80),
              when: formatInstant(vote.openedAt, locale),
            }),
          },
        ],
      },
      ...phaseBlock(view, phase, locale),
      ...viewerBlock(view, phase, locale),
      ...ballotButtons(view, phase, locale),
      ...tallyBlock(view, phase, locale),
      policyLine(vote.threshold, locale),
      text(t('vote.oneBallot', locale), { size: 'Small', isSubtle: true, spacing: 'None' }),
    ],
    actions(view, locale),
    refreshBlock('vote.refresh', { voteId: vote.id }, view.refreshUserIds),
  );
}

function motionBlock(vote: VoteView, locale: Locale): Container {
  return {
    type: 'Container',
    style: 'emphasis',
    spacing: 'Medium',
    items: [
      text(t('vote.motion', locale), { size: 'Small', isSubtle: true }),
      text(typed(vote.motion, 1000, locale), { weight: 'Bolder', spacing: 'Small' }),
    ],
  };
}

/** May this viewer vote now? A channel card shows the buttons while ballots are received. */
function mayVote(view: VoteCardView, phase: Phase): boolean {
  if (view.viewerId !== undefined) return view.vote.can.vote;
  return phase === 'open';
}

function phaseBlock(view: VoteCardView, phase: Phase, locale: Locale): CardElement[] {
  const { vote } = view;
  switch (phase) {
    case 'open': {
      const when = formatInstant(vote.closesAt, locale);
      const key =
        view.viewerId !== undefined && vote.eligibility.canVote
          ? 'vote.window.open'
          : 'vote.window.openOthers';
      return [notice('accent', t(key, locale, { when }))];
    }
    case 'closing':
      return [
        notice(
          'warning',
          t('vote.window.closing', locale, { when: formatInstant(vote.closesAt, locale) }),
        ),
      ];
    case 'closed':
      return [
        notice(
          'emphasis',
          t('vote.window.closed', locale, {
            when: formatInstant(vote.closedAt ?? vote.closesAt, locale),
          }),
        ),
      ];
  }
}

/**
 * The viewer's own part: their ballot and which ballot of their seat counts (R13.2), or why
 * they cannot vote (the rule that takes the vote away: R6, R5.4, R12.2, R13.2).
 */
function viewerBlock(view: VoteCardView, phase: Phase, locale: Locale): CardElement[] {
  if (view.viewerId === undefined) return [];
  const { vote } = view;
  if (!vote.eligibility.canVote) {
    const violation = vote.eligibility.violation;
    // The heading cites the rule; the sentence follows without repeating it.
    const reason = violation
      ? capitalised(withoutRulePrefix(violation.message[locale], violation.rule), locale)
      : t('card.vote.notInVote', locale);
    return [
      {
        type: 'Container',
        // The chair and the secretariat conduct the vote (they see the tally): a plain note;
        // anyone else may have expected to vote: a warning.
        style: vote.tally ? 'emphasis' : 'warning',
        separator: true,
        spacing: 'Medium',
        items: [
          text(
            violation
              ? `${t('vote.cannotVote', locale)} (${violation.rule})`
              : t('vote.cannotVote', locale),
            { weight: 'Bolder' },
          ),
          text(reason, { size: 'Small', spacing: 'Small' }),
        ],
      },
    ];
  }
  const mine = vote.myBallot;
  const lines: CardElement[] = [
    text(
      mine
        ? t('card.vote.myBallot', locale, {
            choice: choiceName(mine.choice, locale),
            when: formatInstant(mine.castAt, locale),
          })
        : t(phase === 'closed' ? 'vote.noBallot.closed' : 'vote.noBallot', locale),
      { weight: 'Bolder' },
    ),
  ];
  const note = countedNote(vote);
  if (note) {
    lines.push(text(t(note, locale), { size: 'Small', spacing: 'Small' }));
  }
  if (mine && phase === 'open' && vote.can.vote) {
    lines.push(text(t('vote.changeUntilClose', locale), { size: 'Small', isSubtle: true }));
  }
  const counted = mine?.counted ?? false;
  return [
    {
      type: 'Container',
      style: counted ? 'good' : 'default',
      separator: true,
      spacing: 'Medium',
      items: lines,
    },
  ];
}

const capitalised = (sentence: string, locale: Locale) =>
  sentence.charAt(0).toLocaleUpperCase(locale) + sentence.slice(1);

/**
 * Which ballot of the viewer's seat counts, in words: theirs; their titular's (they are the
 * alternate and the titular voted); their alternate's (they are the titular and have not
 * voted). The use case says which one counts (`myBallot.counted`, `seatCountedVoter`).
 */
function countedNote(
  vote: VoteView,
):
  | 'vote.note.counted'
  | 'card.vote.note.titular-counts'
  | 'card.vote.note.alternate-counts'
  | undefined {
  const mine = vote.myBallot;
  if (mine?.counted) return 'vote.note.counted';
  if (vote.seatCountedVoter === 'titular') return 'card.vote.note.titular-counts';
  if (vote.seatCountedVoter === 'alternate' && !mine) return 'card.vote.note.alternate-counts';
  return undefined;
}

/** Yes / no / abstain, each an Action.Execute `vote.cast` with its Action.Submit fallback. */
function ballotButtons(view: VoteCardView, phase: Phase, locale: Locale): CardElement[] {
  if (!mayVote(view, phase)) return [];
  const voteId = view.vote.id;
  return [
    actionSet(
      CHOICES.map((choice) =>
        execute(
          choiceName(choice, locale),
          'vote.cast',
          { voteId, choice },
          choice === 'yes' ? { style: 'positive', inputs: 'none' } : { inputs: 'none' },
        ),
      ),
    ),
  ];
}

/**
 * The live tally (chair and secretariat, while open) or the result (everyone, once closed),
 * per college, with the double-majority outcome. A channel card never shows the live tally:
 * it is built for no one in particular.
 */
function tallyBlock(view: VoteCardView, phase: Phase, locale: Locale): CardElement[] {
  const { vote } = view;
  const counts = countsOf(vote);
  if (phase === 'closed' && counts) {
    return [
      outcomeBlock(counts.adopted, true, locale),
      countsBlock(counts, t('vote.result', locale), locale),
    ];
  }
  if (view.viewerId === undefined || !vote.tally) {
    return [text(t('vote.tallyHidden', locale), { isSubtle: true, size: 'Small' })];
  }
  return [
    countsBlock(vote.tally, t('vote.tally.live', locale), locale),
    outcomeBlock(vote.tally.adopted, false, locale),
  ];
}

function actions(view: VoteCardView, locale: Locale): CardAction[] {
  const { vote } = view;
  return [
    ...(view.viewerId !== undefined && vote.can.close
      ? [
          {
            type: 'Action.ShowCard' as const,
            title: t('vote.close', locale),
            card: {
              type: 'AdaptiveCard' as const,
              body: [text(t('card.vote.closeBody', locale))],
              actions: [
                execute(
                  t('vote.closeSubmit', locale),
                  'vote.close',
                  { voteId: vote.id, version: vote.version },
                  { style: 'destructive', inputs: 'none' },
                ),
              ],
            },
          },
        ]
      : []),
    // For clients without per-user views (more than 60 members, or no auto-refresh).
    execute(t('delivery.refresh', locale), 'vote.refresh', { voteId: vote.id }, { inputs: 'none' }),
  ];
}
