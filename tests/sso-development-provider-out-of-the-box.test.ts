import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthOptionsDocument, CompleteSsoRegistrationDocument } from './gql/graphql';
import { CITIZEN } from './helpers/flows';
import { GraphQLClient } from './helpers/graphql-client';
import { freePort, TestBrowser } from './helpers/oidc-provider';
import { redisForWorkers, sharedSecrets, startServerProcess, type ServerProcess } from './helpers/server-process';

/**
 * `npm start` in development with no SSO settings serves a working national SSO: server/main.ts
 * starts the development identity provider (server/dev/sso-provider.ts, oidc-provider loaded
 * only then) and points the portal at it. Production never starts it — not even its import: a
 * production start succeeds with oidc-provider made unresolvable, as without dev dependencies.
 */

const PROVIDER_LOG = 'development national SSO provider';
/** Starting server/main.ts from source (and WORKERS=2 starts three processes) is slow on a busy machine. */
const PROCESS_HOOK_TIMEOUT_MS = 150_000;
const WITHOUT_OIDC_PROVIDER = `--require=${path.join(__dirname, 'helpers', 'without-oidc-provider.cjs')}`;

interface Started {
  server: ServerProcess;
  appUrl: string;
  dir: string;
}

async function start(env: Record<string, string>): Promise<Started> {
  const dir = mkdtempSync(path.join(tmpdir(), 'absher-dev-sso-'));
  const port = await freePort();
  const appUrl = `http://127.0.0.1:${port}`;
  const server = await startServerProcess({ PORT: String(port), PUBLIC_URL: appUrl, DATA_DIR: dir, DATABASE_URL: `sqlite:${path.join(dir, 'absher.sqlite')}`, ...env });
  return { server, appUrl, dir };
}

async function stop(started: Started | undefined): Promise<void> {
  if (!started) return;
  if (started.server.child.exitCode === null) started.server.child.kill('SIGTERM');
  expect(await started.server.exited).toBe(0);
  rmSync(started.dir, { recursive: true, force: true });
}

/** The issuer the log says the development provider listens at. */
function loggedIssuer(output: string[]): string {
  const line = output
    .join('')
    .split('\n')
    .find((l) => l.includes(PROVIDER_LOG));
  if (!line) throw new Error(`no "${PROVIDER_LOG}" line in:\n${output.join('')}`);
  return (JSON.parse(line) as { issuer: string }).issuer;
}

async function ssoEnabled(appUrl: string): Promise<boolean> {
  return (await new GraphQLClient(`${appUrl}/graphql`).ok(AuthOptionsDocument)).authOptions.ssoEnabled;
}

/** From the portal's start URL to the provider's page that lists the demo people. */
async function toPickPage(browser: TestBrowser, appUrl: string, issuer: string): Promise<string> {
  return browser.followUntil(`${appUrl}/auth/sso/start?returnTo=%2Fdashboard`, `${issuer}/interaction/`);
}

