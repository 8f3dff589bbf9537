import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../client/src/i18n/ar';
import { en } from '../../client/src/i18n/en';
import { CITIZEN, PASSWORD, RESIDENT } from '../helpers/flows';
import { databases, type TestApp } from '../helpers/test-app';
import { DESKTOP, expectAccessible, expectHeading, logInThroughPortal, openPortal, PHONE, screenshot, showIn, startPortalWithCitizen, stopPortal } from './browser';

/** On a request page: pays its bill with the development button and waits for COMPLETED. */
async function payAndComplete(page: Page) {
  await expect.poll(() => page.locator('[data-status]').getAttribute('data-status'), { timeout: 15_000 }).toBe('PENDING_PAYMENT');
  await page.getByRole('button', { name: ar['bills.pay'] }).click();
  await expect.poll(() => page.locator('[data-status]').getAttribute('data-status'), { timeout: 15_000 }).toBe('COMPLETED');
  await page.locator('#result-title').waitFor();
}

/** Submits the service form and waits for the request page, or fails with what the form says. */
async function submitService(page: Page) {
  await page.getByRole('button', { name: ar['service.submit'] }).click();
  await expect
    .poll(async () => ((await page.locator('[data-reference]').count()) ? 'request page' : (await page.locator('[role="alert"], .error-text, [data-eligible="false"]').allTextContents()).join(' | ') || 'waiting'), {
      timeout: 15_000,
    })
    .toBe('request page');
}

