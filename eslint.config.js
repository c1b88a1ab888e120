// ESLint flat config. `npm run lint`; part of `npm test` (after the type check).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import local from './eslint-rules/index.js';

export default defineConfig(
  {
    ignores: ['node_modules/', '.output/', '.wxt/', 'coverage/', 'test-results/', '.scratch/', 'docs/screenshots/'],
  },
  js.configs.recommended,

  // TypeScript: type-aware rules through the project service (tsconfig.json). Cheap at this size.
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `_` names a binding left unused on purpose (a key left out of a rest copy, an ignored parameter).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  // browser.runtime.onMessage listeners answer by returning a Promise (webextension-polyfill, Firefox);
  // the listener types say void, so passing such a listener is the API, not a lost Promise.
  {
    files: ['entrypoints/background.ts', 'src/messaging/**'],
    rules: { '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }] },
  },

  // Hooks come from preact/hooks; the rules go by hook names (use*), so they apply as for React.
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },

  // Tests. Async arrow functions without await stand in for async browser APIs in mocks.
  {
    files: ['tests/**'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  // E2e: `useBrowser` is a suite helper (a browser per describe block), not a hook, and there are no components here.
  // Page functions are built with new Function on purpose: their source goes to the browser as written.
  {
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off', '@typescript-eslint/no-implied-eval': 'off' },
  },

  // Plain JS is not type-checked by the project (checkJs: false): no type-aware rules there.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  // Node scripts. The benchmark, demo and e2e runner also pass functions to the page (evaluate), hence browser globals.
  {
    files: ['*.{js,mjs,ts}', 'eslint-rules/**', 'scripts/**', 'bench/**', 'tests/e2e/**', 'tests/fixtures/replica/serve.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // The replica of X's pages runs in the browser (and in happy-dom).
  {
    files: ['tests/fixtures/replica/*.js'],
    ignores: ['tests/fixtures/replica/serve.js'],
    languageOptions: { globals: globals.browser },
  },

  // Notes on fallbacks ("drop after YYYY-MM") must carry a date that has not passed (eslint-rules/drop-after-date.js).
  {
    plugins: { local },
    rules: { 'local/drop-after-date': 'error' },
  },
  // The rule's own source describes such notes without dates.
  {
    files: ['eslint-rules/**'],
    rules: { 'local/drop-after-date': 'off' },
  },
);
