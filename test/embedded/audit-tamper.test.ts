import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../core/audit/chain.js';
import { openEmbeddedPorts, sha256Hex } from '../../embedded/index.js';
import { manualClock, sequentialIds, temporaryDirectory } from '../support/fixtures.js';

describe('hash-chained audit log on SQLite', () => {
  it('reports the first entry edited behind the app’s back', async () => {
    const dir = await temporaryDirectory();
    const ports = openEmbeddedPorts({
      dataDir: dir.path,
      clock: manualClock(),
      ids: sequentialIds(),
    });
    try {
      for (let i = 1; i <= 5; i += 1) {
        await ports.auditLog.append({
          at: '2026-03-02T09:00:00Z',
          actorId: 'p-sec',
          action: 'SeatAdded',
          subject: { type: 'seat', id: `s${i}` },
          after: { i },
        });
      }
      expect(verifyChain(await ports.auditLog.read(), sha256Hex)).toMatchObject({
        ok: true,
        entries: 5,
      });
      // Someone edits entry 3 directly in the database file.
      ports.db
        .prepare(`UPDATE c_audit SET data = json_set(data, '$.actorId', 'intruder') WHERE id = ?`)
        .run('audit-000000000003');
      expect(verifyChain(await ports.auditLog.read(), sha256Hex)).toMatchObject({
        ok: false,
        brokenAt: 3,
        reason: 'hash',
      });
      // Deleting entry 4 breaks the sequence there.
      ports.db.prepare(`DELETE FROM c_audit WHERE id = ?`).run('audit-000000000004');
      const check = verifyChain(await ports.auditLog.read(), sha256Hex);
      expect(check.ok).toBe(false);
    } finally {
      ports.close();
      await dir.remove();
    }
  });
});
