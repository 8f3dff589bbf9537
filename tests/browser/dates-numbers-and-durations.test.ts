import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../client/src/i18n/ar';
import { en } from '../../client/src/i18n/en';
import { CITIZEN, PASSWORD } from '../helpers/flows';
import { riyadhDate } from '../../server/shared/clock';
import { daysBetween } from '../../server/shared/dates';
import type { TestApp } from '../helpers/test-app';
import {
  DESKTOP,
  expectHeading,
  expectOneDigitPolicy,
  GENEROUS_LIMITS,
  logInThroughPortal,
  notifyCitizen,
  openPortal,
  PHONE,
  portalDatabases,
  screenshot,
  showIn,
  startPortalWithCitizen,
  stopPortal,
} from './browser';

for (const db of portalDatabases) {
  describe(`dates, numbers and durations in Chromium (${db.kind})`, () => {
    let t: TestApp;
    let browser: Browser;
    beforeAll(async () => {
      ({ t, browser } = await startPortalWithCitizen(db.kind, GENEROUS_LIMITS));
      await notifyCitizen(t, 1);
    });
    afterAll(() => stopPortal(t, browser));

    test('one digit policy per language on every signed-in page, dates inside server messages formatted, Hijri beside Gregorian, "about 2 years" rather than "817 days"', async () => {
      for (const [size, viewport] of [
        ['desktop', DESKTOP],
        ['375px', PHONE],
      ] as const) {
        for (const lang of ['ar', 'en'] as const) {
          const m = lang === 'ar' ? ar : en;
          const { context, page } = await openPortal(browser, t, viewport);
          await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
          await showIn(page, lang);

          await page.goto('/documents');
          await expectHeading(page, m['documents.title']);
          const notes = page.locator('[data-days]');
          await notes.first().waitFor();
          for (const note of await notes.all()) {
            const days = Number(await note.getAttribute('data-days'));
            const text = (await note.textContent())!;
            // Under two months, exact; beyond, rounded and said to be so.
            if (Math.abs(days) >= 60) {
              expect(text, `${days} days`).not.toContain(String(Math.abs(days)));
              expect(text).toContain(lang === 'ar' ? 'تقريباً' : 'about');
            } else expect(text).toContain(String(Math.abs(days)));
          }
          // The demo worker's passport expires on 2029-02-28: about two years away (817 days on 2026-12-04, Riyadh).
          const passportDays = daysBetween(riyadhDate(new Date()), '2029-02-28');
          expect(await page.locator(`[data-days="${passportDays}"]`).first().textContent()).toBe(lang === 'ar' ? 'متبقٍ سنتان تقريباً' : 'about 2 years left');
          // Gregorian with the Umm al-Qura date beside it.
          expect(await page.locator('td[data-label] br').count()).toBeGreaterThan(0);
          expect(await page.locator('table').textContent()).toContain(lang === 'ar' ? 'هـ)' : 'AH)');
          await expectOneDigitPolicy(page, `documents ${lang} ${size}`);
          await screenshot(page, `formats-documents-${lang}-${size}`);

          // A date the server wrote into a refusal reads like every other date.
          await page.goto('/services/RENEW_PASSPORT');
          // For whom first: himself (his passport is not yet due, and the refusal names the date).
          await page.locator(`input[name="beneficiaryNationalId"][value="${CITIZEN.nationalId}"]`).check();
          const reasons = page.locator('[data-eligible="false"]');
          await reasons.waitFor();
          const reason = (await reasons.textContent())!;
          expect(reason).toMatch(lang === 'ar' ? /\d{1,2} [\u0600-\u06ff]+ \d{4}/ : /\d{1,2} [A-Z][a-z]+ \d{4}/);
          await expectOneDigitPolicy(page, `passport eligibility ${lang} ${size}`);

          for (const [path, heading] of [
            ['/dashboard', m['dashboard.welcome'].replace('{name}', lang === 'ar' ? CITIZEN.nameAr : CITIZEN.nameEn)],
            ['/vehicles', m['vehicles.title']],
            ['/family', m['family.title']],
            ['/notifications', m['notifications.title']],
            ['/settings', m['settings.title']],
            ['/services/PAY_VIOLATIONS', null],
          ] as const) {
            await page.goto(path);
            if (heading) await expectHeading(page, heading);
            await page.locator('main :is(.card, .list-item)').first().waitFor();
            await page.waitForLoadState('networkidle');
            await expectOneDigitPolicy(page, `${path} ${lang} ${size}`);
          }
          await context.close();
        }
      }
    });
  });
}
