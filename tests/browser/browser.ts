import { Account } from '../../server/modules/identity';
import { NotificationKind } from '../../server/modules/notifications';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { register } from '../helpers/flows';
import { databases, startTestApp, TEST_CAPTCHA, type DatabaseKind, type TestApp } from '../helpers/test-app';

export const ARTIFACTS = path.resolve(__dirname, '..', 'artifacts');

/** Debian's Chromium (playwright cannot download its own here), headless, with a fresh profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * The databases the browser suites run on. The web client's pages, screenshots and accessibility do
 * not depend on the database, and every server suite already runs on both over HTTP: the browser
 * suites run on the embedded default (SQLite) a person gets from `npm start`, and the citizen's two
 * journeys (identity, e-services) also on PostgreSQL when it is configured, without their page sweeps.
 */
export const portalDatabases = databases.filter((d) => d.enabled && d.kind === 'sqlite');
export const journeyDatabases = databases.filter((d) => d.enabled);

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 740 };

/** A fresh browser profile (own cookies and storage) on the test server. */
export async function openPortal(browser: Browser, t: TestApp, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: t.url, viewport, locale: 'ar-SA', timezoneId: 'Asia/Riyadh' });
  const page = await context.newPage();
  // A page that breaks must fail the test, not just look odd in a screenshot.
  page.on('pageerror', (error) => {
    throw error;
  });
  // A first page the server drew (<html data-drawn>) is taken over by its code moments later; until
  // then a link is a plain link and a form waits. Tests act on the page once it runs, as a person
  // would go on with it; the drawing itself is tested in tests/portal-pages-drawn-by-the-server.test.ts.
  const live = () => page.waitForSelector('html:not([data-drawn])', { state: 'attached' });
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    await live();
    return response;
  };
  page.reload = async (...args) => {
    const response = await reload(...args);
    await live();
    return response;
  };
  return { context, page };
}

/** Checks the page fits the screen's width, then saves a full-page screenshot as tests/artifacts/<name>.png (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  // Works at the screen's width: nothing pushes the page sideways.
  const { width } = page.viewportSize()!;
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} is wider than the screen`).toBeLessThanOrEqual(width);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** axe-core on the page as it is: no serious or critical violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Only the violations are read: axe then skips recording every passing node (about a quarter of its time).
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad).toEqual([]);
}

/** Waits until the page's main heading reads `text` (pages load lazily, navigation is async). */
export async function expectHeading(page: Page, text: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const shown = await page
          .locator('h1#page-title')
          .textContent({ timeout: 1000 })
          .catch(() => null);
        // Say what the page shows instead, when a form refused the input.
        const alert = await page.locator('[role="alert"], .error-text').allTextContents();
        return alert.length && shown !== text ? `${shown} ${alert.join(' | ')}` : shown;
      },
      { timeout: 15_000 },
    )
    .toBe(text);
}

/** Logs in through the portal's own form (identifier, password, image code, then the SMS code). */
export async function logInThroughPortal(page: Page, t: TestApp, identifier: string, mobile: string, password: string): Promise<void> {
  await page.goto('/');
  await page.locator('input[name="identifier"]').fill(identifier);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('.captcha img').waitFor();
  await page.locator('input[name="captchaCode"]').fill(TEST_CAPTCHA);
  const since = Date.now();
  await page.locator('form button[type="submit"]').click();
  await page.locator('input[name="code"]').waitFor();
  await page.locator('input[name="code"]').fill(await t.sms.codeFor(mobile, since));
  await page.locator('form button[type="submit"]').first().click();
  await page.locator('nav.main-nav').waitFor();
}

/** Picks the first (or the n-th) real option, after the "Choose…" placeholder, of a select. */
export async function chooseFirst(page: Page, name: string, nth = 0): Promise<string> {
  const select = page.locator(`select[name="${name}"]`);
  await expect.poll(() => select.locator('option').count(), { timeout: 15_000 }).toBeGreaterThan(1 + nth);
  const value = (await select
    .locator('option')
    .nth(1 + nth)
    .getAttribute('value'))!;
  await select.selectOption(value);
  return value;
}

