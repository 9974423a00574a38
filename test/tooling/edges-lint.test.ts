import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/*
 * The lint of issue 3/8, item 4 (eslint.config.js): each SDK at its edge, the edges out of
 * core/rules, promises awaited or deliberately let go, the React hooks rules on the tab, no
 * import cycles. Each rule is shown refusing what it is for (and the exceptions allowed).
 */

/** The repository's config, parsed without type information (fast; for the syntactic rules). */
const syntactic = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });

const ruleIds = async (eslint: ESLint, filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
};

const importing = (specifier: string) =>
  `import * as imported from '${specifier}';\nexport const x = imported;\n`;

describe('lint keeps each SDK at its edge (ARCHITECTURE.md)', () => {
  it.each([
    ['server/example.ts', 'botbuilder'],
    ['server/example.ts', 'botframework-connector'],
    ['tabs/src/example.ts', 'botbuilder-core'],
    ['graph/example.ts', 'botbuilder'],
    ['scripts/example.ts', '@microsoft/microsoft-graph-client'],
    ['bot/example.ts', '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials'],
    ['server/example.ts', 'better-sqlite3'],
    ['graph/example.ts', 'better-sqlite3'],
    ['test/server/example.test.ts', 'better-sqlite3'],
    ['test/server/example.test.ts', 'botbuilder'],
  ])('refuses, in %s, an import of %s', async (file, specifier) => {
    expect(await ruleIds(syntactic, file, importing(specifier))).toContain('no-restricted-imports');
  });

  it.each([
    ['bot/example.ts', 'botbuilder'],
    ['test/bot/example.test.ts', 'botbuilder'],
    ['graph/example.ts', '@microsoft/microsoft-graph-client'],
    ['embedded/example.ts', 'better-sqlite3'],
    ['test/embedded/example.test.ts', 'better-sqlite3'],
  ])('accepts, in %s, an import of %s', async (file, specifier) => {
    expect(await ruleIds(syntactic, file, importing(specifier))).toEqual([]);
  });
});

describe('lint keeps bot/ and tabs/ out of core/rules (the edges decide nothing)', () => {
  it.each([
    ['bot/example.ts', '../core/rules/r13-2-double-majority.js'],
    ['bot/cards/example.ts', '../../core/rules/r5-7-consensus-first.js'],
    ['tabs/src/screens/example.tsx', '../../../core/rules/r10-1-communication-validation.js'],
    // The core barrel re-exports every rule.
    ['tabs/src/example.ts', '../../core/index.js'],
  ])('refuses, in %s, an import of %s', async (file, specifier) => {
    expect(await ruleIds(syntactic, file, importing(specifier))).toContain('no-restricted-imports');
  });

  it('refuses a type import from core/rules too: types come from the contracts', async () => {
    const code =
      "import type { College } from '../core/rules/r3-1-seat-composition.js';\nexport type X = College;\n";
    expect(await ruleIds(syntactic, 'bot/example.ts', code)).toContain('no-restricted-imports');
  });

  it('accepts the contracts and the use cases', async () => {
    const code = [
      "import type { DecisionView } from '../core/contracts/decisions.js';",
      "import { getVote } from '../core/usecases/decisions/index.js';",
      'export const x: [DecisionView | undefined, typeof getVote] = [undefined, getVote];',
    ].join('\n');
    expect(await ruleIds(syntactic, 'bot/example.ts', code)).toEqual([]);
  });

  it('leaves server/ its own reads of the rules (issue 3/8 names bot/ and tabs/)', async () => {
    expect(
      await ruleIds(syntactic, 'server/example.ts', importing('../core/rules/visibility.js')),
    ).toEqual([]);
  });
});

describe('lint applies the React hooks rules to the tab', () => {
  it('refuses a hook called conditionally', async () => {
    const code = [
      "import { useState } from 'react';",
      'export function Shown({ on }: { on: boolean }) {',
      '  if (!on) return null;',
      '  const [count] = useState(0);',
      '  return <b>{count}</b>;',
      '}',
    ].join('\n');
    expect(await ruleIds(syntactic, 'tabs/src/Shown.tsx', code)).toContain(
      'react-hooks/rules-of-hooks',
    );
  });

  it('refuses a missing effect dependency as an error', async () => {
    const code = [
      "import { useEffect } from 'react';",
      'export function Title({ text }: { text: string }) {',
      '  useEffect(() => {',
      '    document.title = text;',
      '  }, []);',
      '  return null;',
      '}',
    ].join('\n');
    const [result] = await syntactic.lintText(code, { filePath: 'tabs/src/Title.tsx' });
    expect(result?.messages.find((m) => m.ruleId === 'react-hooks/exhaustive-deps')?.severity).toBe(
      2,
    );
  });

  it('refuses a state set synchronously in an effect (a second render for nothing)', async () => {
    const code = [
      "import { useEffect, useState } from 'react';",
      'export function Echo({ value }: { value: string }) {',
      '  const [shown, setShown] = useState(value);',
      '  useEffect(() => {',
      '    setShown(value);',
      '  }, [value]);',
      '  return <span>{shown}</span>;',
      '}',
    ].join('\n');
    expect(await ruleIds(syntactic, 'tabs/src/Echo.tsx', code)).toContain(
      'react-hooks/set-state-in-effect',
    );
  });
});

describe('lint bans import cycles', () => {
  it('refuses an import that closes a cycle (server/start.ts imports server/ports.ts)', async () => {
    const code = "import { startServer } from './start.js';\nexport const x = startServer;\n";
    expect(await ruleIds(syntactic, 'server/ports.ts', code)).toContain('import-x/no-cycle');
  });
});

describe('lint with type information', () => {
  // The whole program is loaded once for this ESLint instance: slow on a busy machine.
  const typed = new ESLint();

  it('refuses a floating promise and a promise where a callback is expected', async () => {
    // Existing files, linted with other text: the project service knows only the project's files.
    const floating = [
      'export async function save(): Promise<void> {}',
      'export function onClick(): void {',
      '  save();',
      '}',
    ].join('\n');
    expect(await ruleIds(typed, 'server/system.ts', floating)).toContain(
      '@typescript-eslint/no-floating-promises',
    );
    const misused = [
      'export async function save(): Promise<void> {}',
      'export function listen(callback: () => void): void {',
      '  callback();',
      '}',
      'listen(save);',
    ].join('\n');
    expect(await ruleIds(typed, 'server/system.ts', misused)).toContain(
      '@typescript-eslint/no-misused-promises',
    );
    // A promise let go on purpose, its failure handled where it is made.
    const letGo = [
      'export async function save(): Promise<void> {}',
      'export function onClick(): void {',
      '  void save().catch(() => undefined);',
      '}',
    ].join('\n');
    expect(await ruleIds(typed, 'server/system.ts', letGo)).toEqual([]);
  }, 180_000);
});
