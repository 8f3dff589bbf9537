import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
// `npm run dev` runs the API on its own port; Vite forwards the server's routes to it so that the
// page, the API and the refresh cookie share one origin, as in production.
const api = process.env.API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root,
  plugins: [react()],
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
    },
  },
});
