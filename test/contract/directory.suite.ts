import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Directory } from '../../core/ports/directory.js';

/** A seeded account: a tenant member, or a guest who already redeemed an invitation. */
export interface SeedAccount {
  email: string;
  displayName: string;
  guest: boolean;
}

/** A fresh directory on one adapter; `seed` adds an account and returns its object id. */
export type DirectoryFactory = () => Promise<{
  directory: Directory;
  seed(account: SeedAccount): Promise<string>;
  cleanup(): Promise<void>;
}>;

/**
 * The directory's contract (core/ports/directory.ts): an account is found by its address, any
 * case, with its object id; a member is not found as a guest nor a guest as a member; an
 * unknown address finds nothing; an invitation answers a guest with an object id of its own.
 */
export function directoryContract(adapter: string, factory: DirectoryFactory): void {
  describe(`${adapter}: directory contract`, () => {
    let directory: Directory;
    let seed: (account: SeedAccount) => Promise<string>;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ directory, seed, cleanup } = await factory());
    });
    afterEach(async () => cleanup());

    it('finds a member by address, any case, with the object id', async () => {
      const id = await seed({
        email: 'hicham@ministere.example.org',
        displayName: 'Hicham',
        guest: false,
      });
      const found = await directory.findUser({ email: 'Hicham@Ministere.example.org' });
      expect(found).toEqual({
        objectId: id,
        displayName: 'Hicham',
        email: 'hicham@ministere.example.org',
        guest: false,
      });
      expect(
        await directory.findUser({ email: 'hicham@ministere.example.org', kind: 'member' }),
      ).toMatchObject({ objectId: id });
    });

    it('finds an existing guest account as a guest, never as a member', async () => {
      const id = await seed({
        email: 'ilyas@association.example.org',
        displayName: 'Ilyas',
        guest: true,
      });
      expect(
        await directory.findUser({ email: 'ilyas@association.example.org', kind: 'guest' }),
      ).toMatchObject({ objectId: id, guest: true });
      expect(
        await directory.findUser({ email: 'ilyas@association.example.org', kind: 'member' }),
      ).toBeUndefined();
    });

    it('does not find a member as a guest', async () => {
      await seed({ email: 'samira@ministere.example.org', displayName: 'Samira', guest: false });
      expect(
        await directory.findUser({ email: 'samira@ministere.example.org', kind: 'guest' }),
      ).toBeUndefined();
    });

    it('finds nothing for an unknown address', async () => {
      expect(await directory.findUser({ email: 'nobody@example.org' })).toBeUndefined();
    });

    it('invites a guest: an object id of its own for each address', async () => {
      const first = await directory.inviteGuest('Meryem@Association.example.org', 'Meryem');
      const second = await directory.inviteGuest('youssef@association.example.org', 'Youssef');
      expect(first).toMatchObject({ email: 'meryem@association.example.org', guest: true });
      expect(first.objectId).not.toBe('');
      expect(second.objectId).not.toBe(first.objectId);
    });
  });
}
