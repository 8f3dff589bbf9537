import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../client/src/i18n/ar';
import { en } from '../../client/src/i18n/en';
import { CITIZEN, MINOR, PASSWORD, RESIDENT } from '../helpers/flows';
import type { TestApp } from '../helpers/test-app';
import { Person } from '../../server/modules/registry/person.entity';
import {
  DESKTOP,
  expectAccessible,
  expectHeading,
  expectOneDigitPolicy,
  GENEROUS_LIMITS,
  journeyDatabases,
  logInThroughPortal,
  openPortal,
  PHONE,
  screenshot,
  showIn,
  startPortalWithCitizen,
  stopPortal,
} from './browser';

const SARA_AR = 'سارة محمد عبدالله القحطاني';
const RAJESH_AR = 'راجيش كومار راماسوامي ناير';
const HIND_AR = 'هند فهد صالح الشهري';
const ABDULAZIZ_AR = 'عبدالعزيز محمد عبدالله القحطاني';
const KARIM_AR = 'كريم رحمن عبدول ميا';

/** On a request page: pays its bill with the development button and waits for COMPLETED. */
async function payAndComplete(page: Page) {
  await expect.poll(() => page.locator('[data-status]').getAttribute('data-status'), { timeout: 15_000 }).toBe('PENDING_PAYMENT');
  await page.getByRole('button', { name: ar['bills.pay'] }).click();
  await expect.poll(() => page.locator('[data-status]').getAttribute('data-status'), { timeout: 15_000 }).toBe('COMPLETED');
  await page.locator('#result-title').waitFor();
}

/** Confirms the "check your answers" step when the request is billed (free ones have none). */
async function confirmIfReviewed(page: Page) {
  await page.locator('#review-title, [data-reference], [role="alert"], .error-text').first().waitFor();
  if (await page.locator('#review-title').count()) await page.getByRole('button', { name: ar['review.confirm'] }).click();
}

/** Submits the service form (and its review) and waits for the request page, or fails with what the form says. */
async function submitService(page: Page) {
  await page.getByRole('button', { name: ar['service.submit'] }).click();
  await confirmIfReviewed(page);
  await expect
    .poll(
      async () =>
        (await page.locator('[data-reference]').count()) ? 'request page' : (await page.locator('[role="alert"], .error-text, [data-eligible="false"]').allTextContents()).join(' | ') || 'waiting',
      {
        timeout: 15_000,
      },
    )
    .toBe('request page');
}

