import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/usecases/actor.js';
import { actorFor, resolveActor } from '../../core/usecases/actor.js';
import { updateAudited } from '../../core/usecases/audited-write.js';
import {
  calendarFeedReader,
  getCalendarFeed,
  issueCalendarFeed,
  revokeCalendarFeedOf,
  revokeOwnCalendarFeed,
} from '../../core/usecases/feeds/calendar-feeds.js';
import {
  confirmCessation,
  proposeCessation,
  replaceSeatHolder,
} from '../../core/usecases/register/index.js';
import { type EmbeddedPorts } from '../../embedded/index.js';
import { EXAMPLE_OBJECT_IDS } from '../../server/example-committee.js';
import { verifyAudit } from '../../scripts/audit-verify.js';
import { feedTokens } from '../../server/http/calendar-feed.js';
import { openExampleStore } from '../support/example-store.js';

let ports: EmbeddedPorts;
let remove: () => Promise<void>;
let secretariat: Actor;
let member: Actor;

beforeEach(async () => {
  ({ ports, remove } = await openExampleStore());
  secretariat = (await resolveActor(ports, EXAMPLE_OBJECT_IDS.secretariat)) as Actor;
  member = (await resolveActor(ports, EXAMPLE_OBJECT_IDS.civilTitular)) as Actor;
});

afterEach(() => remove());

async function issue(actor: Actor): Promise<string> {
  const issued = await issueCalendarFeed(ports, feedTokens, actor);
  if (!issued.ok) throw new Error(JSON.stringify(issued));
  return issued.value.token;
}

async function actorOfPerson(personId: string): Promise<Actor> {
  const person = await ports.people.get(personId);
  if (!person) throw new Error(personId);
  return actorFor(ports, person.value);
}

const readerOf = async (token: string) =>
  (await calendarFeedReader(ports, feedTokens, token))?.personId;

