import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../client/src/i18n/ar';
import { en } from '../../client/src/i18n/en';
import { DisputeViolationDocument } from '../gql/graphql';
import { CITIZEN, PASSWORD } from '../helpers/flows';
import type { TestApp } from '../helpers/test-app';
import { DESKTOP, expectAccessible, expectHeading, logInThroughPortal, openPortal, PHONE, portalDatabases, screenshot, showIn, startPortalWithCitizen, stopPortal } from './browser';

const catalogue = (lang: 'ar' | 'en') => (lang === 'ar' ? ar : en);

describe.each(portalDatabases)('a disputed violation is decided in the client (development button) ($kind)', ({ kind }) => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    ({ t, browser } = await startPortalWithCitizen(kind));
    // The citizen disputed his violation (the dispute form has its own suites).
    const { disputeViolation } = await t.api.ok(DisputeViolationDocument, { input: { violationNumber: '2026000001', reason: 'The plate in the photo is not my car.' } });
    expect(disputeViolation.errors).toEqual([]);
  });
  afterAll(async () => stopPortal(t, browser));

  const unread = async (page: Page) =>
    Number(
      (await page
        .locator('#main-menu a[href="/notifications"] [data-unread]')
        .getAttribute('data-unread', { timeout: 2000 })
        .catch(() => '0')) ?? 0,
    );
  const row = (page: Page) => page.locator('tr[data-violation="2026000001"]');

  test('disputed → the development buttons beside it → dismissed: owed again, in both languages, desktop and 375 px', async () => {
    const { page } = await openPortal(browser, t);
    await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
    await page.goto('/vehicles');
    await expectHeading(page, ar['vehicles.title']);

    // One sweep per language and width while the dispute is open, its two buttons showing.
    for (const [size, viewport] of [
      ['desktop', DESKTOP],
      ['375px', PHONE],
    ] as const) {
      await page.setViewportSize(viewport);
      for (const lang of ['ar', 'en'] as const) {
        const m = catalogue(lang);
        await showIn(page, lang);
        await expect.poll(() => row(page).locator('.status').textContent()).toBe(m['violations.disputed']);
        expect(
          await row(page)
            .getByRole('button', { name: `${m['violations.uphold']} 2026000001` })
            .isVisible(),
        ).toBe(true);
        expect(
          await row(page)
            .getByRole('button', { name: `${m['violations.dismiss']} 2026000001` })
            .isVisible(),
        ).toBe(true);
        await screenshot(page, `dispute-open-${lang}-${size}`);
        await expectAccessible(page, `open dispute ${lang} ${size}`);
      }
    }

    await page.setViewportSize(DESKTOP);
    const before = await unread(page);
    await row(page)
      .getByRole('button', { name: `${en['violations.dismiss']} 2026000001` })
      .click();
    await expect.poll(() => row(page).locator('.status').textContent()).toBe(en['violations.dismissed']);
    expect(await row(page).getByRole('button').count()).toBe(0);
    await showIn(page, 'ar');
    await expect.poll(() => row(page).locator('.status').textContent()).toBe(ar['violations.dismissed']);
    await screenshot(page, 'dispute-dismissed-ar-desktop');
    await expectAccessible(page, 'dismissed dispute ar desktop');
    // The person is told: the unread count in the menu counts the decision.
    await expect.poll(() => unread(page)).toBe(before + 1);
  });
});
