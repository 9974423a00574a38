import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The deployed app runs `node dist/node/server/main.js` (and the audit and provisioning
 * scripts from dist) after `npm prune --omit=dev`: every package the server reaches at run
 * time must be a dependency, not a devDependency. This walks the import graph from those entry
 * points through the sources tsc compiles one-to-one into dist/node (type-only imports are
 * erased and skipped; `import { type X }` is kept by verbatimModuleSyntax, so it counts).
 */

const root = resolve(import.meta.dirname, '../..');
const ENTRY_POINTS = ['server/main.ts', 'scripts/audit-verify.ts', 'scripts/provision.ts'];
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const IMPORT =
  /(?:^|[\n;])\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Runtime imports of one source file: relative ones resolved to files, bare ones as written. */
function importsOf(file: string): { files: string[]; packages: string[] } {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const files: string[] = [];
  const packages: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    if (match[2]) continue; // `import type` / `export type`: erased
    const specifier = match[3] ?? match[4];
    if (!specifier) continue;
    if (specifier.startsWith('.')) {
      const target = resolve(dirname(file), specifier);
      const candidates = [target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.tsx'), target];
      const found = candidates.find((c) => existsSync(c) && /\.(ts|tsx|json)$/.test(c));
      if (!found) throw new Error(`${relative(root, file)}: cannot resolve ${specifier}`);
      if (!found.endsWith('.json')) files.push(found);
    } else {
      packages.push(specifier);
    }
  }
  return { files, packages };
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? specifier);
}

/** Every package reached from the entry points, with one file that imports it. */
function runtimePackages(): Map<string, string> {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const queue = ENTRY_POINTS.map((entry) => join(root, entry));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const found = importsOf(file);
    queue.push(...found.files);
    for (const specifier of found.packages) {
      const name = packageName(specifier);
      if (specifier.startsWith('node:') || builtinModules.includes(name)) continue;
      if (!packages.has(name)) packages.set(name, relative(root, file));
    }
  }
  return packages;
}

describe('what the deployed server runs is installed by npm ci --omit=dev', () => {
  const packages = runtimePackages();

  it('reaches the runtime packages (the walk sees the whole graph)', () => {
    for (const name of ['express', 'botbuilder', '@microsoft/microsoft-graph-client', 'zod']) {
      expect([...packages.keys()]).toContain(name);
    }
  });

  it('imports at run time only dependencies, never a devDependency', () => {
    const wrong = [...packages].filter(([name]) => !(name in pkg.dependencies));
    expect(
      wrong.map(([name, file]) =>
        name in pkg.devDependencies
          ? `${name} (imported by ${file}) is a devDependency`
          : `${name} (imported by ${file}) is not in package.json`,
      ),
    ).toEqual([]);
  });

  it('keeps the build tools and the tab libraries out of dependencies', () => {
    for (const name of [
      'vite',
      '@vitejs/plugin-react',
      'typescript',
      'tsx',
      'react',
      'react-dom',
      '@fluentui/react-components',
      '@microsoft/teams-js',
    ]) {
      expect(pkg.dependencies).not.toHaveProperty(name);
    }
  });
});
