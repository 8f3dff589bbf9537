import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../client/src/i18n/ar';
import { en } from '../../client/src/i18n/en';
import { CITIZEN, PASSWORD } from '../helpers/flows';
import type { TestApp } from '../helpers/test-app';
import {
  DESKTOP,
  expectAccessible,
  expectHeading,
  expectOneDigitPolicy,
  GENEROUS_LIMITS,
  goToSection,
  logInThroughPortal,
  notifyCitizen,
  openPortal,
  PHONE,
  portalDatabases,
  screenshot,
  showIn,
  startPortalWithCitizen,
  stopPortal,
} from './browser';

const LANGS = ['ar', 'en'] as const;
const SIZES = [
  ['desktop', DESKTOP],
  ['375px', PHONE],
] as const;
const catalogue = (lang: 'ar' | 'en') => (lang === 'ar' ? ar : en);

/** The signed-in sections, by the name in the menu and the heading of their page. */
function sections(lang: 'ar' | 'en') {
  const m = catalogue(lang);
  return [
    [m['nav.dashboard'], m['dashboard.welcome'].replace('{name}', lang === 'ar' ? CITIZEN.nameAr : CITIZEN.nameEn)],
    [m['nav.services'], m['services.title']],
    [m['nav.requests'], m['requests.title']],
    [m['nav.bills'], m['bills.title']],
    [m['nav.documents'], m['documents.title']],
    [m['nav.vehicles'], m['vehicles.title']],
    [m['nav.appointments'], m['appointments.title']],
    [m['nav.family'], m['family.title']],
    [m['nav.notifications'], m['notifications.title']],
    [m['nav.settings'], m['settings.title']],
  ] as const;
}

/** The element with the focus, as "tag#id". */
const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}#${document.activeElement?.id}`);

