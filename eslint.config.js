/**
 * ESLint 9 flat config: typescript-eslint's recommended rules for all TypeScript, and the Office add-in
 * rules of eslint-plugin-office-addins (its bundled configs also switch on prettier, which this project
 * does not use, so the plugin is registered and its rules are enabled by name).
 */
'use strict';
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');

/** Import paths a folder must not use, as its README states (`group` is matched gitignore-style). */
const BOUNDARIES = [
  {
    files: ['src/engine/**/*.ts'],
    why: 'src/engine is pure TypeScript: no Office, React, DOM, Node or adapters (src/engine/README.md)',
    group: ['react', 'react-dom', 'react-dom/*', '@fluentui/*', '@microsoft/office-js', 'exceljs', 'jszip', 'saxes', 'commander', 'node:*', 'fs', 'path', 'os', '**/workbook/**', '**/taskpane/**', '**/cli/**', '**/commands/**', '**/standalone/**'],
  },
  {
    files: ['src/workbook/**/*.ts'],
    why: 'src/workbook may import src/engine only (src/workbook/README.md)',
    group: ['react', 'react-dom', '@fluentui/*', '**/taskpane/**', '**/cli/**', '**/commands/**', '**/standalone/**'],
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/standalone/**/*.{ts,tsx}', 'src/commands/**/*.ts'],
    why: 'front ends use the engine and the adapters, never the CLI or each other (src/*/README.md)',
    group: ['**/cli/**', 'node:*', 'fs', 'path', 'os'],
  },
  {
    files: ['src/cli/**/*.ts'],
    why: 'the CLI uses the engine and the adapters, never a front end (src/cli/README.md)',
    group: ['react', 'react-dom', '@fluentui/*', '**/taskpane/**', '**/commands/**', '**/standalone/**'],
  },
];

/** Outside the engine, only its public API: `src/engine/index.ts` (imported as `…/engine` or `…/engine/index`). */
const ENGINE_API_ONLY = {
  group: ['**/engine/**', '!**/engine/index'],
  message: 'outside src/engine, import the engine only through its public API src/engine/index.ts (docs/ARCHITECTURE.md)',
};

function boundaries() {
  return BOUNDARIES.map(({ files, why, group }) => {
    const patterns = [{ group, message: why }];
    if (!files.some((f) => f.startsWith('src/engine/'))) patterns.push(ENGINE_API_ONLY);
    return { files, rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] } };
  });
}

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'warn',
      'office-addins/no-empty-load': 'warn',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  ...boundaries(),
  {
    // Plain CommonJS build scripts and configs run by node.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...require('globals').node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests load untyped CommonJS helpers (xml2js) with require.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
