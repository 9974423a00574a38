import { TurnContext, type Activity } from 'botbuilder';
import type { ConversationRecord } from '../core/ports/conversations.js';
import { StoreError } from '../core/ports/errors.js';
import type { Ports } from '../core/ports/store.js';
import type { Actor } from '../core/usecases/actor.js';

export type ConversationKind = ConversationRecord['kind'];

export const conversationKey = (conversationId: string) => `conv:${conversationId}`;

/** Teams says `personal`, `groupChat` or `channel`; anything else is treated as a 1:1 chat. */
export function conversationKind(activity: Partial<Activity>): ConversationKind {
  const type = activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat' ? type : 'personal';
}

export interface Remembered {
  record: ConversationRecord;
  /** True the first time this conversation is seen (the welcome card goes out then only). */
  created: boolean;
}

/**
 * Stores or refreshes the conversation reference (serviceUrl, conversation, tenant…) that
 * proactive notices need (PLATFORM_NOTES §7). One record per conversation: installing twice,
 * or the `installationUpdate` and `conversationUpdate` Teams sends together, refresh it.
 * For a personal chat the record also says whom it reaches (`aadObjectId`, `personId`).
 */
export async function rememberConversation(
  ports: Pick<Ports, 'conversations' | 'clock' | 'ids'>,
  activity: Partial<Activity>,
  actor: Actor | undefined,
): Promise<Remembered> {
  const conversationId = activity.conversation?.id;
  if (!conversationId) throw new Error('The activity has no conversation id.');
  const kind = conversationKind(activity);
  const aadObjectId = kind === 'personal' ? activity.from?.aadObjectId : undefined;
  const fields = {
    conversationId,
    kind,
    ...(aadObjectId ? { aadObjectId } : {}),
    ...(kind === 'personal' && actor ? { personId: actor.personId } : {}),
  };
  // JSON round trip: the store keeps plain data, without `undefined` members.
  const reference = JSON.parse(
    JSON.stringify(TurnContext.getConversationReference(activity)),
  ) as Record<string, unknown>;
  // Two activities of the same installation may race: a lost create or a stale update is
  // retried against what the other one wrote.
  for (let attempt = 0; ; attempt += 1) {
    const existing = await ports.conversations.findByUniqueKey(conversationKey(conversationId));
    const now = ports.clock.now();
    try {
      if (!existing) {
        const stored = await ports.conversations.create({
          id: ports.ids.newId(),
          ...fields,
          reference,
          updatedAt: now,
        });
        return { record: stored.value, created: true };
      }
      // Teams' conversationUpdate carries less than its installationUpdate (no locale):
      // what the newer activity omits is kept from the stored reference.
      const merged = { ...existing.value.reference, ...reference };
      const stored = await ports.conversations.update(
        { id: existing.value.id, ...fields, reference: merged, updatedAt: now },
        existing.version,
      );
      return { record: stored.value, created: false };
    } catch (error) {
      const retriable =
        error instanceof StoreError && (error.code === 'duplicate' || error.code === 'conflict');
      if (!retriable || attempt >= 2) throw error;
    }
  }
}

/** The app was removed from the conversation: proactive messages there would fail (403). */
export async function forgetConversation(
  ports: Pick<Ports, 'conversations'>,
  activity: Partial<Activity>,
): Promise<boolean> {
  const conversationId = activity.conversation?.id;
  if (!conversationId) return false;
  const existing = await ports.conversations.findByUniqueKey(conversationKey(conversationId));
  if (!existing) return false;
  await ports.conversations.remove(existing.value.id, existing.version);
  return true;
}
