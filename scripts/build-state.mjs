// Plain JavaScript on purpose: `npm start` decides whether to build before anything is
// compiled, in a few milliseconds, with nothing but Node.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * What `npm run build` makes, and from what. Each part is rebuilt alone when one of its
 * sources is newer than the stamp written after its last successful build, or when an output
 * or the stamp is missing.
 */
export const BUILD_PARTS = [
  {
    name: 'tab',
    script: 'build:tab',
    // The tab bundles core/ (contracts, messages, Morocco time) too.
    sources: ['tabs', 'core', 'tsconfig.json', 'package-lock.json'],
    outputs: ['dist/tab/index.html'],
    stamp: 'dist/.built-tab',
  },
  {
    name: 'server',
    script: 'build:server',
    sources: [
      'core',
      'server',
      'bot',
      'graph',
      'embedded',
      'scripts',
      'tsconfig.json',
      'tsconfig.build.json',
      'package-lock.json',
    ],
    outputs: ['dist/node/server/main.js'],
    stamp: 'dist/.built-server',
  },
];

const SKIPPED = new Set(['node_modules', 'dist', '.git']);

/** The newest modification time (ms) under the given files and folders; 0 when none exists. */
export function newestMtime(root, paths) {
  let newest = 0;
  const visit = (path) => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      return;
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path)) {
        if (!SKIPPED.has(entry)) visit(join(path, entry));
      }
    } else {
      newest = Math.max(newest, stats.mtimeMs);
    }
  };
  for (const path of paths) visit(join(root, path));
  return newest;
}

/** Why a part must be built, or undefined when its output is up to date. */
export function staleReason(root, part) {
  const missing = [...part.outputs, part.stamp].find((path) => !existsSync(join(root, path)));
  if (missing) return `${missing} is missing`;
  const built = statSync(join(root, part.stamp)).mtimeMs;
  const newest = newestMtime(root, part.sources);
  return newest > built ? 'a source changed since the last build' : undefined;
}

/** The parts to build, with why. */
export function staleParts(root, parts = BUILD_PARTS) {
  return parts.flatMap((part) => {
    const reason = staleReason(root, part);
    return reason ? [{ part, reason }] : [];
  });
}

/**
 * Marks the start of a part's build: the mark becomes the stamp when the build succeeds
 * (`done`), so a source saved while it ran is newer than the stamp and triggers the next build.
 */
export function begin(root, part) {
  const file = join(root, `${part.stamp}.pending`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${new Date().toISOString()}\n`);
}

/** Records that a part was built (from the sources as they were when its build began). */
export function done(root, part) {
  const pending = join(root, `${part.stamp}.pending`);
  if (existsSync(pending)) renameSync(pending, join(root, part.stamp));
  else writeFileSync(join(root, part.stamp), `${new Date().toISOString()}\n`);
}

// `node scripts/build-state.mjs begin|done tab|server`, run by the build scripts around a build.
const [, script, command, name] = process.argv;
if (script?.endsWith('build-state.mjs') && (command === 'begin' || command === 'done')) {
  const part = BUILD_PARTS.find((p) => p.name === name);
  if (!part) throw new Error(`unknown build part ${name}`);
  (command === 'begin' ? begin : done)(process.cwd(), part);
}
