import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../server/config';
import { startServerProcess } from './helpers/server-process';

/**
 * The attack (security round two, medium 7): with WORKERS=2 and no REDIS_URL each worker kept its
 * own counters and session cache, so every per-address and per-number limit doubled and a logged-out
 * token kept working on the other worker for up to 14.5 s. Such a start is now refused, in one line.
 */
describe('several workers need Redis', () => {
  it('refuses WORKERS>1 without REDIS_URL with one line that says what to do; accepts it with Redis, and one worker without', () => {
    expect(() => loadConfig({ WORKERS: '2' })).toThrow(ConfigError);
    let message = '';
    try {
      loadConfig({ WORKERS: '4' });
    } catch (error) {
      message = (error as Error).message;
    }
    const problems = message.split('\n').filter((line) => line.startsWith('- '));
    expect(problems).toEqual([expect.stringMatching(/^- WORKERS=4 needs REDIS_URL: .*\(use WORKERS=1, or set REDIS_URL\)$/)]);
    expect(loadConfig({ WORKERS: '2', REDIS_URL: 'redis://127.0.0.1:6379' }).workers).toBe(2);
    expect(loadConfig({ WORKERS: '1' }).workers).toBe(1);
    expect(loadConfig({}).workers).toBe(1);
  });

  it('the server process does not start: it exits with that line and serves nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'absher-workers-'));
    try {
      const started = startServerProcess({ WORKERS: '2', DATA_DIR: dir, DATABASE_URL: `sqlite:${path.join(dir, 'absher.sqlite')}` });
      const failure = await started.then(
        (server) => {
          server.child.kill('SIGTERM');
          return 'it served';
        },
        (error: Error) => error.message,
      );
      expect(failure).toMatch(/server exited \(1\) before serving/);
      expect(failure).toContain('WORKERS=2 needs REDIS_URL');
      expect(failure).not.toMatch(/Absher is serving/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
