import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../client/src/i18n/ar';
import { en } from '../../client/src/i18n/en';
import { MeDocument } from '../gql/graphql';
import { login, MULTI_MOBILE, PASSWORD, register } from '../helpers/flows';
import type { GraphQLClient } from '../helpers/graphql-client';
import { freePort, SSO_CLIENT_ID, SSO_CLIENT_SECRET, startTestProvider, type TestProvider } from '../helpers/oidc-provider';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { DESKTOP, expectAccessible, expectHeading, launchBrowser, openPortal, PHONE, portalDatabases, screenshot, showIn } from './browser';

const NOURA = { nationalId: MULTI_MOBILE.nationalId, username: 'noura.r', email: 'noura@example.sa' };

/**
 * "Lost your phone?" in Chromium, office path with the development stand-in for the officer: from the
 * log-in page to a new registry-linked mobile, in Arabic on a desktop and in English at 375 px, with
 * axe on every step. The session the person had elsewhere ends.
 */
for (const db of portalDatabases) {
  describe(`account recovery after a lost phone in Chromium (${db.kind})`, () => {
    let t: TestApp;
    let browser: Browser;
    let elsewhere: GraphQLClient;
    beforeAll(async () => {
      t = await startTestApp({ database: db.kind });
      browser = await launchBrowser();
      elsewhere = t.client();
      await register(t, { nationalId: NOURA.nationalId, mobile: MULTI_MOBILE.mobiles[0], username: NOURA.username, email: NOURA.email, emailConfirmation: NOURA.email }, elsewhere);
    });
    afterAll(async () => {
      await browser?.close();
      await t?.stop();
    });

    for (const [lang, size, viewport, oldMobile, newMobile] of [
      ['ar', 'desktop', DESKTOP, MULTI_MOBILE.mobiles[0], MULTI_MOBILE.mobiles[1]],
      ['en', '375px', PHONE, MULTI_MOBILE.mobiles[1], MULTI_MOBILE.mobiles[2]],
    ] as const) {
      test(`office path in ${lang} at ${size}: the officer's code, the new mobile, its SMS code; every session ends`, async () => {
        const m = lang === 'ar' ? ar : en;
        // A live session on another device, with the mobile registered now.
        await login(t, NOURA.nationalId, oldMobile, PASSWORD, elsewhere);
        expect((await elsewhere.ok(MeDocument)).me?.username).toBe(NOURA.username);
        const { context, page } = await openPortal(browser, t, viewport);
        await page.goto('/');
        await showIn(page, lang);
        await page.getByRole('link', { name: m['login.lostPhone'] }).click();
        await expectHeading(page, m['recover.title']);
        await screenshot(page, `recover-choice-${lang}-${size}`);
        await expectAccessible(page, `recovery choice ${lang} ${size}`);

        await page.getByRole('button', { name: m['recover.office.start'] }).click();
        await page.locator('input[name="nationalId"]').fill(NOURA.nationalId);
        // A wrong code first: the refusal shows beside its field, in the language on screen.
        await page.locator('input[name="recoveryCode"]').fill('12345678');
        await page.locator('input[name="newMobile"]').fill(newMobile);
        await page.getByRole('button', { name: m['recover.sendCode'] }).click();
        const codeInput = page.locator('input[name="recoveryCode"]');
        await expect.poll(() => codeInput.getAttribute('aria-invalid')).toBe('true');
        await screenshot(page, `recover-office-refused-${lang}-${size}`);
        await expectAccessible(page, `recovery office refused ${lang} ${size}`);

        // The development button stands in for the officer and fills the code in.
        await page.getByRole('button', { name: m['recover.office.devButton'] }).click();
        // Eight digits other than the wrong ones typed above (they are eight digits too: waiting for any
        // eight digits let the form be sent with the wrong code before the officer's arrived).
        await expect.poll(async () => ((await codeInput.inputValue()) === '12345678' ? 'the wrong code still' : await codeInput.inputValue())).toMatch(/^\d{8}$/);
        const since = Date.now();
        await page.getByRole('button', { name: m['recover.sendCode'] }).click();
        // The code step, or else what the page says instead (so a refusal is reported, not a bare timeout).
        await expect
          .poll(async () => ((await page.locator('input[name="code"]').count()) ? 'code step' : (await page.locator('[role="alert"], .error-text').allTextContents()).join(' | ') || 'waiting'), {
            timeout: 30_000,
          })
          .toBe('code step');
        await screenshot(page, `recover-code-${lang}-${size}`);
        await expectAccessible(page, `recovery code ${lang} ${size}`);
        await page.locator('input[name="code"]').fill(await t.sms.codeFor(newMobile, since));
        await page.getByRole('button', { name: m['recover.finish'] }).click();
        const done = page.locator('[role="status"]', { hasText: m['recover.done'].split('{mobile}')[0].trim() });
        await done.waitFor();
        expect(await done.textContent()).toContain(newMobile.slice(-2));
        await screenshot(page, `recover-done-${lang}-${size}`);
        await expectAccessible(page, `recovery done ${lang} ${size}`);

        // The session the person had elsewhere has ended.
        const denied = await elsewhere.request(MeDocument);
        expect(denied.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
        await context.close();
      });
    }
  });
}

for (const db of portalDatabases) {
  describe(`account recovery through the national sign-on in Chromium (${db.kind})`, () => {
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
      await register(t, { nationalId: NOURA.nationalId, mobile: MULTI_MOBILE.mobiles[0], username: NOURA.username, email: NOURA.email, emailConfirmation: NOURA.email }, t.client());
    });
    afterAll(async () => {
      await browser?.close();
      await t?.stop();
      await provider?.stop();
    });

    test('in English on a desktop: the provider proves the ID, then the new mobile and its SMS code', async () => {
      provider.logInAs(NOURA.nationalId);
      const { context, page } = await openPortal(browser, t, DESKTOP);
      await page.goto('/recover');
      await showIn(page, 'en');
      await expectHeading(page, en['recover.title']);
      await page.getByRole('link', { name: en['recover.sso.start'] }).click();
      await page.waitForURL((url) => url.pathname === '/recover/sso' && url.hash.includes('token='));
      await expectHeading(page, en['recover.title']);
      await page.locator('input[name="newMobile"]').fill('0550000005');
      const since = Date.now();
      await page.getByRole('button', { name: en['recover.sendCode'] }).click();
      await page.locator('input[name="code"]').waitFor();
      await page.locator('input[name="code"]').fill(await t.sms.codeFor(MULTI_MOBILE.mobiles[1], since));
      await page.getByRole('button', { name: en['recover.finish'] }).click();
      await page.locator('[role="status"]', { hasText: en['recover.done'].split('{mobile}')[0].trim() }).waitFor();
      await screenshot(page, 'recover-sso-done-en-desktop');
      await expectAccessible(page, 'recovery through SSO done en desktop');
      await context.close();
    });
  });
}
