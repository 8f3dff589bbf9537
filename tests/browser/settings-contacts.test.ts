import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../client/src/i18n/ar';
import { en } from '../../client/src/i18n/en';
import { Account } from '../../server/modules/identity/account.entity';
import { Channel, OutboxMessage } from '../../server/modules/messaging';
import { CITIZEN, MULTI_MOBILE, PASSWORD, register } from '../helpers/flows';
import type { TestApp } from '../helpers/test-app';
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

type Lang = 'ar' | 'en';
const catalogue = (lang: Lang) => (lang === 'ar' ? ar : en);
const NOURA = { nationalId: MULTI_MOBILE.nationalId, mobile: MULTI_MOBILE.mobiles[0], username: 'noura.o', email: 'noura@example.sa' };

/** The same step at both widths and in both languages (the step stays on screen through a switch). */
async function shootEverywhere(page: Page, name: string, back: Lang) {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['375px', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    for (const lang of ['ar', 'en'] as const) {
      await showIn(page, lang);
      await screenshot(page, `${name}-${lang}-${size}`);
      await expectAccessible(page, `${name} ${lang} ${size}`);
      await expectOneDigitPolicy(page, `${name} ${lang} ${size}`);
    }
  }
  await page.setViewportSize(DESKTOP);
  await showIn(page, back);
}

/** Password, then the SMS code sent to `mobile`: the re-authentication both pages start with. */
async function confirmItIsMe(page: Page, t: TestApp, lang: Lang, mobile: string) {
  const m = catalogue(lang);
  await page.locator('input[name="password"]').fill(PASSWORD);
  const since = Date.now();
  await page.getByRole('button', { name: m['settings.ssoContinue'] }).click();
  await page.locator('input[name="code"]').waitFor();
  await page.locator('input[name="code"]').fill(await t.sms.codeFor(mobile, since));
  await page.getByRole('button', { name: m['settings.ssoContinue'] }).click();
}

