import type { VoteView } from '../core/contracts/decisions.js';
import type { Notification } from '../core/ports/notifier.js';
import { getCommunication, getRevision, getVote } from '../core/usecases/decisions/index.js';
import type { AdaptiveCard } from './cards/card.js';
import { communicationSubmittedCard } from './cards/communication-submitted-card.js';
import type { Feedback } from './cards/meeting-parts.js';
import { revisionSupportCard } from './cards/revision-support-card.js';
import { voteCard } from './cards/vote-card.js';
import { voteClosedCard } from './cards/vote-closed-card.js';
import { ok, viewer, type Built, type CardContext } from './card-context.js';

/** What the person's last action left on a decision card: a refusal or a confirmation. */
export interface DecisionExtras {
  feedback?: Feedback;
  /** The objection's reason typed, put back when it was refused as invalid. */
  draftText?: string;
}

/** The vote card for a view the use case already returned (a ballot's answer: no second read). */
export function voteCardOf(
  context: CardContext,
  vote: VoteView,
  extras: DecisionExtras = {},
): AdaptiveCard {
  return voteCard(
    {
      vote,
      refreshUserIds: context.refreshUserIds,
      ...viewer(context),
      ...(extras.feedback ? { feedback: extras.feedback } : {}),
    },
    context.locale,
  );
}

/** The vote as the viewer sees it (their ballot, their right to vote, the chair's tally). */
export async function voteCardFor(
  context: CardContext,
  voteId: string,
  extras: DecisionExtras = {},
): Promise<Built> {
  const vote = await getVote(context.ports, context.actor, voteId);
  if (!vote.ok) return vote;
  return ok(voteCardOf(context, vote.value, extras));
}

export async function communicationCardFor(
  context: CardContext,
  communicationId: string,
  extras: DecisionExtras = {},
): Promise<Built> {
  const loaded = await getCommunication(context.ports, context.actor, communicationId);
  if (!loaded.ok) return loaded;
  return ok(
    communicationSubmittedCard(
      {
        communication: loaded.value,
        refreshUserIds: context.refreshUserIds,
        ...viewer(context),
        ...(extras.feedback ? { feedback: extras.feedback } : {}),
        ...(extras.draftText ? { draftReason: extras.draftText } : {}),
      },
      context.locale,
    ),
  );
}

export async function revisionCardFor(
  context: CardContext,
  revisionId: string,
  extras: DecisionExtras = {},
): Promise<Built> {
  const loaded = await getRevision(context.ports, context.actor, revisionId);
  if (!loaded.ok) return loaded;
  return ok(
    revisionSupportCard(
      {
        revision: loaded.value,
        refreshUserIds: context.refreshUserIds,
        ...viewer(context),
        ...(extras.feedback ? { feedback: extras.feedback } : {}),
      },
      context.locale,
    ),
  );
}

export type DecisionNotification = Extract<
  Notification,
  { kind: 'vote-opened' | 'vote-closed' | 'communication-submitted' | 'revision-support' }
>;

/** The card a decisions notification becomes for one recipient, built from the current state. */
export async function decisionNotificationCard(
  context: CardContext,
  notification: DecisionNotification,
): Promise<Built> {
  switch (notification.kind) {
    case 'vote-opened':
      return voteCardFor(context, notification.voteId);
    case 'vote-closed': {
      const vote = await getVote(context.ports, context.actor, notification.voteId);
      if (!vote.ok) return vote;
      return ok(voteClosedCard({ vote: vote.value }, context.locale));
    }
    case 'communication-submitted':
      return communicationCardFor(context, notification.communicationId);
    case 'revision-support':
      return revisionCardFor(context, notification.revisionId);
  }
}
