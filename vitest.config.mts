import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// type-graphql and MikroORM read decorator metadata, which esbuild (Vite's default) does not
// emit; swc does.
const decorators = swc.vite({
  module: { type: 'es6' },
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
  },
});

// type-graphql and Apollo load graphql's CommonJS build; test files must share that one copy, not
// its ESM twin, or graphql refuses schema objects "from another module or realm".
const oneGraphql = { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql/index.js') }] };

export default defineConfig({
  test: {
    // A file whose worker dies mid-run is otherwise counted nowhere: the second reporter names it.
    reporters: ['default', './tests/setup/cut-off-files-reporter.ts'],
    projects: [
      {
        plugins: [decorators],
        resolve: oneGraphql,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['tests/browser/**'],
          setupFiles: ['reflect-metadata', './tests/setup/strict-messages.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Each file boots its own app on its own database; two cores run two files at a time.
          pool: 'forks',
          maxWorkers: 2,
          // Projects with different worker counts run as groups, one after the other.
          sequence: { groupOrder: 0 },
        },
      },
      {
        // The web client's components in a simulated DOM.
        plugins: [react()],
        test: {
          name: 'client',
          environment: 'jsdom',
          include: ['client/src/**/*.test.tsx'],
          testTimeout: 15_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        // The built client in real Chromium against the real server (tests/browser/global-setup.ts
        // builds the client first when it is missing or stale).
        plugins: [decorators],
        resolve: oneGraphql,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          setupFiles: ['reflect-metadata', './tests/setup/strict-messages.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          pool: 'forks',
          // Two suites at a time: each waits on its browser and its server in turn, so two fill the
          // two cores (measured 1.37× faster than one at a time).
          maxWorkers: 2,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
