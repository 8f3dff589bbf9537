import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../client/src/i18n/ar';
import { en } from '../../client/src/i18n/en';
import { Channel, OutboxMessage } from '../../server/modules/messaging';
import { NotificationPreference } from '../../server/modules/notifications/notification-preference.entity';
import { CITIZEN, PASSWORD, register } from '../helpers/flows';
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
const FAHD = { nationalId: '1000000040', mobile: '+966500000006', username: 'fahd.s', email: 'fahd@example.sa' };

/** The screen in both languages at both widths: what `check` expects of it, then a screenshot and axe. */
async function everywhere(page: Page, name: string, check: (lang: Lang) => Promise<void>) {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['375px', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    for (const lang of ['ar', 'en'] as const) {
      await showIn(page, lang);
      await check(lang);
      await screenshot(page, `${name}-${lang}-${size}`);
      await expectAccessible(page, `${name} ${lang} ${size}`);
      await expectOneDigitPolicy(page, `${name} ${lang} ${size}`);
    }
  }
  await page.setViewportSize(DESKTOP);
}

for (const db of portalDatabases) {
  describe(`settings: device names, the confirmation link again, notification preferences; vehicles: violation type and place, plates in Arabic (${db.kind})`, () => {
    let t: TestApp;
    let browser: Browser;
    beforeAll(async () => {
      ({ t, browser } = await startPortalWithCitizen(db.kind, GENEROUS_LIMITS));
      await register(t, { nationalId: FAHD.nationalId, mobile: FAHD.mobile, username: FAHD.username, email: FAHD.email, emailConfirmation: FAHD.email }, t.client());
    });
    afterAll(() => stopPortal(t, browser));

    test('settings name the device in words, send the confirmation link again, and lead to notification preferences that are saved', async () => {
      const { context, page } = await openPortal(browser, t);
      await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
      await page.goto('/settings');
      const current = page.locator('#sessions-title ~ ul .list-item').filter({ has: page.locator('.badge') });
      await everywhere(page, 'settings-devices', async (lang) => {
        await expectHeading(page, catalogue(lang)['settings.title']);
        // Debian's headless Chromium on Linux, read from its User-Agent.
        await expect.poll(() => current.locator('strong').textContent()).toBe(lang === 'ar' ? 'كروم على لينكس' : 'Chrome on Linux');
        await page
          .locator('.email-unconfirmed')
          .getByRole('button', { name: catalogue(lang)['settings.resendLink'] })
          .waitFor();
      });

      await showIn(page, 'en');
      await page.locator('.email-unconfirmed').getByRole('button', { name: en['settings.resendLink'] }).click();
      await expect.poll(() => page.locator('.resend-outcome').textContent()).toBe(en['settings.linkResent'].replace('{email}', 'mohammed@example.sa'));
      await t.app.drain();
      const mails = await t.app.services.orm.em.fork().find(OutboxMessage, { channel: Channel.EMAIL, recipient: 'mohammed@example.sa' });
      // The welcome e-mail, then the link asked for again, each in the account's language of the moment (the switch made it English).
      expect(mails.map((m) => m.subject)).toEqual(['مرحباً بك في أبشر — أكّد بريدك الإلكتروني', 'Absher — confirm your e-mail']);
      await showIn(page, 'ar');
      // The outcome follows the language on screen.
      expect(await page.locator('.resend-outcome').textContent()).toBe(ar['settings.linkResent'].replace('{email}', 'mohammed@example.sa'));

      await page.getByRole('link', { name: ar['settings.notificationPrefs'] }).click();
      await expectHeading(page, ar['notificationPrefs.title']);
      expect(await page.title()).toBe(`${ar['notificationPrefs.title']} — ${ar['app.name']}`);
      await page.locator('[data-topic="REQUESTS"]').waitFor();
      await everywhere(page, 'settings-notification-preferences', async (lang) => {
        const m = catalogue(lang);
        expect(await page.locator('[data-always-sms]').textContent()).toBe(m['notificationPrefs.alwaysSms']);
        const requests = page.locator('[data-topic="REQUESTS"]');
        expect(await requests.locator('legend').textContent()).toBe(m['notificationPrefs.topic.REQUESTS']);
        // The defaults: by SMS, not by e-mail.
        expect(await requests.getByRole('checkbox', { name: m['notificationPrefs.sms'] }).isChecked()).toBe(true);
        expect(await requests.getByRole('checkbox', { name: m['notificationPrefs.email'] }).isChecked()).toBe(false);
      });
      await showIn(page, 'ar');
      const requests = page.locator('[data-topic="REQUESTS"]');
      await requests.getByRole('checkbox', { name: ar['notificationPrefs.sms'] }).uncheck();
      await requests.getByRole('checkbox', { name: ar['notificationPrefs.email'] }).check();
      await page.getByRole('button', { name: ar['notificationPrefs.save'] }).click();
      await expect.poll(() => page.getByRole('status').last().textContent()).toBe(ar['notificationPrefs.saved']);
      const stored = await t.app.services.orm.em.fork().find(NotificationPreference, {}, { orderBy: { topic: 'asc' } });
      expect(stored.map((p) => [p.topic, p.sms, p.email])).toEqual([
        ['APPOINTMENTS', true, false],
        ['DOCUMENT_EXPIRY', true, false],
        ['PAYMENTS', true, false],
        ['REQUESTS', false, true],
        ['VIOLATIONS', true, false],
      ]);
      // Back on the page later, the choice is what is shown.
      await page.reload();
      await requests.waitFor();
      expect(await requests.getByRole('checkbox', { name: ar['notificationPrefs.sms'] }).isChecked()).toBe(false);
      await context.close();
    });

    test('vehicles and violations show the plate in Arabic and Latin letters, and each violation its type and place, in both languages', async () => {
      const { context, page } = await openPortal(browser, t);
      await logInThroughPortal(page, t, FAHD.nationalId, FAHD.mobile, PASSWORD);
      await page.goto('/vehicles');
      await page.locator('[data-violation="2026000003"]').waitFor();
      await everywhere(page, 'vehicles-plates-and-violations', async (lang) => {
        const m = catalogue(lang);
        await expectHeading(page, m['vehicles.title']);
        const patrol = page.locator('.list-item').filter({ hasText: 'KSA2024' }).locator('.plate');
        expect(await patrol.locator('.plate-ar').textContent()).toBe('ك س ا ٢٠٢٤');
        expect(await patrol.locator('.plate-latin').textContent()).toBe('KSA2024');
        // Y is no Saudi plate letter: Latin only, nothing made up.
        expect(await page.locator('.list-item').filter({ hasText: 'XYZ5678' }).locator('.plate-ar').count()).toBe(0);
        const row = page.locator('[data-violation="2026000003"]');
        expect(await row.locator('[data-type]').textContent()).toBe(m['violations.type.RED_LIGHT']);
        expect(await row.locator(`td[data-label="${m['violations.place']}"]`).textContent()).toBe(lang === 'ar' ? 'طريق الملك عبدالعزيز، الرياض' : 'King Abdulaziz Road, Riyadh');
      });
      await context.close();
    });
  });
}
