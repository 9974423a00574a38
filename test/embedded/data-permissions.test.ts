import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../server/start.js';
import { configFrom } from '../support/config.js';
import { temporaryDirectory } from '../support/fixtures.js';

/** Every path under `dir`, with its permission bits. */
function modes(dir: string): { path: string; mode: number }[] {
  const out = [{ path: dir, mode: statSync(dir).mode & 0o777 }];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...modes(path));
    else out.push({ path, mode: statSync(path).mode & 0o777 });
  }
  return out;
}

describe('the embedded data folder is readable by its owner only', () => {
  it('creates the store, documents and keys owner-only, and tightens an older folder', async () => {
    const dir = await temporaryDirectory();
    const data = join(dir.path, 'data');
    // A folder left world-readable by an older version (or by hand).
    mkdirSync(data, { mode: 0o755 });
    chmodSync(data, 0o755);
    try {
      const server = await startServer(
        configFrom({
          COPIL_DATA_DIR: data,
          PORT: 0,
          LOG_LEVEL: 'silent',
          COPIL_TICK_SECONDS: 0,
        }),
      );
      await server.close();
      const all = modes(data);
      const names = all.map((m) => m.path.slice(data.length));
      expect(names).toEqual(
        expect.arrayContaining(['', '/copil.db', '/files', '/keys', '/keys/local-issuer.jwk.json']),
      );
      expect(names.some((n) => n.startsWith('/files/'))).toBe(true); // the example's letters
      expect(all.filter((m) => (m.mode & 0o077) !== 0)).toEqual([]);
    } finally {
      await dir.remove();
    }
  });
});
