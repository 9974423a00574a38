import type { Tally, VoteView } from '../../core/contracts/decisions.js';
import { t, type Locale } from '../i18n.js';
import { text, type CardElement, type Container, type TextBlock } from './card.js';
import { quote } from './meeting-parts.js';

/**
 * The card verbs of the decisions workflow (Action.Execute verbs and Action.Submit `verb`s):
 * ballots and the chair's closing (R13.2), objections to a communication (R10.1), support for
 * a revision request (R13.1), and the refresh of each card.
 */
export const DECISION_VERBS = [
  'vote.cast',
  'vote.refresh',
  'vote.close',
  'communication.object',
  'communication.refresh',
  'revision.support',
  'revision.refresh',
] as const;
export type DecisionVerb = (typeof DECISION_VERBS)[number];

type Choice = NonNullable<VoteView['myBallot']>['choice'];
type DoubleMajorityThreshold = VoteView['threshold'];

/** The choices of a ballot, in the order the buttons show them. */
export const CHOICES = ['yes', 'no', 'abstain'] as const satisfies readonly Choice[];

export const choiceName = (choice: Choice, locale: Locale) => t(`vote.choice.${choice}`, locale);

/**
 * Text someone typed (a motion, a communication, a revision request), safe in a card. In an
 * Arabic card, text in Latin script is a bidi isolate, so its own punctuation stays where it
 * was written instead of moving to the other end of the line.
 */
export function typed(value: string, max: number, locale: Locale): string {
  const safe = quote(value, max);
  return locale === 'ar' && /\p{Script=Latin}/u.test(safe) ? `\u2068${safe}\u2069` : safe;
}

/** The counts a viewer may see: the stored result once closed, else the live tally (if shown). */
export function countsOf(vote: VoteView): Tally | undefined {
  return vote.result ?? vote.tally;
}

/** R13.2 (policy): the rule in force for this vote, named, as the manual's reading it applies. */
export function policyLine(threshold: DoubleMajorityThreshold, locale: Locale): TextBlock {
  return text(
    t('card.vote.policy', locale, { threshold: threshold === 'more-than-half' ? 'more' : 'half' }),
    { size: 'Small', isSubtle: true },
  );
}

/**
 * The counts per college: yes, no, abstain, how many seats voted of the college's active seats,
 * the yes votes needed, and whether the college's majority is reached (R13.2). The card computes
 * none of them: each college's `voted`, `needed` and `reached` come from the use case.
 */
export function countsBlock(counts: Tally, heading: string, locale: Locale): Container {
  const college = (name: 'administration' | 'civilSociety'): Container => {
    const own = counts[name];
    const needed = counts.needed[name];
    const { reached } = own;
    const label = t(`college.${name}`, locale);
    return {
      type: 'Container',
      style: reached ? 'good' : 'default',
      spacing: 'Medium',
      items: [
        text(
          t(reached ? 'vote.college.reached' : 'vote.college.notReached', locale, {
            college: label,
          }),
          {
            weight: 'Bolder',
          },
        ),
        {
          type: 'FactSet',
          spacing: 'Small',
          facts: [
            ...CHOICES.map((choice) => ({
              title: choiceName(choice, locale),
              value: String(own[choice]),
            })),
            {
              title: t('vote.voted', locale),
              value: t('vote.votedOf', locale, { voted: own.voted, seats: own.seats }),
            },
            { title: t('vote.needed', locale), value: String(needed) },
          ],
        },
      ],
    };
  };
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      text(heading, { weight: 'Bolder', size: 'Medium' }),
      college('administration'),
      college('civilSociety'),
    ],
  };
}

/** The double-majority outcome: final once the vote is closed, « at this stage » before. */
export function outcomeBlock(adopted: boolean, final: boolean, locale: Locale): CardElement {
  const key = final
    ? adopted
      ? 'vote.adopted'
      : 'vote.rejected'
    : adopted
      ? 'vote.adoptedSoFar'
      : 'vote.notAdoptedSoFar';
  return {
    type: 'Container',
    style: final ? (adopted ? 'good' : 'attention') : 'emphasis',
    spacing: 'Medium',
    items: [text(t(key, locale), { weight: 'Bolder', size: final ? 'Medium' : 'Default' })],
  };
}
