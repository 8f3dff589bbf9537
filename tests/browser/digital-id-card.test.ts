import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../client/src/i18n/ar';
import { en } from '../../client/src/i18n/en';
import { CITIZEN, PASSWORD } from '../helpers/flows';
import type { TestApp } from '../helpers/test-app';
import {
  DESKTOP,
  expectAccessible,
  keptInIndexedDb,
  GENEROUS_LIMITS,
  goToSection,
  logInThroughPortal,
  openPortal,
  PHONE,
  portalDatabases,
  screenshot,
  showIn,
  startPortalWithCitizen,
  stopPortal,
} from './browser';

/** A short lifetime, so that renewal and expiry happen within the test: renewed 2 s before it ends (a fifth of it). */
const TTL_SECONDS = 10;

/**
 * The QR image as shown: its source, the device pixels one module gets, and the code's size in
 * modules. The suites' pages have a device scale factor of 1 (openPortal), the hardest case: a
 * phone's 2 or 3 gives each module two or three times as many pixels.
 */
async function measureQr(page: Page) {
  return page.locator('.id-card .qr').evaluate((img: HTMLImageElement) => {
    const svg = decodeURIComponent(img.src.slice(img.src.indexOf(',') + 1));
    // The code's side in modules, quiet zone included (qrcode writes it as the viewBox).
    const side = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
    const style = getComputedStyle(img);
    const inner = img.getBoundingClientRect().width - ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'].reduce((sum, k) => sum + parseFloat(style[k as 'paddingLeft']), 0);
    return { src: img.src, side, pixelsPerModule: (inner * window.devicePixelRatio) / side, loaded: img.complete && img.naturalWidth > 0 };
  });
}

async function secondsLeft(page: Page): Promise<number> {
  return Number(await page.locator('.id-card [role="timer"]').getAttribute('data-seconds'));
}

for (const db of portalDatabases) {
  describe(`the digital ID card in Chromium (${db.kind})`, () => {
    let t: TestApp;
    let browser: Browser;
    beforeAll(async () => ({ t, browser } = await startPortalWithCitizen(db.kind, { ...GENEROUS_LIMITS, DIGITAL_ID_TTL_SECONDS: String(TTL_SECONDS) })));
    afterAll(() => stopPortal(t, browser));

    for (const [size, viewport] of [
      ['desktop', DESKTOP],
      ['375px', PHONE],
    ] as const) {
      for (const lang of ['ar', 'en'] as const) {
        test(`${lang} at ${size}: photo, a QR code of 3 device pixels a module, a countdown, renewal before expiry, and "expired" offline`, async () => {
          const m = lang === 'ar' ? ar : en;
          const { context, page } = await openPortal(browser, t, viewport);
          await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
          await showIn(page, lang);
          await goToSection(page, m['nav.documents']);
          const name = lang === 'ar' ? CITIZEN.nameAr : CITIZEN.nameEn;

          // The holder's photo, from the registry, beside their name.
          const photo = page.getByAltText(m['digitalId.photoAlt'].replace('{name}', name));
          await photo.waitFor();
          expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0 && img.src.startsWith('data:image/svg+xml'))).toBe(true);
          await expect.poll(() => page.getByAltText(m['digitalId.qrAlt'].replace('{name}', name)).isVisible()).toBe(true);

          // Big enough to scan: at least 3 device pixels per module, at the width the screen gives it.
          const first = await measureQr(page);
          expect(first.loaded).toBe(true);
          expect(first.side).toBeGreaterThanOrEqual(21 + 4);
          expect(first.side, 'a version 13 code or smaller').toBeLessThanOrEqual(17 + 4 * 13 + 4);
          expect(first.pixelsPerModule).toBeGreaterThanOrEqual(3);

          // A live countdown, in the page's language.
          const timer = page.locator('.id-card [role="timer"]');
          const before = await secondsLeft(page);
          expect(before).toBeGreaterThan(0);
          expect(before).toBeLessThanOrEqual(TTL_SECONDS);
          expect(await timer.textContent()).toContain(m['digitalId.validFor'].split('{time}')[0].trim());
          await expect.poll(() => secondsLeft(page), { timeout: 3000 }).toBeLessThan(before);
          await screenshot(page, `digital-id-${lang}-${size}`);
          await expectAccessible(page, `digital ID ${lang} ${size}`);

          // Renewed before it expires: a new code appears while the old one still had time left.
          let lowest = TTL_SECONDS;
          await expect
            .poll(
              async () => {
                const now = await measureQr(page);
                if (now.src === first.src) lowest = Math.min(lowest, await secondsLeft(page));
                return now.src !== first.src;
              },
              { timeout: TTL_SECONDS * 1000, interval: 250 },
            )
            .toBe(true);
          expect(lowest, 'renewed before the countdown reached 0').toBeGreaterThan(0);
          expect(await page.locator('.id-card').getAttribute('data-state')).toBe('valid');
          expect(await secondsLeft(page)).toBeGreaterThan(TTL_SECONDS - 3);

          // Offline, renewal fails: it says so, then shows the code as expired instead of a dead QR —
          // here without an offline copy on the device (digital-id-offline-copy.test.ts shows it with one).
          await expect.poll(async () => (await keptInIndexedDb(page))?.length ?? 0, { timeout: 10_000 }).toBe(1);
          await page.evaluate(
            () =>
              new Promise<void>((resolve) => {
                const request = indexedDB.deleteDatabase('absher-offline');
                request.onsuccess = request.onerror = request.onblocked = () => resolve();
              }),
          );
          await context.setOffline(true);
          await expect.poll(() => page.locator('.id-card').getAttribute('data-state'), { timeout: TTL_SECONDS * 1000 }).toBe('failing');
          expect(await page.locator('.id-card-code [role="status"]').textContent()).toBe(m['digitalId.renewFailed']);
          await expect.poll(() => page.locator('.id-card').getAttribute('data-state'), { timeout: TTL_SECONDS * 1000 }).toBe('expired');
          expect(await page.locator('.id-card .qr').count()).toBe(0);
          expect(await page.getByRole('alert').filter({ hasText: m['digitalId.expired'] }).count()).toBe(1);
          await screenshot(page, `digital-id-expired-${lang}-${size}`);
          await expectAccessible(page, `digital ID expired ${lang} ${size}`);

          // Back online, a fresh code comes by itself.
          await context.setOffline(false);
          await expect.poll(() => page.locator('.id-card').getAttribute('data-state'), { timeout: 10_000 }).toBe('valid');
          expect((await measureQr(page)).src).not.toBe(first.src);
          await context.close();
        });
      }
    }
  });
}
