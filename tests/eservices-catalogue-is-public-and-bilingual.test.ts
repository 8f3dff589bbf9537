import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceCategoriesDocument, ServiceEligibilityDocument, ServicesDocument } from './gql/graphql';
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
      ['FAMILY', 'Family and workers'],
    ]);
    expect(serviceCategories.nodes.reduce((n, c) => n + c.serviceCount, 0)).toBe(10);
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
    expect(search.services.nodes.map((s) => s.code).sort()).toEqual(['EXIT_REENTRY_VISA', 'FINAL_EXIT_VISA']);
    expect(search.services.nodes[0].name).toBe(search.services.nodes[0].nameAr);
    const { service } = await api.ok(ServiceEligibilityDocument, { code: 'RENEW_IQAMA' });
    expect(service).toMatchObject({ code: 'RENEW_IQAMA', nameEn: 'Renew iqama', eligibility: null });
  });
});
