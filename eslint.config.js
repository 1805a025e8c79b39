// one lint config for the whole repository (flat config)
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';

const UI_AND_STORAGE = ['react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-react-hooks', 'zustand', 'zustand/*',
  'i18next', 'react-i18next', 'react-router', '@xstate/react'];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'test-results', '.artifacts'] },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // an import of types only must vanish from the bundle: `import { type A }` keeps the module (and what it pulls in)
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    ignores: ['src/engine/**', 'src/cli/**'],
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['error', { allowConstantExport: true }],
    },
  },
  {
    // tests and their helpers are never hot-reloaded
    files: ['src/**/*.test.tsx', 'src/**/test-support/**'],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
  {
    // the app imports engine code module by module: a barrel (index.ts) re-exports modules with top-level work
    // (schemas, lexicons), which would then load before a conversation can start
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/engine/**', 'src/cli/**', 'src/**/*.test.ts', 'src/**/*.test.tsx', 'src/**/test-support/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/engine/[a-z-]+/index\\.ts$',
              allowTypeImports: true,
              message: 'Import the engine module itself (e.g. engine/scenario/constants.ts), not the barrel.',
            },
          ],
        },
      ],
    },
  },
  {
    // every visible string goes through i18next: no text literals in JSX
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXText[value=/\\S/]', message: 'Put user-visible text through i18next (t()).' },
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|title|placeholder|alt)$/] > Literal',
          message: 'Put user-visible text through i18next (t()).',
        },
      ],
    },
  },
  {
    // the engine is pure: no UI, no storage, no ambient time, randomness or I/O
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts', 'src/engine/**/bench/**', 'src/engine/**/test-support/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: [...UI_AND_STORAGE, 'node:*', 'fs', 'path'], message: 'src/engine is pure TypeScript.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'setTimeout', 'setInterval', 'fetch', 'process'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Pass a seeded rng in.' },
        { object: 'Date', property: 'now', message: 'Pass a clock in.' },
      ],
    },
  },
  {
    // benchmarks and tools print their figures
    files: ['src/**/bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: UI_AND_STORAGE, message: 'The CLI uses the engine, not the UI.' }] }],
      'no-console': 'off',
    },
  },
  {
    // one-way imports: engine -> data -> ui -> features -> app
    files: ['src/data/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/ui/**', '**/features/**', '**/app/**'], message: 'Imports flow one way: engine -> data -> ui -> features -> app.' },
            {
              group: ['zod', 'zod/*'],
              message:
                'src/data is on the startup path: validate rows with valibot. Any zod import (zod/mini too) loads all of zod\'s core (16.6 kB gzip) before the first conversation, since the lazily loaded scenario parser shares it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/features/**', '**/app/**'] }] },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/app/**'] }] },
  },
);
