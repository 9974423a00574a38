import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AUDITED_COLLECTIONS,
  COLLECTIONS,
  OPERATIONAL_COLLECTIONS,
} from '../../core/ports/collections.js';

const ROOT = join(import.meta.dirname, '..', '..');

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(ROOT, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(path)));
    else if (/\.tsx?$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** RULES.md "Audit": every state change of a committee record is in the log. */
describe('committee records are written only through the audited write', () => {
  it('classifies every collection as a committee record or an operational one', () => {
    const classified = [...Object.keys(AUDITED_COLLECTIONS), ...OPERATIONAL_COLLECTIONS].sort();
    expect(classified).toEqual(Object.keys(COLLECTIONS).sort());
  });

  it('finds no direct create, update or remove of an audited collection in the app', async () => {
    const audited = Object.keys(AUDITED_COLLECTIONS).join('|');
    const direct = new RegExp(`\\.(${audited})\\s*\\.\\s*(create|createMany|update|remove)\\(`);
    const offenders: string[] = [];
    for (const dir of ['core', 'server', 'bot', 'embedded', 'graph', 'scripts']) {
      for (const file of await sourceFiles(dir)) {
        // The benchmark seeds a throw-away store of thousands of synthetic members in bulk.
        if (file.startsWith(join('scripts', 'bench'))) continue;
        const lines = (await readFile(join(ROOT, file), 'utf8')).split('\n');
        lines.forEach((line, index) => {
          if (direct.test(line)) offenders.push(`${relative(ROOT, join(ROOT, file))}:${index + 1}`);
        });
      }
    }
    expect(offenders).toEqual([]);
  });
});
