// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Lint: the recommended rules of ESLint and typescript-eslint, over the server, the client and the
 * tests. Formatting is Prettier's (`.prettierrc.json`), checked by `npm run lint` too.
 */
export default tseslint.config(
  { ignores: ['dist/**', 'client/dist/**', 'client/dist-ssr/**', 'client/src/gql/**', 'tests/gql/**', 'node_modules/**', 'data/**', 'coverage/**', 'tests/artifacts/**', 'client/codegen/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      // A leading underscore marks a value that is deliberately unused (a destructured secret dropped).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Declaration merging into the registry is how modules add what they provide (shared/module.ts).
      '@typescript-eslint/no-namespace': 'off',
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' } },
  },
  // The client's service worker runs in a worker's global scope.
  {
    files: ['client/public/sw.js'],
    languageOptions: { globals: { self: 'readonly', caches: 'readonly', fetch: 'readonly', Response: 'readonly', Headers: 'readonly', URL: 'readonly', Promise: 'readonly' } },
  },
  // The drawn pages' starter runs in the page, as a classic script.
  {
    files: ['client/public/boot.js'],
    languageOptions: { globals: { document: 'readonly', PerformanceObserver: 'readonly', setTimeout: 'readonly' } },
  },
  // CommonJS files (a `node --require` preload, the codegen plugin) load modules the CommonJS way.
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