describe('npm start in development, SSO_ISSUER unset', () => {
  let s: Started;
  let issuer: string;
  beforeAll(async () => {
    s = await start({ NODE_ENV: 'development' });
    issuer = loggedIssuer(s.server.output);
  }, PROCESS_HOOK_TIMEOUT_MS);
  afterAll(async () => stop(s), PROCESS_HOOK_TIMEOUT_MS);

  it('runs the development provider on its own loopback port and points the portal at it', async () => {
    expect(issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(new URL(issuer).port).not.toBe(new URL(s.appUrl).port);
    expect(await ssoEnabled(s.appUrl)).toBe(true);
    const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as { issuer: string; claims_supported: string[] };
    expect(discovery.issuer).toBe(issuer);
    expect(discovery.claims_supported).toEqual(expect.arrayContaining(['sub', 'name', 'national_id']));
  });

  it('signs a demo person in: pick page → callback → short registration; the next time straight to the dashboard', async () => {
    const browser = new TestBrowser('ar');
    const pick = await toPickPage(browser, s.appUrl, issuer);
    const page = await browser.get(pick);
    expect(page.status).toBe(200);
    const html = await page.text();
    // Bilingual, Arabic first, every demo person with both names.
    expect(html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(html).toContain(CITIZEN.nameAr);
    expect(html).toContain(CITIZEN.nameEn);
    expect(html).toContain('Choose the demo registry person to sign in as.');
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);

    const picked = await browser.post(`${pick}/login`, { nationalId: CITIZEN.nationalId });
    expect([302, 303]).toContain(picked.status);
    const pending = await browser.followUntil(new URL(picked.headers.get('location')!, pick).href, `${s.appUrl}/sso/register#`);
    const token = new URLSearchParams(new URL(pending).hash.slice(1)).get('token')!;

    const api = new GraphQLClient(`${s.appUrl}/graphql`);
    const { completeSsoRegistration } = await api.ok(CompleteSsoRegistrationDocument, {
      input: { token, username: 'mohammed.sso', email: 'mohammed@example.sa', emailConfirmation: 'mohammed@example.sa', preferredLanguage: 'AR', acceptTerms: true },
    });
    expect(completeSsoRegistration.errors).toEqual([]);
    expect(completeSsoRegistration.session?.accessToken).toBeTruthy();
    expect(completeSsoRegistration.account).toMatchObject({ username: 'mohammed.sso', ssoLinked: true });

    // The account is linked: the next round trip signs in and lands on the return path.
    const again = new TestBrowser('ar');
    const pickAgain = await toPickPage(again, s.appUrl, issuer);
    const pickedAgain = await again.post(`${pickAgain}/login`, { nationalId: CITIZEN.nationalId });
    const landed = await again.followUntil(new URL(pickedAgain.headers.get('location')!, pickAgain).href, `${s.appUrl}/dashboard`);
    expect(landed).toBe(`${s.appUrl}/dashboard`);
    expect(again.cookie(s.appUrl, 'absher_rt')).toBeTruthy();
  });

  it('cancelling on the provider signs nobody in and says so', async () => {
    const browser = new TestBrowser('en');
    const pick = await toPickPage(browser, s.appUrl, issuer);
    const cancelled = await browser.post(`${pick}/abort`, {});
    const callback = await browser.followUntil(new URL(cancelled.headers.get('location')!, pick).href, `${s.appUrl}/auth/sso/callback`);
    const answer = await browser.get(callback);
    expect(answer.status).toBe(400);
    expect(await answer.text()).toMatch(/lang="en"/);
    expect(browser.cookie(s.appUrl, 'absher_rt')).toBeUndefined();
  });
});

/** Two workers need Redis for what they share (limits, revocations): skipped without REDIS_URL_FOR_TESTS. */
const redisUrl = redisForWorkers(6);

describe.skipIf(!redisUrl)('npm start in development with WORKERS=2', () => {
  let s: Started;
  beforeAll(async () => {
    s = await start({ NODE_ENV: 'development', WORKERS: '2', REDIS_URL: redisUrl! });
  }, PROCESS_HOOK_TIMEOUT_MS);
  afterAll(async () => stop(s), PROCESS_HOOK_TIMEOUT_MS);

  it('starts one provider, in the primary, and every worker sends people to it', async () => {
    const issuer = loggedIssuer(s.server.output);
    expect(s.server.output.join('').split(PROVIDER_LOG).length - 1).toBe(1);
    for (let i = 0; i < 4; i++) expect(await toPickPage(new TestBrowser(), s.appUrl, issuer)).toMatch(new RegExp(`^${issuer}/interaction/`));
  });
});

describe('npm start in development with SSO_ISSUER set', () => {
  let s: Started;
  beforeAll(async () => {
    s = await start({
      NODE_ENV: 'development',
      SSO_ISSUER: 'https://sso.example.gov.sa',
      SSO_CLIENT_ID: 'absher-portal',
      SSO_CLIENT_SECRET: 'a-secret-given-by-the-provider',
      SSO_REDIRECT_URI: 'http://127.0.0.1:4000/auth/sso/callback',
    });
  }, PROCESS_HOOK_TIMEOUT_MS);
  afterAll(async () => stop(s), PROCESS_HOOK_TIMEOUT_MS);

  it('uses that provider and starts none of its own', async () => {
    expect(s.server.output.join('')).not.toContain(PROVIDER_LOG);
    expect(await ssoEnabled(s.appUrl)).toBe(true);
    const res = await fetch(`${s.appUrl}/auth/sso/start`, { redirect: 'manual' });
    // Discovery of the configured (unreachable) provider fails: the clear "not available" page.
    expect(res.status).toBe(503);
  });
});

describe('npm start without oidc-provider installed (a production install without dev dependencies)', () => {
  let production: Started;
  let development: Started;
  beforeAll(async () => {
    production = await start({
      ...(await sharedSecrets()),
      NODE_ENV: 'production',
      PAYMENT_CALLBACK_SECRET: 'payment-callback-secret-0123456789abcdef',
      DB_AUTO_MIGRATE: 'true',
      NODE_OPTIONS: WITHOUT_OIDC_PROVIDER,
    });
    development = await start({ NODE_ENV: 'development', NODE_OPTIONS: WITHOUT_OIDC_PROVIDER });
  }, PROCESS_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await stop(production);
    await stop(development);
  }, PROCESS_HOOK_TIMEOUT_MS);

  it('production starts and serves with the SSO path off: it never loads the provider', async () => {
    expect(production.server.output.join('')).not.toMatch(/SSO provider/);
    expect(await ssoEnabled(production.appUrl)).toBe(false);
    expect((await fetch(`${production.appUrl}/auth/sso/start`, { redirect: 'manual' })).status).toBe(404);
  });

  it('development still serves, says why the SSO path is off (so the hidden package was really missing)', async () => {
    expect(development.server.output.join('')).toContain('development national SSO provider not started: oidc-provider (a dev dependency) is not installed');
    expect(await ssoEnabled(development.appUrl)).toBe(false);
  });
});
