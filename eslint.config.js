// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'build/**',
      'coverage/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The domain, and every layout (cells computed from data), is pure: no Apps Script
    // services, no I/O.
    files: ['src/core/**/*.ts', 'src/**/layout/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'SpreadsheetApp',
          'HtmlService',
          'LockService',
          'PropertiesService',
          'Session',
          'ScriptApp',
          'Utilities',
          'Logger',
          'process',
          'setTimeout',
          'fetch',
        ].map((name) => ({
          name,
          message: 'src/core and layout/ folders are pure: pass data in.',
        })),
      ],
    },
  },
  {
    files: ['bin/**/*.mjs', 'scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
