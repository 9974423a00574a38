import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/** ARCHITECTURE.md: core/ imports nothing but itself, zod, a date library and the ICU formatter. */
describe('lint keeps core/ pure', () => {
  // Without type information: these rules read imports and names only, and a made-up file is
  // not part of the project the type-aware rules load.
  const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });
  const lint = async (code: string) => {
    const [result] = await eslint.lintText(code, { filePath: 'core/rules/example.ts' });
    return (result?.messages ?? []).map((m) => m.ruleId);
  };

  it.each([
    [
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;",
      'no-restricted-imports',
    ],
    ["import express from 'express';\nexport const x = express;", 'no-restricted-imports'],
    [
      "import { CloudAdapter } from 'botbuilder';\nexport const x = CloudAdapter;",
      'no-restricted-imports',
    ],
    [
      "import { Client } from '@microsoft/microsoft-graph-client';\nexport const x = Client;",
      'no-restricted-imports',
    ],
    ['export const x = process.env.HOME;', 'no-restricted-globals'],
    ['export const x = Date.now();', 'no-restricted-properties'],
    ['export const x = new Date();', 'no-restricted-syntax'],
  ])('refuses %s', async (code, rule) => {
    expect(await lint(code)).toContain(rule);
  });

  it('accepts zod, the Temporal polyfill and relative imports', async () => {
    const code = [
      "import { z } from 'zod';",
      "import { Temporal } from 'temporal-polyfill/full';",
      "import { OK } from '../verdict.js';",
      "export const x = [z, Temporal, OK, new Date('2026-01-01')];",
    ].join('\n');
    expect(await lint(code)).toEqual([]);
  });

  it('accepts the Umm al-Qura table (pure data) for the Hijri holidays', async () => {
    const code = [
      "import { hijriToGregorian } from '@tabby_ai/hijri-converter';",
      'export const x = hijriToGregorian;',
    ].join('\n');
    expect(await lint(code)).toEqual([]);
  });
});
