import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthorizeDriverDocument,
  CancelServiceRequestDocument,
  DisputeViolationDocument,
  IssueExitReentryVisaDocument,
  IssueFinalExitVisaDocument,
  MyBillsDocument,
  MyDependentsDocument,
  MyDocumentsDocument,
  MyRequestsDocument,
  MyVehiclesDocument,
  MyViolationsDocument,
  PayBillDocument,
  PayViolationsDocument,
  RenewIqamaDocument,
  RenewNationalIdDocument,
  RenewPassportDocument,
  RenewVehicleRegistrationDocument,
  RequestDocument,
  ServiceEligibilityDocument,
} from './gql/graphql';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';
import { addDays } from '../server/shared/dates';
import { riyadhDate } from '../server/shared/clock';

describe.each(databases)("object-level authorization: someone else's identifiers get nothing ($kind)", ({ kind, enabled }) => {
  let t: TestApp;
  let owner: GraphQLClient;
  let intruder: GraphQLClient;
  let reference: string;
  let billNumber: string;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind });
    owner = await signedInAs(t, DEMO.MOHAMMED);
    intruder = await signedInAs(t, DEMO.NOURA);
    const { payViolations } = await owner.ok(PayViolationsDocument, { input: { violationNumbers: ['2026000001'] } });
    expect(payViolations.errors).toEqual([]);
    reference = payViolations.request!.reference;
    billNumber = payViolations.request!.bill!.number;
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('reads: requests, bills, documents, vehicles, violations, dependents of another person are not visible', async () => {
    expect((await intruder.ok(RequestDocument, { reference })).request).toBeNull();
    expect((await intruder.ok(MyRequestsDocument, {})).myRequests.edges).toEqual([]);
    expect((await intruder.ok(MyBillsDocument, {})).myBills.nodes).toEqual([]);
    const docs = (await intruder.ok(MyDocumentsDocument)).myDocuments.nodes;
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.every((d) => d.nationalId === DEMO.NOURA.nationalId || d.nationalId === DEMO.OMAR.nationalId)).toBe(true);
    expect((await intruder.ok(MyVehiclesDocument)).myVehicles.nodes).toEqual([]);
    expect((await intruder.ok(MyViolationsDocument, {})).myViolations.nodes).toEqual([]);
    expect((await intruder.ok(MyDependentsDocument)).myDependents.nodes.map((p) => p.nationalId)).toEqual([DEMO.OMAR.nationalId]);
    const eligibility = (await intruder.ok(ServiceEligibilityDocument, { code: 'RENEW_PASSPORT', beneficiaryNationalId: DEMO.SARA.nationalId })).service!.eligibility!;
    expect(eligibility).toMatchObject({ eligible: false, fee: null });
    expect(eligibility.reasons.map((r) => r.code)).toEqual(['NOT_YOUR_DEPENDENT']);
  });

  it.skipIf(!enabled)("writes: every mutation with another person's identifiers is refused and changes nothing", async () => {
    const until = addDays(riyadhDate(new Date()), 10);
    const codes = async <T extends { errors: { code: string }[]; request?: unknown }>(p: Promise<Record<string, T>>) => {
      const payload = Object.values(await p)[0];
      expect(payload.request ?? null).toBeNull();
      return payload.errors.map((e) => e.code);
    };
    expect(await codes(intruder.ok(CancelServiceRequestDocument, { input: { reference } }))).toEqual(['REQUEST_NOT_FOUND']);
    const pay = await intruder.ok(PayBillDocument, { input: { billNumber } });
    expect(pay.payBill).toMatchObject({ bill: null, errors: [{ code: 'BILL_NOT_FOUND' }] });
    expect(await codes(intruder.ok(RenewNationalIdDocument, { input: { beneficiaryNationalId: DEMO.SARA.nationalId } }))).toEqual(['NOT_YOUR_DEPENDENT']);
    expect(await codes(intruder.ok(RenewPassportDocument, { input: { beneficiaryNationalId: DEMO.SARA.nationalId, years: 5 } }))).toEqual(['NOT_YOUR_DEPENDENT']);
    expect(await codes(intruder.ok(IssueExitReentryVisaDocument, { input: { beneficiaryNationalId: DEMO.RAJESH.nationalId, entryType: 'SINGLE', months: 2 } }))).toEqual(['NOT_YOUR_DEPENDENT']);
    expect(await codes(intruder.ok(IssueFinalExitVisaDocument, { input: { beneficiaryNationalId: DEMO.RAJESH.nationalId } }))).toEqual(['NOT_YOUR_DEPENDENT']);
    expect(await codes(intruder.ok(RenewIqamaDocument, { input: { beneficiaryNationalId: DEMO.RAJESH.nationalId, years: 1 } }))).toEqual(['NOT_YOUR_DEPENDENT']);
    // An unknown ID gets the same answer as someone else's: nothing is revealed about who exists.
    expect(await codes(intruder.ok(RenewIqamaDocument, { input: { beneficiaryNationalId: '2999999990', years: 1 } }))).toEqual(['NOT_YOUR_DEPENDENT']);
    expect(await codes(intruder.ok(RenewVehicleRegistrationDocument, { input: { plate: 'ABC1234', years: 1 } }))).toEqual(['NOT_YOUR_VEHICLE']);
    expect(await codes(intruder.ok(AuthorizeDriverDocument, { input: { plate: 'ABC1234', driverNationalId: DEMO.NOURA.nationalId, until } }))).toContain('NOT_YOUR_VEHICLE');
    expect(await codes(intruder.ok(PayViolationsDocument, { input: { violationNumbers: ['2026000001'] } }))).toEqual(['VIOLATION_NOT_FOUND']);
    expect(await codes(intruder.ok(DisputeViolationDocument, { input: { violationNumber: '2026000001', reason: 'It was not me who drove the car.' } }))).toEqual(['VIOLATION_NOT_FOUND']);

    // The owner's request and bill are untouched.
    const { request } = await owner.ok(RequestDocument, { reference });
    expect(request).toMatchObject({ status: 'PENDING_PAYMENT', bill: { status: 'UNPAID' } });
    expect((await intruder.ok(MyRequestsDocument, {})).myRequests.edges).toEqual([]);
  });

  it.skipIf(!enabled)('anonymous callers are refused before anything runs', async () => {
    const res = await t.client().request(MyRequestsDocument, {});
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const pay = await t.client().request(PayBillDocument, { input: { billNumber } });
    expect(pay.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
