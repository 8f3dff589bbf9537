import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ar } from '../../client/src/i18n/ar';
import { en } from '../../client/src/i18n/en';
import { CITIZEN, PASSWORD } from '../helpers/flows';
import type { TestApp } from '../helpers/test-app';
import {
  chooseFirst,
  DESKTOP,
  expectAccessible,
  expectHeading,
  expectOneDigitPolicy,
  GENEROUS_LIMITS,
  logInThroughPortal,
  openPortal,
  PHONE,
  portalDatabases,
  screenshot,
  showIn,
  startPortalWithCitizen,
  stopPortal,
} from './browser';

const WEEKDAYS = {
  ar: ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
const CITIES = { ar: ['الرياض', 'جدة', 'الدمام'], en: ['Riyadh', 'Jeddah', 'Dammam'] };
const count = (text: string, part: string) => text.split(part).length - 1;

for (const db of portalDatabases) {
  describe(`appointments: weekdays, office names, a cleared form and a calendar file in Chromium (${db.kind})`, () => {
    let t: TestApp;
    let browser: Browser;
    beforeAll(async () => ({ t, browser } = await startPortalWithCitizen(db.kind, GENEROUS_LIMITS)));
    afterAll(() => stopPortal(t, browser));

    test("book in both languages at both widths: weekday in every date, each office's city once, a confirmation with an .ics file, then a fresh form", async () => {
      for (const [size, viewport] of [
        ['desktop', DESKTOP],
        ['375px', PHONE],
      ] as const) {
        for (const lang of ['ar', 'en'] as const) {
          const m = lang === 'ar' ? ar : en;
          const { context, page } = await openPortal(browser, t, viewport);
          await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
          await showIn(page, lang);
          await page.goto('/appointments');
          await expectHeading(page, m['appointments.title']);
          const serviceCode = await chooseFirst(page, 'serviceCode');
          const serviceName = (await page.locator('select[name="serviceCode"] option:checked').textContent())!;
          await chooseFirst(page, 'officeId');
          for (const label of await page.locator('select[name="officeId"] option').allTextContents()) {
            if (label === m['appointments.choose']) continue;
            const cities = CITIES[lang].filter((c) => label.includes(c));
            expect(cities, label).toHaveLength(1);
            expect(count(label, cities[0]), `${label}: the city once`).toBe(1);
          }
          await chooseFirst(page, 'day');
          const days = (await page.locator('select[name="day"] option').allTextContents()).slice(1);
          for (const day of days)
            expect(
              WEEKDAYS[lang].some((w) => day.startsWith(w)),
              `${day} starts with its weekday`,
            ).toBe(true);
          const slot = page.locator('input[name="slotStart"]').first();
          const startsAt = (await slot.getAttribute('value'))!;
          await slot.check();
          await page.getByRole('button', { name: m['appointments.submit'] }).click();

          // The confirmation takes the form's place and the focus.
          const booked = page.locator('[data-booked]');
          await booked.waitFor();
          await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('booked-title');
          expect(await booked.locator('h2').textContent()).toBe(m['appointments.booked']);
          const when = (await booked.locator('.appointment-when').textContent())!;
          expect(
            WEEKDAYS[lang].some((w) => when.startsWith(w)),
            when,
          ).toBe(true);
          const where = (await booked.locator('.appointment-where').textContent())!;
          const city = CITIES[lang].find((c) => where.includes(c))!;
          expect(count(where, city), `${where}: the city once`).toBe(1);
          expect(await page.locator('form[aria-labelledby="book-title"]').count()).toBe(0);
          await screenshot(page, `appointments-booked-${lang}-${size}`);
          await expectAccessible(page, `appointment booked ${lang} ${size}`);
          await expectOneDigitPolicy(page, `appointment booked ${lang} ${size}`);

          // The calendar file, made in the browser: RFC 5545, the same start, folded lines.
          const [download] = await Promise.all([page.waitForEvent('download'), booked.getByRole('link', { name: m['appointments.addToCalendar'] }).click()]);
          expect(download.suggestedFilename()).toMatch(/^absher-appointment-\d{4}-\d{2}-\d{2}\.ics$/);
          const ics = readFileSync((await download.path())!, 'utf8');
          expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
          expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
          expect(ics).toContain(
            `DTSTART:${new Date(startsAt)
              .toISOString()
              .replace(/[-:]/g, '')
              .replace(/\.\d{3}/, '')}\r\n`,
          );
          expect(ics).toMatch(/\r\nUID:[\w-]+@absher\r\n/);
          for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
          const unfolded = ics.replace(/\r\n /g, '');
          expect(unfolded).toContain(`SUMMARY:${m['appointments.calendarSummary'].replace('{service}', serviceName).replace(/,/g, '\\,')}`);
          expect(unfolded).toMatch(/LOCATION:.+/);

          // Booking another starts from an empty form.
          await booked.getByRole('button', { name: m['appointments.bookAnother'] }).click();
          await page.locator('select[name="serviceCode"]').waitFor();
          expect(await page.locator('select[name="serviceCode"]').inputValue()).toBe('');
          expect(await page.locator('select[name="officeId"]').count()).toBe(0);
          expect(serviceCode).not.toBe('');

          // Cancelled, so that the next round can book the same service.
          await page.locator('[data-appointment]').first().getByRole('button', { name: m['appointments.cancel'] }).click();
          await expect.poll(() => page.locator('[data-appointment]').count()).toBe(0);
          await context.close();
        }
      }
    });
  });
}
