import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { exportJWK, generateKeyPair } from 'jose';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../helpers/flows';
import { startTestApp, TEST_CAPTCHA, type TestApp } from '../helpers/test-app';
import { DESKTOP, launchBrowser, screenshot } from './browser';

/**
 * The API explorer at `GET /graphql` (GraphiQL 5, bundled into client/dist/explorer) in Chromium
 * with every address but the server's cut off: it loads, runs a query, completes field names and
 * documents types, with Monaco's workers running under the site's CSP. In development with the
 * SMS outbox it signs in as a demo person through the real API; in production it has no such button.
 */

interface Explorer {
  page: Page;
  /** Requests the page tried to make to anything but the server (all refused). */
  blocked: string[];
  /** Paths requested on the server. */
  requested: string[];
  /** How many requests asked the server for its schema (introspection). */
  introspections: number;
  /** CSP violations reported in the page. */
  violations(): Promise<string[]>;
}

async function openExplorer(browser: Browser, t: TestApp): Promise<Explorer> {
  const origin = new URL(t.url).origin;
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'ar-SA', timezoneId: 'Asia/Riyadh' });
  const blocked: string[] = [];
  const requested: string[] = [];
  const explorer = { blocked, requested, introspections: 0 };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin) {
      requested.push(url.pathname);
      if (route.request().postData()?.includes('__schema')) explorer.introspections += 1;
      return route.continue();
    }
    blocked.push(url.href);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${t.url}/graphql`);
  await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
  return Object.assign(explorer, { page, violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations) });
}

/** The response pane's text, whitespace folded (Monaco lays it out in spans). */
async function response(page: Page): Promise<string> {
  return (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ');
}

async function run(page: Page, expected: string | RegExp): Promise<string> {
  await page.getByRole('button', { name: /Execute query/ }).click();
  await expect.poll(() => response(page), { timeout: 15_000 }).toMatch(expected);
  return response(page);
}

/** axe on the parts of the page this project adds (GraphiQL's own markup is upstream's). */
async function expectOursAccessible(page: Page, selectors: string[]): Promise<void> {
  let axe = new AxeBuilder({ page });
  for (const selector of selectors) axe = axe.include(selector);
  const results = await axe.analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('the API explorer offline (introspection on)', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  test('loads with only the server reachable, runs a query, completes field names and documents a type', async () => {
    const explorer = await openExplorer(browser, t);
    const { page, blocked, violations } = explorer;
    await page.getByRole('link', { name: /Apollo Sandbox/ }).waitFor();
    expect(await page.getByRole('link', { name: /Apollo Sandbox/ }).getAttribute('href')).toBe(`https://studio.apollographql.com/sandbox/explorer?endpoint=${encodeURIComponent(`${t.url}/graphql`)}`);

    // The schema came from introspection, and the default query runs against this endpoint.
    await run(page, /"captchaRequired": true, "ssoEnabled": false \}, "me": null/);
    expect(explorer.introspections).toBeGreaterThan(0);

    // Autocompletion, from the schema the page introspected, by the GraphQL worker.
    await page.locator('.graphiql-query-editor .monaco-editor').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('{ authOp');
    await page.keyboard.press('Control+Space');
    await expect
      .poll(
        () =>
          page
            .locator('.suggest-widget')
            .innerText()
            .catch(() => ''),
        { timeout: 10_000 },
      )
      .toContain('authOptions');
    await page.keyboard.press('Escape');

    // The docs: Query → authOptions → the AuthOptions type and its descriptions.
    await page.getByRole('button', { name: /Show Documentation Explorer/ }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).click();
    await docs.getByText('authOptions', { exact: true }).first().click();
    await docs.getByText('AuthOptions', { exact: true }).first().click();
    await expect.poll(() => docs.innerText()).toContain('Whether the national single sign-on is configured.');
    await screenshot(page, 'explorer-docs-desktop');
    await expectOursAccessible(page, ['.absher-bar']);

    // Monaco's editor, JSON and GraphQL workers ran, as files of this origin, and nothing was refused.
    const workers = page.workers().map((w) => new URL(w.url()).pathname);
    expect(workers.some((w) => /^\/explorer\/assets\/graphql\.worker-.+\.js$/.test(w))).toBe(true);
    expect(workers.some((w) => /^\/explorer\/assets\/editor\.worker-.+\.js$/.test(w))).toBe(true);
    expect(await violations()).toEqual([]);
    expect(blocked).toEqual([]);
    await page.context().close();
  });
});

