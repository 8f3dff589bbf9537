import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../client/src/i18n/ar';
import { en } from '../../client/src/i18n/en';
import { CITIZEN, PASSWORD } from '../helpers/flows';
import type { TestApp } from '../helpers/test-app';
import { DESKTOP, expectAccessible, GENEROUS_LIMITS, goToSection, logInThroughPortal, openPortal, PHONE, portalDatabases, screenshot, showIn, startPortalWithCitizen, stopPortal } from './browser';

/** What the wallet keeps in IndexedDB (its own database), or null when there is none. */
async function keptWallet(page: Page): Promise<{ copies: { token: string; card: { type: string } }[]; accountId: string; receivedAt: number } | null> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const request = indexedDB.open('absher-wallet');
        request.onupgradeneeded = () => request.transaction!.abort();
        request.onerror = () => resolve(null);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('wallet').objectStore('wallet').get('offline-copies');
          get.onsuccess = () => {
            db.close();
            resolve((get.result as never) ?? null);
          };
        };
      }),
  );
}

const headerOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()) as { typ: string };

for (const db of portalDatabases) {
  describe(`the document wallet in Chromium (${db.kind})`, () => {
    let t: TestApp;
    let browser: Browser;
    beforeAll(async () => ({ t, browser } = await startPortalWithCitizen(db.kind, GENEROUS_LIMITS)));
    afterAll(() => stopPortal(t, browser));

    for (const [lang, size, viewport] of [
      ['ar', '375px', PHONE],
      ['en', 'desktop', DESKTOP],
    ] as const) {
      test(`${lang} at ${size}: cards with both calendars and a QR, a registration delivered step by step, offline copies shown marked and wiped at log-out`, async () => {
        const m = lang === 'ar' ? ar : en;
        const { context, page } = await openPortal(browser, t, viewport);
        await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
        await showIn(page, lang);
        // From the documents page.
        await goToSection(page, m['nav.documents']);
        await page.getByRole('link', { name: m['wallet.open'] }).click();
        await page.getByRole('heading', { name: m['wallet.title'] }).waitFor();

        // The car's registration as a card: its number, its holder, dates in both calendars.
        const card = page.locator('.wallet-card[data-card-type="VEHICLE_REGISTRATION"]');
        await card.waitFor();
        expect(await card.textContent()).toContain('730104521');
        expect(await card.textContent()).toContain(lang === 'ar' ? CITIZEN.nameAr : CITIZEN.nameEn);
        expect(await card.locator('[data-document-status]').getAttribute('data-document-status')).toBe('EXPIRING');
        // Gregorian then Hijri: the Umm al-Qura year (14xx) is shown beside the Gregorian one.
        expect(await card.locator('.facts').textContent()).toMatch(/14\d\d/);

        // Its live QR code, on demand.
        await card.getByRole('button', { name: m['wallet.showCode'] }).click();
        await expect.poll(() => card.locator('.qr').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 10_000 }).toBe(true);

        // Offline copies kept on the device: one per card in force, each a day-long wallet token.
        await expect.poll(async () => (await keptWallet(page))?.copies.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(3);
        const kept = (await keptWallet(page))!;
        expect(new Set(kept.copies.map((c) => headerOf(c.token).typ))).toEqual(new Set(['wallet-card-offline+jwt']));
        expect(kept.copies.some((c) => c.card.type === 'VEHICLE_REGISTRATION')).toBe(true);

        // Delivered by post: ordered (a bill), paid under Bills, then the development button three times.
        await card.getByRole('button', { name: m['wallet.delivery.order'].replace('{fee}', '').split('(')[0].trim(), exact: false }).click();
        const delivery = page.locator('li[data-tracking]').first();
        await expect.poll(() => delivery.getAttribute('data-delivery-status'), { timeout: 10_000 }).toBe('AWAITING_PAYMENT');
        await screenshot(page, `wallet-${lang}-${size}`);
        await expectAccessible(page, `wallet ${lang} ${size}`);
        await goToSection(page, m['nav.bills']);
        await page.getByRole('button', { name: m['bills.pay'] }).first().click();
        await expect.poll(() => page.locator('.bill .status-PAID').count(), { timeout: 10_000 }).toBeGreaterThan(0);
        await goToSection(page, m['nav.documents']);
        await page.getByRole('link', { name: m['wallet.open'] }).click();
        const paid = page.locator('li[data-tracking]').first();
        await expect.poll(() => paid.getAttribute('data-delivery-status'), { timeout: 10_000 }).toBe('ORDERED');
        for (const next of ['PRINTED', 'OUT_FOR_DELIVERY', 'DELIVERED']) {
          await paid.getByRole('button', { name: m['wallet.delivery.advance'] }).click();
          await expect.poll(() => paid.getAttribute('data-delivery-status'), { timeout: 10_000 }).toBe(next);
        }
        expect(await paid.getByRole('button', { name: m['wallet.delivery.advance'] }).count()).toBe(0);
        expect(await paid.locator('.delivery-steps li[data-done="yes"]').count()).toBe(4);
        await screenshot(page, `wallet-delivered-${lang}-${size}`);

        // Without a network: the kept copies, each marked "offline copy, issued at …".
        await context.setOffline(true);
        await page.evaluate(() => window.dispatchEvent(new Event('offline')));
        const offline = page.locator('.wallet-card[data-state="offline-copy"]');
        await expect.poll(() => offline.count(), { timeout: 10_000 }).toBeGreaterThan(3);
        expect(await offline.first().locator('.id-card-offline-mark').textContent()).toContain(m['wallet.offline.mark'].split('{time}')[0].trim());
        await screenshot(page, `wallet-offline-${lang}-${size}`);
        await context.setOffline(false);
        await page.evaluate(() => window.dispatchEvent(new Event('online')));

        // Logging out wipes them from this device.
        await page.reload();
        await page.locator('nav.main-nav').waitFor({ timeout: 10_000 });
        const inHeader = page.locator('.header-logout');
        if (await inHeader.isVisible()) await inHeader.click();
        else {
          await page.locator('.menu-toggle').click();
          await page.locator('.menu-logout').click();
        }
        await page.locator('input[name="identifier"]').waitFor();
        await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('absher-wallet');
        await context.close();
      });
    }
  });
}
