import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports a folder may not make: the layers only point inward, towards shared/. */
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: restrict(
      ['**/client/**', '**/server/**', '**/db/**', '**/e2e/**'],
      'shared/ is the contract: it imports nothing from client, server, db or e2e.',
    ),
  },
  {
    files: ['client/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        ['**/server/**', '**/db/**'],
        'The client never imports server or database code.',
      ),
    },
  },
  {
    files: ['db/**'],
    rules: restrict(['**/client/**', '**/server/**'], 'db/ depends only on shared/.'),
  },
  {
    // Tools that load these files require a default export.
    files: [
      '*.config.ts',
      '*.config.js',
      'e2e/support/globalSetup.ts',
      'server/testing/reliabilityTeardown.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Playwright fixtures must destructure their first argument, even when they use nothing.
    files: ['e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
