import type { CalendarFeedRevocation, CalendarFeedStatus } from '../../contracts/feeds.js';
import type { CalendarFeedKey, FeedRevocation } from '../../model/calendar-feed.js';
import type { Localized } from '../../i18n/localized.js';
import { IdSchema } from '../../model/common.js';
import type { FeedTokens } from '../../ports/feed-tokens.js';
import type { Ports } from '../../ports/store.js';
import { actorFor, canManageRegister, canReadCommittee, type Actor } from '../actor.js';
import { createAudited, updateAudited, type ChangeAuthor } from '../audited-write.js';
import { forbidden, guard, invalid, notFound, success, type Outcome } from '../outcome.js';

/** A key just made: its token, shown this once (only its hash is kept). */
export interface IssuedCalendarFeed {
  token: string;
  createdAt: string;
}

const COMMITTEE_ONLY: Localized = {
  fr: "Seuls les membres du comité, sa présidence et son secrétariat ont un lien d'abonnement au calendrier.",
  ar: 'رابط الاشتراك في التقويم مخصص لأعضاء اللجنة ورئاستها وكتابتها فقط.',
  en: 'Only committee members, the chair and the secretariat have a calendar subscription link.',
};

const SECRETARIAT_ONLY: Localized = {
  fr: "Seul le secrétariat (art. 6) peut révoquer le lien d'abonnement d'une autre personne.",
  ar: 'لا يمكن إلغاء رابط اشتراك شخص آخر إلا للكتابة (المادة 6).',
  en: "Only the secretariat (art. 6) can revoke another person's subscription link.",
};

/**
 * Who may hold a feed: whoever may read the committee's records now. The feed route asks this
 * again at every request, so a key outliving its holder's seat or role serves nothing.
 */
export const canHoldCalendarFeed = canReadCommittee;

/** Audited writes take every committee collection (audited-write.ts). */
type FeedPorts = Ports;

async function activeKeys(ports: Pick<Ports, 'calendarFeeds'>, personId: string) {
  return (await ports.calendarFeeds.findBy('personId', personId)).filter(
    (k) => k.value.status === 'active',
  );
}

/** Revokes every working key of a person, each change audited; returns how many. */
export async function revokeCalendarFeeds(
  ports: FeedPorts,
  change: { actor: ChangeAuthor; at: string },
  personId: string,
  revocation: FeedRevocation,
): Promise<number> {
  const keys = await activeKeys(ports, personId);
  for (const key of keys) {
    const next: CalendarFeedKey = {
      ...key.value,
      status: 'revoked',
      revokedAt: change.at,
      revokedBy: change.actor.personId,
      revocation,
    };
    await updateAudited(
      ports,
      'calendarFeeds',
      { ...change, action: 'CalendarFeedRevoked' },
      next,
      key,
    );
  }
  return keys.length;
}

/** The signed-in person's feed: whether a key works (the URL itself was shown once). */
export async function getCalendarFeed(
  ports: Pick<Ports, 'calendarFeeds'>,
  actor: Actor,
): Promise<Outcome<CalendarFeedStatus>> {
  if (!canHoldCalendarFeed(actor)) return forbidden(COMMITTEE_ONLY);
  const [latest] = (await activeKeys(ports, actor.personId)).sort((a, b) =>
    b.value.createdAt.localeCompare(a.value.createdAt),
  );
  return success(latest ? { active: true, createdAt: latest.value.createdAt } : { active: false });
}

/**
 * Makes a new key for the signed-in person and revokes the one they had (a new link is a
 * rotation: the old URL stops working at once). The token is returned this once.
 */
export function issueCalendarFeed(
  ports: FeedPorts,
  tokens: FeedTokens,
  actor: Actor,
): Promise<Outcome<IssuedCalendarFeed>> {
  if (!canHoldCalendarFeed(actor)) return Promise.resolve(forbidden(COMMITTEE_ONLY));
  return guard(async () => {
    const at = ports.clock.now();
    await revokeCalendarFeeds(ports, { actor, at }, actor.personId, 'rotated');
    const { token, hash } = tokens.issue();
    await createAudited(
      ports,
      'calendarFeeds',
      { actor, action: 'CalendarFeedIssued', at },
      {
        id: ports.ids.newId(),
        personId: actor.personId,
        tokenHash: hash,
        status: 'active',
        createdAt: at,
        createdBy: actor.personId,
      },
    );
    return success({ token, createdAt: at });
  });
}

/** The signed-in person revokes their own link. */
export function revokeOwnCalendarFeed(
  ports: FeedPorts,
  actor: Actor,
): Promise<Outcome<CalendarFeedRevocation>> {
  return guard(async () => {
    const revoked = await revokeCalendarFeeds(
      ports,
      { actor, at: ports.clock.now() },
      actor.personId,
      'holder',
    );
    return success({ revoked });
  });
}

/** The secretariat revokes anyone's link (a lost phone, a departure not yet recorded). */
export function revokeCalendarFeedOf(
  ports: FeedPorts,
  actor: Actor,
  personId: string,
): Promise<Outcome<CalendarFeedRevocation>> {
  const id = IdSchema.safeParse(personId);
  if (!id.success) return Promise.resolve(invalid(id.error));
  if (!canManageRegister(actor)) return Promise.resolve(forbidden(SECRETARIAT_ONLY));
  return guard(async () => {
    if (!(await ports.people.get(id.data))) {
      return notFound({ fr: 'cette personne', ar: 'هذا الشخص', en: 'this person' });
    }
    const revoked = await revokeCalendarFeeds(
      ports,
      { actor, at: ports.clock.now() },
      id.data,
      'secretariat',
    );
    return success({ revoked });
  });
}

/**
 * At a cessation (R12) or a holder's replacement, the seat's former holders lose their feed
 * unless they still may read the committee (another active seat, or a role such as
 * secretariat or chair). Call it once the seat change is saved.
 */
export async function revokeCalendarFeedsOfFormerHolders(
  ports: FeedPorts,
  change: { actor: ChangeAuthor; at: string },
  formerHolderIds: readonly string[],
  revocation: Extract<FeedRevocation, 'cessation' | 'replaced'>,
): Promise<void> {
  for (const personId of new Set(formerHolderIds)) {
    const person = await ports.people.get(personId);
    if (person && canHoldCalendarFeed(await actorFor(ports, person.value))) continue;
    await revokeCalendarFeeds(ports, change, personId, revocation);
  }
}

/**
 * Whose feed a token opens: the holder of a working key who may still read the committee, or
 * nobody (an unknown, revoked or outlived token — the route answers 404 alike).
 */
export async function calendarFeedReader(
  ports: Pick<Ports, 'calendarFeeds' | 'people' | 'seats'>,
  tokens: FeedTokens,
  token: string,
): Promise<Actor | undefined> {
  if (token.length === 0 || token.length > 256) return undefined;
  const key = await ports.calendarFeeds.findByUniqueKey(`hash:${tokens.hash(token)}`);
  if (!key || key.value.status !== 'active') return undefined;
  const person = await ports.people.get(key.value.personId);
  if (!person) return undefined;
  const actor = await actorFor(ports, person.value);
  return canHoldCalendarFeed(actor) ? actor : undefined;
}
