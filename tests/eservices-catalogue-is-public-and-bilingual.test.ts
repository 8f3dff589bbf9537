import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppointmentServicesDocument, ServiceCategoriesDocument, ServiceEligibilityDocument, ServicesDocument } from './gql/graphql';
import { databases, startTestApp, TestApp } from './helpers/test-app';

describe.each(databases)('the catalogue is public and bilingual ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (enabled) t = await startTestApp({ database: kind });
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('anonymous people see categories and services in their language, filtered and searched', async () => {
    const api = t.client();
    api.language = 'en';
    const { serviceCategories } = await api.ok(ServiceCategoriesDocument);
    expect(serviceCategories.nodes.map((c) => [c.code, c.name])).toEqual([
      ['PASSPORTS', 'Passports'],
      ['CIVIL_AFFAIRS', 'Civil Affairs'],
      ['TRAFFIC', 'Traffic'],
      ['APPOINTMENTS', 'Appointments'],
      ['FAMILY', 'Family and workers'],
    ]);
    // Twelve e-services submitted as requests, and the seven services people book office visits for.
    expect(serviceCategories.nodes.reduce((n, c) => n + c.serviceCount, 0)).toBe(12 + 7);
    const traffic = await api.ok(ServicesDocument, { category: 'TRAFFIC' });
    expect(traffic.services.nodes.map((s) => s.mutation)).toEqual(['renewDrivingLicence', 'renewVehicleRegistration', 'payViolations', 'disputeViolation', 'authorizeDriver']);
    const licence = traffic.services.nodes[0];
    expect(licence).toMatchObject({ name: 'Renew driving licence', nameAr: 'تجديد رخصة القيادة', forSelf: true, forDependents: false, inputs: [{ name: 'years', required: true }] });
    expect(licence.feeDescription).toContain('SAR 40 a year');
    // The numeric fee, for anyone: the shortest period with nothing overdue; null where it is what you choose to pay.
    expect(Object.fromEntries(traffic.services.nodes.map((s) => [s.code, s.feeFrom?.halalas ?? null]))).toEqual({
      RENEW_DRIVING_LICENCE: 2 * 40_00,
      RENEW_VEHICLE_REGISTRATION: 100_00,
      PAY_VIOLATIONS: null,
      DISPUTE_VIOLATION: 0,
      AUTHORIZE_DRIVER: 0,
    });
    api.language = 'ar';
    const search = await api.ok(ServicesDocument, { search: 'تأشيرة' });
    expect(search.services.nodes.map((s) => s.code).sort()).toEqual(['EXIT_REENTRY_VISA', 'EXTEND_EXIT_REENTRY_VISA', 'FINAL_EXIT_VISA']);
    expect(search.services.nodes[0].name).toBe(search.services.nodes[0].nameAr);
    const { service } = await api.ok(ServiceEligibilityDocument, { code: 'RENEW_IQAMA' });
    expect(service).toMatchObject({ code: 'RENEW_IQAMA', nameEn: 'Renew iqama', eligibility: null });
  });

  it.skipIf(!enabled)('has an Appointments category in both languages, holding the services people book office visits for', async () => {
    const api = t.client();
    for (const [language, name] of [
      ['ar', 'المواعيد'],
      ['en', 'Appointments'],
    ] as const) {
      api.language = language;
      const { serviceCategories } = await api.ok(ServiceCategoriesDocument);
      const appointments = serviceCategories.nodes.find((c) => c.code === 'APPOINTMENTS')!;
      expect(appointments).toMatchObject({ name, nameAr: 'المواعيد', nameEn: 'Appointments' });
      // Its count is its services: the appointment services (not requests, so not in `services`).
      const { appointmentServices } = await api.ok(AppointmentServicesDocument, {});
      expect(appointments.serviceCount).toBe(appointmentServices.nodes.length);
      expect(appointmentServices.nodes.map((s) => s.code)).toContain('NATIONAL_ID_ISSUANCE');
      expect((await api.ok(ServicesDocument, { category: 'APPOINTMENTS' })).services.nodes).toEqual([]);
    }
    // Every other category counts exactly what `services` lists for it.
    const { serviceCategories } = await api.ok(ServiceCategoriesDocument);
    for (const category of serviceCategories.nodes.filter((c) => c.code !== 'APPOINTMENTS')) {
      expect((await api.ok(ServicesDocument, { category: category.code })).services.nodes).toHaveLength(category.serviceCount);
    }
  });
});
