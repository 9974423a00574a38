import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/teams-schemas.js';

/**
 * A fresh clone has nothing beside it (issue 1/8, item 8): no test, script or app file may
 * reach for the reference folder beside the repository (shared/, which developers read), in
 * any spelling.
 */
const FOLDERS = ['core', 'bot', 'tabs', 'server', 'graph', 'embedded', 'scripts', 'test', '.ci'];
const OUTSIDE = [/\.\.\/shared\b/, /['"]\.\.['"],\s*['"]shared['"]/, /\/work\/shared\b/];

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx|js|mjs|cjs|json|sh)$/.test(name) || name === 'run') yield full;
  }
}

describe('the repository stands alone', () => {
  it('names no path outside itself in code, tests, scripts or CI', () => {
    const root = repoRoot();
    const offenders: string[] = [];
    for (const folder of FOLDERS) {
      for (const file of sourceFiles(path.join(root, folder))) {
        if (file === import.meta.filename) continue;
        const text = readFileSync(file, 'utf8');
        if (OUTSIDE.some((pattern) => pattern.test(text)))
          offenders.push(path.relative(root, file));
      }
    }
    expect(offenders).toEqual([]);
  });
});
