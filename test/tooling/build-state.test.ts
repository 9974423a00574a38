import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  begin,
  BUILD_PARTS,
  done,
  staleParts,
  staleReason,
  type BuildPart,
} from '../../scripts/build-state.mjs';

const part: BuildPart = {
  name: 'server',
  script: 'build:server',
  sources: ['server', 'tsconfig.json'],
  outputs: ['dist/node/server/main.js'],
  stamp: 'dist/.built-server',
};

let root: string;
const write = (path: string, at: number) => {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, path);
  utimesSync(file, at / 1000, at / 1000);
};
const T = Date.parse('2026-12-01T10:00:00Z');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'copil-build-state-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm start builds only what is missing or stale', () => {
  it('builds when the output or the stamp of the last build is missing', () => {
    write('server/main.ts', T);
    expect(staleReason(root, part)).toBe('dist/node/server/main.js is missing');
    write('dist/node/server/main.js', T + 1000);
    expect(staleReason(root, part)).toBe('dist/.built-server is missing');
  });

  it('does not build when every source is older than the last build', () => {
    write('server/main.ts', T);
    write('server/http/app.ts', T + 500);
    write('tsconfig.json', T);
    write('dist/node/server/main.js', T + 1000);
    write('dist/.built-server', T + 1000);
    expect(staleReason(root, part)).toBeUndefined();
  });

  it('builds when a source deep in a folder, or a config file, changed after the last build', () => {
    write('dist/node/server/main.js', T);
    write('dist/.built-server', T);
    write('server/http/routes/deep.ts', T + 1);
    expect(staleReason(root, part)).toBe('a source changed since the last build');
    rmSync(join(root, 'server'), { recursive: true });
    write('tsconfig.json', T + 1);
    expect(staleReason(root, part)).toBe('a source changed since the last build');
  });

  it('ignores node_modules and dist inside a source folder', () => {
    write('dist/node/server/main.js', T);
    write('dist/.built-server', T);
    write('server/node_modules/x/index.js', T + 1000);
    write('server/dist/old.js', T + 1000);
    expect(staleReason(root, part)).toBeUndefined();
  });

  it('dates a build from its start: a source saved while it ran makes the next start build again', () => {
    write('server/main.ts', T);
    begin(root, part);
    utimesSync(join(root, `${part.stamp}.pending`), (T + 1000) / 1000, (T + 1000) / 1000);
    write('server/main.ts', T + 2000); // saved during the build
    write('dist/node/server/main.js', T + 3000);
    done(root, part);
    expect(staleReason(root, part)).toBe('a source changed since the last build');
  });

  it('builds the tab and the server separately: a tab change rebuilds the tab only', () => {
    for (const p of BUILD_PARTS) {
      for (const output of p.outputs) write(output, T);
      write(p.stamp, T);
    }
    write('tabs/src/App.tsx', T + 1000);
    expect(staleParts(root).map(({ part: p }) => p.name)).toEqual(['tab']);
    write('core/rules/r5-2-notice.ts', T + 2000);
    expect(staleParts(root).map(({ part: p }) => p.name)).toEqual(['tab', 'server']);
  });
});
