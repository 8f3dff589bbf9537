import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseTrustProxy } from '../server/config';
import { AuditEvent, AuditEventType } from '../server/modules/audit/audit-event.entity';
import { LoginDocument } from './gql/graphql';
import { captcha } from './helpers/flows';
import { startServerProcess } from './helpers/server-process';
import { startTestApp, TestApp } from './helpers/test-app';

/**
 * The attack (security round two, high 1): with `TRUST_PROXY=true` the left-most X-Forwarded-For
 * entry — written by the client — became the client's address, so 100 wrong-password log-ins with
 * rotating forged addresses were never limited and the audit recorded the forged addresses.
 * Now only a hop count or the proxies' own addresses are accepted; the forged part is ignored.
 */
const FAILURE_LIMIT = 5;
const LIMITS = `login-failure-address=${FAILURE_LIMIT}/900,captcha-address=1000/900,login-address=1000/900`;

describe('TRUST_PROXY', () => {
  it('refuses `true` at start-up and says what to write instead', () => {
    for (const value of ['true', 'TRUE', 'yes', 'on']) {
      expect(() => loadConfig({ NODE_ENV: 'test', TRUST_PROXY: value })).toThrow(ConfigError);
    }
    try {
      loadConfig({ NODE_ENV: 'test', TRUST_PROXY: 'true' });
    } catch (error) {
      expect(String(error)).toContain('TRUST_PROXY=1');
      expect(String(error)).toContain('TRUST_PROXY=10.0.0.0/8,127.0.0.1');
    }
  });

  it('the server process started with TRUST_PROXY=true exits with that message and serves nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'absher-trust-proxy-'));
    try {
      const failure = await startServerProcess({ TRUST_PROXY: 'true', DATA_DIR: dir, DATABASE_URL: `sqlite:${path.join(dir, 'absher.sqlite')}` }).then(
        (server) => {
          server.child.kill('SIGTERM');
          return 'it served';
        },
        (error: Error) => error.message,
      );
      expect(failure).toMatch(/server exited \(1\) before serving/);
      expect(failure).toContain('TRUST_PROXY=1');
      expect(failure).toContain('TRUST_PROXY=10.0.0.0/8,127.0.0.1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('accepts a hop count or a list of proxy addresses and CIDRs, nothing else', () => {
    expect(parseTrustProxy(undefined).value).toBe(false);
    expect(parseTrustProxy('false').value).toBe(false);
    expect(parseTrustProxy('1').value).toBe(1);
    expect(parseTrustProxy('10.0.0.0/8, 127.0.0.1').value).toEqual(['10.0.0.0/8', '127.0.0.1']);
    expect(parseTrustProxy('loopback,fd00::/8').value).toEqual(['loopback', 'fd00::/8']);
    for (const bad of ['*', '10.0.0.0/33', 'example.com', '1.2.3', '::1/129', '10.0.0.0/8/1']) expect(parseTrustProxy(bad).problem, bad).toBeDefined();
  });

  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.stop();
    t = undefined;
  });

  /**
   * Wrong-password log-ins as a client behind the proxy sends them: a forged left-most entry that
   * changes every time, then the address the proxy itself appended (the real client).
   */
  async function attack(app: TestApp, realClient: string | null) {
    const api = app.client();
    const outcomes: string[] = [];
    for (let i = 0; i < FAILURE_LIMIT + 3; i++) {
      const forged = `203.0.113.${i + 1}`;
      const xff = { 'x-forwarded-for': realClient ? `${forged}, ${realClient}` : forged };
      const check = await captcha(api, xff);
      const res = await api.request(LoginDocument, { input: { identifier: 'nobody.here', password: 'wrong password 1', ...check } }, xff);
      outcomes.push(res.errors?.[0]?.extensions?.code === 'RATE_LIMITED' ? 'limited' : (res.data?.login.errors[0]?.code ?? 'other'));
    }
    const audited = await app.app.services.orm.em.fork().find(AuditEvent, { type: AuditEventType.LOGIN_FAILED });
    return { outcomes, addresses: [...new Set(audited.map((e) => e.clientAddress))] };
  }

  const expectLimited = (outcomes: string[]) => {
    expect(outcomes.slice(0, FAILURE_LIMIT)).toEqual(Array(FAILURE_LIMIT).fill('INVALID_CREDENTIALS'));
    expect(outcomes.slice(FAILURE_LIMIT)).toEqual(Array(3).fill('limited'));
  };

  it('with a hop count, the address the proxy appended is the client: rotating forged entries are limited and never audited', async () => {
    t = await startTestApp({ env: { TRUST_PROXY: '1', RATE_LIMITS: LIMITS } });
    const { outcomes, addresses } = await attack(t, '198.51.100.77');
    expectLimited(outcomes);
    expect(addresses).toEqual(['198.51.100.77']);
  });

  it('with a list of proxies, the right-most address that is not a proxy is the client', async () => {
    t = await startTestApp({ env: { TRUST_PROXY: '10.0.0.0/8,127.0.0.1,::1', RATE_LIMITS: LIMITS } });
    const { outcomes, addresses } = await attack(t, '198.51.100.88');
    expectLimited(outcomes);
    expect(addresses).toEqual(['198.51.100.88']);
  });

  it('a client that is not one of the listed proxies cannot set its address at all', async () => {
    t = await startTestApp({ env: { TRUST_PROXY: '10.0.0.0/8', RATE_LIMITS: LIMITS } });
    const { outcomes, addresses } = await attack(t, null);
    expectLimited(outcomes);
    expect(addresses).toHaveLength(1);
    expect(addresses[0]).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('without TRUST_PROXY the header is ignored', async () => {
    t = await startTestApp({ env: { RATE_LIMITS: LIMITS } });
    const { outcomes, addresses } = await attack(t, '198.51.100.99');
    expectLimited(outcomes);
    expect(addresses).toHaveLength(1);
    expect(addresses[0]).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });
});
