import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../client/src/i18n/ar';
import { en } from '../../client/src/i18n/en';
import { formatSar } from '../../client/src/i18n/format';
import { CITIZEN, PASSWORD } from '../helpers/flows';
import type { TestApp } from '../helpers/test-app';
import {
  ARTIFACTS,
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

/** The same screen at both widths and in both languages (a switch re-renders it in place). */
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

/** Requests that would create something: the service mutations and payBill. */
function watchMutations(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (r) => {
    const name = /"operationName":"(\w+)"/.exec(r.postData() ?? '')?.[1];
    if (r.url().endsWith('/graphql') && name && /^(PayViolations|RenewDrivingLicence|PayBill)$/.test(name)) sent.push(name);
  });
  return sent;
}

const unread = async (page: Page) =>
  Number(
    (await page
      .locator('#main-menu a[href="/notifications"] [data-unread]')
      .getAttribute('data-unread')
      .catch(() => '0')) ?? 0,
  );

/**
 * Check your answers → confirm → the confirmation page with its reference and what happens next
 * → pay (the unread count follows at once) → the receipt, which prints without the portal around it.
 */
async function billedJourney(page: Page, lang: Lang, fill: () => Promise<void>, expected: { service: string; answer: string; fee?: string }) {
  const m = catalogue(lang);
  const sent = watchMutations(page);
  await fill();
  await page.getByRole('button', { name: m['service.submit'] }).click();
  // The review, focused, before anything is sent.
  await page.locator('#review-title').waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('review-title');
  expect(await page.locator('#review-title').textContent()).toBe(m['review.title']);
  const review = page.locator('.review');
  expect(await review.textContent()).toContain(expected.service);
  expect(await review.textContent()).toContain(expected.answer);
  // The fee for the answers given (the server's, asked again as a choice changes).
  if (expected.fee) await expect.poll(() => review.locator('[data-fee] dd').first().textContent()).toBe(expected.fee);
  else expect(await review.locator('[data-fee] dd').first().textContent()).toContain(m['review.feeOnBill']);
  expect(sent).toEqual([]);
  // "Change" goes back to the form, on the field; the answers are kept.
  await review
    .getByRole('button', { name: new RegExp(`^${m['review.change']}`) })
    .first()
    .click();
  await page.locator('#form-title').waitFor();
  expect(sent).toEqual([]);
  await page.getByRole('button', { name: m['service.submit'] }).click();
  await page.locator('#review-title').waitFor();
  await page.getByRole('button', { name: m['review.confirm'] }).click();

  // The confirmation page: its own title, the reference, the bill to pay and by when.
  await expectHeading(page, m['submitted.title']);
  expect(await page.title()).toBe(`${m['submitted.title']} — ${m['app.name']}`);
  const reference = (await page.locator('[data-submitted-reference]').textContent())!;
  expect(reference).toBe(await page.locator('[data-reference]').textContent());
  const bill = (await page.locator('[data-bill]').getAttribute('data-bill'))!;
  const fee = (await page.locator('[data-bill] dd').first().textContent())!;
  if (expected.fee) expect(fee).toBe(expected.fee);
  const next = (await page.locator('[data-next]').textContent())!;
  expect(next).toContain(bill);
  expect(next).toContain(fee);
  expect(sent.filter((s) => s !== 'PayBill')).toHaveLength(1);

  // Paying adds a notification: the count in the menu follows without leaving the page.
  const before = await unread(page);
  await page.getByRole('button', { name: m['bills.pay'] }).click();
  await expect.poll(() => page.locator('[data-status]').getAttribute('data-status'), { timeout: 15_000 }).toBe('COMPLETED');
  await expect.poll(() => unread(page)).toBeGreaterThan(before);
  await expect.poll(() => page.locator('[data-next]').textContent()).toBe(m['submitted.nextDone']);
  return { reference, bill, fee };
}

async function checkReceipt(page: Page, lang: Lang, reference: string, bill: string, fee: string) {
  const m = catalogue(lang);
  await page.getByRole('link', { name: m['receipt.open'] }).click();
  await expectHeading(page, m['receipt.title']);
  const receipt = page.locator('[data-receipt]');
  expect(await receipt.getAttribute('data-receipt')).toBe(bill);
  const text = (await receipt.textContent())!;
  for (const part of [bill, reference, fee.trim(), m['receipt.paidAt'], m['receipt.issuer']]) expect(text).toContain(part);
  expect(await page.getByRole('button', { name: m['receipt.print'] }).isVisible()).toBe(true);
  // On paper: the receipt alone.
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['header.site-header', 'footer.site-footer', '.receipt .actions']) expect(await page.locator(hidden).isVisible(), `${hidden} printed`).toBe(false);
  expect(await receipt.isVisible()).toBe(true);
  mkdirSync(ARTIFACTS, { recursive: true });
  const pdf = await page.pdf({ path: path.join(ARTIFACTS, `receipt-${lang}.pdf`), format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
}

for (const db of portalDatabases) {
  describe(`check your answers, confirmation and receipt in Chromium (${db.kind})`, () => {
    let t: TestApp;
    let browser: Browser;
    beforeAll(async () => ({ t, browser } = await startPortalWithCitizen(db.kind, GENEROUS_LIMITS)));
    afterAll(() => stopPortal(t, browser));

    test('paying a violation in Arabic: review, confirmation with its reference, payment, receipt; every screen at both widths in both languages', async () => {
      const { context, page } = await openPortal(browser, t);
      await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
      await showIn(page, 'ar');
      await page.goto('/services/PAY_VIOLATIONS');
      const fill = async () => {
        await page.locator('input[name="violationNumbers"][value="2026000001"]').check();
      };
      // The review at every width and language, then back to Arabic to confirm.
      await fill();
      await page.getByRole('button', { name: ar['service.submit'] }).click();
      await page.locator('#review-title').waitFor();
      await shootEverywhere(page, 'review-pay-violations', 'ar');
      await page.getByRole('button', { name: ar['review.back'] }).click();
      await page.locator('input[name="violationNumbers"][value="2026000001"]').uncheck();

      // The review's fee is the chosen violations' amount, as the bill then says.
      const { reference, bill, fee } = await billedJourney(page, 'ar', fill, { service: ar['input.violationNumbers'], answer: '2026000001', fee: formatSar(30000, 'ar') });
      await shootEverywhere(page, 'confirmation-pay-violations', 'ar');
      // A reload keeps the confirmation (it lives in the history entry).
      await page.reload();
      await expectHeading(page, ar['submitted.title']);
      await checkReceipt(page, 'ar', reference, bill, fee);
      await shootEverywhere(page, 'receipt', 'ar');
      await context.close();
    });

    test('renewing the driving licence in English on a phone: the same journey; the review shows the fee for the period chosen, as the bill then says', async () => {
      const { context, page } = await openPortal(browser, t, PHONE);
      await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
      await showIn(page, 'en');
      await page.goto('/services/RENEW_DRIVING_LICENCE');
      await expect.poll(() => page.locator('[data-eligible]').getAttribute('data-eligible'), { timeout: 15_000 }).toBe('true');
      // The fee depends on the years chosen (SAR 40 a year): the review shows it for the choice made.
      const { reference, bill, fee } = await billedJourney(page, 'en', () => page.getByRole('radio', { name: '5 years' }).check(), {
        service: en['input.years'],
        answer: '5 years',
        fee: formatSar(5 * 4000, 'en'),
      });
      await checkReceipt(page, 'en', reference, bill, fee);
      await screenshot(page, 'receipt-licence-en-375px');
      await context.close();
    });
  });
}
