import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../core/audit/chain.js';
import type { Ports } from '../../core/ports/store.js';
import type { PortsFactory } from './harness.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The audit log's contract: append-only, hash-chained, no entry lost or duplicated. */
export function auditLogContract(adapter: string, factory: PortsFactory): void {
  describe(`${adapter}: audit log contract`, () => {
    let ports: Ports;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ ports, cleanup } = await factory());
    });
    afterEach(async () => cleanup());

    const entry = (n: number) => ({
      at: '2026-03-02T09:00:00Z',
      actorId: 'p-sec',
      action: 'SeatAdded',
      subject: { type: 'seat', id: `s${n}` },
      before: undefined,
      after: { n, label: 'é ع' },
    });

    it('chains entries: each links to the previous hash', async () => {
      const first = await ports.auditLog.append(entry(1));
      const second = await ports.auditLog.append(entry(2));
      expect(first.seq).toBe(1);
      expect(second.seq).toBe(2);
      expect(second.previousHash).toBe(first.hash);
      const all = await ports.auditLog.read();
      expect(verifyChain(all, sha256)).toMatchObject({ ok: true, entries: 2 });
    });

    it('keeps every concurrent append, each once, in one unbroken chain', async () => {
      const n = 12;
      await Promise.all(Array.from({ length: n }, (_, i) => ports.auditLog.append(entry(i))));
      const all = await ports.auditLog.read();
      expect(all.map((e) => e.seq)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      expect(new Set(all.map((e) => e.subject.id)).size).toBe(n);
      expect(verifyChain(all, sha256).ok).toBe(true);
    });

    it('finds the entries about one subject', async () => {
      await ports.auditLog.append(entry(1));
      await ports.auditLog.append(entry(2));
      await ports.auditLog.append(entry(1));
      expect((await ports.auditLog.about('seat', 's1')).map((e) => e.seq)).toEqual([1, 3]);
    });
  });
}
