import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../client/src/i18n/ar';
import { en } from '../../client/src/i18n/en';
import { identityMessages } from '../../server/modules/identity/identity.errors';
import { CITIZEN, MINOR, PASSWORD } from '../helpers/flows';
import { startTestApp, TEST_CAPTCHA, type TestApp } from '../helpers/test-app';
import { DESKTOP, expectAccessible, expectHeading, goToSection, journeyDatabases, launchBrowser, logInThroughPortal, openPortal, PHONE, screenshot, showIn } from './browser';
import { Channel, OutboxMessage } from '../../server/modules/messaging';

const NEW_PASSWORD = 'Palm shade by the old well 1448';

const toArabicIndic = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d)));

async function fillRegistration(page: Page, overrides: Record<string, string> = {}) {
  const values: Record<string, string> = {
    nationalId: CITIZEN.nationalId,
    mobile: '0500000001',
    username: 'mohammed.q',
    password: PASSWORD,
    passwordConfirmation: PASSWORD,
    email: 'mohammed@example.sa',
    emailConfirmation: 'mohammed@example.sa',
    captchaCode: TEST_CAPTCHA,
    ...overrides,
  };
  for (const [name, value] of Object.entries(values)) await page.locator(`input[name="${name}"]`).fill(value);
  // The image must be there (asked for once the form is begun on): its id goes with the digits.
  await page.locator('.captcha img').waitFor();
  await page.locator('input[name="acceptTerms"]').check();
}

/** The message the server put beside an input, found through the input's aria-describedby. */
async function errorBeside(page: Page, name: string): Promise<string> {
  const input = page.locator(`input[name="${name}"]`);
  await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
  const ids = (await input.getAttribute('aria-describedby'))!.split(' ');
  return (await page.locator(`#${CSS.escape(ids[0])}`).textContent()) ?? '';
}

const CSS = { escape: (id: string) => id.replace(/([:«»])/g, '\\$1') };

