import { z } from 'zod';
import { ObjectRequestSchema } from '../core/contracts/decisions.js';
import type { Localized } from '../core/i18n/localized.js';
import { IdSchema } from '../core/model/common.js';
import { ChoiceSchema } from '../core/model/decision.js';
import type { Actor } from '../core/usecases/actor.js';
import {
  castBallot,
  closeVote,
  objectToCommunication,
  supportRevision,
} from '../core/usecases/decisions/index.js';
import { invalid, type Refusal } from '../core/usecases/outcome.js';
import type { AdaptiveCard } from './cards/card.js';
import { DECISION_VERBS, type DecisionVerb } from './cards/decision-parts.js';
import { errorCard } from './cards/error-card.js';
import { withoutRulePrefix, type Feedback } from './cards/meeting-parts.js';
import { notMemberCard } from './cards/not-member-card.js';
import {
  communicationCardFor,
  revisionCardFor,
  voteCardFor,
  voteCardOf,
  type DecisionExtras,
} from './decision-cards.js';
import { localized, t, type Locale, type MessageKey } from './i18n.js';
import type { Built, CardContext } from './card-context.js';
import { refusalFeedback } from './meeting-cards.js';
import type { MeetingTurn } from './meeting-routes.js';

/** What a decision handler knows: the same turn as a meeting card's (actor from the activity). */
export type DecisionTurn = MeetingTurn;

/** A verb's handler: the card data (inputs and the button's data) in, the replacing card out. */
export type DecisionHandler = (
  turn: DecisionTurn,
  actor: Actor,
  data: Record<string, unknown>,
) => Promise<AdaptiveCard>;

export function isDecisionVerb(verb: unknown): verb is DecisionVerb {
  return typeof verb === 'string' && (DECISION_VERBS as readonly string[]).includes(verb);
}

const Version = z.string().min(1).max(100);
const VoteRef = z.object({ voteId: IdSchema });
const CastData = z.object({ voteId: IdSchema, choice: ChoiceSchema });
const CloseData = z.object({ voteId: IdSchema, version: Version });
const CommunicationRef = z.object({ communicationId: IdSchema });
const ObjectData = z.object({
  communicationId: IdSchema,
  reason: z.string().max(20_000).optional(),
});
const RevisionRef = z.object({ revisionId: IdSchema });

const CHOICE_NAMES = {
  yes: localized('vote.choice.yes'),
  no: localized('vote.choice.no'),
  abstain: localized('vote.choice.abstain'),
} as const;

/**
 * One handler per verb; adding a verb without its handler fails to compile. Card data carry
 * ids and choices only: who acts is the turn's actor (the activity's `aadObjectId` looked up
 * in the register), whatever else the data say.
 */
export const decisionRoutes: Record<DecisionVerb, DecisionHandler> = {
  'vote.refresh': async (turn, actor, data) => {
    const parsed = VoteRef.safeParse(data);
    if (!parsed.success) return refused(turn, invalid(parsed.error));
    return render(turn, voteCardFor(context(turn, actor), parsed.data.voteId));
  },

  // R13.2: a member casts or changes their ballot. Hot path (a whole committee votes within
  // minutes): one use-case call, whose view is the returned card; the use case is idempotent
  // (one ballot record per vote × seat × titular/alternate), the gate joins a double click.
  'vote.cast': async (turn, actor, data) => {
    const parsed = CastData.safeParse(data);
    if (!parsed.success) return refused(turn, invalid(parsed.error));
    const { voteId, choice } = parsed.data;
    const { result: outcome } = await turn.gate.run(
      ['ballot', voteId, actor.personId, choice].join('|'),
      () => castBallot(turn.ports, actor, voteId, { choice }),
    );
    if (outcome.ok) {
      return voteCardOf(context(turn, actor), outcome.value, {
        feedback: done('vote.cast.done', { choice: CHOICE_NAMES[choice] }),
      });
    }
    return refusedOnVote(turn, actor, voteId, outcome);
  },

  // R13.2: the chair closes the vote; the result per college and the outcome are stored and
  // posted (the outbox delivers the « vote closed » card to every member and the channel).
  'vote.close': async (turn, actor, data) => {
    const parsed = CloseData.safeParse(data);
    if (!parsed.success) return refused(turn, invalid(parsed.error));
    const { voteId, version } = parsed.data;
    const { result: outcome, joined } = await turn.gate.run(`close|${voteId}`, () =>
      closeVote(turn.ports, actor, voteId, { version }),
    );
    if (joined) return render(turn, voteCardFor(context(turn, actor), voteId));
    if (outcome.ok) {
      return voteCardOf(context(turn, actor), outcome.value, {
        feedback: done('vote.closedMessage'),
      });
    }
    return refusedOnVote(turn, actor, voteId, outcome);
  },

  'communication.refresh': async (turn, actor, data) => {
    const parsed = CommunicationRef.safeParse(data);
    if (!parsed.success) return refused(turn, invalid(parsed.error));
    return render(turn, communicationCardFor(context(turn, actor), parsed.data.communicationId));
  },

  // R10.1: a member objects, with a reason, while the window is open; the communication then
  // needs a vote. One objection per person (the use case keeps the first).
  'communication.object': async (turn, actor, data) => {
    const parsed = ObjectData.safeParse(data);
    if (!parsed.success) return refused(turn, invalid(parsed.error));
    const { communicationId } = parsed.data;
    const reason = (parsed.data.reason ?? '').trim();
    const again = (extras: DecisionExtras) =>
      render(turn, communicationCardFor(context(turn, actor), communicationId, extras));
    if (!reason) return again({ feedback: problem('communication.objectReason.required') });
    const body = ObjectRequestSchema.safeParse({ reason });
    if (!body.success) {
      return again({ feedback: refusalFeedback(invalid(body.error)), draftText: reason });
    }
    const { result: outcome } = await turn.gate.run(
      ['objection', communicationId, actor.personId].join('|'),
      () => objectToCommunication(turn.ports, actor, communicationId, body.data),
    );
    if (outcome.ok) return again({ feedback: done('communications.objected') });
    if (outcome.reason === 'not_found') return refused(turn, outcome);
    return again({
      feedback: refusalFeedback(outcome),
      ...(outcome.reason === 'rule' ? {} : { draftText: reason }),
    });
  },

  'revision.refresh': async (turn, actor, data) => {
    const parsed = RevisionRef.safeParse(data);
    if (!parsed.success) return refused(turn, invalid(parsed.error));
    return render(turn, revisionCardFor(context(turn, actor), parsed.data.revisionId));
  },

  // R13.1: a member supports a revision request; supporting twice counts once.
  'revision.support': async (turn, actor, data) => {
    const parsed = RevisionRef.safeParse(data);
    if (!parsed.success) return refused(turn, invalid(parsed.error));
    const { revisionId } = parsed.data;
    const { result: outcome } = await turn.gate.run(
      ['support', revisionId, actor.personId].join('|'),
      () => supportRevision(turn.ports, actor, revisionId),
    );
    if (outcome.ok) {
      return render(
        turn,
        revisionCardFor(context(turn, actor), revisionId, {
          feedback: done('revisions.supported'),
        }),
      );
    }
    if (outcome.reason === 'not_found') return refused(turn, outcome);
    return render(
      turn,
      revisionCardFor(context(turn, actor), revisionId, { feedback: refusalFeedback(outcome) }),
    );
  },
};

