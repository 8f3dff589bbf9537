import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../server/shared/paths';
import { CLIENT_DIST, CLIENT_DRAWING, ensureClientBuilt } from './helpers/client-build';
import { sharedSecrets } from './helpers/server-process';

const run = promisify(execFile);

/**
 * What an operator deploys: the build, with production dependencies only (`npm prune --omit=dev`
 * in a copy), started as `node dist/server/main.js`. A server module that imports a development
 * dependency at run time (a test helper, a dev-only tool loaded statically) fails here.
 */
describe('a production install without development dependencies', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'absher-prod-'));
    await run(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(REPO_ROOT, 'tsconfig.json'), '--outDir', path.join(dir, 'dist')], {
      cwd: REPO_ROOT,
    });
    for (const file of ['package.json', 'package-lock.json']) cpSync(path.join(REPO_ROOT, file), path.join(dir, file));
    // The checkout's run-time assets beside the build (captcha faces and spoken digits): everything under server/ but the sources.
    cpSync(path.join(REPO_ROOT, 'server'), path.join(dir, 'server'), { recursive: true, filter: (from) => !from.endsWith('.ts') });
    // The built web client, and its drawing of the first pages (React and Apollo bundled in: they are
    // development dependencies, gone after the prune).
    ensureClientBuilt();
    cpSync(CLIENT_DIST, path.join(dir, 'client', 'dist'), { recursive: true });
    cpSync(CLIENT_DRAWING, path.join(dir, 'client', 'dist-ssr'), { recursive: true });
    // Hard links: a copy of node_modules in a moment, which the prune then thins without touching the original.
    await run('cp', ['-al', path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules')]);
    await run('npm', ['prune', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: dir, env: { ...process.env, npm_config_loglevel: 'error' } });
  }, 240_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has no development dependency left, and serves, its landing pages drawn', async () => {
    for (const devOnly of ['vitest', 'typescript', 'oidc-provider', 'playwright-core', '@swc/core', 'react', 'react-dom', '@apollo/client'])
      expect(existsSync(path.join(dir, 'node_modules', devOnly)), devOnly).toBe(false);
    const child = spawn(process.execPath, [path.join(dir, 'dist', 'server', 'main.js')], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: '0',
        DATA_DIR: path.join(dir, 'data'),
        DATABASE_URL: `sqlite:${path.join(dir, 'data', 'absher.sqlite')}`,
        DB_AUTO_MIGRATE: 'true',
        PAYMENT_CALLBACK_SECRET: 'a-payment-callback-secret-of-32-chars!',
        ...(await sharedSecrets()),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`did not start:\n${output.join('')}`)), 60_000);
        const read = (chunk: Buffer) => {
          output.push(String(chunk));
          const match = /"url":"(http:\/\/[^"]+)\/graphql"/.exec(output.join(''));
          if (match) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        };
        child.stdout!.on('data', read);
        child.stderr!.on('data', read);
        child.once('exit', (code) => reject(new Error(`exited ${code}:\n${output.join('')}`)));
      });
      expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'ready' });
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ serviceCategories { nodes { code } } }' }) });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { data: { serviceCategories: { nodes: { code: string }[] } } };
      expect(body.data.serviceCategories.nodes.map((c) => c.code)).toContain('PASSPORTS');
      // The front page comes drawn by the server, without React or Apollo installed.
      const page = await (await fetch(`${url}/`, { headers: { accept: 'text/html' } })).text();
      expect(page).toContain('<main id="main"');
      expect(page).toContain('id="portal-data"');
      expect(output.join('')).not.toMatch(/drawing the page on the server failed/);
    } finally {
      child.kill('SIGTERM');
    }
  }, 120_000);
});
