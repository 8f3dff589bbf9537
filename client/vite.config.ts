import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress';

const root = fileURLToPath(new URL('.', import.meta.url));
// `npm run dev` runs the API on its own port; Vite forwards the server's routes to it so that the
// page, the API and the refresh cookie share one origin, as in production.
const api = process.env.API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig(({ command, isSsrBuild }) => {
  // A build is always the production bundle, whatever NODE_ENV the shell has: Vite honours an
  // inherited NODE_ENV=development (React's development JSX runtime, no minified checks), which
  // `NODE_ENV=development npm start` passes on and which the size budget then refuses. Vite reads
  // process.env.NODE_ENV after loading this file, so setting it here decides the build's kind.
  if (command === 'build') process.env.NODE_ENV = 'production';
  // `vite build --ssr src/entry-server.tsx`: the first pages' drawing for the server
  // (server/http/portal-shell.ts), beside the browser's files rather than among the files served.
  // Self-contained (React, Apollo bundled in): a production install has no development dependencies.
  if (isSsrBuild) return { root, plugins: [react()], publicDir: false, ssr: { noExternal: true }, build: { outDir: 'dist-ssr', emptyOutDir: true, minify: false } };
  return {
    root,
    plugins: [react(), precompress()],
    build: {
      outDir: 'dist',
      // The manifest tells the size check which chunks the first page load needs.
      manifest: true,
      emptyOutDir: true,
      // Reported by client/scripts/check-bundle-size.mjs, which fails the build over the budget.
      reportCompressedSize: false,
      // The password checker's dictionaries (~430 kB, loaded only when a password is typed) are the
      // one big chunk, and knowingly so.
      chunkSizeWarningLimit: 1000,
    },
    server: {
      port: 5173,
      proxy: {
        '/graphql': api,
        '/.well-known': api,
        '/dev': api,
        // The API explorer's files (GraphiQL at /graphql), as built into client/dist/explorer.
        '/explorer': api,
        '/captcha': api,
      },
    },
  };
});
