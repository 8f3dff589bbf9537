import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../client/src/i18n/ar';
import { en } from '../../client/src/i18n/en';
import { identityMessages } from '../../server/modules/identity/identity.errors';
import { CITIZEN, PASSWORD } from '../helpers/flows';
import { TEST_CAPTCHA, type TestApp } from '../helpers/test-app';
import {
  DESKTOP,
  expectAccessible,
  expectHeading,
  expectOneDigitPolicy,
  GENEROUS_LIMITS,
  logInThroughPortal,
  openPortal,
  PHONE,
  portalDatabases,
  screenshot,
  showIn,
  startPortalWithCitizen,
  stopPortal,
} from './browser';

const SIZES = [
  ['desktop', DESKTOP],
  ['375px', PHONE],
] as const;
const catalogue = (lang: 'ar' | 'en') => (lang === 'ar' ? ar : en);

/** The message beside an input, found through its aria-describedby (the error comes first). */
async function errorBeside(page: Page, name: string): Promise<string> {
  const input = page.locator(`[name="${name}"]`).first();
  await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
  const [id] = (await input.getAttribute('aria-describedby'))!.split(' ');
  return (await page.locator(`[id="${id}"]`).textContent()) ?? '';
}

/** The message of a group of checkboxes, tied to its fieldset. */
async function errorOfGroup(page: Page, name: string): Promise<string> {
  const group = page.locator(`fieldset.field:has([name="${name}"])`);
  await expect.poll(() => group.getAttribute('aria-describedby')).toBeTruthy();
  return (await page.locator(`[id="${(await group.getAttribute('aria-describedby'))!}"]`).textContent()) ?? '';
}

/** What has the focus: the error summary, or an input by its name. */
const focused = (page: Page) =>
  page.evaluate(() => (document.activeElement?.classList.contains('error-summary') ? 'summary' : (document.activeElement?.getAttribute('name') ?? document.activeElement?.tagName)));

async function fillRegistration(page: Page, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) await page.locator(`input[name="${name}"]`).fill(value);
  // The image code is asked for once the person begins on the form; its id goes with the digits.
  await page.locator('.captcha img').waitFor();
  await page.locator('input[name="acceptTerms"]').check();
}

const refusedRegistration = {
  // 1000000000 fails the check digit (README).
  nationalId: '1000000000',
  mobile: '0500000001',
  username: 'someone.new',
  password: PASSWORD,
  passwordConfirmation: 'Another phrase entirely 1447',
  email: 'someone@example.sa',
  emailConfirmation: 'someone@example.sa',
  captchaCode: TEST_CAPTCHA,
};

