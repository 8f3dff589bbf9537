import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../client/src/i18n/ar';
import { en } from '../../client/src/i18n/en';
import { PASSWORD, signedInAs } from '../helpers/flows';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { DESKTOP, expectAccessible, expectHeading, expectOneDigitPolicy, launchBrowser, logInThroughPortal, openPortal, PHONE, portalDatabases, screenshot, showIn, stopPortal } from './browser';
import { DEMO_BUYER, DEMO_SALE_PLATE, DEMO_SELLER } from '../../server/modules/vehicle-sales/demo-sale';

/**
 * The demo sale in the portal: the seller offers the car (form, check your answers), the buyer
 * accepts it from "Offers to you" and pays the escrow bill on the sale's page, which is swept in both
 * languages at both widths.
 */
describe.each(portalDatabases)('vehicle sale in the portal ($kind)', ({ kind }) => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestApp({ database: kind });
    browser = await launchBrowser();
    await signedInAs(t, DEMO_SELLER, 'AR');
    await signedInAs(t, DEMO_BUYER, 'AR');
  });
  afterAll(() => stopPortal(t, browser));

  const signIn = async (person: { nationalId: string; mobile: string }): Promise<Page> => {
    const { page } = await openPortal(browser, t);
    await logInThroughPortal(page, t, `p${person.nationalId}`, `+966${person.mobile.slice(1)}`, PASSWORD);
    return page;
  };

  test('offer, check your answers, accept, pay: the car changes hands', async () => {
    const seller = await signIn(DEMO_SELLER);
    await seller.goto('/vehicles');
    await expectHeading(seller, ar['vehicles.title']);
    await seller.getByRole('link', { name: `${ar['vehicles.sell']} ${DEMO_SALE_PLATE}` }).click();
    await expectHeading(seller, ar['sales.sell']);
    await seller.getByLabel(ar['sales.buyer']).fill(DEMO_BUYER.nationalId);
    await seller.getByLabel(ar['sales.price']).fill('٨٥٠٠٠');
    await seller.getByRole('button', { name: ar['sales.continue'] }).click();
    // Nothing is sent before the answers are checked; the review takes the focus.
    await expect.poll(() => seller.evaluate(() => document.activeElement?.id)).toBe('review-title');
    await expectAccessible(seller, 'sell review ar');
    await seller.getByRole('button', { name: ar['sales.confirm'] }).click();
    await expectHeading(seller, ar['sales.page']);
    await expect.poll(() => seller.locator('[data-sale] .status').textContent()).toBe(ar['sales.status.OFFERED']);
    expect(await seller.locator('[data-sale] table').textContent()).toContain('85,380.00');

    const buyer = await signIn(DEMO_BUYER);
    await buyer.goto('/vehicles');
    await buyer.getByRole('heading', { name: ar['sales.toYou'] }).waitFor();
    await buyer.getByRole('button', { name: ar['sales.accept'] }).click();
    await expect.poll(() => buyer.locator('[data-sale] .status').first().textContent()).toBe(ar['sales.status.AWAITING_PAYMENT']);
    await buyer.locator('[data-sale] a').first().click();
    await expectHeading(buyer, ar['sales.page']);
    await buyer.locator('[data-bill]').waitFor();
    for (const [size, viewport] of [
      ['desktop', DESKTOP],
      ['375px', PHONE],
    ] as const) {
      await buyer.setViewportSize(viewport);
      for (const lang of ['ar', 'en'] as const) {
        await showIn(buyer, lang);
        await screenshot(buyer, `vehicle-sale-${lang}-${size}`);
        await expectAccessible(buyer, `vehicle sale ${lang} ${size}`);
        await expectOneDigitPolicy(buyer, `vehicle sale ${lang} ${size}`);
      }
    }
    await buyer.getByRole('button', { name: en['bills.pay'] }).click();
    await expect.poll(() => buyer.locator('[data-sale] .status').textContent()).toBe(en['sales.status.COMPLETED']);
    expect(await buyer.locator('[data-sale]').textContent()).toContain(en['sales.done.BUYER'].replace('{plate}', DEMO_SALE_PLATE));
  });
});
