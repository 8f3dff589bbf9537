import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../client/src/i18n/ar';
import { LoginSession, SessionEndReason } from '../../server/modules/identity/account.entity';
import { CITIZEN, PASSWORD } from '../helpers/flows';
import type { TestApp } from '../helpers/test-app';
import { expectHeading, goToSection, logInThroughPortal, openPortal, portalDatabases, startPortalWithCitizen, stopPortal } from './browser';

for (const db of portalDatabases) {
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
      await goToSection(page, ar['nav.documents']);
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
      // The next request finds the token expired and no cookie to renew it: the click's, or one the portal sends
      // by itself first (then the signed-in menu is already gone when the click would land: the same outcome).
      await page
        .getByRole('navigation', { name: ar['nav.main'] })
        .getByRole('link', { name: ar['nav.documents'] })
        .click({ timeout: 5_000 })
        .catch(() => undefined);
      await expectHeading(page, ar['home.welcome']);
      await page.getByText(ar['app.sessionExpired']).waitFor();
      await context.close();
    });

    test('when the session was ended elsewhere (SESSION_ENDED), no refresh is tried: back to the log-in page at once', async () => {
      const { context, page } = await openPortal(browser, t);
      await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
      const refreshes: string[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('/graphql') && r.postData()?.includes('"RefreshSession"')) refreshes.push(r.url());
      });
      // Every live session of the citizen ends, as "sign out everywhere" from another device would.
      const em = t.app.services.orm.em.fork();
      const live = await em.find(LoginSession, { endedAt: null });
      await t.app.services.work.begin().transaction(async (tx) => {
        for (const session of live) await t.app.services.sessions.end(tx, session.id, SessionEndReason.REVOKED);
      });
      // The next request finds the session ended: the click's, or one the portal sends by itself first (then
      // the signed-in menu is already gone when the click would land, which is the same outcome).
      await page
        .getByRole('navigation', { name: ar['nav.main'] })
        .getByRole('link', { name: ar['nav.documents'] })
        .click({ timeout: 5_000 })
        .catch(() => undefined);
      await expectHeading(page, ar['home.welcome']);
      await page.getByText(ar['app.sessionExpired']).waitFor();
      expect(refreshes).toEqual([]);
      await context.close();
    });
  });
}