for (const db of portalDatabases) {
  describe(`form errors: summary, focus, language and wording in Chromium (${db.kind})`, () => {
    let t: TestApp;
    let browser: Browser;
    beforeAll(async () => ({ t, browser } = await startPortalWithCitizen(db.kind, GENEROUS_LIMITS)));
    afterAll(() => stopPortal(t, browser));

    test('registration: the language choice follows the page; errors come in the page language, follow a switch, and say what to do; the summary takes the focus and links to each field', async () => {
      for (const [size, viewport] of SIZES) {
        const { context, page } = await openPortal(browser, t, viewport);
        await page.goto('/register');
        await expectHeading(page, ar['register.title']);
        // Arabic page: Arabic preferred. Switched to English before typing: English preferred.
        expect(await page.locator('input[name="preferredLanguage"][value="ar"]').isChecked()).toBe(true);
        await showIn(page, 'en');
        await expectHeading(page, en['register.title']);
        expect(await page.locator('input[name="preferredLanguage"][value="en"]').isChecked()).toBe(true);

        await fillRegistration(page, refusedRegistration);
        await page.getByRole('button', { name: en['register.submit'] }).click();
        expect(await errorBeside(page, 'passwordConfirmation')).toBe(identityMessages.PASSWORD_MISMATCH.en);
        expect(await errorBeside(page, 'nationalId')).toContain('check the number for a typo');
        // GOV.UK: the summary at the top has the focus and a link to each field in the form's order.
        await expect.poll(() => focused(page)).toBe('summary');
        const summary = page.locator('.error-summary');
        expect(await summary.getAttribute('role')).toBe('alert');
        expect(await summary.locator('a').allTextContents()).toEqual([identityMessages.INVALID_NATIONAL_ID.en, identityMessages.PASSWORD_MISMATCH.en]);
        await summary.getByRole('link', { name: identityMessages.PASSWORD_MISMATCH.en }).click();
        await expect.poll(() => focused(page)).toBe('passwordConfirmation');
        await screenshot(page, `forms-register-errors-en-${size}`);
        await expectAccessible(page, `register errors en ${size}`);

        // Switched back: the messages on screen follow, and the choice with them (still untouched).
        await showIn(page, 'ar');
        await expect.poll(() => errorBeside(page, 'passwordConfirmation')).toBe(identityMessages.PASSWORD_MISMATCH.ar);
        expect(identityMessages.PASSWORD_MISMATCH.ar).toContain('كلمتا المرور غير متطابقتين');
        expect(await errorBeside(page, 'nationalId')).toBe(identityMessages.INVALID_NATIONAL_ID.ar);
        expect(await page.locator('.error-summary a').allTextContents()).toEqual([identityMessages.INVALID_NATIONAL_ID.ar, identityMessages.PASSWORD_MISMATCH.ar]);
        expect(await page.locator('input[name="preferredLanguage"][value="ar"]').isChecked()).toBe(true);
        await screenshot(page, `forms-register-errors-ar-${size}`);
        await expectAccessible(page, `register errors ar ${size}`);
        await expectOneDigitPolicy(page, `register errors ar ${size}`);

        // A person on the Arabic page who wants English messages and SMS says so; the page still speaks Arabic.
        await page.locator('input[name="preferredLanguage"][value="en"]').check();
        await page.locator('input[name="captchaCode"]').fill('0000');
        const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('"operationName":"Register"'));
        await page.getByRole('button', { name: ar['register.submit'] }).click();
        await answered;
        expect(await errorBeside(page, 'passwordConfirmation')).toBe(identityMessages.PASSWORD_MISMATCH.ar);
        // Only the input's own checks failed: the server kept the image code unjudged, so the digits
        // typed stay for the next try and no image-code error shows yet.
        expect(await page.locator('input[name="captchaCode"]').inputValue()).toBe('0000');
        expect(await page.locator('input[name="captchaCode"]').getAttribute('aria-invalid')).toBeNull();
        // The image is new already: the message does not ask for another one.
        expect(identityMessages.CAPTCHA_INVALID.ar).not.toMatch(/اطلب صورة جديدة/);
        expect(identityMessages.CAPTCHA_INVALID.en).not.toMatch(/new image/i);
        expect(await page.locator('input[name="preferredLanguage"][value="en"]').isChecked()).toBe(true);
        await context.close();
      }
    });

    test('log-in: a refused log-in focuses the summary, linked to the field, in both languages at both widths', async () => {
      for (const [size, viewport] of SIZES) {
        for (const lang of ['ar', 'en'] as const) {
          const m = catalogue(lang);
          const { context, page } = await openPortal(browser, t, viewport);
          await page.goto('/');
          await page.evaluate((l) => (document.cookie = `lang=${l}; Path=/`), lang);
          await page.goto('/');
          await page.locator('input[name="identifier"]').fill(CITIZEN.nationalId);
          await page.locator('input[name="password"]').fill(PASSWORD);
          await page.locator('.captcha img').waitFor();
          await page.locator('input[name="captchaCode"]').fill('0000');
          await page.getByRole('button', { name: m['login.submit'] }).click();
          await expect.poll(() => focused(page)).toBe('summary');
          await page.locator('.error-summary').getByRole('link', { name: identityMessages.CAPTCHA_INVALID[lang] }).click();
          await expect.poll(() => focused(page)).toBe('captchaCode');
          await screenshot(page, `forms-login-errors-${lang}-${size}`);
          await expectAccessible(page, `login errors ${lang} ${size}`);
          await context.close();
        }
      }
    });

    test('paying violations with none chosen says "choose at least one violation" and sends nothing; the summary links to the list', async () => {
      for (const [size, viewport] of SIZES) {
        for (const lang of ['ar', 'en'] as const) {
          const m = catalogue(lang);
          const { context, page } = await openPortal(browser, t, viewport);
          await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
          await showIn(page, lang);
          const sent: string[] = [];
          page.on('request', (r) => {
            if (r.url().endsWith('/graphql') && r.postData()?.includes('"PayViolations"')) sent.push(r.postData()!);
          });
          await page.goto('/services/PAY_VIOLATIONS');
          await page.locator('input[name="violationNumbers"]').first().waitFor();
          await page.getByRole('button', { name: m['service.submit'] }).click();
          await expect.poll(() => focused(page)).toBe('summary');
          expect(await errorOfGroup(page, 'violationNumbers')).toBe(m['violations.chooseOne']);
          await page.locator('.error-summary').getByRole('link', { name: m['violations.chooseOne'] }).click();
          await expect.poll(() => focused(page)).toBe('violationNumbers');
          expect(sent).toEqual([]);
          await screenshot(page, `forms-pay-violations-none-${lang}-${size}`);
          await expectAccessible(page, `pay violations none ${lang} ${size}`);
          await expectOneDigitPolicy(page, `pay violations ${lang} ${size}`);
          // Once one is chosen the message goes, and the request is reviewed before anything is sent.
          await page.locator('input[name="violationNumbers"]').first().check();
          await page.getByRole('button', { name: m['service.submit'] }).click();
          await page.locator('#review-title').waitFor();
          expect(await page.locator('.error-summary').count()).toBe(0);
          expect(sent).toEqual([]);
          await context.close();
        }
      }
    });
  });
}