for (const db of journeyDatabases) {
  describe(`e-services in Chromium (${db.kind})`, () => {
    let t: TestApp;
    let browser: Browser;
    beforeAll(async () => ({ t, browser } = await startPortalWithCitizen(db.kind, GENEROUS_LIMITS)));
    afterAll(() => stopPortal(t, browser));

    test('pay a traffic violation: from the violations list, through the service form, to a paid bill and a completed request', async () => {
      const { context, page } = await openPortal(browser, t);
      await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
      await page.getByRole('navigation', { name: ar['nav.main'] }).getByRole('link', { name: ar['nav.vehicles'] }).click();
      await expectHeading(page, ar['vehicles.title']);
      const row = page.locator('[data-violation="2026000001"]');
      await expect.poll(() => row.textContent()).toContain(ar['violations.unpaid']);
      await page.getByRole('link', { name: ar['violations.pay'] }).click();
      await page.locator('[data-eligible]').waitFor();
      await page.locator('input[name="violationNumbers"][value="2026000001"]').check();
      await submitService(page);
      await payAndComplete(page);
      await page.getByRole('navigation', { name: ar['nav.main'] }).getByRole('link', { name: ar['nav.vehicles'] }).click();
      await expect.poll(() => row.textContent()).toContain(ar['violations.paid']);
      await context.close();
    });

    test('renew the driving licence from the catalogue: eligibility and fee from the server, then pay; the new expiry is shown', async () => {
      const { context, page } = await openPortal(browser, t);
      await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
      await page.getByRole('navigation', { name: ar['nav.main'] }).getByRole('link', { name: ar['nav.services'] }).click();
      await expectHeading(page, ar['services.title']);
      await page.locator('select[name="category"]').selectOption('TRAFFIC');
      // Each card says what the service costs at the least, before anyone signs in to ask.
      const licenceFee = page.locator('li:has(a[href="/services/RENEW_DRIVING_LICENCE"]) [data-fee-from]');
      expect(await licenceFee.getAttribute('data-fee-from')).toBe(String(2 * 40_00));
      expect(await licenceFee.textContent()).toMatch(/^ابتداءً من /);
      expect(await page.locator('li:has(a[href="/services/AUTHORIZE_DRIVER"]) [data-fee-from]').textContent()).toBe(ar['services.free']);
      await page.locator('a[href="/services/RENEW_DRIVING_LICENCE"]').click();
      await expect
        .poll(async () => ((await page.locator('[data-eligible]').getAttribute('data-eligible')) === 'true' ? 'eligible' : await page.locator('[data-eligible]').textContent()), { timeout: 15_000 })
        .toBe('eligible');
      // The period is chosen among the server's allowed values (a radio button each), not typed.
      await page.getByRole('radio', { name: '5 سنوات' }).check();
      await submitService(page);
      await payAndComplete(page);
      expect(await page.locator('#result-title + dl').textContent()).toContain(ar['result.expiresOn']);
      await context.close();
    });

    test('issue an exit re-entry visa for a resident dependent, chosen as the beneficiary', async () => {
      const { context, page } = await openPortal(browser, t);
      await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
      await page.getByRole('navigation', { name: ar['nav.main'] }).getByRole('link', { name: ar['nav.family'] }).click();
      await expectHeading(page, ar['family.title']);
      await page.locator('.cards').getByText(RESIDENT.nationalId).waitFor();
      await page.goto('/services/EXIT_REENTRY_VISA');
      await page.locator(`input[name="beneficiaryNationalId"][value="${RESIDENT.nationalId}"]`).check();
      await expect
        .poll(async () => ((await page.locator('[data-eligible]').getAttribute('data-eligible')) === 'true' ? 'eligible' : await page.locator('[data-eligible]').textContent()), { timeout: 15_000 })
        .toBe('eligible');
      await page.locator('input[name="entryType"][value="SINGLE"]').check();
      await page.locator('select[name="months"]').selectOption('2');
      await submitService(page);
      expect(await page.locator('[data-reference]').locator('xpath=../..').textContent()).toContain('Rajesh'.length ? 'راجيش' : '');
      await payAndComplete(page);
      await page.getByRole('navigation', { name: ar['nav.main'] }).getByRole('link', { name: ar['nav.documents'] }).click();
      await expect.poll(() => page.locator('table').textContent()).toContain(ar['documents.type.EXIT_REENTRY_VISA']);
      await context.close();
    });

    test('for whom: only the people a service applies to, by name; stale errors go with the person; choices with their fee; family apart from workers, with per-person actions', async () => {
      const { context, page } = await openPortal(browser, t);
      await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
      const radios = (name: string) => page.locator(`input[name="${name}"]`);
      const labels = (name: string) => page.locator(`fieldset.field:has(input[name="${name}"]) label`).allTextContents();
      // A Saudi passport: himself, his Saudi wife, daughter and son, never his workers; by name and relation, not by ID.
      await page.goto('/services/RENEW_PASSPORT');
      await page.locator('#form-title').waitFor();
      expect(await page.locator('fieldset.field:has(input[name="beneficiaryNationalId"]) legend').textContent()).toBe(ar['service.forWhom']);
      await expect.poll(() => radios('beneficiaryNationalId').count()).toBe(4);
      const offered = (await labels('beneficiaryNationalId')).join(' | ');
      expect(offered).toContain(CITIZEN.nameAr);
      expect(offered).toContain(`${HIND_AR} — ${ar['relation.kind.SPOUSE.F']}`);
      expect(offered).toContain(`${SARA_AR} — ${ar['relation.kind.DAUGHTER']}`);
      expect(offered).toContain(`${ABDULAZIZ_AR} — ${ar['relation.kind.SON']}`);
      expect(offered).not.toContain('راجيش');
      expect(offered).not.toMatch(/\d{10}/);
      expect(await page.locator('[data-choose-first]').textContent()).toBe(ar['service.forWhomFirst']);
      // Himself: refused (his passport is not yet due); then Sara: the refusal about him goes.
      await page.getByRole('radio', { name: new RegExp(CITIZEN.nameAr) }).check();
      await page.getByRole('button', { name: ar['service.submit'] }).click();
      await confirmIfReviewed(page);
      await page.locator('.error-summary, .error-text').first().waitFor();
      // Refused by a rule, so kept on record: its reference links to the refused request.
      const refusedAs = (await page.locator('[data-refused-as]').getAttribute('data-refused-as'))!;
      expect(refusedAs).toMatch(/^R-\d{4}-\d{8}$/);
      expect(await page.locator('[data-refused-as] a').textContent()).toBe(refusedAs);
      await page.getByRole('radio', { name: new RegExp(SARA_AR) }).check();
      await expect.poll(() => page.locator('.error-summary, .error-text').count()).toBe(0);
      await expect.poll(() => page.locator('[data-eligible]').getAttribute('data-eligible'), { timeout: 15_000 }).toBe('true');
      // The period among the allowed values, and the fee for the current choice.
      expect(await labels('years')).toEqual(['5 سنوات', '10 سنوات']);
      await page.getByRole('radio', { name: '5 سنوات' }).check();
      await expect.poll(() => page.locator('[data-fee-now]').getAttribute('data-fee-now')).toBe(String(300_00));
      await page.goto('/services/RENEW_DRIVING_LICENCE');
      await page.getByRole('radio', { name: '10 سنوات' }).check();
      await expect.poll(() => page.locator('[data-fee-now]').getAttribute('data-fee-now')).toBe(String(10 * 40_00));
      await page.getByRole('radio', { name: 'سنتان' }).check();
      await expect.poll(() => page.locator('[data-fee-now]').getAttribute('data-fee-now')).toBe(String(2 * 40_00));
      // An exit re-entry visa: never for himself (a citizen) nor his Saudi family: only for the workers, each named as what he is.
      await page.goto('/services/EXIT_REENTRY_VISA');
      await expect.poll(() => labels('beneficiaryNationalId')).toEqual([`${RAJESH_AR} — ${ar['relation.kind.DOMESTIC_WORKER.M']}`, `${KARIM_AR} — ${ar['relation.kind.SPONSORED_WORKER.M']}`]);
      expect(await page.locator('select[name="months"] option:not([value=""])').allTextContents()).toEqual(['شهران', ...[3, 4, 5, 6, 7, 8, 9, 10].map((n) => `${n} أشهر`), '11 شهراً', '12 شهراً']);

      // Family apart from workers, by name and relation; each person's action opens the form with them chosen.
      await page.getByRole('navigation', { name: ar['nav.main'] }).getByRole('link', { name: ar['nav.family'] }).click();
      await expectHeading(page, ar['family.title']);
      const family = page.locator('[data-group="family"]');
      const workers = page.locator('[data-group="workers"]');
      await workers.waitFor();
      expect(await family.locator('h2').textContent()).toBe(ar['family.members']);
      expect(await family.locator('h3').allTextContents()).toEqual([
        `${HIND_AR} ${ar['relation.kind.SPOUSE.F']}`,
        `${SARA_AR} ${ar['relation.kind.DAUGHTER']}`,
        `${ABDULAZIZ_AR} ${ar['relation.kind.SON']}`,
      ]);
      expect(await workers.locator('h3').allTextContents()).toEqual([`${RAJESH_AR} ${ar['relation.kind.DOMESTIC_WORKER.M']}`, `${KARIM_AR} ${ar['relation.kind.SPONSORED_WORKER.M']}`]);
      await workers
        .getByRole('link', { name: /خروج وعودة/ })
        .first()
        .click();
      await page.locator('#form-title').waitFor();
      expect(new URL(page.url()).pathname).toBe('/services/EXIT_REENTRY_VISA');
      expect(await page.locator(`input[name="beneficiaryNationalId"][value="${RESIDENT.nationalId}"]`).isChecked()).toBe(true);
      await page.goBack();
      await family.getByRole('link', { name: /جواز.*سارة/ }).click();
      await page.locator('#form-title').waitFor();
      await expect.poll(() => page.locator(`input[name="beneficiaryNationalId"][value="${MINOR.nationalId}"]`).isChecked()).toBe(true);

      // Documents and the dashboard name their holders, not their numbers; a document's renewal is for its holder.
      await page.getByRole('navigation', { name: ar['nav.main'] }).getByRole('link', { name: ar['nav.documents'] }).click();
      const holders = page.locator(`td[data-label="${ar['documents.holder']}"]`);
      await holders.first().waitFor();
      const holderTexts = await holders.allTextContents();
      expect(holderTexts.some((h) => /\d{10}/.test(h))).toBe(false);
      expect(holderTexts).toContain(`${SARA_AR} — ${ar['relation.kind.DAUGHTER']}`);
      expect(holderTexts).toContain(`${RAJESH_AR} — ${ar['relation.kind.DOMESTIC_WORKER.M']}`);
      await page.getByRole('link', { name: `${ar['documents.renewFor'].replace('{document}', ar['documents.type.PASSPORT']).replace('{name}', 'سارة')}` }).click();
      await expect.poll(() => page.locator(`input[name="beneficiaryNationalId"][value="${MINOR.nationalId}"]`).isChecked()).toBe(true);
      await page.getByRole('navigation', { name: ar['nav.main'] }).getByRole('link', { name: ar['nav.dashboard'] }).click();
      const dashboardDocuments = page.locator('#documents-title ~ ul li');
      await dashboardDocuments.first().waitFor();
      expect((await dashboardDocuments.allTextContents()).join(' ')).not.toMatch(/\d{10}/);

      // The refusal kept on record: its status and every reason, in the page's language.
      await page.goto(`/requests/${refusedAs}`);
      await expect.poll(() => page.locator('[data-status]').getAttribute('data-status')).toBe('REFUSED');
      expect(await page.locator('[data-refusal-reasons] li').first().textContent()).toContain('لم يحن موعد التجديد');
      await context.close();
    });

    test('a request refused when its bill is paid shows the bill refunded, with the refund reference', async () => {
      const { context, page } = await openPortal(browser, t);
      await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
      await page.goto('/services/RENEW_PASSPORT');
      await page.locator(`input[name="beneficiaryNationalId"][value="${MINOR.nationalId}"]`).check();
      await expect.poll(() => page.locator('[data-eligible]').getAttribute('data-eligible'), { timeout: 15_000 }).toBe('true');
      await submitService(page);
      // The registry bans her travel before the bill is paid: paying it rejects the renewal and refunds the bill.
      await t.app.services.orm.em.fork().nativeUpdate(Person, { nationalId: MINOR.nationalId }, { travelBan: true });
      try {
        await expect.poll(() => page.locator('[data-status]').getAttribute('data-status'), { timeout: 15_000 }).toBe('PENDING_PAYMENT');
        await page.getByRole('button', { name: ar['bills.pay'] }).click();
        await expect.poll(() => page.locator('[data-status]').getAttribute('data-status'), { timeout: 15_000 }).toBe('REJECTED');
        await expect.poll(() => page.locator('[data-refund]').getAttribute('data-refund'), { timeout: 15_000 }).toMatch(/^(PENDING|COMPLETED)$/);
        await page.reload();
        await expect.poll(() => page.locator('[data-refund]').getAttribute('data-refund'), { timeout: 15_000 }).toBe('COMPLETED');
        expect(await page.locator('[data-refund]').textContent()).toMatch(/مرجع الاسترداد: DEV-RF-/);
        expect(await page.locator('.bill .status').textContent()).toBe(ar['bills.status.REFUNDED']);
      } finally {
        await t.app.services.orm.em.fork().nativeUpdate(Person, { nationalId: MINOR.nationalId }, { travelBan: false });
        await context.close();
      }
    });

    test('the digital ID shows as a QR code image', async () => {
      const { context, page } = await openPortal(browser, t);
      await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
      await page.getByRole('navigation', { name: ar['nav.main'] }).getByRole('link', { name: ar['nav.documents'] }).click();
      const qr = page.getByAltText(ar['digitalId.qrAlt'].replace('{name}', CITIZEN.nameAr));
      await qr.waitFor();
      expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      expect(await page.locator('.masked-id').textContent()).not.toContain(CITIZEN.nationalId);
      await context.close();
    });

    // The page sweeps look at the pages, which do not depend on the database: the embedded default only.
    describe.skipIf(db.kind !== 'sqlite')('every e-services page in both languages, desktop and 375 px: screenshots and accessibility', () => {
      beforeAll(async () => {
        // Something to show on the requests and bills pages, whichever tests ran before: a request
        // left awaiting payment (or, if the server refuses a second one, the earlier ones).
        const { context, page } = await openPortal(browser, t);
        await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
        await page.goto('/services/EXIT_REENTRY_VISA');
        await page.locator(`input[name="beneficiaryNationalId"][value="${RESIDENT.nationalId}"]`).check();
        await page.locator('input[name="entryType"][value="MULTIPLE"]').check();
        await page.locator('select[name="months"]').selectOption('3');
        await page.getByRole('button', { name: ar['service.submit'] }).click();
        await confirmIfReviewed(page);
        await page.locator('[data-reference], [role="alert"], .error-text').first().waitFor();
        await context.close();
      });

      for (const [size, viewport] of [
        ['desktop', DESKTOP],
        ['375px', PHONE],
      ] as const) {
        for (const lang of ['ar', 'en'] as const) {
          test(`${lang} at ${size}`, async () => {
            const m = lang === 'ar' ? ar : en;
            const { context, page } = await openPortal(browser, t, viewport);
            await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
            await showIn(page, lang);
            const shoot = async (name: string) => {
              await screenshot(page, `eservices-${name}-${lang}-${size}`);
              await expectAccessible(page, `${name} ${lang} ${size}`);
              await expectOneDigitPolicy(page, `${name} ${lang} ${size}`);
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
            // "For whom?" first, the people by name in the page's language, the period chosen among its values.
            expect(await page.locator('#form-title ~ fieldset legend').first().textContent()).toBe(m['service.forWhom']);
            await expect
              .poll(async () => (await page.locator('fieldset.field:has(input[name="beneficiaryNationalId"]) label').allTextContents()).join(' | '))
              .toContain(lang === 'ar' ? `${SARA_AR} — ${m['relation.kind.DAUGHTER']}` : `Sara Mohammed Abdullah Alqahtani — ${m['relation.kind.DAUGHTER']}`);
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
            expect(await page.locator('[data-group] h2').allTextContents()).toEqual([m['family.members'], m['family.workers']]);
            expect(await page.locator('[data-group="workers"] h3').allTextContents()).toEqual([
              `${lang === 'ar' ? RAJESH_AR : 'Rajesh Kumar Ramaswamy Nair'} ${m['relation.kind.DOMESTIC_WORKER.M']}`,
              `${lang === 'ar' ? KARIM_AR : 'Karim Rahman Abdul Mia'} ${m['relation.kind.SPONSORED_WORKER.M']}`,
            ]);
            await shoot('family');
            await context.close();
          });
        }
      }
    });
  });
}