/** Runs the verb's handler for the activity's actor; someone outside the register gets no data. */
export async function handleDecisionAction(
  turn: DecisionTurn,
  verb: DecisionVerb,
  data: unknown,
): Promise<AdaptiveCard> {
  if (!turn.actor) return notMemberCard({}, turn.locale);
  const payload = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  return decisionRoutes[verb](turn, turn.actor, payload);
}

function context(turn: DecisionTurn, actor: Actor): CardContext {
  return {
    ports: turn.ports,
    actor,
    locale: turn.locale,
    refreshUserIds: turn.refreshUserIds,
  };
}

/**
 * A refused ballot or closing, shown on the vote card itself with the rule (a late ballot,
 * R13.2; the secretariat's, R6; a ceased seat's, R12.2…). Someone who may not read the vote at
 * all (an external participant, R5.4) gets the refusal's sentence on its own.
 */
async function refusedOnVote(
  turn: DecisionTurn,
  actor: Actor,
  voteId: string,
  refusal: Refusal,
): Promise<AdaptiveCard> {
  if (refusal.reason === 'not_found' || refusal.reason === 'invalid') {
    return refused(turn, refusal);
  }
  const feedback = refusalFeedback(refusal);
  const built = await voteCardFor(context(turn, actor), voteId, { feedback });
  if (built.ok) return built.value;
  return refused(turn, refusal);
}

async function render(turn: DecisionTurn, built: Promise<Built>): Promise<AdaptiveCard> {
  const outcome = await built;
  return outcome.ok ? outcome.value : refused(turn, outcome);
}

/**
 * A refusal with no card to show it on: the person may not read the record, it does not
 * exist, or the card data is malformed. A rule keeps its id in the sentence.
 */
function refused(turn: DecisionTurn, refusal: Refusal): AdaptiveCard {
  const message: Localized = refusal.reason === 'rule' ? ruleSentence(refusal) : refusal.message;
  return refusal.reason === 'forbidden' || refusal.reason === 'rule'
    ? notMemberCard({ message }, turn.locale)
    : errorCard({ message }, turn.locale);
}

/** « Refusé (R5.4) : Règle R5.4 : … » in every language. */
function ruleSentence(refusal: Extract<Refusal, { reason: 'rule' }>): Localized {
  const { rule } = refusal.violation;
  const line = (locale: Locale) =>
    t('refused.rule', locale, {
      rule,
      message: withoutRulePrefix(refusal.message[locale], rule),
    });
  return { fr: line('fr'), ar: line('ar'), en: line('en') };
}

const problem = (key: MessageKey): Feedback => ({ type: 'refused', message: localized(key) });
const done = (key: MessageKey, params: Parameters<typeof localized>[1] = {}): Feedback => ({
  type: 'done',
  message: localized(key, params),
});