/**
 * Puts the portal in `lang` with the header switch, if it is not already. Signed in, the switch
 * also changes the account's language, which the next log-in then takes over.
 */
export async function showIn(page: Page, lang: 'ar' | 'en'): Promise<void> {
  if ((await page.getAttribute('html', 'lang')) === lang) return;
  await page
    .locator('header')
    .getByRole('button', { name: lang === 'en' ? 'English' : 'العربية' })
    .click();
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang);
}

/**
 * Limits a suite that logs the same person in a dozen times (each log-in sends an SMS to one
 * number) would reach; the limits themselves are tested in security-rate-limits.test.ts.
 */
export const GENEROUS_LIMITS = { RATE_LIMITS: 'sms-number=200/3600,register-address=200/3600,login-address=500/900,login-failure-address=200/900' };

/** The app on a fresh database of `database`, the demo citizen registered, and Chromium. */
export async function startPortalWithCitizen(database: DatabaseKind, env?: Record<string, string>): Promise<{ t: TestApp; browser: Browser }> {
  const t = await startTestApp({ database, env });
  const browser = await launchBrowser();
  await register(t);
  return { t, browser };
}

export async function stopPortal(t: TestApp | undefined, browser: Browser | undefined): Promise<void> {
  await browser?.close();
  await t?.stop();
}

/** On a narrow screen the sections hide behind the "Menu" button: opens it when it is there. */
export async function openMenu(page: Page): Promise<void> {
  const toggle = page.locator('.menu-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.locator('#main-menu').waitFor();
}

/** Goes to a section through the main navigation, as a person would (the menu first on a phone). */
export async function goToSection(page: Page, name: string): Promise<void> {
  await openMenu(page);
  // Its name, and after it perhaps the unread count ("Notifications 2 unread").
  await page
    .locator('#main-menu')
    .getByRole('link', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`) })
    .click();
}

/**
 * One digit policy per language (client/src/i18n/format.ts): Latin digits in both, so no
 * Arabic-Indic digit, and no raw ISO date (2028-11-23) anywhere a person reads — except the Arabic
 * half of a plate (`.plate-ar`), written as the plate prints it.
 */
export async function expectOneDigitPolicy(page: Page, label: string): Promise<void> {
  let text = await page.locator('body').innerText();
  for (const plate of await page.locator('.plate-ar').allInnerTexts()) text = text.replace(plate, '');
  expect(text.match(/[\u0660-\u0669\u06f0-\u06f9]+/g) ?? [], `${label}: Arabic-Indic digits`).toEqual([]);
  expect(text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? [], `${label}: raw ISO dates`).toEqual([]);
}

/** What a module of the server does inside its transaction: an in-app notification (and its SMS) for the citizen. */
export async function notifyCitizen(t: TestApp, n: number): Promise<void> {
  const { work, notifier, clock } = t.app.services;
  await work.begin().transaction(async (tx) => {
    const account = await tx.em.findOneOrFail(Account, { person: '1000000008' });
    await notifier.notify(tx, account, {
      kind: NotificationKind.BILL_ISSUED,
      title: { ar: 'فاتورة جديدة', en: 'New bill' },
      body: { ar: 'صدرت الفاتورة رقم {bill}.', en: 'Bill {bill} was issued.' },
      params: { bill: `B-${n}` },
      reference: `B-${n}`,
      link: '/bills',
      at: clock.now(),
    });
  });
}

/** What the portal keeps in IndexedDB (the digital ID's offline copy), read without creating the database when it is not there. */
export async function keptInIndexedDb(page: Page): Promise<unknown[] | null> {
  return page.evaluate(
    () =>
      new Promise<unknown[] | null>((resolve) => {
        const request = indexedDB.open('absher-offline');
        // It did not exist: do not create it by looking.
        request.onupgradeneeded = () => request.transaction!.abort();
        request.onerror = () => resolve(null);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('digital-id')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('digital-id').objectStore('digital-id').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as unknown[]);
          };
        };
      }),
  );
}
