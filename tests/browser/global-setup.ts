import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const client = path.join(root, 'client');
const builtIndex = path.join(client, 'dist', 'index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * The browser suite tests the built client as the server serves it: build it first when it is
 * missing or older than its sources (the server only serves client/dist when it exists at start).
 */
export default function setup(): void {
  const sources = Math.max(newestMtime(path.join(client, 'src')), statSync(path.join(client, 'index.html')).mtimeMs, statSync(path.join(client, 'vite.config.ts')).mtimeMs);
  if (existsSync(builtIndex) && statSync(builtIndex).mtimeMs >= sources) return;
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(client, 'vite.config.ts'), '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
}