for (const db of databases.filter((d) => d.enabled)) {
  describe(`e-services in Chromium (${db.kind})`, () => {
    let t: TestApp;
    let browser: Browser;
    beforeAll(async () => ({ t, browser } = await startPortalWithCitizen(db.kind)));
    afterAll(() => stopPortal(t, browser));

    test('pay a traffic violation: from the violations list, through the service form, to a paid bill and a completed request', async () => {
      const { context, page } = await openPortal(browser, t);
      await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
      await page.getByRole('link', { name: ar['nav.vehicles'] }).click();
      await expectHeading(page, ar['vehicles.title']);
      const row = page.locator('[data-violation="2026000001"]');
      await expect.poll(() => row.textContent()).toContain(ar['violations.unpaid']);
      await page.getByRole('link', { name: ar['violations.pay'] }).click();
      await page.locator('[data-eligible]').waitFor();
      await page.locator('input[name="violationNumbers"][value="2026000001"]').check();
      await submitService(page);
      await payAndComplete(page);
      await page.getByRole('link', { name: ar['nav.vehicles'] }).click();
      await expect.poll(() => row.textContent()).toContain(ar['violations.paid']);
      await context.close();
    });

    test('renew the driving licence from the catalogue: eligibility and fee from the server, then pay; the new expiry is shown', async () => {
      const { context, page } = await openPortal(browser, t);
      await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
      await page.getByRole('link', { name: ar['nav.services'] }).click();
      await expectHeading(page, ar['services.title']);
      await page.locator('select[name="category"]').selectOption('TRAFFIC');
      await page.locator('a[href="/services/RENEW_DRIVING_LICENCE"]').click();
      await expect.poll(async () => ((await page.locator('[data-eligible]').getAttribute('data-eligible')) === 'true' ? 'eligible' : await page.locator('[data-eligible]').textContent()), { timeout: 15_000 }).toBe('eligible');
      // A period the server refuses comes back beside the field.
      await page.locator('input[name="years"]').fill('٧');
      await page.getByRole('button', { name: ar['service.submit'] }).click();
      await expect.poll(() => page.locator('input[name="years"]').getAttribute('aria-invalid')).toBe('true');
      await page.locator('input[name="years"]').fill('٥');
      await submitService(page);
      await payAndComplete(page);
      expect(await page.locator('#result-title + dl').textContent()).toContain(ar['result.expiresOn']);
      await context.close();
    });

    test('issue an exit re-entry visa for a resident dependent, chosen as the beneficiary', async () => {
      const { context, page } = await openPortal(browser, t);
      await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
      await page.getByRole('link', { name: ar['nav.family'] }).click();
      await expectHeading(page, ar['family.title']);
      await page.locator('.cards').getByText(RESIDENT.nationalId).waitFor();
      await page.goto('/services/EXIT_REENTRY_VISA');
      await page.locator('select[name="beneficiaryNationalId"]').selectOption(RESIDENT.nationalId);
      await expect.poll(async () => ((await page.locator('[data-eligible]').getAttribute('data-eligible')) === 'true' ? 'eligible' : await page.locator('[data-eligible]').textContent()), { timeout: 15_000 }).toBe('eligible');
      await page.locator('select[name="entryType"]').selectOption('SINGLE');
      await page.locator('input[name="months"]').fill('2');
      await submitService(page);
      expect(await page.locator('[data-reference]').locator('xpath=../..').textContent()).toContain('Rajesh'.length ? 'راجيش' : '');
      await payAndComplete(page);
      await page.getByRole('link', { name: ar['nav.documents'] }).click();
      await expect.poll(() => page.locator('table').textContent()).toContain(ar['documents.type.EXIT_REENTRY_VISA']);
      await context.close();
    });

    test('the digital ID shows as a QR code image', async () => {
      const { context, page } = await openPortal(browser, t);
      await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
      await page.getByRole('link', { name: ar['nav.documents'] }).click();
      const qr = page.getByAltText(ar['digitalId.qrAlt'].replace('{name}', CITIZEN.nameAr));
      await qr.waitFor();
      expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      expect(await page.locator('.masked-id').textContent()).not.toContain(CITIZEN.nationalId);
      await context.close();
    });

    test('every e-services page in both languages, desktop and 375 px: screenshots and accessibility', async () => {
      // Something to show on the requests and bills pages, whichever tests ran before: a request
      // left awaiting payment (or, if the server refuses a second one, the earlier ones).
      {
        const { context, page } = await openPortal(browser, t);
        await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
        await page.goto('/services/EXIT_REENTRY_VISA');
        await page.locator('select[name="beneficiaryNationalId"]').selectOption(RESIDENT.nationalId);
        await page.locator('select[name="entryType"]').selectOption('MULTIPLE');
        await page.locator('input[name="months"]').fill('3');
        await page.getByRole('button', { name: ar['service.submit'] }).click();
        await page.locator('[data-reference], [role="alert"], .error-text').first().waitFor();
        await context.close();
      }
      for (const [size, viewport] of [['desktop', DESKTOP], ['375px', PHONE]] as const) {
        for (const lang of ['ar', 'en'] as const) {
          const m = lang === 'ar' ? ar : en;
          const { context, page } = await openPortal(browser, t, viewport);
          await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
          await showIn(page, lang);
          const shoot = async (name: string) => {
            await screenshot(page, `eservices-${name}-${lang}-${size}`);
            await expectAccessible(page, `${name} ${lang} ${size}`);
          };
          await page.goto('/dashboard');
          await page.locator('#documents-title ~ ul li').first().waitFor();
          await shoot('dashboard');
          await page.goto('/services');
          await expectHeading(page, m['services.title']);
          await page.locator('.service-card').first().waitFor();
          await shoot('catalogue');
          await page.goto('/services/RENEW_PASSPORT');
          await page.locator('#form-title').waitFor();
          await shoot('service');
          await page.goto('/requests');
          await expectHeading(page, m['requests.title']);
          await page.locator('tbody tr').first().waitFor();
          await shoot('requests');
          await page.locator('tbody tr a').first().click();
          await page.locator('[data-reference]').waitFor();
          await shoot('request');
          await page.goto('/bills');
          await expectHeading(page, m['bills.title']);
          await page.locator('[data-bill]').first().waitFor();
          await shoot('bills');
          await page.goto('/documents');
          await page.locator('img.qr').waitFor();
          await shoot('documents');
          await page.goto('/vehicles');
          await page.locator('[data-violation]').first().waitFor();
          await shoot('vehicles');
          await page.goto('/family');
          await page.locator('.cards li').first().waitFor();
          await shoot('family');
          await context.close();
        }
      }
    });
  });
}