describe('calendar feeds per person', () => {
  it('gives each person their own token, of 256 bits, and stores only its hash', async () => {
    const mine = await issue(member);
    const theirs = await issue(secretariat);
    expect(mine).not.toBe(theirs);
    expect(Buffer.from(mine, 'base64url')).toHaveLength(32);
    expect(await readerOf(mine)).toBe(member.personId);
    expect(await readerOf(theirs)).toBe(secretariat.personId);
    const stored = JSON.stringify(await ports.calendarFeeds.list());
    expect(stored).not.toContain(mine);
    expect(stored).toContain(feedTokens.hash(mine));
    expect(await getCalendarFeed(ports, member)).toMatchObject({
      ok: true,
      value: { active: true, createdAt: '2026-03-02T09:00:00.000Z' },
    });
  });

  it('refuses a feed to whoever may not read the committee', async () => {
    const outsider: Actor = { ...member, roles: ['external'] };
    expect(await issueCalendarFeed(ports, feedTokens, outsider)).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
  });

  it('a new link revokes the previous one (rotation), audited', async () => {
    const first = await issue(member);
    const second = await issue(member);
    expect(await readerOf(first)).toBeUndefined();
    expect(await readerOf(second)).toBe(member.personId);
    const keys = await ports.calendarFeeds.findBy('personId', member.personId);
    const revoked = keys.find((k) => k.value.status === 'revoked');
    expect(revoked?.value.revocation).toBe('rotated');
    const history = await ports.auditLog.about('calendarFeed', revoked?.value.id ?? '');
    expect(history.map((e) => e.action)).toEqual(['CalendarFeedIssued', 'CalendarFeedRevoked']);
  });

  it('the holder revokes their own link', async () => {
    const token = await issue(member);
    expect(await revokeOwnCalendarFeed(ports, member)).toMatchObject({
      ok: true,
      value: { revoked: 1 },
    });
    expect(await readerOf(token)).toBeUndefined();
    expect(await getCalendarFeed(ports, member)).toMatchObject({ value: { active: false } });
  });

  it('the secretariat revokes anyone’s link; a member may not', async () => {
    const token = await issue(member);
    const other = await actorOfPerson('p-c2t');
    expect(await revokeCalendarFeedOf(ports, other, member.personId)).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
    expect(await readerOf(token)).toBe(member.personId);
    expect(await revokeCalendarFeedOf(ports, secretariat, 'p-nobody')).toMatchObject({
      reason: 'not_found',
    });
    expect(await revokeCalendarFeedOf(ports, secretariat, member.personId)).toMatchObject({
      ok: true,
      value: { revoked: 1 },
    });
    expect(await readerOf(token)).toBeUndefined();
    const [key] = await ports.calendarFeeds.findBy('personId', member.personId);
    expect(key?.value).toMatchObject({ revocation: 'secretariat', revokedBy: 'p-sec' });
  });

  it('R12: a cessation revokes its holders’ links, unless another role still entitles them', async () => {
    const titular = await issue(await actorOfPerson('p-c3t'));
    const alternate = await issue(await actorOfPerson('p-c3s'));
    const unrelated = await issue(member);
    // The alternate also observes the committee: they keep reading its calendar.
    const person = await ports.people.get('p-c3s');
    if (!person) throw new Error('p-c3s');
    await updateAudited(
      ports,
      'people',
      { actor: secretariat, action: 'PersonChanged', at: '2026-03-02T09:00:00Z' },
      { ...person.value, roles: ['observer'] },
      person,
    );
    const seat = await ports.seats.get('seat-c3');
    const proposed = await proposeCessation(ports, secretariat, 'seat-c3', {
      cause: 'dissolved',
      version: seat?.version,
    });
    if (!proposed.ok) throw new Error(JSON.stringify(proposed));
    // A proposal alone changes nothing.
    expect(await readerOf(titular)).toBe('p-c3t');
    const confirmed = await confirmCessation(ports, secretariat, 'seat-c3', {
      version: proposed.value.version,
    });
    if (!confirmed.ok) throw new Error(JSON.stringify(confirmed));
    expect(await readerOf(titular)).toBeUndefined();
    expect(await readerOf(alternate)).toBe('p-c3s');
    expect(await readerOf(unrelated)).toBe(member.personId);
    const [key] = await ports.calendarFeeds.findBy('personId', 'p-c3t');
    expect(key?.value).toMatchObject({ status: 'revoked', revocation: 'cessation' });
    // Every key is proven by the log, like any committee record (npm run audit:verify).
    const lines: string[] = [];
    expect(await verifyAudit(ports, 'test', (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).not.toContain('calendarFeeds/');
  });

  it('a holder replaced on their seat loses their link; the seat’s other holder keeps theirs', async () => {
    const replacedToken = await issue(await actorOfPerson('p-c2s'));
    const titularToken = await issue(await actorOfPerson('p-c2t'));
    const seat = await ports.seats.get('seat-c2');
    const replaced = await replaceSeatHolder(ports, secretariat, 'seat-c2', {
      role: 'alternate',
      person: { displayName: 'Nouvelle Suppléante', email: 'nouvelle@example.org', guest: true },
      version: seat?.version,
    });
    if (!replaced.ok) throw new Error(JSON.stringify(replaced));
    expect(await readerOf(replacedToken)).toBeUndefined();
    expect(await readerOf(titularToken)).toBe('p-c2t');
    const [key] = await ports.calendarFeeds.findBy('personId', 'p-c2s');
    expect(key?.value).toMatchObject({
      status: 'revoked',
      revocation: 'replaced',
      revokedBy: 'p-sec',
    });
    const audited = (await ports.auditLog.read()).filter((e) => e.action === 'CalendarFeedRevoked');
    expect(audited).toHaveLength(1);
  });

  it('serves nothing to a holder who left the committee, even with a key still active', async () => {
    const token = await issue(member);
    const seat = await ports.seats.get('seat-c1');
    if (!seat) throw new Error('seat-c1');
    // Written behind the use cases' back: the feed checks the holder at every request.
    await updateAudited(
      ports,
      'seats',
      { actor: secretariat, action: 'SeatChanged', at: '2026-03-02T09:00:00Z' },
      { ...seat.value, status: 'ceased' },
      seat,
    );
    expect(await readerOf(token)).toBeUndefined();
    expect(await readerOf('')).toBeUndefined();
    expect(await readerOf('not-a-token')).toBeUndefined();
  });
});