for (const db of journeyDatabases) {
  describe(`web client identity in Chromium (${db.kind})`, () => {
    let t: TestApp;
    let browser: Browser;
    beforeAll(async () => {
      t = await startTestApp({ database: db.kind });
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await t?.stop();
    });

    test('the server field errors show beside their inputs; the form stays usable and keeps its image code', async () => {
      const { context, page } = await openPortal(browser, t);
      await page.goto('/register');
      await expectHeading(page, ar['register.title']);
      await fillRegistration(page, { passwordConfirmation: 'something else entirely', emailConfirmation: 'other@example.sa' });
      await page.getByRole('button', { name: ar['register.submit'] }).click();
      expect(await errorBeside(page, 'passwordConfirmation')).toMatch(/كلمتا المرور غير متطابقتين/);
      expect(await errorBeside(page, 'emailConfirmation')).toMatch(/البريد/);
      // Only the input's own checks failed: the server kept the image code, so the image and the
      // digits typed stay, and the corrected form goes through with them.
      const image = await page.locator('.captcha img').getAttribute('src');
      expect(await page.locator('input[name="captchaCode"]').inputValue()).toBe(TEST_CAPTCHA);
      await page.locator('input[name="passwordConfirmation"]').fill(PASSWORD);
      await page.locator('input[name="emailConfirmation"]').fill('mohammed@example.sa');
      expect(await page.locator('.captcha img').getAttribute('src')).toBe(image);
      await page.getByRole('button', { name: ar['register.submit'] }).click();
      await expectHeading(page, ar['verify.title']);
      await context.close();
    });

    test('a registration the registry refuses is told at the code step, in words, with the way back to the form', async () => {
      const { context, page } = await openPortal(browser, t);
      await page.goto('/register');
      await fillRegistration(page, { nationalId: MINOR.nationalId, mobile: '0500000003', username: 'sara.q', email: 'sara@example.sa', emailConfirmation: 'sara@example.sa' });
      const since = Date.now();
      await page.getByRole('button', { name: ar['register.submit'] }).click();
      // The form itself says nothing about the ID: the code goes to the mobile typed, as for anyone.
      await expectHeading(page, ar['verify.title']);
      await page.locator('input[name="code"]').fill(await t.sms.codeFor(MINOR.mobile, since));
      await page.getByRole('button', { name: ar['verify.submit'] }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain(identityMessages.UNDER_AGE.ar);
      await screenshot(page, 'identity-registration-refused-after-code-ar');
      await expectAccessible(page, 'registration refused after the code');
      await page.getByRole('link', { name: ar['verify.backToRegister'] }).click();
      await expectHeading(page, ar['register.title']);
      await context.close();
    });

    test('register → SMS code → welcomed by name in Arabic; English; reload keeps the session; log out; log in with the national ID', async () => {
      const { context, page } = await openPortal(browser, t);
      await page.goto('/');
      expect(await page.getAttribute('html', 'lang')).toBe('ar');
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      await expectHeading(page, ar['home.welcome']);

      await page.getByRole('link', { name: ar['login.register'] }).click();
      await expectHeading(page, ar['register.title']);
      // Arabic-Indic digits are accepted where digits are typed.
      await fillRegistration(page, { nationalId: toArabicIndic(CITIZEN.nationalId), mobile: toArabicIndic('0500000001') });
      await expect.poll(() => page.locator('.strength').getAttribute('data-score')).toMatch(/[0-4]/);
      const since = Date.now();
      await page.getByRole('button', { name: ar['register.submit'] }).click();
      await expectHeading(page, ar['verify.title']);
      await expect.poll(() => page.locator('.countdown').textContent()).toMatch(/تنتهي صلاحية الرمز خلال/);
      const code = await t.sms.codeFor(CITIZEN.mobile, since);
      await page.locator('input[name="code"]').fill(toArabicIndic(code));
      await page.getByRole('button', { name: ar['verify.submit'] }).click();
      await expectHeading(page, ar['dashboard.welcome'].replace('{name}', CITIZEN.nameAr));

      // The refresh token is only in an HttpOnly, Secure, SameSite=Strict cookie scoped to /graphql,
      // and Chromium keeps a Secure cookie for http://127.0.0.1 (a potentially trustworthy origin).
      const cookie = (await context.cookies()).find((c) => c.name === 'absher_rt');
      expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/graphql' });
      expect(await page.evaluate(() => document.cookie)).not.toContain('absher_rt');
      expect(await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage))).not.toMatch(/eyJ/);

      await page.getByRole('button', { name: 'English' }).click();
      await expectHeading(page, en['dashboard.welcome'].replace('{name}', CITIZEN.nameEn));
      expect(await page.getAttribute('html', 'dir')).toBe('ltr');

      await page.reload();
      await expectHeading(page, en['dashboard.welcome'].replace('{name}', CITIZEN.nameEn));
      expect(await page.getAttribute('html', 'lang')).toBe('en');

      await page.getByRole('button', { name: en['nav.logout'] }).click();
      await expectHeading(page, en['home.welcome']);
      await page.reload();
      await expectHeading(page, en['home.welcome']);

      await page.locator('input[name="identifier"]').fill(toArabicIndic(CITIZEN.nationalId));
      await page.locator('input[name="password"]').fill(PASSWORD);
      await page.locator('.captcha img').waitFor();
      await page.locator('input[name="captchaCode"]').fill(TEST_CAPTCHA);
      const loginSince = Date.now();
      await page.getByRole('button', { name: en['login.submit'] }).click();
      await expectHeading(page, en['verify.title']);
      await page.locator('input[name="code"]').fill(await t.sms.codeFor(CITIZEN.mobile, loginSince));
      await page.getByRole('button', { name: en['verify.submit'] }).click();
      // The switch made while signed in changed the account's language: the log-in takes it over.
      await expectHeading(page, en['dashboard.welcome'].replace('{name}', CITIZEN.nameEn));
      expect(await page.getAttribute('html', 'dir')).toBe('ltr');
      // Back to Arabic for the account, as the tests below expect it.
      await showIn(page, 'ar');
      await expectHeading(page, ar['dashboard.welcome'].replace('{name}', CITIZEN.nameAr));
      await context.close();
    });

    test("the e-mail link opens the portal and confirms the address; a broken link is refused with the server's reason", async () => {
      await t.app.drain();
      const mail = await t.app.services.orm.em.fork().findOneOrFail(OutboxMessage, { channel: Channel.EMAIL, recipient: 'mohammed@example.sa' }, { orderBy: { id: 'asc' } });
      const link = /https?:\/\/[^\s]+\/confirm-email\?token=[\w.-]+/.exec(mail.body)![0];
      const { context, page } = await openPortal(browser, t);
      await page.goto(new URL(link).pathname + new URL(link).search);
      await expectHeading(page, ar['confirm.title']);
      await expect.poll(() => page.getByRole('status').textContent()).toBe(ar['confirm.done']);
      // Opening the link again is harmless; a damaged one gets the server's message.
      await page.reload();
      await expect.poll(() => page.getByRole('status').textContent()).toBe(ar['confirm.done']);
      await page.goto(`/confirm-email?token=${new URL(link).searchParams.get('token')!.slice(0, -4)}AAAA`);
      await expect.poll(() => page.locator('.error-text').count()).toBe(1);
      await context.close();
    });

    // The page sweep looks at the pages, which do not depend on the database: the embedded default only.
    describe.skipIf(db.kind !== 'sqlite')('every identity page, in both languages, on a desktop and at 375 px: screenshots and no serious accessibility violation', () => {
      for (const [size, viewport] of [
        ['desktop', DESKTOP],
        ['375px', PHONE],
      ] as const) {
        for (const lang of ['ar', 'en'] as const) {
          test(`${lang} at ${size}`, async () => {
            const { context, page } = await openPortal(browser, t, viewport);
            await page.goto('/');
            await page.evaluate((l) => (document.cookie = `lang=${l}; Path=/`), lang);
            const shoot = async (name: string) => {
              await screenshot(page, `identity-${name}-${lang}-${size}`);
              await expectAccessible(page, `${name} ${lang} ${size}`);
            };
            const m = lang === 'ar' ? ar : en;
            for (const [path, name, title] of [
              ['/', 'home', m['home.welcome']],
              ['/register', 'register', m['register.title']],
              ['/forgot-password', 'forgot-password', m['reset.title']],
              ['/terms', 'terms', m['terms.title']],
              ['/privacy', 'privacy', m['privacy.title']],
              ['/no-such-page', 'not-found', m['app.notFound.title']],
              ['/services', 'catalogue-anonymous', m['services.title']],
            ] as const) {
              await page.goto(path);
              await expectHeading(page, title);
              if (name === 'home' || name === 'register' || name === 'forgot-password') await page.locator('.captcha').waitFor();
              // The catalogue is public: services and fees without logging in.
              if (name === 'catalogue-anonymous') await page.locator('.service-card').first().waitFor();
              await shoot(name);
            }
            // Field errors, as a person who sends the empty form sees them.
            await page.goto('/register');
            await page.getByRole('button', { name: m['register.submit'] }).click();
            await page.locator('[aria-invalid="true"]').first().waitFor();
            // Sending it began on it: the image code came.
            await page.locator('.captcha img').waitFor();
            await shoot('register-errors');

            await page.goto('/');
            await page.locator('input[name="identifier"]').fill('mohammed.q');
            await page.locator('input[name="password"]').fill(PASSWORD);
            await page.locator('.captcha img').waitFor();
            await page.locator('input[name="captchaCode"]').fill(TEST_CAPTCHA);
            const since = Date.now();
            await page.getByRole('button', { name: m['login.submit'] }).click();
            await expectHeading(page, m['verify.title']);
            await shoot('verify');
            await page.locator('input[name="code"]').fill(await t.sms.codeFor(CITIZEN.mobile, since));
            await page.getByRole('button', { name: m['verify.submit'] }).click();
            await page.locator('nav.main-nav').waitFor();
            // The account's language took over at log-in; put the one under test (and the account) in it.
            await showIn(page, lang);
            await expectHeading(page, m['dashboard.welcome'].replace('{name}', lang === 'ar' ? CITIZEN.nameAr : CITIZEN.nameEn));
            await shoot('dashboard');
            await goToSection(page, m['nav.settings']);
            await expectHeading(page, m['settings.title']);
            await shoot('settings');
            await context.close();
          });
        }
      }
    });

    test('forgotten password: ID, registered mobile and image code, then the SMS code and a new password; the new one logs in', async () => {
      const { context, page } = await openPortal(browser, t);
      await page.goto('/');
      await page.getByRole('link', { name: ar['login.forgot'] }).click();
      await expectHeading(page, ar['reset.title']);
      await page.locator('input[name="nationalId"]').fill(CITIZEN.nationalId);
      await page.locator('input[name="mobile"]').fill('0500000001');
      await page.locator('.captcha img').waitFor();
      await page.locator('input[name="captchaCode"]').fill(TEST_CAPTCHA);
      const since = Date.now();
      await page.getByRole('button', { name: ar['reset.send'] }).click();
      await page.locator('input[name="code"]').waitFor();
      await page.locator('input[name="code"]').fill(await t.sms.codeFor(CITIZEN.mobile, since));
      await page.locator('input[name="newPassword"]').fill(NEW_PASSWORD);
      await page.locator('input[name="newPasswordConfirmation"]').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: ar['reset.submit'] }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toContain(ar['reset.done']);
      await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, NEW_PASSWORD);
      await showIn(page, 'ar');
      await expectHeading(page, ar['dashboard.welcome'].replace('{name}', CITIZEN.nameAr));
      await context.close();
    });
  });
}
