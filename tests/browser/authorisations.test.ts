import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../client/src/i18n/ar';
import { riyadhDate } from '../../server/shared/clock';
import { addDays } from '../../server/shared/dates';
import { DEMO, PASSWORD, signedInAs } from '../helpers/flows';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { DESKTOP, expectAccessible, expectHeading, expectOneDigitPolicy, launchBrowser, logInThroughPortal, openPortal, PHONE, portalDatabases, screenshot, showIn, stopPortal } from './browser';

const MOHAMMED_AR = 'محمد عبدالله سعد القحطاني';
const TURKI_AR = 'تركي عبدالله سعد القحطاني';

/**
 * An authorisation through the real UI: Mohammed gives his brother Turki the renewal of his national
 * ID; Turki accepts it on his Authorisations page and renews the card for Mohammed from the service's
 * form ("who is this service for?"); Mohammed then revokes it (asked twice). Swept in both languages
 * at both widths.
 */
describe.each(portalDatabases)('authorisations in the portal ($kind)', ({ kind }) => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestApp({ database: kind });
    browser = await launchBrowser();
    await signedInAs(t, DEMO.MOHAMMED, 'AR');
    await signedInAs(t, DEMO.TURKI, 'AR');
  });
  afterAll(() => stopPortal(t, browser));

  const signIn = async (person: { nationalId: string; mobile: string }): Promise<Page> => {
    const { page } = await openPortal(browser, t);
    await logInThroughPortal(page, t, `p${person.nationalId}`, `+966${person.mobile.slice(1)}`, PASSWORD);
    return page;
  };

  test('give, accept as the second person, act for the first; then revoke', async () => {
    const mohammed = await signIn(DEMO.MOHAMMED);
    // Reached from the family page (acting for others, inside the household or out).
    await mohammed.goto('/family');
    await mohammed.getByRole('link', { name: ar['family.authorisationsLink'] }).click();
    await expectHeading(mohammed, ar['authorisations.title']);
    // Refused beside its fields, in Arabic, by the server: nobody named, no service; nothing is given.
    await mohammed.getByLabel(ar['authorisations.endsOn']).fill(addDays(riyadhDate(t.clock.now()), 30));
    await mohammed.getByRole('button', { name: ar['authorisations.giveSubmit'] }).click();
    await expect.poll(() => mohammed.locator('.error-text').allTextContents()).toContain('اختر خدمة واحدة على الأقل.');
    expect(await mohammed.locator('[data-authorisation]').count()).toBe(0);
    await mohammed.getByLabel(ar['authorisations.delegate']).fill(DEMO.TURKI.nationalId);
    await mohammed.getByLabel('تجديد الهوية الوطنية').check();
    await mohammed.getByRole('button', { name: ar['authorisations.giveSubmit'] }).click();
    await mohammed.locator('[data-given]').waitFor();
    await expect.poll(() => mohammed.locator('[data-authorisation] .status').first().textContent()).toBe(ar['authorisations.status.PENDING']);

    const turki = await signIn(DEMO.TURKI);
    await turki.goto('/authorisations');
    await expectHeading(turki, ar['authorisations.title']);
    const received = turki.locator('[data-authorisation]', { hasText: MOHAMMED_AR });
    await received.getByRole('button', { name: new RegExp(ar['authorisations.accept']) }).click();
    await expect.poll(() => received.getAttribute('data-status')).toBe('ACCEPTED');
    for (const [size, viewport] of [
      ['desktop', DESKTOP],
      ['375px', PHONE],
    ] as const) {
      await turki.setViewportSize(viewport);
      for (const lang of ['en', 'ar'] as const) {
        await showIn(turki, lang);
        await screenshot(turki, `authorisations-${lang}-${size}`);
        await expectAccessible(turki, `authorisations ${lang} ${size}`);
        await expectOneDigitPolicy(turki, `authorisations ${lang} ${size}`);
      }
    }
    await turki.setViewportSize(DESKTOP);

    // The service's form offers to act for the grantor; the renewal (free for Mohammed) completes at once.
    await turki.goto('/services/RENEW_NATIONAL_ID');
    await turki.locator('[data-acting-for-choice]').waitFor();
    await turki.getByLabel(new RegExp(MOHAMMED_AR)).check();
    await turki.locator(`[data-acting-for="${DEMO.MOHAMMED.nationalId}"]`).waitFor();
    await expect.poll(() => turki.locator('[data-eligible]').getAttribute('data-eligible')).toBe('true');
    await screenshot(turki, 'authorisations-acting-for-ar-desktop');
    await expectAccessible(turki, 'acting for ar');
    await turki.getByRole('button', { name: ar['service.submit'] }).click();
    await expect.poll(() => turki.locator('[data-status]').getAttribute('data-status'), { timeout: 15_000 }).toBe('COMPLETED');

    // Mohammed is told, and revokes it: asked first, then done.
    await mohammed.goto('/notifications');
    await expect.poll(() => mohammed.locator('main').textContent(), { timeout: 15_000 }).toContain(TURKI_AR);
    await mohammed.goto('/authorisations');
    const given = mohammed.locator('[data-authorisation]', { hasText: TURKI_AR });
    await expect.poll(() => given.getAttribute('data-status')).toBe('ACCEPTED');
    await given.getByRole('button', { name: ar['authorisations.revoke'] }).click();
    await given.getByRole('button', { name: ar['authorisations.revokeYes'] }).click();
    await expect.poll(() => given.getAttribute('data-status')).toBe('REVOKED');

    // Turki no longer has the choice.
    await turki.goto('/services/RENEW_NATIONAL_ID');
    await turki.locator('[data-eligible]').waitFor();
    expect(await turki.locator('[data-acting-for-choice]').count()).toBe(0);
  });
});
