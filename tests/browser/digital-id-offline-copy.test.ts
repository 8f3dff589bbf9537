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

/** A short-lived code of 10 s, so that the card falls back to the offline copy within the test once the network is cut. */
const TTL_SECONDS = 10;

/** Whether the service worker controls the page and has kept the shell and every file this page loaded. */
async function portalKeptForOffline(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const cache = await caches.open('absher-shell-v1');
    const files = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((url) => new URL(url).pathname.startsWith('/assets/'));
    // Vary (Accept-Encoding) is ignored, as the worker does: what is kept is the decoded file.
    const kept = await Promise.all([cache.match('/'), ...files.map((url) => cache.match(url, { ignoreVary: true }))]);
    return kept.every(Boolean);
  });
}

const headerOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()) as { typ: string };

for (const db of portalDatabases) {
  describe(`the digital ID's offline copy in Chromium (${db.kind})`, () => {
    let t: TestApp;
    let browser: Browser;
    beforeAll(async () => ({ t, browser } = await startPortalWithCitizen(db.kind, { ...GENEROUS_LIMITS, DIGITAL_ID_TTL_SECONDS: String(TTL_SECONDS) })));
    afterAll(() => stopPortal(t, browser));

    for (const [lang, size, viewport] of [
      ['ar', '375px', PHONE],
      ['en', 'desktop', DESKTOP],
    ] as const) {
      test(`${lang} at ${size}: kept in IndexedDB (no session token), shown marked when the network is cut, after a reload too, and gone after log-out`, async () => {
        const m = lang === 'ar' ? ar : en;
        const mark = m['digitalId.offline.mark'].split('{time}')[0].trim();
        const { context, page } = await openPortal(browser, t, viewport);
        await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
        await showIn(page, lang);
        await goToSection(page, m['nav.documents']);
        await expect.poll(() => page.locator('.id-card').getAttribute('data-state'), { timeout: 10_000 }).toBe('valid');

        // Kept on the device: the offline copy and what the card shows, and nothing else.
        await expect.poll(async () => (await keptInIndexedDb(page))?.length ?? 0, { timeout: 10_000 }).toBe(1);
        const [kept] = (await keptInIndexedDb(page)) as { copy: { token: string; qrSvg: string; holder: { fullNameEn: string } }; accountId: string; receivedAt: number }[];
        expect(Object.keys(kept).sort()).toEqual(['accountId', 'copy', 'receivedAt']);
        expect(headerOf(kept.copy.token).typ).toBe('digital-id-offline+jwt');
        expect(kept.copy.holder.fullNameEn).toBe(CITIZEN.nameEn);
        // No access or refresh token in any browser storage: the only JWT kept is the offline copy.
        const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
        expect(stored).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
        expect(JSON.stringify(kept).match(/eyJ[\w-]+\.[\w-]+\.[\w-]+/g)).toEqual([kept.copy.token]);

        // The network cut while the card is open: once the live code runs out, the offline copy, marked.
        await expect.poll(() => portalKeptForOffline(page), { timeout: 10_000 }).toBe(true);
        await context.setOffline(true);
        await expect.poll(() => page.locator('.id-card').getAttribute('data-state'), { timeout: (TTL_SECONDS + 5) * 1000 }).toBe('offline-copy');
        expect(await page.locator('.id-card-offline-mark').textContent()).toContain(mark);
        const seconds = Number(await page.locator('.id-card [role="timer"]').getAttribute('data-seconds'));
        expect(seconds).toBeGreaterThan(86_400 - 120);
        expect(seconds).toBeLessThanOrEqual(86_400);

        // Reloaded without a network: the portal opens from the service worker, the session cannot
        // be restored, and the front page shows the copy kept here.
        await page.reload();
        const card = page.locator('.id-card[data-state="offline-copy"]');
        await card.waitFor({ timeout: 10_000 });
        expect(await page.getByRole('heading', { name: m['digitalId.offline.title'] }).count()).toBe(1);
        expect(await card.locator('.id-card-offline-mark').textContent()).toContain(mark);
        expect(await card.getByText(lang === 'ar' ? CITIZEN.nameAr : CITIZEN.nameEn).count()).toBe(1);
        expect(await card.locator('.qr').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
        expect(await card.locator('.qr').getAttribute('src')).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(kept.copy.qrSvg)}`);
        await screenshot(page, `digital-id-offline-copy-${lang}-${size}`);
        await expectAccessible(page, `offline copy ${lang} ${size}`);

        // Online again: the session comes back; logging out wipes the copy from this device.
        await context.setOffline(false);
        await page.reload();
        await page.locator('nav.main-nav').waitFor({ timeout: 10_000 });
        // The header's button on a wide screen, the menu's on a phone.
        const inHeader = page.locator('.header-logout');
        if (await inHeader.isVisible()) await inHeader.click();
        else {
          await page.locator('.menu-toggle').click();
          await page.locator('.menu-logout').click();
        }
        await page.locator('input[name="identifier"]').waitFor();
        await expect.poll(() => keptInIndexedDb(page)).toBeNull();
        expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('absher-offline');

        // Offline after log-out: nothing to show.
        await context.setOffline(true);
        await page.reload();
        await page.locator('input[name="identifier"]').waitFor({ timeout: 10_000 });
        expect(await page.locator('.id-card').count()).toBe(0);
        await context.close();
      });
    }
  });
}
