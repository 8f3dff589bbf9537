import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../client/src/i18n/ar';
import { CITIZEN, PASSWORD } from '../helpers/flows';
import { databases, type TestApp } from '../helpers/test-app';
import { expectHeading, logInThroughPortal, openPortal, startPortalWithCitizen, stopPortal } from './browser';

for (const db of databases.filter((d) => d.enabled)) {
  describe(`session in Chromium (${db.kind})`, () => {
    let t: TestApp;
    let browser: Browser;
    beforeAll(async () => ({ t, browser } = await startPortalWithCitizen(db.kind)));
    afterAll(() => stopPortal(t, browser));

    test('when the access token has expired, the next request refreshes once through the cookie and goes through', async () => {
      const { context, page } = await openPortal(browser, t);
      await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
      const cookie = async () => (await context.cookies()).find((c) => c.name === 'absher_rt')?.value;
      const before = await cookie();
      const refreshes: number[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('/graphql') && r.postData()?.includes('"RefreshSession"')) refreshes.push(Date.now());
      });
      // Past the access token's ~10 minutes, well within the refresh token's idle timeout.
      t.clock.advance(11 * 60_000);
      await page.getByRole('link', { name: ar['nav.documents'] }).click();
      await expectHeading(page, ar['documents.title']);
      await page.locator('img.qr').waitFor();
      expect(refreshes).toHaveLength(1);
      expect(await cookie()).not.toBe(before);
      await context.close();
    });

    test('when the session cannot be renewed (no refresh cookie any more), the portal goes back to the log-in page and says why', async () => {
      const { context, page } = await openPortal(browser, t);
      await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
      await context.clearCookies();
      t.clock.advance(11 * 60_000);
      await page.getByRole('link', { name: ar['nav.documents'] }).click();
      await expectHeading(page, ar['home.welcome']);
      await page.getByText(ar['app.sessionExpired']).waitFor();
      await context.close();
    });
  });
}
