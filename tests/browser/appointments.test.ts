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

for (const db of portalDatabases) {
  describe(`appointments and notifications in Chromium (${db.kind})`, () => {
    let t: TestApp;
    let browser: Browser;
    beforeAll(async () => ({ t, browser } = await startPortalWithCitizen(db.kind, GENEROUS_LIMITS)));
    afterAll(() => stopPortal(t, browser));

    test('book an appointment (service, office, day, slot), move it to another slot, then cancel it; the notifications tell of each', async () => {
      const { context, page } = await openPortal(browser, t);
      await logInThroughPortal(page, t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD);
      await page.getByRole('navigation', { name: ar['nav.main'] }).getByRole('link', { name: ar['nav.appointments'] }).click();
      await expectHeading(page, ar['appointments.title']);
      await expect.poll(() => page.locator('#upcoming-title + p').textContent()).toBe(ar['appointments.none']);

      await chooseFirst(page, 'serviceCode');
      await chooseFirst(page, 'officeId');
      await chooseFirst(page, 'day');
      await page.locator('input[name="slotStart"]').first().check();
      const firstTime = await page.locator('.slot').first().locator('span').first().textContent();
      const dayLabel = await page.locator('select[name="day"] option:checked').textContent();
      await page.getByRole('button', { name: ar['appointments.submit'] }).click();
      await page.locator('[data-booked]').getByRole('heading', { name: ar['appointments.booked'] }).waitFor();
      await expect.poll(() => page.locator('[data-appointment]').count()).toBe(1);
      const booked = (await page.locator('[data-appointment]').textContent())!;
      expect(booked).toContain(firstTime!);
      expect(booked).toContain(dayLabel!.split(' (')[0]);

      // Moved to the next day with free slots.
      await page.getByRole('button', { name: ar['appointments.reschedule'] }).click();
      await chooseFirst(page, 'day', 1);
      const newDay = (await page.locator('select[name="day"] option:checked').textContent())!;
      await page.locator('input[name="slotStart"]').first().check();
      await page.getByRole('button', { name: ar['appointments.rescheduleSubmit'] }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: ar['appointments.rescheduled'] }).count()).toBe(1);
      await expect.poll(() => page.locator('[data-appointment]').textContent()).toContain(newDay.split(' (')[0]);

      await page.getByRole('button', { name: ar['appointments.cancel'] }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: ar['appointments.cancelled'] }).count()).toBe(1);
      await expect.poll(() => page.locator('[data-appointment]').count()).toBe(0);

      await page.getByRole('link', { name: new RegExp(ar['nav.notifications']) }).click();
      await expectHeading(page, ar['notifications.title']);
      await expect.poll(() => page.locator('.list-item.unread').count()).toBeGreaterThanOrEqual(3);
      await page.getByRole('button', { name: ar['notifications.markAllRead'] }).click();
      await expect.poll(() => page.locator('.list-item.unread').count()).toBe(0);
      await context.close();
    });

    test("the catalogue's Appointments category lists the office visits in both languages, each opening the booking form with its service chosen", async () => {
      const { context, page } = await openPortal(browser, t);
      await logInThroughPortal(page, t, 'mohammed.q', CITIZEN.mobile, PASSWORD);
      await page.getByRole('navigation', { name: ar['nav.main'] }).getByRole('link', { name: ar['nav.services'] }).click();
      await expectHeading(page, ar['services.title']);
      const category = page.locator('select[name="category"]');
      await expect.poll(() => category.locator('option[value="APPOINTMENTS"]').textContent()).toBe(ar['services.categoryOption'].replace('{name}', 'المواعيد').replace('{count}', '7'));
      await category.selectOption('APPOINTMENTS');
      const visit = page.locator('[data-appointment-service="NATIONAL_ID_ISSUANCE"]');
      await expect.poll(() => visit.textContent()).toContain(ar['services.byAppointment'].replace('{office}', ar['services.officeCIVIL_AFFAIRS']));
      // Only the visits: no e-service submitted as a request is in this category.
      await expect.poll(() => page.locator('.service-card').count()).toBe(7);
      expect(await page.locator('.service-card a[href^="/services/"]').count()).toBe(0);
      await showIn(page, 'en');
      await expect.poll(() => category.locator('option[value="APPOINTMENTS"]').textContent()).toBe('Appointments (7)');
      await expect.poll(() => visit.textContent()).toContain(en['services.byAppointment'].replace('{office}', en['services.officeCIVIL_AFFAIRS']));
      await visit.getByRole('link').click();
      await expectHeading(page, en['appointments.title']);
      expect(new URL(page.url()).search).toBe('?service=NATIONAL_ID_ISSUANCE');
      await expect.poll(() => page.locator('select[name="serviceCode"]').inputValue()).toBe('NATIONAL_ID_ISSUANCE');
      // The offices offered are those that book it: civil affairs.
      await chooseFirst(page, 'officeId');
      expect(await page.locator('select[name="officeId"] option:checked').textContent()).toMatch(/^Civil Affairs Office/);
      await context.close();
    });

    test('appointments, notifications, settings and the dashboard in both languages, desktop and 375 px: screenshots and accessibility', async () => {
      for (const [size, viewport] of [
        ['desktop', DESKTOP],
        ['375px', PHONE],
      ] as const) {
        for (const lang of ['ar', 'en'] as const) {
          const m = lang === 'ar' ? ar : en;
          const { context, page } = await openPortal(browser, t, viewport);
          await logInThroughPortal(page, t, 'mohammed.q', CITIZEN.mobile, PASSWORD);
          await showIn(page, lang);
          const shoot = async (name: string) => {
            await screenshot(page, `services-${name}-${lang}-${size}`);
            await expectAccessible(page, `${name} ${lang} ${size}`);
            await expectOneDigitPolicy(page, `${name} ${lang} ${size}`);
          };
          await page.goto('/appointments');
          await expectHeading(page, m['appointments.title']);
          await chooseFirst(page, 'serviceCode');
          await chooseFirst(page, 'officeId');
          await chooseFirst(page, 'day');
          await page.locator('input[name="slotStart"]').first().waitFor();
          await shoot('appointments');
          await page.goto('/notifications');
          await expectHeading(page, m['notifications.title']);
          await page.locator('.list-item').first().waitFor();
          await shoot('notifications');
          await page.goto('/settings');
          await expectHeading(page, m['settings.title']);
          await page.locator('#sessions-title ~ ul .list-item').first().waitFor();
          await shoot('settings');
          await page.goto('/dashboard');
          await expectHeading(page, m['dashboard.welcome'].replace('{name}', lang === 'ar' ? CITIZEN.nameAr : CITIZEN.nameEn));
          await shoot('dashboard');
          await context.close();
        }
      }
    });
  });
}
