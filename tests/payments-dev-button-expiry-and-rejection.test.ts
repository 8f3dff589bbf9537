import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MyBillsDocument, MyRequestsDocument, PayBillDocument, RenewIqamaDocument, RenewPassportDocument, RequestDocument } from './gql/graphql';
import { DEMO, login, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';
import { Person } from '../server/modules/registry/person.entity';
import { DAY } from '../server/shared/clock';
import { Refund } from '../server/modules/payments/refund.entity';

describe.each(databases)('development payments: pay once, expiry, and rejection when a rule stops holding ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let mohammed: GraphQLClient;
  let fahd: GraphQLClient;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind });
    mohammed = await signedInAs(t, DEMO.MOHAMMED);
    fahd = await signedInAs(t, DEMO.FAHD);
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('a bill is paid once; paying again is BILL_ALREADY_PAID', async () => {
    const { renewIqama } = await fahd.ok(RenewIqamaDocument, { input: { beneficiaryNationalId: DEMO.MARIA.nationalId, years: 2 } });
    const number = renewIqama.request!.bill!.number;
    expect(renewIqama.request!.bill!.amount.halalas).toBe(130_000);
    const [first, second] = await Promise.all([fahd.ok(PayBillDocument, { input: { billNumber: number } }), fahd.ok(PayBillDocument, { input: { billNumber: number } })]);
    const outcomes = [first.payBill, second.payBill].map((p) => (p.errors.length ? p.errors[0].code : 'PAID')).sort();
    expect(outcomes).toEqual(['BILL_ALREADY_PAID', 'PAID']);
    expect((await fahd.ok(MyBillsDocument, { status: 'PAID' })).myBills.nodes.map((b) => b.number)).toEqual([number]);
  });

  it.skipIf(!enabled)('a bill not paid within 3 days expires: it cannot be paid, its request is cancelled, and a new submission is possible', async () => {
    const { renewPassport } = await mohammed.ok(RenewPassportDocument, { input: { beneficiaryNationalId: DEMO.SARA.nationalId, years: 5 } });
    const old = renewPassport.request!;
    t.clock.advance(3 * DAY + 60_000);
    // Three days on, the session has ended: log in again.
    await login(t, `p${DEMO.MOHAMMED.nationalId}`, '+966500000001', undefined, mohammed);
    // The list of requests is the first to look: it shows the request closed, not awaiting payment
    // (the page statement itself says something ran out; the list is read again once closed).
    const listed = (await mohammed.ok(MyRequestsDocument, { first: 10 })).myRequests.edges.map((e) => e.node);
    expect(listed.find((r) => r.reference === old.reference)).toMatchObject({ status: 'CANCELLED', bill: { status: 'EXPIRED' } });
    expect((await mohammed.ok(MyBillsDocument, { status: 'EXPIRED' })).myBills.nodes.map((b) => b.number)).toEqual([old.bill!.number]);
    const late = await mohammed.ok(PayBillDocument, { input: { billNumber: old.bill!.number } });
    expect(late.payBill.errors.map((e) => e.code)).toEqual(['BILL_EXPIRED']);
    const { request } = await mohammed.ok(RequestDocument, { reference: old.reference });
    expect(request!.status).toBe('CANCELLED');
    expect(request!.statusHistory.at(-1)).toMatchObject({ reasonCode: 'BILL_EXPIRED', reason: 'The bill was not paid in time.' });
    const { renewPassport: again } = await mohammed.ok(RenewPassportDocument, { input: { beneficiaryNationalId: DEMO.SARA.nationalId, years: 5 } });
    expect(again.errors).toEqual([]);
  });

  it.skipIf(!enabled)('a rule that stops holding before payment rejects the request with its reason and refunds the bill in full, once', async () => {
    const { myBills } = await mohammed.ok(MyBillsDocument, { status: 'UNPAID' });
    const [bill] = myBills.nodes;
    // The registry imposes a travel ban on the child after the bill was issued.
    const em = t.app.services.orm.em.fork();
    await em.nativeUpdate(Person, { nationalId: DEMO.SARA.nationalId }, { travelBan: true });
    const { payBill } = await mohammed.ok(PayBillDocument, { input: { billNumber: bill.number } });
    expect(payBill.errors).toEqual([]);
    // Owed at once; sent once the gateway confirms (the development one does so just after the commit).
    expect(payBill.bill).toMatchObject({ status: 'REFUNDED', refund: { status: expect.stringMatching(/^(PENDING|COMPLETED)$/), amount: { halalas: bill.amount.halalas } } });
    expect(payBill.request).toMatchObject({ status: 'REJECTED', result: null });
    expect(payBill.request!.statusHistory.at(-1)).toMatchObject({ status: 'REJECTED', reasonCode: 'TRAVEL_BAN' });
    await t.app.drain();
    const refusal = t.sms.messages.find((m) => m.to === '+966500000001' && m.text.includes('was refused'));
    expect(refusal?.text).toContain('travel ban');
    // The development gateway sends the refund at once: the bill says so, and so does an SMS.
    const [refunded] = (await mohammed.ok(MyBillsDocument, { status: 'REFUNDED' })).myBills.nodes;
    expect(refunded).toMatchObject({ number: bill.number, refund: { status: 'COMPLETED', gatewayReference: expect.stringMatching(/^DEV-RF-/), completedAt: expect.any(String) } });
    const sent = t.sms.messages.find((m) => m.to === '+966500000001' && m.text.includes(`The refund of bill ${bill.number}`));
    expect(sent?.text).toContain(refunded.refund!.gatewayReference);
    // Paying it again changes nothing: it is no longer payable, and there is one refund.
    expect((await mohammed.ok(PayBillDocument, { input: { billNumber: bill.number } })).payBill.errors.map((e) => e.code)).toEqual(['BILL_ALREADY_PAID']);
    expect(await t.app.services.orm.em.fork().count(Refund, { billNumber: bill.number })).toBe(1);
  });
});
