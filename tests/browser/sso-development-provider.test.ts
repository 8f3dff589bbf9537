import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../client/src/i18n/ar';
import { startDevSsoProvider, type DevSsoProvider } from '../../server/dev/sso-provider';
import { demoPeople } from '../../server/modules/registry';
import { CITIZEN } from '../helpers/flows';
import { freePort } from '../helpers/oidc-provider';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { DESKTOP, expectAccessible, expectHeading, launchBrowser, openPortal, PHONE, screenshot } from './browser';

/**
 * The development identity provider (what `npm start` runs in development without SSO_ISSUER) in
 * Chromium: the portal's national sign-on button, the provider's page listing the demo registry's
 * people (bilingual, accessible, at desktop width and 375 px), the pick, and the portal's short
 * registration. tests/sso-development-provider-out-of-the-box.test.ts checks main's wiring.
 */
describe('the development national SSO provider in Chromium', () => {
  let provider: DevSsoProvider;
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    provider = await startDevSsoProvider({ publicUrl });
    t = await startTestApp({ env: { PORT: String(port), PUBLIC_URL: publicUrl, ...provider.env } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
    await provider?.stop();
  });

  test('its page lists the demo people in Arabic and English; picking one leads to the short registration and the dashboard', async () => {
    for (const [size, viewport] of [
      ['375px', PHONE],
      ['desktop', DESKTOP],
    ] as const) {
      const { context, page } = await openPortal(browser, t, viewport);
      await page.goto('/');
      await page.getByRole('link', { name: ar['login.sso'] }).click();
      await page.waitForURL((url) => url.href.startsWith(`${provider.issuer}/interaction/`));
      expect(await page.getAttribute('html', 'lang')).toBe('ar');
      const person = page.getByRole('button', { name: new RegExp(CITIZEN.nameEn) });
      expect(await person.innerText()).toContain(CITIZEN.nameAr);
      // One button per demo person, and Cancel.
      expect(await page.getByRole('button').count()).toBe(demoPeople().length + 1);
      expect(demoPeople().length).toBe(18);
      await screenshot(page, `sso-dev-provider-${size}`);
      await expectAccessible(page, `development provider ${size}`);
      if (size === '375px') {
        // Cancelling returns to the portal, which says the sign-on did not happen.
        await page.getByRole('button', { name: /Cancel/ }).click();
        await page.waitForURL((url) => url.href.startsWith(`${t.url}/auth/sso/callback`));
        expect(await page.locator('body').innerText()).toMatch(/[\u0600-\u06ff]/);
        await context.close();
        continue;
      }

      await person.click();
      await expectHeading(page, ar['sso.register.title']);
      await expect.poll(() => page.locator('.sso-identified').textContent()).toMatch(/محمد/);
      await page.locator('input[name="username"]').fill('mohammed.q');
      await page.locator('input[name="email"]').fill('mohammed@example.sa');
      await page.locator('input[name="emailConfirmation"]').fill('mohammed@example.sa');
      await page.locator('input[name="acceptTerms"]').check();
      await page.getByRole('button', { name: ar['sso.register.submit'] }).click();
      await expectHeading(page, ar['dashboard.welcome'].replace('{name}', CITIZEN.nameAr));
      await context.close();
    }
  });
});
