import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CLIENT = path.join(ROOT, 'client');
export const CLIENT_DIST = path.join(CLIENT, 'dist');
const VITE = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export const CLIENT_DRAWING = path.join(CLIENT, 'dist-ssr');

function viteBuild(config: string, outDir: string | undefined, env: Record<string, string> | undefined, ssr?: string): void {
  execFileSync(process.execPath, [VITE, 'build', '--config', config, '--logLevel', 'warn', ...(ssr ? ['--ssr', ssr] : []), ...(outDir ? ['--outDir', outDir, '--emptyOutDir'] : [])], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
}

/**
 * Runs the client's Vite builds (their configs, their plugins) with `env` added to the environment:
 * the portal, then the API explorer into its `explorer/` folder (the portal's build empties the folder).
 */
export function buildClient(options: { outDir?: string; env?: Record<string, string> } = {}): void {
  viteBuild(path.join(CLIENT, 'vite.config.ts'), options.outDir, options.env);
  viteBuild(path.join(CLIENT, 'explorer', 'vite.config.ts'), options.outDir && path.join(options.outDir, 'explorer'), options.env);
}

/**
 * Tests use the built client as the server serves it: build client/dist when it is missing or older
 * than its sources or build configuration (the server only serves client/dist when it exists at
 * start). The pre-compressed HTML comes from the build's last step, so it says the build ran.
 */
export function ensureClientBuilt(): void {
  const built = path.join(CLIENT_DIST, 'index.html.br');
  const sources = Math.max(
    newestMtime(path.join(CLIENT, 'src')),
    // Copied as they are (the service worker).
    newestMtime(path.join(CLIENT, 'public')),
    newestMtime(path.join(CLIENT, 'build')),
    newestMtime(path.join(CLIENT, 'explorer')),
    statSync(path.join(CLIENT, 'index.html')).mtimeMs,
    statSync(path.join(CLIENT, 'vite.config.ts')).mtimeMs,
  );
  const drawing = path.join(CLIENT_DRAWING, 'entry-server.mjs');
  if (existsSync(built) && statSync(built).mtimeMs >= sources && existsSync(drawing) && statSync(drawing).mtimeMs >= sources) return;
  // Built beside them, then swapped in: an app another test file starts meanwhile lists client/dist
  // as it starts, and must not find it half emptied. The server's drawing of first pages first.
  swapIn(CLIENT_DRAWING, (fresh) => viteBuild(path.join(CLIENT, 'vite.config.ts'), fresh, undefined, 'src/entry-server.tsx'));
  swapIn(CLIENT_DIST, (fresh) => buildClient({ outDir: fresh }));
}

function swapIn(dir: string, build: (fresh: string) => void): void {
  const fresh = `${dir}.${process.pid}`;
  build(fresh);
  const old = `${dir}.old.${process.pid}`;
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(fresh, dir);
  rmSync(old, { recursive: true, force: true });
}
