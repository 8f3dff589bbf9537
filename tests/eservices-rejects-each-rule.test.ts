import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthorizeDriverDocument,
  DisputeViolationDocument,
  IssueExitReentryVisaDocument,
  IssueFinalExitVisaDocument,
  MyRequestsDocument,
  PayViolationsDocument,
  RenewDrivingLicenceDocument,
  RenewIqamaDocument,
  RenewNationalIdDocument,
  RenewPassportDocument,
  RenewPassportRefusalDocument,
  RenewVehicleRegistrationDocument,
  ServiceEligibilityDocument,
} from './gql/graphql';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';
import { addDays } from '../server/shared/dates';
import { riyadhDate } from '../server/shared/clock';

type Payload = { request?: unknown; errors: { field?: string | null; code: string; message: string }[] };

describe.each(databases)('e-services refuse each rule with its own code and a message saying what to do ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  const people: Record<string, GraphQLClient> = {};
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind });
    for (const name of ['MOHAMMED', 'NOURA', 'FAHD', 'KHALID', 'LAYLA', 'OMAR'] as const) people[name] = await signedInAs(t, DEMO[name]);
  });
  afterAll(async () => t?.stop());

  // A refusal of the form (a field to correct, someone who is not one's dependent) keeps nothing; a
  // refusal of the person's situation is kept on record as a REFUSED request with its reference.
  const FORM_REFUSALS = ['INVALID_PERIOD', 'REASON_INVALID', 'NOT_YOUR_VEHICLE', 'VIOLATION_NOT_FOUND', 'NOT_YOUR_DEPENDENT'];
  const kept: string[] = [];
  const refused = (payload: Payload, code: string) => {
    if (FORM_REFUSALS.includes(code)) expect(payload.request ?? null).toBeNull();
    else {
      const request = payload.request as { reference: string; status: string; statusHistory: { status: string; reasonCode: string | null }[] };
      expect(request).toMatchObject({ status: 'REFUSED', reference: expect.stringMatching(/^R-\d{4}-\d{8}$/) });
      expect(request.statusHistory).toEqual([expect.objectContaining({ status: 'REFUSED', reasonCode: payload.errors[0].code })]);
      kept.push(request.reference);
    }
    const error = payload.errors.find((e) => e.code === code);
    expect(error, `${code} in ${JSON.stringify(payload.errors)}`).toBeDefined();
    expect(error!.message.length).toBeGreaterThan(20);
    return error!;
  };

  it.skipIf(!enabled)('each rule', async () => {
    const { MOHAMMED: m, NOURA: n, FAHD: f, KHALID: k, LAYLA: l, OMAR: o } = people;
    const today = riyadhDate(new Date());
    refused((await m.ok(RenewDrivingLicenceDocument, { input: { years: 5 } })).renewDrivingLicence, 'UNPAID_VIOLATIONS');
    expect(refused((await m.ok(RenewDrivingLicenceDocument, { input: { years: 3 } })).renewDrivingLicence, 'INVALID_PERIOD').field).toBe('years');
    const renewFrom = addDays(addDays(today, 900), -180);
    expect(refused((await m.ok(RenewPassportDocument, { input: { beneficiaryNationalId: DEMO.MOHAMMED.nationalId, years: 10 } })).renewPassport, 'TOO_EARLY_TO_RENEW').message).toContain(renewFrom);
    const { errors: early, request: again } = (await m.ok(RenewPassportRefusalDocument, { input: { beneficiaryNationalId: DEMO.MOHAMMED.nationalId, years: 10 } })).renewPassport;
    kept.push(again!.reference);
    expect(early.find((e) => e.code === 'TOO_EARLY_TO_RENEW')!.params).toEqual([{ name: 'renewFrom', value: renewFrom }]);
    expect(refused((await m.ok(RenewPassportDocument, { input: { beneficiaryNationalId: DEMO.NOURA.nationalId, years: 5 } })).renewPassport, 'NOT_YOUR_DEPENDENT').field).toBe('beneficiaryNationalId');
    refused((await m.ok(RenewIqamaDocument, { input: { beneficiaryNationalId: DEMO.SARA.nationalId, years: 1 } })).renewIqama, 'NOT_ELIGIBLE');
    expect(refused((await m.ok(RenewVehicleRegistrationDocument, { input: { plate: 'XYZ5678', years: 1 } })).renewVehicleRegistration, 'NOT_YOUR_VEHICLE').field).toBe('plate');
    refused((await m.ok(PayViolationsDocument, { input: { violationNumbers: ['2026000003'] } })).payViolations, 'VIOLATION_NOT_FOUND');
    refused((await m.ok(PayViolationsDocument, { input: { violationNumbers: ['2025000002'] } })).payViolations, 'VIOLATION_ALREADY_PAID');

    refused((await n.ok(RenewPassportDocument, { input: { beneficiaryNationalId: DEMO.NOURA.nationalId, years: 5 } })).renewPassport, 'TRAVEL_BAN');
    refused((await n.ok(RenewNationalIdDocument, {})).renewNationalId, 'PHOTO_OUTDATED');
    refused((await n.ok(RenewDrivingLicenceDocument, { input: { years: 2 } })).renewDrivingLicence, 'DOCUMENT_MISSING');

    refused((await k.ok(RenewDrivingLicenceDocument, { input: { years: 2 } })).renewDrivingLicence, 'SERVICES_SUSPENDED');
    refused((await l.ok(RenewDrivingLicenceDocument, { input: { years: 2 } })).renewDrivingLicence, 'MEDICAL_CHECK_MISSING');

    refused((await f.ok(RenewVehicleRegistrationDocument, { input: { plate: 'XYZ5678', years: 1 } })).renewVehicleRegistration, 'INSURANCE_EXPIRED');
    refused((await f.ok(RenewIqamaDocument, { input: { beneficiaryNationalId: DEMO.ALI.nationalId, years: 1 } })).renewIqama, 'UNPAID_VIOLATIONS');
    refused((await f.ok(IssueExitReentryVisaDocument, { input: { beneficiaryNationalId: DEMO.ALI.nationalId, entryType: 'SINGLE', months: 2 } })).issueExitReentryVisa, 'IQAMA_EXPIRED');
    refused((await f.ok(DisputeViolationDocument, { input: { violationNumber: '2026000003', reason: 'The camera read the wrong plate.' } })).disputeViolation, 'DISPUTE_WINDOW_CLOSED');
    refused((await f.ok(AuthorizeDriverDocument, { input: { plate: 'KSA2024', driverNationalId: DEMO.NOURA.nationalId, until: addDays(today, 30) } })).authorizeDriver, 'DRIVER_NOT_LICENSED');
    refused((await f.ok(AuthorizeDriverDocument, { input: { plate: 'XYZ5678', driverNationalId: DEMO.MOHAMMED.nationalId, until: addDays(today, 30) } })).authorizeDriver, 'INSURANCE_EXPIRED');

    refused((await o.ok(RenewVehicleRegistrationDocument, { input: { plate: 'EGY1122', years: 1 } })).renewVehicleRegistration, 'INSPECTION_EXPIRED');
    refused((await o.ok(IssueExitReentryVisaDocument, { input: { beneficiaryNationalId: DEMO.YOUSSEF.nationalId, entryType: 'MULTIPLE', months: 6 } })).issueExitReentryVisa, 'OUTSIDE_KINGDOM');
    refused((await o.ok(IssueFinalExitVisaDocument, { input: { beneficiaryNationalId: DEMO.FATIMA.nationalId } })).issueFinalExitVisa, 'PASSPORT_EXPIRED');
    refused((await n.ok(IssueFinalExitVisaDocument, { input: { beneficiaryNationalId: DEMO.OMAR.nationalId } })).issueFinalExitVisa, 'VEHICLE_REGISTERED');
    // Omar is sponsored by Noura: his own final exit is hers to issue.
    expect(refused((await o.ok(IssueFinalExitVisaDocument, { input: { beneficiaryNationalId: DEMO.OMAR.nationalId } })).issueFinalExitVisa, 'SPONSOR_ISSUES_FINAL_EXIT').field).toBe(
      'beneficiaryNationalId',
    );

    // What the rules refused is in each person's history, REFUSED, and nothing else was written: no request opened, no bill.
    const history = (await Promise.all(Object.values(people).map(async (api) => (await api.ok(MyRequestsDocument, {})).myRequests.edges.map((e) => e.node)))).flat();
    expect(history.map((r) => r.reference).sort()).toEqual([...kept].sort());
    for (const request of history) expect(request).toMatchObject({ status: 'REFUSED', bill: null });
  });

  it.skipIf(!enabled)('lists every obstacle at once, in the caller’s language', async () => {
    const layla = people.LAYLA;
    layla.language = 'ar';
    const { renewDrivingLicence } = await layla.ok(RenewDrivingLicenceDocument, { input: { years: 7 } });
    expect(renewDrivingLicence.errors.map((e) => e.code).sort()).toEqual(['INVALID_PERIOD', 'MEDICAL_CHECK_MISSING', 'TOO_EARLY_TO_RENEW']);
    // Layla's account prefers English: the account's language wins over the header.
    expect(renewDrivingLicence.errors.find((e) => e.code === 'MEDICAL_CHECK_MISSING')!.message).toMatch(/medical check/);
  });

  it.skipIf(!enabled)('eligibility answers with the same reasons and the fee, before submitting', async () => {
    const { service } = await people.FAHD.ok(ServiceEligibilityDocument, { code: 'RENEW_IQAMA', beneficiaryNationalId: DEMO.MARIA.nationalId });
    expect(service!.eligibility).toMatchObject({ eligible: true, reasons: [], fee: { halalas: 65_000 } });
    const late = await people.FAHD.ok(ServiceEligibilityDocument, { code: 'RENEW_DRIVING_LICENCE' });
    expect(late.service!.eligibility!.reasons.map((r) => r.code)).toEqual(['UNPAID_VIOLATIONS']);
    // 100 days late: SAR 40 × 2 years + SAR 100 late fee.
    expect(late.service!.eligibility!.fee!.halalas).toBe(8_000 + 10_000);
    const anonymous = await t.client().ok(ServiceEligibilityDocument, { code: 'RENEW_PASSPORT' });
    expect(anonymous.service!.eligibility).toBeNull();
  });
});
