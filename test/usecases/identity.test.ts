import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Directory, DirectoryQuery, DirectoryUser } from '../../core/ports/directory.js';
import type { Ports } from '../../core/ports/store.js';
import type { Actor } from '../../core/usecases/actor.js';
import { resolveActor } from '../../core/usecases/actor.js';
import { identify } from '../../core/usecases/identity.js';
import { addSeat, lookUpDirectory, replaceSeatHolder } from '../../core/usecases/register/index.js';
import { type EmbeddedPorts } from '../../embedded/index.js';
import { EXAMPLE_OBJECT_IDS } from '../../server/example-committee.js';
import {
  NEW_ADMINISTRATION_SEAT,
  NEW_CIVIL_SEAT,
  openExampleStore,
} from '../support/example-store.js';

let ports: EmbeddedPorts;
let remove: () => Promise<void>;
let secretariat: Actor;

beforeEach(async () => {
  ({ ports, remove } = await openExampleStore());
  secretariat = (await resolveActor(ports, EXAMPLE_OBJECT_IDS.secretariat)) as Actor;
});

afterEach(() => remove());

const newAdministrationSeat = NEW_ADMINISTRATION_SEAT;

/** Holders not yet in the directory are invited as guests. */
const newCivilSeat = {
  ...NEW_CIVIL_SEAT,
  titular: { ...NEW_CIVIL_SEAT.titular, invite: true },
  alternate: { ...NEW_CIVIL_SEAT.alternate, invite: true },
};

async function everything() {
  return JSON.stringify(
    await Promise.all([ports.seats.list(), ports.people.list(), ports.auditLog.read()]),
  );
}

/** A tenant directory in memory, recording the invitations it sent. */
function tenantDirectory(users: DirectoryUser[]) {
  const invited: { email: string; displayName: string }[] = [];
  const directory: Directory = {
    source: 'entra',
    findUser(query: DirectoryQuery) {
      const found = users.find((u) => u.email === query.email.toLowerCase());
      if (!found) return Promise.resolve(undefined);
      if (query.kind === 'member' && found.guest) return Promise.resolve(undefined);
      if (query.kind === 'guest' && !found.guest) return Promise.resolve(undefined);
      return Promise.resolve(found);
    },
    inviteGuest(email, displayName) {
      invited.push({ email, displayName });
      const user = { objectId: `guest-${invited.length}`, displayName, email, guest: true };
      users.push(user);
      return Promise.resolve(user);
    },
  };
  return { directory, invited };
}

const withDirectory = (directory: Directory): Ports => ({ ...ports, directory });

