import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * No import cycles (issue 3/8, item 4). ESLint's import-x/no-cycle catches the cycles that run
 * (eslint.config.js) but skips type-only imports by design, so a cycle such as
 * bot/decision-cards.ts ↔ bot/meeting-cards.ts (one side importing only types) passed it. This
 * walks every file the type-check covers (tsconfig.json) with the compiler's own module
 * resolution (`.js` specifiers to `.ts` sources) and counts every import: value, type-only,
 * re-export and dynamic `import()`.
 */

const root = resolve(import.meta.dirname, '../..');

function projectFiles(): { files: string[]; options: ts.CompilerOptions } {
  const configFile = ts.findConfigFile(root, ts.sys.fileExists, 'tsconfig.json');
  if (!configFile) throw new Error('no tsconfig.json at the repository root');
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root);
  return { files: parsed.fileNames.filter((f) => /\.tsx?$/.test(f)), options: parsed.options };
}

/** Every project file a file imports, with the line of the import. */
function importsOf(
  file: string,
  options: ts.CompilerOptions,
): { target: string; line: number; typeOnly: boolean }[] {
  const text = ts.sys.readFile(file) ?? '';
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: { target: string; line: number; typeOnly: boolean }[] = [];
  const add = (specifier: ts.Expression, typeOnly: boolean) => {
    if (!ts.isStringLiteralLike(specifier)) return;
    const resolved = ts.resolveModuleName(specifier.text, file, options, ts.sys).resolvedModule;
    if (!resolved || resolved.isExternalLibraryImport) return;
    if (!/\.tsx?$/.test(resolved.resolvedFileName) || resolved.resolvedFileName.endsWith('.d.ts'))
      return;
    const line = source.getLineAndCharacterOfPosition(specifier.getStart()).line + 1;
    found.push({ target: resolve(resolved.resolvedFileName), line, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      add(node.moduleSpecifier, node.importClause?.isTypeOnly ?? false);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument) add(argument, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The strongly connected groups of more than one file (Tarjan), and files importing themselves. */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const connect = (file: string) => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        connect(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(file) === index.get(file)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      if (group.length > 1 || (graph.get(file) ?? []).includes(file)) groups.push(group.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) connect(file);
  return groups;
}

describe('no import cycles, type-only imports included', () => {
  const { files, options } = projectFiles();
  const imports = new Map(files.map((file) => [resolve(file), importsOf(file, options)]));
  const graph = new Map(
    [...imports].map(([file, found]) => [file, found.map((edge) => edge.target)]),
  );
  const name = (file: string) => relative(root, file);

  it('sees the whole project and its imports, type-only ones too', () => {
    expect(files.length).toBeGreaterThan(300);
    const edges = (file: string) => imports.get(resolve(root, file)) ?? [];
    expect(edges('server/start.ts').map((e) => name(e.target))).toContain('server/ports.ts');
    expect(
      edges('bot/decision-cards.ts').find((e) => name(e.target) === 'bot/card-context.ts'),
    ).toBeDefined();
    // `import type { TokenVerifier } from './auth/token-verifier.js'`
    expect(
      edges('server/start.ts').find((e) => name(e.target) === 'server/auth/token-verifier.ts')
        ?.typeOnly,
    ).toBe(true);
  });

  it('finds none', () => {
    const found = cycles(graph).map((group) =>
      group
        .map((file) => {
          const into = (imports.get(file) ?? []).filter((e) => group.includes(e.target));
          return `${name(file)} → ${into.map((e) => `${name(e.target)}:${e.line}${e.typeOnly ? ' (type)' : ''}`).join(', ')}`;
        })
        .join('\n'),
    );
    expect(found).toEqual([]);
  });

  it('reports two files importing each other, and a file importing itself', () => {
    expect(
      cycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', ['a.ts', 'c.ts']],
          ['c.ts', []],
          ['d.ts', ['d.ts']],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts'], ['d.ts']]);
  });
});
