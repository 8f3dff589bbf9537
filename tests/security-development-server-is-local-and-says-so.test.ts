import { mkdtempSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, unsafeDefaultsWarning } from '../server/config';
import { startServerProcess, type ServerProcess } from './helpers/server-process';

/**
 * The attack (security round two, medium 6): without NODE_ENV the server ran in development on
 * 0.0.0.0 — every SMS code readable at /dev/outbox, bills paid for free with payBill, CORS for any
 * origin — and said nothing. Now a development server listens on 127.0.0.1 unless HOST says
 * otherwise, says in one line what makes it unfit for the public, and lets only this machine's pages
 * and Apollo Studio call it from a browser.
 */
const PROCESS_HOOK_TIMEOUT_MS = 120_000;

describe('the defaults of a development server', () => {
  it('listen on 127.0.0.1 in development unless HOST is set; elsewhere on every interface, as before', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ NODE_ENV: 'development' }).host).toBe('127.0.0.1');
    expect(loadConfig({ NODE_ENV: 'development', HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ NODE_ENV: 'test' }).host).toBe('0.0.0.0');
    const production = { NODE_ENV: 'production', JWT_PRIVATE_KEYS: '[]', APP_SECRETS: 'x'.repeat(32), PAYMENT_CALLBACK_SECRET: 'y'.repeat(32) };
    expect(loadConfig(production).host).toBe('0.0.0.0');
  });

  it('make a one-line warning that names what is unsafe; production has none', () => {
    const warning = unsafeDefaultsWarning(loadConfig({}))!;
    expect(warning.split('\n')).toHaveLength(1);
    for (const part of ['NODE_ENV=development', '/dev/outbox', 'payBill', 'demo registry', '127.0.0.1', 'NODE_ENV=production']) expect(warning).toContain(part);
    expect(unsafeDefaultsWarning(loadConfig({ SMS_GATEWAY: 'webhook', SMS_WEBHOOK_URL: 'https://sms.example', SMS_WEBHOOK_SECRET: 'a webhook secret 0123' }))).not.toContain('/dev/outbox');
    const production = { NODE_ENV: 'production', JWT_PRIVATE_KEYS: '[]', APP_SECRETS: 'x'.repeat(32), PAYMENT_CALLBACK_SECRET: 'y'.repeat(32) };
    expect(unsafeDefaultsWarning(loadConfig(production))).toBeNull();
  });
});

describe('`node server/main.ts` with neither NODE_ENV nor HOST', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'absher-dev-defaults-'));
  let server: ServerProcess;
  beforeAll(async () => {
    // As `npm start` runs it on a fresh checkout: no NODE_ENV, no HOST (empty is unset).
    server = await startServerProcess({ NODE_ENV: '', HOST: '', DATA_DIR: dir, DATABASE_URL: `sqlite:${path.join(dir, 'absher.sqlite')}` });
  }, PROCESS_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    rmSync(dir, { recursive: true, force: true });
  }, PROCESS_HOOK_TIMEOUT_MS);

  it('serves on 127.0.0.1 only: from another address of this machine nothing answers', async () => {
    const { port, hostname } = new URL(server.url);
    expect(hostname).toBe('127.0.0.1');
    expect((await fetch(`${server.url}/dev/outbox`)).status).toBe(200);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => !!a && !a.internal && a.family === 'IPv4')
      .map((a) => a!.address);
    // Every machine the suite runs on so far has one; without one, the logged address above is the proof.
    for (const address of others) await expect(fetch(`http://${address}:${port}/dev/outbox`, { signal: AbortSignal.timeout(5000) }), address).rejects.toThrow();
  });

  it('says in one line at start what makes it unfit for the public', () => {
    const lines = server.output
      .join('')
      .split('\n')
      .filter((line) => line.includes('is not for the public'));
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]) as { level: number; msg: string };
    expect(entry.level).toBe(40);
    expect(entry.msg).toContain('/dev/outbox');
    expect(entry.msg).toContain('payBill');
  });

  it('lets only this machine’s pages and Apollo Studio call it from a browser', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:4000', 'http://[::1]:8080', 'https://studio.apollographql.com']) {
      expect((await preflight(origin)).headers.get('access-control-allow-origin'), origin).toBe(origin);
    }
    for (const origin of ['https://evil.example', 'http://localhost.evil.example', 'http://192.0.2.10:4000', 'null']) {
      expect((await preflight(origin)).headers.get('access-control-allow-origin'), origin).toBeNull();
    }
    // A page elsewhere cannot read the outbox's codes through the API's CORS either.
    const read = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });
});