for (const db of portalDatabases) {
  describe(`settings: sessions, the unconfirmed e-mail, changing the e-mail and the mobile in Chromium (${db.kind})`, () => {
    let t: TestApp;
    let browser: Browser;
    beforeAll(async () => {
      ({ t, browser } = await startPortalWithCitizen(db.kind, GENEROUS_LIMITS));
      await register(t, { nationalId: NOURA.nationalId, mobile: NOURA.mobile, username: NOURA.username, email: NOURA.email, emailConfirmation: NOURA.email }, t.client());
    });
    afterAll(() => stopPortal(t, browser));

    test("each session's address is on its own labelled line, and an unconfirmed e-mail is a warning with the way to change it, in both languages at both widths", async () => {
      for (const [size, viewport] of [
        ['desktop', DESKTOP],
        ['375px', PHONE],
      ] as const) {
        for (const lang of ['ar', 'en'] as const) {
          const m = catalogue(lang);
          const { context, page } = await openPortal(browser, t, viewport);
          await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
          await showIn(page, lang);
          await page.goto('/settings');
          await expectHeading(page, m['settings.title']);
          const session = page.locator('#sessions-title ~ ul .list-item').first();
          await session.waitFor();
          const address = session.locator('.session-address');
          expect(await address.textContent()).toBe(`${m['settings.address']}: 127.0.0.1`);
          // Not glued to the time: a line of its own, below it.
          const since = (await session.locator('p.hint').first().boundingBox())!;
          const box = (await address.boundingBox())!;
          expect(box.y).toBeGreaterThanOrEqual(since.y + since.height - 1);

          const warning = page.locator('.email-unconfirmed');
          expect(await warning.getAttribute('class')).toContain('alert-warn');
          expect(await warning.textContent()).toContain(m['settings.emailUnconfirmed']);
          expect(await warning.getByRole('link', { name: m['settings.changeEmail'] }).getAttribute('href')).toBe('/settings/email');
          await screenshot(page, `settings-${lang}-${size}`);
          await expectAccessible(page, `settings ${lang} ${size}`);
          await expectOneDigitPolicy(page, `settings ${lang} ${size}`);
          await context.close();
        }
      }
    });

    test('changing the e-mail: password and SMS code, the new address twice, then the link it receives makes it the confirmed address', async () => {
      const { context, page } = await openPortal(browser, t);
      await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
      await showIn(page, 'ar');
      await page.goto('/settings');
      await page.locator('.email-unconfirmed').getByRole('link', { name: ar['settings.changeEmail'] }).click();
      await expectHeading(page, ar['contacts.emailTitle']);
      await page.locator('input[name="password"]').waitFor();
      await shootEverywhere(page, 'settings-email-reauthenticate', 'ar');
      await confirmItIsMe(page, t, 'ar', CITIZEN.mobile);
      await page.locator('input[name="newEmail"]').waitFor();
      // Refused: the summary takes the focus and the message is beside the field.
      await page.locator('input[name="newEmail"]').fill('mohammed.new@example.sa');
      await page.locator('input[name="newEmailConfirmation"]').fill('mohammed.other@example.sa');
      await page.getByRole('button', { name: ar['contacts.sendLink'] }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
      await shootEverywhere(page, 'settings-email-form-errors', 'ar');
      await page.locator('input[name="newEmailConfirmation"]').fill('mohammed.new@example.sa');
      await page.getByRole('button', { name: ar['contacts.sendLink'] }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toContain('mohammed.new@example.sa');
      await shootEverywhere(page, 'settings-email-sent', 'ar');

      await t.app.drain();
      const mail = await t.app.services.orm.em.fork().findOneOrFail(OutboxMessage, { channel: Channel.EMAIL, recipient: 'mohammed.new@example.sa' });
      const link = new URL(/https?:\/\/[^\s]+\/confirm-email-change\?token=[\w.-]+/.exec(mail.body)![0]);
      // A fresh page load: the portal boots, restores the session and sends the token before it can
      // say anything, which on a loaded CI machine takes longer than expect.poll's default second.
      await page.goto(link.pathname + link.search);
      await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toBe(ar['confirm.changed']);
      await page.goto('/settings');
      await expect.poll(() => page.locator('#account-title ~ dl').textContent(), { timeout: 15_000 }).toContain('mohammed.new@example.sa');
      expect(await page.locator('.email-unconfirmed').count()).toBe(0);
      await context.close();
    });

    test('changing the mobile in English on a phone: password and a code to the current mobile, a number the registry links to the ID, then the code sent to it', async () => {
      const { context, page } = await openPortal(browser, t, PHONE);
      await logInThroughPortal(page, t, NOURA.nationalId, NOURA.mobile, PASSWORD);
      await showIn(page, 'en');
      await page.goto('/settings');
      await page.getByRole('link', { name: en['settings.changeMobile'] }).click();
      await expectHeading(page, en['contacts.mobileTitle']);
      await confirmItIsMe(page, t, 'en', NOURA.mobile);
      await page.locator('input[name="newMobile"]').waitFor();
      // A number the registry does not link to her: refused beside the field.
      await page.locator('input[name="newMobile"]').fill('0512345678');
      await page.getByRole('button', { name: en['contacts.sendCode'] }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
      await page.locator('input[name="newMobile"]').fill('٠٥٥٠٠٠٠٠٠٥');
      const since = Date.now();
      await page.getByRole('button', { name: en['contacts.sendCode'] }).click();
      await page.locator('input[name="code"]').waitFor();
      await shootEverywhere(page, 'settings-mobile-code', 'en');
      await page.locator('input[name="code"]').fill(await t.sms.codeFor(MULTI_MOBILE.mobiles[1], since));
      await page.getByRole('button', { name: en['contacts.confirmMobile'] }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toContain(en['contacts.mobileChanged'].split('{mobile}')[0]);
      await shootEverywhere(page, 'settings-mobile-done', 'en');
      const account = await t.app.services.orm.em.fork().findOneOrFail(Account, { person: NOURA.nationalId });
      expect(account.mobile).toBe(MULTI_MOBILE.mobiles[1]);
      await context.close();
    });
  });
}