for (const db of portalDatabases) {
  describe(`navigation, page titles and the footer in Chromium (${db.kind})`, () => {
    let t: TestApp;
    let browser: Browser;
    beforeAll(async () => {
      ({ t, browser } = await startPortalWithCitizen(db.kind, GENEROUS_LIMITS));
      await notifyCitizen(t, 1);
      await notifyCitizen(t, 2);
    });
    afterAll(() => stopPortal(t, browser));

    test('at 375 px every section is reached through the menu, whose button shows the unread count; each page has its own title and takes the focus on its heading', async () => {
      for (const lang of LANGS) {
        const m = catalogue(lang);
        const { context, page } = await openPortal(browser, t, PHONE);
        await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
        await showIn(page, lang);
        // Folded: the sections are not on screen (nor in a sideways strip); the button says how many are unread.
        const toggle = page.locator('.menu-toggle');
        expect(await toggle.isVisible()).toBe(true);
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');
        expect(await page.locator('#main-menu').isVisible()).toBe(false);
        await expect.poll(() => toggle.locator('[data-unread]').getAttribute('data-unread')).toBe('2');
        expect(await toggle.textContent()).toContain(m['nav.menu']);

        await toggle.click();
        expect(await toggle.getAttribute('aria-expanded')).toBe('true');
        const links = page.locator('#main-menu a');
        expect(await links.count()).toBe(10);
        for (let i = 0; i < 10; i++) {
          const box = (await links.nth(i).boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
        }
        await expect.poll(() => page.locator('#main-menu a[href="/notifications"] [data-unread]').isVisible()).toBe(true);
        await screenshot(page, `navigation-menu-open-${lang}-375px`);
        await expectAccessible(page, `menu ${lang} 375px`);
        // Escape folds it again and gives the focus back to its button.
        await page.keyboard.press('Escape');
        await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
        expect(await page.evaluate(() => document.activeElement?.classList.contains('menu-toggle'))).toBe(true);

        const titles = new Set<string>();
        for (const [name, heading] of sections(lang)) {
          await goToSection(page, name);
          await expectHeading(page, heading);
          // The menu folds on arrival; the focus is on the new page's heading.
          await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
          await expect.poll(() => focused(page)).toBe('h1#page-title');
          const title = await page.title();
          expect(title).toMatch(new RegExp(`— ${m['app.name']}$`));
          titles.add(title);
        }
        expect(titles.size).toBe(10);
        await context.close();
      }
    });

    test('at 1280 px the menu is one row in both languages, log-out in the header, no menu button', async () => {
      for (const lang of LANGS) {
        const m = catalogue(lang);
        const { context, page } = await openPortal(browser, t, DESKTOP);
        await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
        await showIn(page, lang);
        await page.locator('#main-menu a[href="/notifications"] [data-unread]').waitFor();
        expect(await page.locator('.menu-toggle').isVisible()).toBe(false);
        const rows = await page
          .locator('#main-menu li')
          .evaluateAll((items) => [...new Set(items.filter((li) => getComputedStyle(li).display !== 'none').map((li) => Math.round(li.getBoundingClientRect().top)))]);
        expect(rows, `${lang}: sections on one row`).toHaveLength(1);
        expect(await page.locator('header .header-logout').isVisible()).toBe(true);
        expect(await page.locator('header .header-logout').textContent()).toBe(m['nav.logout']);
        await context.close();
      }
    });

    test('logging out says so, in the language on screen, at both widths; on a phone the home page has the log-in button on the first screen', async () => {
      for (const [size, viewport] of SIZES) {
        for (const lang of LANGS) {
          const m = catalogue(lang);
          const { context, page } = await openPortal(browser, t, viewport);
          await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
          await showIn(page, lang);
          if (size === '375px') {
            await page.locator('.menu-toggle').click();
            await page.locator('#main-menu').getByRole('button', { name: m['nav.logout'] }).click();
          } else await page.locator('header').getByRole('button', { name: m['nav.logout'] }).click();
          await expectHeading(page, m['home.welcome']);
          await expect.poll(() => page.getByRole('status').filter({ hasText: m['app.loggedOut'] }).count()).toBe(1);
          await page.locator('.captcha').waitFor();
          await screenshot(page, `navigation-logged-out-${lang}-${size}`);
          await expectAccessible(page, `logged out ${lang} ${size}`);
          // A visit to the home page: the whole log-in form, its button included, on the first screen.
          await page.goto('/');
          await page.locator('.captcha').waitFor();
          const button = (await page.getByRole('button', { name: m['login.submit'] }).boundingBox())!;
          expect(button.y + button.height, `${lang} ${size}: log-in button above the fold`).toBeLessThanOrEqual(viewport.height);
          await context.close();
        }
      }
    });

    test('the footer leads to help, contact, accessibility, terms and privacy on every page, in both languages at both widths: screenshots and axe', async () => {
      for (const [size, viewport] of SIZES) {
        for (const lang of LANGS) {
          const m = catalogue(lang);
          const { context, page } = await openPortal(browser, t, viewport);
          await page.goto('/');
          await page.evaluate((l) => (document.cookie = `lang=${l}; Path=/`), lang);
          await page.goto('/');
          await expectHeading(page, m['home.welcome']);
          const titles = new Set([await page.title()]);
          for (const [key, name] of [
            ['help.title', 'help'],
            ['contact.title', 'contact'],
            ['accessibility.title', 'accessibility'],
            ['terms.title', 'terms'],
            ['privacy.title', 'privacy'],
          ] as const) {
            await page.locator('footer').getByRole('link', { name: m[key], exact: true }).click();
            await expectHeading(page, m[key]);
            await expect.poll(() => focused(page)).toBe('h1#page-title');
            expect(await page.title()).toBe(`${m[key]} — ${m['app.name']}`);
            titles.add(await page.title());
            // Real content: more than a heading.
            expect((await page.locator('main article p').allTextContents()).join(' ').length).toBeGreaterThan(100);
            await screenshot(page, `footer-${name}-${lang}-${size}`);
            await expectAccessible(page, `${name} ${lang} ${size}`);
            await expectOneDigitPolicy(page, `${name} ${lang}`);
          }
          expect(titles.size).toBe(6);
          await context.close();
        }
      }
    });
  });
}