describe('the API explorer in development with the SMS outbox', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    // CAPTCHA stays on, as in development: the developer types the image code (tests know it).
    t = await startTestApp({ env: { NODE_ENV: 'development', SMS_GATEWAY: 'outbox' } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  async function signInAsMohammed(page: Page, expectedHint: RegExp): Promise<void> {
    const panel = page.locator('.absher-demo');
    await panel.getByLabel(/Person of the demo registry/).selectOption(CITIZEN.nationalId);
    await expect.poll(() => panel.locator('.absher-hint').innerText()).toMatch(expectedHint);
    await panel.locator('img.absher-captcha').waitFor();
    await panel.getByLabel(/Image code/).fill(TEST_CAPTCHA);
    await panel.getByRole('button', { name: /^Sign in/ }).click();
    await expect
      .poll(
        async () =>
          (await panel.locator('[role="alert"]').allInnerTexts()).join(' ') ||
          (await panel
            .locator('.absher-status')
            .innerText()
            .catch(() => '')),
        { timeout: 30_000 },
      )
      .toMatch(new RegExp(`Signed in as ${CITIZEN.nameEn}`));
  }

  test('“sign in as a demo person” registers, then logs in, through the API and fills the Authorization header', async () => {
    const { page, blocked, requested, violations } = await openExplorer(browser, t);
    // The panel is open from the start in development.
    const panel = page.locator('.absher-demo');
    await panel.getByLabel(/Person of the demo registry/).waitFor();
    await screenshot(page, 'explorer-demo-sign-in-desktop');
    await expectOursAccessible(page, ['.absher-bar', '.absher-demo']);

    // No account yet: the real registration, with a generated password shown and kept in this browser.
    await signInAsMohammed(page, /No account yet/);
    const password = await panel.locator('.absher-password').innerText();
    expect(password).toMatch(/^([A-Za-z0-9]{4}-){5}[A-Za-z0-9]{4}$/);
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('absher-explorer:demo-credentials') ?? '{}'));
    expect(kept).toEqual({ [CITIZEN.nationalId]: { username: `demo.${CITIZEN.nationalId}`, password } });
    await run(page, new RegExp(`"username": "demo.${CITIZEN.nationalId}", "person": \\{ "fullNameAr": "${CITIZEN.nameAr}"`));

    // The account exists now: the real log-in, with the kept password.
    await expect.poll(() => panel.getByLabel(/^Password/).inputValue()).toBe(password);
    await page.getByRole('button', { name: /Execute query/ }).waitFor();
    await signInAsMohammed(page, /Has an account \(demo\.1000000008\)/);
    await run(page, /"username": "demo\.1000000008"/);
    await screenshot(page, 'explorer-demo-signed-in-desktop');

    // The codes came from /dev/outbox; the API's refresh cookie was not taken (the portal in this
    // browser stays as it was), and nothing left the server.
    expect(requested.filter((p) => p.startsWith('/dev/')).sort()).toEqual(expect.arrayContaining(['/dev/demo-people', '/dev/outbox']));
    expect((await page.context().cookies()).map((c) => c.name)).not.toContain('absher_rt');
    expect(await violations()).toEqual([]);
    expect(blocked).toEqual([]);
    await page.context().close();
  });
});

describe('the API explorer in production', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    t = await startTestApp({
      env: {
        NODE_ENV: 'production',
        SMS_GATEWAY: 'outbox',
        JWT_PRIVATE_KEYS: JSON.stringify([{ ...(await exportJWK(privateKey)), alg: 'EdDSA', kid: 'test-1' }]),
        APP_SECRETS: createHash('sha256').update(String(Math.random())).digest('hex'),
        PAYMENT_CALLBACK_SECRET: createHash('sha256').update(String(Math.random())).digest('hex'),
        DB_AUTO_MIGRATE: 'true',
      },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  test('says introspection is off, still runs queries, and has no demo sign-in', async () => {
    const explorer = await openExplorer(browser, t);
    const { page, requested, blocked } = explorer;
    await expect.poll(() => page.locator('.absher-notice').innerText()).toContain('Introspection is off on this server');
    expect(await page.locator('#sandbox').count()).toBe(0);
    await run(page, /"captchaRequired": true, "ssoEnabled": false \}, "me": null/);
    expect(await page.getByRole('button', { name: /Sign in as a demo person/ }).count()).toBe(0);
    expect(await page.locator('.absher-demo').count()).toBe(0);
    expect(requested.filter((p) => p.startsWith('/dev/'))).toEqual([]);
    // Without introspection the page does not ask for the schema.
    expect(explorer.introspections).toBe(0);
    expect(blocked).toEqual([]);
    await screenshot(page, 'explorer-production-desktop');
    await expectOursAccessible(page, ['.absher-bar']);
    await page.context().close();
  });
});