describe('identity by object id only (issue 10)', () => {
  it('gives no actor to an unknown object id carrying a pending member’s e-mail, any case, and binds nothing', async () => {
    const added = await addSeat(ports, secretariat, newCivilSeat);
    expect(added.ok).toBe(true);
    const before = await everything();
    for (const username of ['ilyas@example.org', 'ILYAS@Example.ORG']) {
      // What the token verifier returns: the claimed e-mail travels beside the oid.
      const token = { oid: 'attacker-oid', username };
      expect(await identify(ports, token)).toBeUndefined();
    }
    expect(await everything()).toBe(before);
    expect(await ports.people.findBy('aadObjectId', 'attacker-oid')).toEqual([]);
  });

  it('embedded: a new person gets a generated local id, and signs in with it', async () => {
    await addSeat(ports, secretariat, newCivilSeat);
    await addSeat(ports, secretariat, newAdministrationSeat);
    const [ilyas] = await ports.people.findBy('email', 'ilyas@example.org');
    expect(ilyas?.value.aadObjectId).toMatch(/^rec-/);
    const actor = await identify(ports, { oid: ilyas?.value.aadObjectId ?? '' });
    expect(actor?.roles).toContain('titular');
  });

  it('Microsoft 365: takes a tenant member’s object id from the directory, found by UPN or mail', async () => {
    const { directory } = tenantDirectory([
      {
        objectId: 'oid-hicham',
        displayName: 'Hicham D.',
        email: 'hicham@example.org',
        guest: false,
      },
      {
        objectId: 'oid-samira',
        displayName: 'Samira S.',
        email: 'samira@example.org',
        guest: false,
      },
    ]);
    const outcome = await addSeat(withDirectory(directory), secretariat, newAdministrationSeat);
    expect(outcome.ok).toBe(true);
    const [hicham] = await ports.people.findBy('email', 'hicham@example.org');
    expect(hicham?.value).toMatchObject({ aadObjectId: 'oid-hicham', guest: false });
    expect((await identify(ports, { oid: 'oid-hicham' }))?.displayName).toBe('Hicham Désigné');
  });

  it('Microsoft 365: refuses a tenant member the directory does not know, and changes nothing', async () => {
    const { directory } = tenantDirectory([]);
    const before = await everything();
    const outcome = await addSeat(withDirectory(directory), secretariat, newAdministrationSeat);
    expect(outcome).toMatchObject({
      ok: false,
      reason: 'invalid',
      issues: [{ path: 'titular.email' }],
    });
    expect(await everything()).toBe(before);
  });

  it('refuses an object id sent in the request body', async () => {
    const outcome = await addSeat(ports, secretariat, {
      ...newAdministrationSeat,
      titular: { ...newAdministrationSeat.titular, aadObjectId: 'chosen-by-the-caller' },
    });
    expect(outcome).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('Microsoft 365: invites a civil-society member as a guest only when asked', async () => {
    const { directory, invited } = tenantDirectory([]);
    const notAsked = await addSeat(withDirectory(directory), secretariat, {
      ...newCivilSeat,
      titular: { ...newCivilSeat.titular, invite: false },
    });
    expect(notAsked).toMatchObject({ ok: false, issues: [{ path: 'titular.email' }] });
    expect(invited).toEqual([]);

    const outcome = await addSeat(withDirectory(directory), secretariat, newCivilSeat);
    expect(outcome.ok).toBe(true);
    expect(invited.map((i) => i.email)).toEqual(['ilyas@example.org', 'meryem@example.org']);
    const [ilyas] = await ports.people.findBy('email', 'ilyas@example.org');
    expect(ilyas?.value).toMatchObject({ aadObjectId: 'guest-1', guest: true });
  });

  it('Microsoft 365: finds an existing guest account instead of inviting again', async () => {
    const { directory, invited } = tenantDirectory([
      { objectId: 'oid-ilyas', displayName: 'Ilyas', email: 'ilyas@example.org', guest: true },
      { objectId: 'oid-meryem', displayName: 'Meryem', email: 'meryem@example.org', guest: true },
    ]);
    const outcome = await addSeat(withDirectory(directory), secretariat, newCivilSeat);
    expect(outcome.ok).toBe(true);
    expect(invited).toEqual([]);
    const [meryem] = await ports.people.findBy('email', 'meryem@example.org');
    expect(meryem?.value.aadObjectId).toBe('oid-meryem');
  });

  it('refuses an account that already belongs to someone in the register', async () => {
    const { directory } = tenantDirectory([
      {
        objectId: EXAMPLE_OBJECT_IDS.civilTitular,
        displayName: 'Someone',
        email: 'other-address@example.org',
        guest: true,
      },
    ]);
    const seat = (await ports.seats.list()).find((s) => s.value.college === 'civil_society');
    const outcome = await replaceSeatHolder(
      withDirectory(directory),
      secretariat,
      seat?.value.id ?? '',
      {
        role: 'alternate',
        person: { displayName: 'Other', email: 'other-address@example.org', guest: true },
        version: seat?.version,
      },
    );
    expect(outcome).toMatchObject({ ok: false, issues: [{ path: 'person.email' }] });
  });

  it('shows the secretariat who the directory knows, without the object id', async () => {
    const { directory } = tenantDirectory([
      {
        objectId: 'oid-hicham',
        displayName: 'Hicham D.',
        email: 'hicham@example.org',
        guest: false,
      },
    ]);
    const found = await lookUpDirectory(withDirectory(directory), secretariat, {
      email: 'HICHAM@example.org',
    });
    expect(found).toEqual({
      ok: true,
      value: {
        source: 'entra',
        found: { displayName: 'Hicham D.', email: 'hicham@example.org', guest: false },
      },
      warnings: [],
    });
    const member = (await resolveActor(ports, EXAMPLE_OBJECT_IDS.civilTitular)) as Actor;
    expect(await lookUpDirectory(ports, member, { email: 'hicham@example.org' })).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
  });
});
