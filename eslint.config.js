// Lint: typescript-eslint's recommended rules, eslint-plugin-regexp against
// patterns that can backtrack, and a ban on 'vscode' (and node built-ins)
// in the pure core, so purity is kept by tooling rather than review.
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', '.host-cache/', 'coverage/', 'test/host/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/core is pure: only src/vscode may import vscode.' }],
          patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/core runs in the browser too: no Node built-ins.' }],
        },
      ],
    },
  },
  {
    // The class report is plain data in, a string out: it runs wherever the core does.
    files: ['src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'child_process', 'vscode'], message: 'src/report is pure: no I/O, no editor.' }] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**', 'test/host/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', performance: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly' } },
  },
);
