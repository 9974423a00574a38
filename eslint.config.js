// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * core/ is the manual as code: pure functions of their arguments. It may import only itself,
 * zod, the Temporal polyfill, the ICU message formatter and the Umm al-Qura table (pure data
 * and arithmetic, for the Hijri holidays) and moment-timezone's tz data JSON (read by
 * core/morocco-zone.ts, so that Morocco's clock never depends on the runtime's) — no I/O, no
 * framework, no SDK, no environment, no clock (ARCHITECTURE.md, "Layers").
 */
const coreAllowedImports =
  /^(?!zod$|temporal-polyfill\/full$|intl-messageformat$|@tabby_ai\/hijri-converter$|moment-timezone\/data\/packed\/latest\.json$|\.{1,2}\/).*/;

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
