// Lint config lives in .ci/ so the project's top level stays as designed; `npm run lint` points at it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '**/.tmp/**', 'tests/bench/results/**', 'tests/e2e/fixtures/**/vendor/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      // The engine is pure: no DOM, no network, nothing from the content script.
      'no-restricted-globals': ['error', 'document', 'window', 'fetch', 'XMLHttpRequest', 'navigator', 'localStorage'],
      'no-restricted-imports': ['error', { patterns: ['**/content/**', '**/background/**', '**/options/**', '**/popup/**', 'webextension-polyfill'] }],
    },
  },
);
