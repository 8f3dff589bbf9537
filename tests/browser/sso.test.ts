import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../client/src/i18n/ar';
import { en } from '../../client/src/i18n/en';
import { CITIZEN, DEMO, PASSWORD, RESIDENT, signedInAs } from '../helpers/flows';
import { freePort, SSO_CLIENT_ID, SSO_CLIENT_SECRET, startTestProvider, type TestProvider } from '../helpers/oidc-provider';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { DESKTOP, expectAccessible, expectHeading, launchBrowser, openPortal, PHONE, portalDatabases, screenshot } from './browser';

/**
 * The national single sign-on in Chromium: the home page's button, a real OpenID Connect provider
 * (oidc-provider, logging in the configured national ID without a form), the callback, and the
 * client's short registration and one-time link pages.
 */
for (const db of portalDatabases) {
  describe(`national single sign-on in Chromium (${db.kind})`, () => {
    let t: TestApp;
    let provider: TestProvider;
    let browser: Browser;
    beforeAll(async () => {
      const port = await freePort();
      const appUrl = `http://127.0.0.1:${port}`;
      const redirectUri = `${appUrl}/auth/sso/callback`;
      provider = await startTestProvider({ redirectUri });
      t = await startTestApp({
        database: db.kind,
        env: { PORT: String(port), PUBLIC_URL: appUrl, SSO_ISSUER: provider.issuer, SSO_CLIENT_ID, SSO_CLIENT_SECRET, SSO_REDIRECT_URI: redirectUri, SSO_SCOPE: 'openid national_id' },
      });
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await t?.stop();
      await provider?.stop();
    });

    /** Clicks the national sign-on button on the home page (the provider logs in whoever `logInAs` named). */
    async function startFromHome(page: Page, label: string): Promise<void> {
      await page.goto('/');
      await page.getByRole('link', { name: label }).click();
    }

    /** The URL the callback sent a person to (with the pending token in its fragment), in a throw-away profile. */
    async function pendingUrl(nationalId: string, path: '/sso/register' | '/sso/link'): Promise<string> {
      provider.logInAs(nationalId);
      const { context, page } = await openPortal(browser, t);
      await page.goto('/auth/sso/start?returnTo=%2Fdashboard');
      await page.waitForURL((url) => url.pathname === path && url.hash.includes('token='));
      const url = new URL(page.url());
      await context.close();
      return url.pathname + url.hash;
    }

    test('a person without an account: sign-on → short registration → welcomed by name in Arabic; after logging out, sign-on lands on the dashboard', async () => {
      provider.logInAs(CITIZEN.nationalId);
      const { context, page } = await openPortal(browser, t);
      await startFromHome(page, ar['login.sso']);
      await expectHeading(page, ar['sso.register.title']);
      expect(new URL(page.url()).pathname).toBe('/sso/register');
      // Who the provider identified, and the registry's mobile, masked.
      await expect.poll(() => page.locator('.sso-identified').textContent()).toMatch(/محمد/);

      // The server's field errors show beside their inputs.
      await page.locator('input[name="username"]').fill('mohammed.q');
      await page.locator('input[name="email"]').fill('mohammed@example.sa');
      await page.locator('input[name="emailConfirmation"]').fill('other@example.sa');
      await page.getByRole('button', { name: ar['sso.register.submit'] }).click();
      const confirmation = page.locator('input[name="emailConfirmation"]');
      await expect.poll(() => confirmation.getAttribute('aria-invalid')).toBe('true');
      const errorId = (await confirmation.getAttribute('aria-describedby'))!.split(' ')[0];
      expect(await page.locator(`[id="${errorId}"]`).textContent()).toMatch(/البريد/);
      expect(await page.locator('input[name="acceptTerms"]').getAttribute('aria-invalid')).toBe('true');

      await confirmation.fill('mohammed@example.sa');
      await page.locator('input[name="acceptTerms"]').check();
      await page.getByRole('button', { name: ar['sso.register.submit'] }).click();
      await expectHeading(page, ar['dashboard.welcome'].replace('{name}', CITIZEN.nameAr));
      expect(new URL(page.url()).hash).toBe('');

      // Settings say the account is linked (it was born linked).
      await page.getByRole('navigation', { name: ar['nav.main'] }).getByRole('link', { name: ar['nav.settings'] }).click();
      await expectHeading(page, ar['settings.title']);
      await expect.poll(() => page.locator('.facts').textContent()).toContain(ar['settings.ssoLinked']);

      await page.locator('header').getByRole('button', { name: ar['nav.logout'] }).click();
      await expectHeading(page, ar['home.welcome']);
      await startFromHome(page, ar['login.sso']);
      await expectHeading(page, ar['dashboard.welcome'].replace('{name}', CITIZEN.nameAr));
      expect(new URL(page.url()).pathname).toBe('/dashboard');
      await context.close();
    });

    test('an existing account: the SSO pages in both languages on a desktop and at 375 px, linked with its password, then unlinked after password + SMS code', async () => {
      await signedInAs(t, { nationalId: DEMO.FAHD.nationalId, mobile: DEMO.FAHD.mobile });
      const registerUrl = await pendingUrl(RESIDENT.nationalId, '/sso/register');
      const linkUrl = await pendingUrl(DEMO.FAHD.nationalId, '/sso/link');

      for (const [size, viewport] of [
        ['desktop', DESKTOP],
        ['375px', PHONE],
      ] as const) {
        for (const lang of ['ar', 'en'] as const) {
          const m = lang === 'ar' ? ar : en;
          const { context, page } = await openPortal(browser, t, viewport);
          await page.goto('/');
          await page.evaluate((l) => (document.cookie = `lang=${l}; Path=/`), lang);
          const shoot = async (name: string) => {
            await screenshot(page, `sso-${name}-${lang}-${size}`);
            await expectAccessible(page, `${name} ${lang} ${size}`);
          };
          await page.goto(registerUrl);
          await expectHeading(page, m['sso.register.title']);
          await page.locator('.sso-identified').waitFor();
          await shoot('register');
          await page.getByRole('button', { name: m['sso.register.submit'] }).click();
          await page.locator('[aria-invalid="true"]').first().waitFor();
          await shoot('register-errors');
          await page.goto(linkUrl);
          await expectHeading(page, m['sso.link.title']);
          await page.locator('.sso-identified').waitFor();
          await shoot('link');
          await page.goto('/sso/register#token=not-a-token');
          await expectHeading(page, m['sso.register.title']);
          await page.getByText(m['sso.expired']).waitFor();
          await shoot('expired');
          await context.close();
        }
      }

      const { context, page } = await openPortal(browser, t);
      await page.goto(linkUrl);
      await expectHeading(page, ar['sso.link.title']);
      await page.locator('input[name="password"]').fill('not the password at all');
      await page.getByRole('button', { name: ar['sso.link.submit'] }).click();
      await expect.poll(() => page.locator('input[name="password"]').getAttribute('aria-invalid')).toBe('true');
      await page.locator('input[name="password"]').fill(PASSWORD);
      await page.getByRole('button', { name: ar['sso.link.submit'] }).click();
      await page.locator('nav.main-nav').waitFor();
      expect(new URL(page.url()).pathname).toBe('/dashboard');
      // The session speaks the account's language (English, chosen when it was opened).
      await page.getByRole('navigation', { name: en['nav.main'] }).getByRole('link', { name: en['nav.settings'] }).click();
      await expect.poll(() => page.locator('.facts').textContent()).toContain(en['settings.ssoLinked']);

      // Unlinking asks for the password and an SMS code first.
      await page.getByRole('button', { name: en['settings.ssoUnlink'] }).click();
      await page.locator('input[name="password"]').fill(PASSWORD);
      const since = Date.now();
      await page.getByRole('button', { name: en['settings.ssoContinue'] }).click();
      await page.locator('input[name="code"]').fill(await t.sms.codeFor(`+966${DEMO.FAHD.mobile.slice(1)}`, since));
      await screenshot(page, 'sso-unlink-en-desktop');
      await expectAccessible(page, 'unlink en desktop');
      await page.getByRole('button', { name: en['settings.ssoUnlinkConfirm'] }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: en['settings.ssoUnlinked'] }).count()).toBe(1);
      await expect.poll(() => page.locator('.facts').textContent()).toContain(en['settings.ssoNotLinked']);
      await context.close();
    });
  });
}
