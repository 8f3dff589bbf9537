import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthorizeDriverDocument,
  DisputeViolationDocument,
  IssueExitReentryVisaDocument,
  IssueFinalExitVisaDocument,
  MyDocumentsDocument,
  MyVehiclesDocument,
  MyViolationsDocument,
  PayBillDocument,
  PayViolationsDocument,
  RenewDrivingLicenceDocument,
  RenewIqamaDocument,
  RenewNationalIdDocument,
  RenewPassportDocument,
  RenewVehicleRegistrationDocument,
  RequestDocument,
} from './gql/graphql';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';
import { riyadhDate } from '../server/shared/clock';
import { addDays, addYears } from '../server/shared/dates';

describe.each(databases)('every e-service end to end: submit → bill → pay → document updated → notified ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let mohammed: GraphQLClient;
  let fahd: GraphQLClient;
  let today: string;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind });
    today = riyadhDate(new Date());
    mohammed = await signedInAs(t, DEMO.MOHAMMED);
    fahd = await signedInAs(t, DEMO.FAHD);
  });
  afterAll(async () => t?.stop());

  const pay = async (api: GraphQLClient, billNumber: string) => {
    const { payBill } = await api.ok(PayBillDocument, { input: { billNumber } });
    expect(payBill.errors).toEqual([]);
    expect(payBill.bill!.status).toBe('PAID');
    expect(payBill.request!.status).toBe('COMPLETED');
    expect(payBill.request!.statusHistory.map((h) => h.status)).toEqual(['SUBMITTED', 'PENDING_PAYMENT', 'COMPLETED']);
    return payBill.request!;
  };
  const documentOf = async (api: GraphQLClient, nationalId: string, type: string) =>
    (await api.ok(MyDocumentsDocument)).myDocuments.nodes.filter((d) => d.nationalId === nationalId && d.type === type);

  it.skipIf(!enabled)('done-when: renews a driving licence after paying a violation, through GraphQL alone', async () => {
    const blocked = await mohammed.ok(RenewDrivingLicenceDocument, { input: { years: 5 } });
    expect(blocked.renewDrivingLicence.errors.map((e) => e.code)).toEqual(['UNPAID_VIOLATIONS']);
    expect(blocked.renewDrivingLicence.errors[0].message).toMatch(/Pay them/);

    const { myViolations } = await mohammed.ok(MyViolationsDocument, { unpaidOnly: true });
    expect(myViolations.nodes.map((v) => [v.number, v.amount.halalas])).toEqual([['2026000001', 30_000]]);
    const { payViolations } = await mohammed.ok(PayViolationsDocument, { input: { violationNumbers: ['2026000001'] } });
    expect(payViolations.errors).toEqual([]);
    expect(payViolations.request).toMatchObject({ status: 'PENDING_PAYMENT', service: { code: 'PAY_VIOLATIONS' }, bill: { status: 'UNPAID', amount: { halalas: 30_000, formatted: 'SAR 300.00' } } });
    expect(payViolations.request!.bill!.number).toMatch(/^090\d{10}$/);
    expect((await mohammed.ok(MyViolationsDocument, { unpaidOnly: true })).myViolations.nodes[0].billed).toBe(true);
    const paidViolations = await pay(mohammed, payViolations.request!.bill!.number);
    expect(paidViolations.result!.violationNumbers).toEqual(['2026000001']);
    expect((await mohammed.ok(MyViolationsDocument, { unpaidOnly: true })).myViolations.nodes).toEqual([]);

    const [licence] = await documentOf(mohammed, DEMO.MOHAMMED.nationalId, 'DRIVING_LICENCE');
    expect(licence.daysToExpiry).toBe(40);
    const { renewDrivingLicence } = await mohammed.ok(RenewDrivingLicenceDocument, { input: { years: 5 } });
    expect(renewDrivingLicence.errors).toEqual([]);
    expect(renewDrivingLicence.request!.bill!.items.map((i) => [i.code, i.amount.halalas])).toEqual([['LICENCE_FEE', 20_000]]);
    const renewed = await pay(mohammed, renewDrivingLicence.request!.bill!.number);
    const expected = addYears(addDays(today, 40), 5);
    expect(renewed.result).toMatchObject({ documentType: 'DRIVING_LICENCE', expiresOn: expected });
    expect((await documentOf(mohammed, DEMO.MOHAMMED.nationalId, 'DRIVING_LICENCE'))[0].expiresOn).toBe(expected);

    // Outcomes reach the person by SMS in their language.
    const texts = t.sms.messages.filter((m) => m.to === '+966500000001').map((m) => m.text);
    expect(texts.some((x) => x.includes('Your bill is ready') && x.includes(renewDrivingLicence.request!.bill!.number))).toBe(true);
    expect(texts.some((x) => x.includes('Your request is complete') && x.includes(renewDrivingLicence.request!.reference))).toBe(true);
  });

  it.skipIf(!enabled)('done-when: issues an exit re-entry visa for a dependent', async () => {
    const { issueExitReentryVisa } = await mohammed.ok(IssueExitReentryVisaDocument, { input: { beneficiaryNationalId: DEMO.RAJESH.nationalId, entryType: 'SINGLE', months: 3 } });
    expect(issueExitReentryVisa.errors).toEqual([]);
    expect(issueExitReentryVisa.request!.beneficiary.fullNameEn).toBe('Rajesh Kumar Ramaswamy Nair');
    expect(issueExitReentryVisa.request!.bill!.amount.halalas).toBe(30_000);
    const done = await pay(mohammed, issueExitReentryVisa.request!.bill!.number);
    expect(done.result).toMatchObject({ documentType: 'EXIT_REENTRY_VISA', entryType: 'SINGLE', months: 3, issuedOn: today });
    const [visa] = await documentOf(mohammed, DEMO.RAJESH.nationalId, 'EXIT_REENTRY_VISA');
    expect(visa).toMatchObject({ number: done.result!.documentNumber, entryType: 'SINGLE', expiresOn: done.result!.expiresOn });
    expect(visa.daysToExpiry).toBeGreaterThanOrEqual(89);
    const { request } = await mohammed.ok(RequestDocument, { reference: done.reference });
    expect(request!.status).toBe('COMPLETED');
    const again = await mohammed.ok(IssueExitReentryVisaDocument, { input: { beneficiaryNationalId: DEMO.RAJESH.nationalId, entryType: 'SINGLE', months: 2 } });
    expect(again.issueExitReentryVisa.errors.map((e) => e.code)).toEqual(['VISA_ALREADY_VALID']);
  });

  it.skipIf(!enabled)('renews a national ID: free inside the window, so it completes at once', async () => {
    const { renewNationalId } = await mohammed.ok(RenewNationalIdDocument, {});
    expect(renewNationalId.errors).toEqual([]);
    expect(renewNationalId.request).toMatchObject({ status: 'COMPLETED', bill: null, result: { documentType: 'NATIONAL_ID', issuedOn: today, expiresOn: addYears(today, 10) } });
    expect(renewNationalId.request!.statusHistory.map((h) => h.status)).toEqual(['SUBMITTED', 'COMPLETED']);
  });

  it.skipIf(!enabled)('renews a dependent’s passport: a new passport number', async () => {
    const { renewPassport } = await mohammed.ok(RenewPassportDocument, { input: { beneficiaryNationalId: DEMO.SARA.nationalId, years: 5 } });
    expect(renewPassport.errors).toEqual([]);
    expect(renewPassport.request!.bill!.amount.halalas).toBe(30_000);
    const done = await pay(mohammed, renewPassport.request!.bill!.number);
    const passports = await documentOf(mohammed, DEMO.SARA.nationalId, 'PASSPORT');
    expect(passports.map((p) => p.number)).toContain(done.result!.documentNumber);
    expect(done.result).toMatchObject({ expiresOn: addYears(today, 5) });
  });

  it.skipIf(!enabled)('renews a vehicle registration once its violation is paid', async () => {
    const { renewVehicleRegistration } = await mohammed.ok(RenewVehicleRegistrationDocument, { input: { plate: 'abc 1234', years: 2 } });
    expect(renewVehicleRegistration.errors).toEqual([]);
    expect(renewVehicleRegistration.request!.bill!.amount.halalas).toBe(20_000);
    const done = await pay(mohammed, renewVehicleRegistration.request!.bill!.number);
    const expected = addYears(addDays(today, 30), 2);
    expect(done.result).toMatchObject({ plate: 'ABC1234', expiresOn: expected });
    expect((await mohammed.ok(MyVehiclesDocument)).myVehicles.nodes[0].registrationExpiresOn).toBe(expected);
  });

  it.skipIf(!enabled)('renews a sponsored worker’s iqama, then issues her final exit visa (free)', async () => {
    const { renewIqama } = await fahd.ok(RenewIqamaDocument, { input: { beneficiaryNationalId: DEMO.MARIA.nationalId, years: 1 } });
    expect(renewIqama.errors).toEqual([]);
    expect(renewIqama.request!.bill!.amount).toEqual({ halalas: 65_000, formatted: 'SAR 650.00' });
    const done = await pay(fahd, renewIqama.request!.bill!.number);
    expect(done.result).toMatchObject({ documentType: 'IQAMA', expiresOn: addYears(addDays(today, 20), 1) });
    expect((await documentOf(fahd, DEMO.MARIA.nationalId, 'IQAMA'))[0].expiresOn).toBe(addYears(addDays(today, 20), 1));

    const { issueFinalExitVisa } = await fahd.ok(IssueFinalExitVisaDocument, { input: { beneficiaryNationalId: DEMO.MARIA.nationalId } });
    expect(issueFinalExitVisa.errors).toEqual([]);
    expect(issueFinalExitVisa.request).toMatchObject({ status: 'COMPLETED', bill: null, result: { documentType: 'FINAL_EXIT_VISA', expiresOn: addDays(today, 60) } });
    expect(await documentOf(fahd, DEMO.MARIA.nationalId, 'FINAL_EXIT_VISA')).toHaveLength(1);
  });

  it.skipIf(!enabled)('authorises a licensed driver for a vehicle (free)', async () => {
    const until = addDays(today, 100);
    const { authorizeDriver } = await fahd.ok(AuthorizeDriverDocument, { input: { plate: 'KSA2024', driverNationalId: DEMO.MOHAMMED.nationalId, until } });
    expect(authorizeDriver.errors).toEqual([]);
    expect(authorizeDriver.request).toMatchObject({ status: 'COMPLETED', result: { plate: 'KSA2024', driverNationalId: DEMO.MOHAMMED.nationalId, expiresOn: until } });
    const vehicle = (await fahd.ok(MyVehiclesDocument)).myVehicles.nodes.find((v) => v.plate === 'KSA2024')!;
    expect(vehicle).toMatchObject({ authorizedDriverId: DEMO.MOHAMMED.nationalId, authorizedUntil: until });
    const second = await fahd.ok(AuthorizeDriverDocument, { input: { plate: 'KSA2024', driverNationalId: DEMO.LAYLA.nationalId, until } });
    expect(second.authorizeDriver.errors.map((e) => [e.field, e.code])).toEqual([['plate', 'DRIVER_ALREADY_AUTHORIZED']]);
  });

  it.skipIf(!enabled)('disputes a recent violation (free), one open dispute at a time', async () => {
    const ali = await signedInAs(t, DEMO.ALI, 'AR');
    const reason = 'I was not in the city on that day.';
    const { disputeViolation } = await ali.ok(DisputeViolationDocument, { input: { violationNumber: '2026000004', reason } });
    expect(disputeViolation.errors).toEqual([]);
    expect(disputeViolation.request).toMatchObject({ status: 'COMPLETED', result: { violationNumbers: ['2026000004'], disputeStatus: 'OPEN' } });
    const [violation] = (await ali.ok(MyViolationsDocument, {})).myViolations.nodes;
    expect(violation).toMatchObject({ disputeStatus: 'OPEN', paid: false });
    const again = await ali.ok(DisputeViolationDocument, { input: { violationNumber: '2026000004', reason: 'short' } });
    expect(again.disputeViolation.errors.map((e) => e.code).sort()).toEqual(['DISPUTE_OPEN', 'REASON_INVALID']);
    // Completed-request SMS in the account's language (Arabic).
    expect(t.sms.messages.some((m) => m.to === '+966500000105' && m.text.includes('اكتمل طلبك'))).toBe(true);
  });
});
