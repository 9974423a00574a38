import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Organisation } from '../../core/model/organisation.js';
import type { Person } from '../../core/model/person.js';
import {
  Conflict,
  Duplicate,
  InvalidRecord,
  NotFound,
  PartialWrite,
} from '../../core/ports/errors.js';
import type { Ports } from '../../core/ports/store.js';
import type { PortsFactory } from './harness.js';

const organisation = (
  id: string,
  college: Organisation['college'] = 'civil_society',
): Organisation => ({
  id,
  name: `Organisation ${id}`,
  college,
  status: 'active',
  example: false,
});

const person = (id: string, aadObjectId = `oid-${id}`): Person => ({
  id,
  aadObjectId,
  displayName: `Person ${id}`,
  email: `${id}@example.org`,
  roles: [],
  guest: false,
  example: false,
});

/** The repository port's contract, held by every adapter. */
export function repositoryContract(adapter: string, factory: PortsFactory): void {
  describe(`${adapter}: repository contract`, () => {
    let ports: Ports;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ ports, cleanup } = await factory());
    });
    afterEach(async () => cleanup());

    it('creates and reads a record with a version', async () => {
      const created = await ports.organisations.create(organisation('o1'));
      expect(created.value).toEqual(organisation('o1'));
      expect(typeof created.version).toBe('string');
      expect(await ports.organisations.get('o1')).toEqual(created);
      expect(await ports.organisations.get('missing')).toBeUndefined();
    });

    it('refuses a second record with the same id', async () => {
      await ports.organisations.create(organisation('o1'));
      await expect(ports.organisations.create(organisation('o1'))).rejects.toBeInstanceOf(
        Duplicate,
      );
    });

    it('refuses a duplicate unique key and keeps the first record', async () => {
      await ports.people.create(person('p1', 'oid-same'));
      await expect(ports.people.create(person('p2', 'oid-same'))).rejects.toBeInstanceOf(Duplicate);
      expect(await ports.people.get('p2')).toBeUndefined();
      expect((await ports.people.findByUniqueKey('aad:oid-same'))?.value.id).toBe('p1');
    });

    it('refuses an update that would duplicate a unique key', async () => {
      await ports.people.create(person('p1', 'oid-1'));
      const second = await ports.people.create(person('p2', 'oid-2'));
      await expect(
        ports.people.update({ ...second.value, aadObjectId: 'oid-1' }, second.version),
      ).rejects.toBeInstanceOf(Duplicate);
      expect((await ports.people.get('p2'))?.value.aadObjectId).toBe('oid-2');
    });

    it('updates with the version read, and refuses a stale version (no last-writer-wins)', async () => {
      const created = await ports.organisations.create(organisation('o1'));
      const updated = await ports.organisations.update(
        { ...created.value, name: 'Renamed' },
        created.version,
      );
      expect(updated.version).not.toBe(created.version);
      await expect(
        ports.organisations.update({ ...created.value, name: 'Stale' }, created.version),
      ).rejects.toBeInstanceOf(Conflict);
      expect((await ports.organisations.get('o1'))?.value.name).toBe('Renamed');
    });

    it('lets exactly one of two concurrent writers of the same version win', async () => {
      const created = await ports.organisations.create(organisation('o1'));
      const results = await Promise.allSettled([
        ports.organisations.update({ ...created.value, name: 'A' }, created.version),
        ports.organisations.update({ ...created.value, name: 'B' }, created.version),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r) => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(Conflict);
      const stored = await ports.organisations.get('o1');
      expect(stored?.value.name).toBe(
        (won[0] as PromiseFulfilledResult<{ value: Organisation }>).value.value.name,
      );
    });

    it('reports an update of a missing record as NotFound', async () => {
      await expect(ports.organisations.update(organisation('ghost'), '1')).rejects.toBeInstanceOf(
        NotFound,
      );
    });

    it('refuses to store a record that does not fit its schema', async () => {
      await expect(
        ports.organisations.create({ ...organisation('o1'), college: 'press' as never }),
      ).rejects.toBeInstanceOf(InvalidRecord);
      expect(await ports.organisations.get('o1')).toBeUndefined();
    });

    it('finds by an indexed field, ordered and limited', async () => {
      for (const id of ['o1', 'o2', 'o3']) await ports.organisations.create(organisation(id));
      await ports.organisations.create(organisation('a1', 'administration'));
      const civil = await ports.organisations.findBy('college', 'civil_society');
      expect(civil.map((o) => o.value.id).sort()).toEqual(['o1', 'o2', 'o3']);
      const admins = await ports.organisations.findBy('college', 'administration', { limit: 5 });
      expect(admins.map((o) => o.value.id)).toEqual(['a1']);
    });

    it('orders by a numeric indexed field in both directions', async () => {
      for (const seq of [3, 1, 2]) {
        await ports.audit.create({
          id: `audit-${seq}`,
          seq,
          at: '2026-01-01T00:00:00Z',
          actorId: 'x',
          action: 'Test',
          subject: { type: 't', id: 'i' },
          previousHash: '0'.repeat(64),
          hash: String(seq).repeat(64),
        });
      }
      const desc = await ports.audit.list({
        orderBy: { field: 'seq', direction: 'desc' },
        limit: 1,
      });
      expect(desc.map((r) => r.value.seq)).toEqual([3]);
      const asc = await ports.audit.list({ orderBy: { field: 'seq', direction: 'asc' } });
      expect(asc.map((r) => r.value.seq)).toEqual([1, 2, 3]);
    });

    it('lists every record, past any page size', async () => {
      const count = 230;
      for (let i = 0; i < count; i += 1) await ports.organisations.create(organisation(`o${i}`));
      const all = await ports.organisations.list();
      expect(all).toHaveLength(count);
      expect(new Set(all.map((o) => o.value.id)).size).toBe(count);
      expect(await ports.organisations.findBy('college', 'civil_society')).toHaveLength(count);
    });

    it('creates many records at once (past the 20-request batch limit)', async () => {
      const values = Array.from({ length: 45 }, (_, i) => organisation(`m${i}`));
      const stored = await ports.organisations.createMany(values);
      expect(stored.map((s) => s.value.id)).toEqual(values.map((v) => v.id));
      expect(await ports.organisations.list()).toHaveLength(45);
    });

    it('reports each record of a multi-record write that was not stored, and stores the others', async () => {
      await ports.people.create(person('p0', 'oid-taken'));
      const values = [person('p1'), person('p2', 'oid-taken'), person('p3')];
      const error = await ports.people.createMany(values).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PartialWrite);
      expect((error as PartialWrite).failures).toEqual([
        expect.objectContaining({ id: 'p2', reason: 'duplicate' }),
      ]);
      expect((await ports.people.list()).map((p) => p.value.id).sort()).toEqual(['p0', 'p1', 'p3']);
    });

    it('removes with the version read only', async () => {
      const created = await ports.organisations.create(organisation('o1'));
      const updated = await ports.organisations.update(
        { ...created.value, name: 'X' },
        created.version,
      );
      await expect(ports.organisations.remove('o1', created.version)).rejects.toBeInstanceOf(
        Conflict,
      );
      await ports.organisations.remove('o1', updated.version);
      expect(await ports.organisations.get('o1')).toBeUndefined();
    });
  });
}
