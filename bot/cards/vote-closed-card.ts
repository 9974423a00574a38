import type { VoteView } from '../../core/contracts/decisions.js';
import { formatInstant, t, type Locale } from '../i18n.js';
import { adaptiveCard, heading, text, type AdaptiveCard, type CardElement } from './card.js';
import { countsBlock, countsOf, outcomeBlock, policyLine, typed } from './decision-parts.js';

export interface VoteClosedView {
  /** The closed vote: its stored result per college and its outcome. */
  vote: VoteView;
}

/**
 * The result of a closed vote, posted to every member and the channel: the motion, the result
 * per college (yes, no, abstain, seats that voted of the active seats, yes needed), the
 * double-majority outcome and the rule in force (R13.2). Final: the card does not refresh.
 */
export function voteClosedCard(view: VoteClosedView, locale: Locale): AdaptiveCard {
  const { vote } = view;
  const counts = countsOf(vote);
  const result: CardElement[] = counts
    ? [
        outcomeBlock(counts.adopted, true, locale),
        countsBlock(counts, t('vote.result', locale), locale),
      ]
    : [];
  return adaptiveCard(locale, [
    heading(t('voteClosed.title', locale)),
    {
      type: 'Container',
      style: 'emphasis',
      spacing: 'Medium',
      items: [
        text(t('vote.motion', locale), { size: 'Small', isSubtle: true }),
        text(typed(vote.motion, 1000, locale), { weight: 'Bolder', spacing: 'Small' }),
      ],
    },
    text(
      t('voteClosed.body', locale, {
        opened: formatInstant(vote.openedAt, locale),
        closed: formatInstant(vote.closedAt ?? vote.closesAt, locale),
      }),
      { size: 'Small', spacing: 'Medium' },
    ),
    ...result,
    policyLine(vote.threshold, locale),
    text(t('vote.oneBallot', locale), { size: 'Small', isSubtle: true, spacing: 'None' }),
  ]);
}
