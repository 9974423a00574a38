import { TeamsInfo, type TurnContext } from 'botbuilder';
import { REFRESH_USER_LIMIT } from './cards/meeting-parts.js';
import { conversationKind } from './conversation-references.js';

/** Who a card refreshes for, in the conversation of `context`. */
export interface Audience {
  userIds(context: TurnContext): Promise<string[]>;
}

/**
 * Who a card's `refresh.userIds` lists (user-specific views, PLATFORM_NOTES §7): in a 1:1 chat
 * the person (their MRI, `29:…`); in a channel or group chat its members when there are at most
 * 60, read from Teams once per conversation every few minutes; otherwise nobody (the card then
 * has Teams' manual « refresh » item).
 */
export class RefreshAudience implements Audience {
  private readonly members = new Map<string, { userIds: string[]; at: number }>();

  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly clock: () => number = Date.now,
  ) {}

  async userIds(context: TurnContext): Promise<string[]> {
    const { activity } = context;
    if (conversationKind(activity) === 'personal') {
      const id = activity.from?.id;
      return id ? [id] : [];
    }
    const conversationId = activity.conversation?.id ?? '';
    const cached = this.members.get(conversationId);
    if (cached && this.clock() - cached.at < this.ttlMs) return cached.userIds;
    const userIds = await this.readMembers(context);
    this.members.set(conversationId, { userIds, at: this.clock() });
    return userIds;
  }

  private async readMembers(context: TurnContext): Promise<string[]> {
    try {
      // One page is enough to know whether there are more than 60 members.
      const page = await TeamsInfo.getPagedMembers(context, 100);
      const ids = page.members.map((member) => member.id).filter(Boolean);
      return page.continuationToken || ids.length > REFRESH_USER_LIMIT ? [] : ids;
    } catch {
      // Members unknown (the roster call failed): manual refresh rather than no card.
      return [];
    }
  }
}
