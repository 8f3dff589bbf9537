import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from './helpers/server-process';

describe('graceful shutdown', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'absher-shutdown-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('on SIGTERM under load, finishes every request already received and exits 0', async () => {
    const server = await startServerProcess({
      DATA_DIR: dir,
      DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`,
      CAPTCHA: 'off',
      // One client address sends thousands of requests here: lift the per-address limit.
      RATE_LIMITS: 'captcha-address=1000000/60',
    });
    const body = JSON.stringify({ query: 'mutation { newCaptcha { id } }' });
    const results: { ok: boolean; status?: number; error?: string; started: number }[] = [];
    let sigtermAt = Infinity;
    // 20 clients, each sending requests back to back on its own connection, until the server
    // stops taking connections.
    const client = async () => {
      for (;;) {
        const started = Date.now();
        try {
          const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          const json = (await res.json()) as { data?: { newCaptcha?: { id: string } } };
          results.push({ ok: res.status === 200 && !!json.data?.newCaptcha?.id, status: res.status, started });
        } catch (error) {
          // A request refused because it arrived after the server stopped listening is expected;
          // one that was accepted and then dropped is not.
          results.push({ ok: false, error: String((error as Error).cause ?? error), started });
          if (started > sigtermAt) return;
        }
        if (Date.now() > sigtermAt + 5000) return;
      }
    };
    const clients = Array.from({ length: 20 }, client);
    await new Promise((r) => setTimeout(r, 700));
    sigtermAt = Date.now();
    server.child.kill('SIGTERM');
    await Promise.all(clients);
    expect(await server.exited).toBe(0);
    const beforeSignal = results.filter((r) => r.started < sigtermAt);
    expect(beforeSignal.length).toBeGreaterThan(20);
    expect(beforeSignal.filter((r) => !r.ok)).toEqual([]);
    // After the signal, a request either completes or is refused at connect; never a 5xx.
    expect(results.filter((r) => r.status !== undefined && r.status >= 500)).toEqual([]);
  });
});
