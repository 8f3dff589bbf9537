import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from '../build/precompress';

const root = fileURLToPath(new URL('.', import.meta.url));

// The API explorer that `GET /graphql` shows a browser: GraphiQL and Monaco with their workers,
// bundled here so the page needs nothing from the internet. It is its own page, outside the
// portal's bundle budget; the server serves it from client/dist/explorer (built after the portal,
// whose build empties client/dist).
export default defineConfig(({ command }) => {
  // Always the production bundle, as the portal's (see ../vite.config.ts).
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    root,
    base: '/explorer/',
    plugins: [react(), precompress()],
    build: {
      outDir: '../dist/explorer',
      emptyOutDir: true,
      reportCompressedSize: false,
      // Monaco and the GraphQL language service are big, and knowingly so: a developer tool.
      chunkSizeWarningLimit: 6000,
      rollupOptions: {
        onwarn(warning, warn) {
          // GraphiQL's React-compiler directives ("use no memo") are meaningless in a bundle.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  };
});
