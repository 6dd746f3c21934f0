/**
 * ESLint 9 flat config: typescript-eslint's recommended rules for all TypeScript, and the Office add-in
 * rules of eslint-plugin-office-addins (its bundled configs also switch on prettier, which this project
 * does not use, so the plugin is registered and its rules are enabled by name).
 */
'use strict';
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');

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
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
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
