import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { register } from '../helpers/flows';
import { startTestApp, TEST_CAPTCHA, type DatabaseKind, type TestApp } from '../helpers/test-app';

export const ARTIFACTS = path.resolve(__dirname, '..', 'artifacts');

/** Debian's Chromium (playwright cannot download its own here), headless, with a fresh profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

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
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad).toEqual([]);
}

/** Waits until the page's main heading reads `text` (pages load lazily, navigation is async). */
export async function expectHeading(page: Page, text: string): Promise<void> {
  await expect
    .poll(async () => {
      const shown = await page.locator('h1#page-title').textContent({ timeout: 1000 }).catch(() => null);
      // Say what the page shows instead, when a form refused the input.
      const alert = await page.locator('[role="alert"], .error-text').allTextContents();
      return alert.length && shown !== text ? `${shown} ${alert.join(' | ')}` : shown;
    }, { timeout: 15_000 })
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
  const value = (await select.locator('option').nth(1 + nth).getAttribute('value'))!;
  await select.selectOption(value);
  return value;
}

/**
 * Puts the portal in `lang` with the header switch, if it is not already. Signed in, the switch
 * also changes the account's language, which the next log-in then takes over.
 */
export async function showIn(page: Page, lang: 'ar' | 'en'): Promise<void> {
  if ((await page.getAttribute('html', 'lang')) === lang) return;
  await page.locator('header').getByRole('button', { name: lang === 'en' ? 'English' : 'العربية' }).click();
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang);
}

/** The app on a fresh database of `database`, the demo citizen registered, and Chromium. */
export async function startPortalWithCitizen(database: DatabaseKind): Promise<{ t: TestApp; browser: Browser }> {
  const t = await startTestApp({ database });
  const browser = await launchBrowser();
  await register(t);
  return { t, browser };
}

export async function stopPortal(t: TestApp | undefined, browser: Browser | undefined): Promise<void> {
  await browser?.close();
  await t?.stop();
}
