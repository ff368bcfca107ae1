// @ts-check
import js from '@eslint/js';
import esx from 'eslint-plugin-es-x';
import tseslint from 'typescript-eslint';

// Apps Script's V8 version is not documented: what is bundled may use ES2020 built-ins only.
// esbuild lowers newer syntax to ES2020 itself, so only built-ins (and RegExp flags, which it
// cannot lower) are checked, with TypeScript's types telling an array's .at() from a field `at`.
const LOWERED_SYNTAX = [
  'no-class-instance-fields',
  'no-class-private-fields',
  'no-class-private-methods',
  'no-class-static-block',
  'no-class-static-fields',
  'no-private-in',
  'no-logical-assignment-operators',
  'no-numeric-separators',
  'no-top-level-await',
  'no-hashbang',
  'no-arbitrary-module-namespace-names',
  'no-import-attributes',
  'no-dynamic-import-options',
  'no-json-modules',
  'no-trailing-dynamic-import-commas',
];
const es2020 = esx.configs['flat/restrict-to-es2020'];
const bundledBuiltIns = {
  files: ['src/core/**/*.ts', 'src/gas/**/*.ts', 'src/main.ts'],
  plugins: es2020.plugins,
  languageOptions: { parserOptions: { projectService: true } },
  rules: {
    ...es2020.rules,
    ...Object.fromEntries(LOWERED_SYNTAX.map((rule) => [`es-x/${rule}`, 'off'])),
  },
};

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
  bundledBuiltIns,
  {
    files: ['bin/**/*.mjs', 'scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
