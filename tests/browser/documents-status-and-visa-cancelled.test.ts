import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../client/src/i18n/ar';
import { en } from '../../client/src/i18n/en';
import { IssueExitReentryVisaDocument, PayBillDocument } from '../gql/graphql';
import { CITIZEN, DEMO, PASSWORD } from '../helpers/flows';
import type { TestApp } from '../helpers/test-app';
import { DESKTOP, expectAccessible, expectHeading, logInThroughPortal, openPortal, PHONE, portalDatabases, screenshot, showIn, startPortalWithCitizen, stopPortal } from './browser';

const catalogue = (lang: 'ar' | 'en') => (lang === 'ar' ? ar : en);

describe.each(portalDatabases)('the documents page shows each status, and a visa is cancelled before use with its fee refunded ($kind)', ({ kind }) => {
  let t: TestApp;
  let browser: Browser;
  let visaNumber: string;
  beforeAll(async () => {
    ({ t, browser } = await startPortalWithCitizen(kind));
    // The citizen issued and paid a 6-month visa for Rajesh, his worker (the visa form has its own suites).
    const { issueExitReentryVisa } = await t.api.ok(IssueExitReentryVisaDocument, { input: { beneficiaryNationalId: DEMO.RAJESH.nationalId, entryType: 'SINGLE', months: 6 } });
    expect(issueExitReentryVisa.errors).toEqual([]);
    const { payBill } = await t.api.ok(PayBillDocument, { input: { billNumber: issueExitReentryVisa.request!.bill!.number } });
    visaNumber = String(payBill.request!.result!.documentNumber);
  });
  afterAll(async () => stopPortal(t, browser));

  const visaRow = (page: Page) => page.locator('tr', { hasText: visaNumber });

  test('statuses in both languages at both widths; cancel asks first, then says the fee comes back', async () => {
    const { page } = await openPortal(browser, t);
    await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
    await page.goto('/documents');
    await expectHeading(page, ar['documents.title']);
    for (const [size, viewport] of [
      ['desktop', DESKTOP],
      ['375px', PHONE],
    ] as const) {
      await page.setViewportSize(viewport);
      for (const lang of ['ar', 'en'] as const) {
        const m = catalogue(lang);
        await showIn(page, lang);
        // The demo: his licence expires within 90 days, the visa is far from its expiry.
        await expect.poll(() => page.locator('[data-document-status="EXPIRING"]').first().textContent()).toBe(m['documents.status.EXPIRING']);
        await expect.poll(() => visaRow(page).locator('[data-document-status]').textContent()).toBe(m['documents.status.VALID']);
        await screenshot(page, `documents-status-${lang}-${size}`);
        await expectAccessible(page, `documents ${lang} ${size}`);
      }
    }

    await page.setViewportSize(PHONE);
    const cancel = visaRow(page).getByRole('button', { name: en['documents.cancelVisa'].replace('{name}', 'Rajesh') });
    await cancel.click();
    // Asked first, with what cannot be undone; "keep it" leaves everything as it was.
    await expect.poll(() => visaRow(page).getByRole('group').textContent()).toContain(`Cancel exit re-entry visa ${visaNumber} for Rajesh?`);
    await screenshot(page, 'documents-cancel-visa-confirm-en-375px');
    await expectAccessible(page, 'cancel visa confirmation en 375px');
    await visaRow(page).getByRole('button', { name: en['documents.cancelVisaNo'] }).click();
    expect(await visaRow(page).locator('[data-document-status]').textContent()).toBe(en['documents.status.VALID']);

    await cancel.click();
    await visaRow(page).getByRole('button', { name: en['documents.cancelVisaYes'] }).click();
    await expect.poll(() => page.locator('[data-visa-cancelled]').textContent()).toContain(`Visa ${visaNumber} is cancelled. Its fee (`);
    await expect.poll(() => visaRow(page).locator('[data-document-status]').textContent()).toBe(en['documents.status.CANCELLED']);
    expect(await visaRow(page).getByRole('button').count()).toBe(0);
    await showIn(page, 'ar');
    await expect.poll(() => visaRow(page).locator('[data-document-status]').textContent()).toBe(ar['documents.status.CANCELLED']);
    await screenshot(page, 'documents-visa-cancelled-ar-375px');
    await expectAccessible(page, 'visa cancelled ar 375px');
    // The request it came from tells the same story: cancelled, its bill refunded.
    await page.locator('[data-visa-cancelled] a').click();
    await expect.poll(() => page.locator('[data-status]').first().getAttribute('data-status')).toBe('CANCELLED');
  });

  test('a driving licence reported stolen, in Arabic on a desktop: asked first with the choice, then LOST at once', async () => {
    const { page } = await openPortal(browser, t);
    await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
    await page.goto('/documents');
    await expectHeading(page, ar['documents.title']);
    const licence = page.locator('tr', { hasText: ar['documents.type.DRIVING_LICENCE'] });
    const label = ar['documents.reportLost'].replace('{document}', ar['documents.type.DRIVING_LICENCE']).replace('{name}', 'محمد');
    await licence.getByRole('button', { name: label }).click();
    await licence.getByRole('radio', { name: ar['documents.loss.STOLEN'] }).check();
    await screenshot(page, 'documents-report-lost-confirm-ar-desktop');
    await expectAccessible(page, 'report lost confirmation ar desktop');
    await licence.getByRole('button', { name: ar['documents.reportLostYes'] }).click();
    await expect.poll(() => page.locator('[data-reported-lost]').textContent()).toContain(ar['documents.type.DRIVING_LICENCE']);
    await expect.poll(() => licence.locator('[data-document-status]').textContent()).toBe(ar['documents.status.LOST']);
    // Lost, it is not counting down to anything, and cannot be reported again.
    expect(await licence.locator('[data-days]').count()).toBe(0);
    expect(await licence.getByRole('button', { name: label }).count()).toBe(0);
    await expectAccessible(page, 'reported lost ar desktop');

    // Beside it, the replacement: the service form opens with the card and the cause chosen, and its fee.
    const replace = ar['documents.replaceFor'].replace('{document}', ar['documents.type.DRIVING_LICENCE']).replace('{name}', 'محمد');
    await licence.getByRole('link', { name: replace }).click();
    await expect.poll(() => page.locator('[data-eligible]').getAttribute('data-eligible'), { timeout: 15_000 }).toBe('true');
    expect(await page.getByRole('radio', { name: 'رخصة القيادة' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'فاقد (مبلَّغ عنه)' }).isChecked()).toBe(true);
    await screenshot(page, 'replace-lost-licence-ar-desktop');
    await expectAccessible(page, 'replace lost licence ar desktop');
    await page.getByRole('button', { name: ar['service.submit'] }).click();
    await page.locator('#review-title, [data-reference]').first().waitFor();
    if (await page.locator('#review-title').count()) await page.getByRole('button', { name: ar['review.confirm'] }).click();
    await expect.poll(() => page.locator('[data-status]').first().getAttribute('data-status'), { timeout: 15_000 }).toBe('PENDING_PAYMENT');
    await page.getByRole('button', { name: ar['bills.pay'] }).click();
    await expect.poll(() => page.locator('[data-status]').first().getAttribute('data-status'), { timeout: 15_000 }).toBe('COMPLETED');
    await page.goto('/documents');
    await expect.poll(() => licence.locator('[data-document-status]').textContent()).toBe(ar['documents.status.EXPIRING']);
  });
});
