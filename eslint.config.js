// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * core/ is the manual as code: pure functions of their arguments. It may import only itself,
 * zod, the Temporal polyfill, the ICU message formatter and the Umm al-Qura table (pure data
 * and arithmetic, for the Hijri holidays) and moment-timezone's tz data JSON (read by
 * core/morocco-zone.ts, so that Morocco's clock never depends on the runtime's) — no I/O, no
 * framework, no SDK, no environment, no clock (ARCHITECTURE.md, "Layers").
 */
const coreAllowedImports =
  /^(?!zod$|temporal-polyfill\/full$|intl-messageformat$|@tabby_ai\/hijri-converter$|moment-timezone\/data\/packed\/latest\.json$|\.{1,2}\/).*/;

/**
 * Imports each folder may not make (ARCHITECTURE.md, "Layers"). Both Microsoft SDKs are in
 * maintenance upstream: keeping each at its edge keeps a migration a one-folder change, and
 * SQLite stays behind the embedded adapter.
 */
const forbidden = {
  botbuilder: {
    regex: '^(botbuilder|botframework)(-[\\w-]+)?(/.*)?$',
    message:
      'The Bot Framework SDK stays in bot/: call the bot (bot/index.ts) or a use case instead.',
  },
  graphClient: {
    regex: '^@microsoft/microsoft-graph-client(/.*)?$',
    message:
      'The Graph client stays in graph/: use a port (core/ports), opened by server/ports.ts.',
  },
  sqlite: {
    regex: '^better-sqlite3$',
    message: 'SQLite stays in embedded/: use a port (core/ports), opened by server/ports.ts.',
  },
  // Relative paths (the only way in); the core barrel re-exports every rule, so it counts too.
  rules: {
    regex: '^(\\.{1,2}/)+core/(rules(/.*)?|index(\\.js)?)$',
    message:
      "The edges decide nothing (issue 3/8 item 4): show the use case's view (`can.*` flags, computed values such as a college's `reached`) instead of calling core/rules.",
  },
};

/** `no-restricted-imports` with the given groups (a later block replaces an earlier one's list). */
const restrict = (...groups) => ['error', { patterns: groups }];

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'data/**', 'reports/**', 'tabs/dist/**', 'devTools/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Type-aware rules: a promise is awaited, returned, or explicitly let go with `void` (its
    // failure handled where it is made); no promise goes where a plain callback is expected.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // No import cycles. The resolver follows the `.js` specifiers to their `.ts` sources.
    // import-x/no-cycle skips type-only imports; test/tooling/import-cycles.test.ts covers those.
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      // import-x reads only .js files unless told about TypeScript's (as its typescript preset).
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: `${import.meta.dirname}/tsconfig.json` }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // The React hooks rules (with the React Compiler's checks), on the tab.
    files: ['tabs/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // A missing dependency is a stale value on screen: an error, not a warning.
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // Each SDK at its edge; bot/ and tabs/ call use cases and render their views.
  {
    rules: {
      'no-restricted-imports': restrict(
        forbidden.botbuilder,
        forbidden.graphClient,
        forbidden.sqlite,
      ),
    },
  },
  {
    files: ['bot/**'],
    rules: {
      'no-restricted-imports': restrict(forbidden.graphClient, forbidden.sqlite, forbidden.rules),
    },
  },
  {
    files: ['tabs/**'],
    rules: {
      'no-restricted-imports': restrict(
        forbidden.botbuilder,
        forbidden.graphClient,
        forbidden.sqlite,
        forbidden.rules,
      ),
    },
  },
  {
    files: ['graph/**'],
    rules: { 'no-restricted-imports': restrict(forbidden.botbuilder, forbidden.sqlite) },
  },
  {
    files: ['embedded/**'],
    rules: { 'no-restricted-imports': restrict(forbidden.botbuilder, forbidden.graphClient) },
  },
  {
    // The bot's tests drive it through botbuilder's TestAdapter and build its activities.
    files: ['test/bot/**'],
    rules: { 'no-restricted-imports': restrict(forbidden.graphClient, forbidden.sqlite) },
  },
  {
    // The migration tests run the embedded schema's migrations on a bare SQLite database.
    files: ['test/embedded/**'],
    rules: { 'no-restricted-imports': restrict(forbidden.botbuilder, forbidden.graphClient) },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: coreAllowedImports.source,
              message:
                'core/ stays pure: only relative imports, zod, temporal-polyfill/full, intl-messageformat, @tabby_ai/hijri-converter and the moment-timezone tz data (no I/O, framework or SDK).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'core/ reads no environment: take values as arguments.' },
        { name: 'fetch', message: 'core/ does no I/O: use a port.' },
        { name: 'require', message: 'core/ is ESM and pure.' },
        { name: 'setTimeout', message: 'core/ has no timers: the scheduler lives in server/.' },
        { name: 'setInterval', message: 'core/ has no timers: the scheduler lives in server/.' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'core/ has no clock: take `now` as an argument.',
        },
        { object: 'Math', property: 'random', message: 'core/ is deterministic.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'core/ has no clock: take `now` as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Temporal'][callee.property.name='Now']",
          message: 'core/ has no clock: take `now` as an argument.',
        },
        {
          selector: "MemberExpression[object.name='Temporal'][property.name='Now']",
          message: 'core/ has no clock: take `now` as an argument.',
        },
      ],
    },
  },
);
