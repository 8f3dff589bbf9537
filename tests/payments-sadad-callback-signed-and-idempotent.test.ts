import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IssueExitReentryVisaDocument, MyDocumentsDocument, PayBillDocument, RenewIqamaDocument, RequestDocument } from './gql/graphql';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';
import { AuditEvent, AuditEventType } from '../server/modules/audit/audit-event.entity';
import { Bill } from '../server/modules/payments/bill.entity';
import { Refund } from '../server/modules/payments/refund.entity';
import { Person } from '../server/modules/registry/person.entity';
import { signCallback } from '../server/modules/payments/payments.service';

const SECRET = 'sadad-callback-secret-for-tests-0123456789';

describe.each(databases)('SADAD payment callback: signed, idempotent, pays once ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let fahd: GraphQLClient;
  let mohammed: GraphQLClient;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind, env: { PAYMENTS: 'gateway', PAYMENT_CALLBACK_SECRET: SECRET } });
    fahd = await signedInAs(t, DEMO.FAHD);
    mohammed = await signedInAs(t, DEMO.MOHAMMED);
  });
  afterAll(async () => t?.stop());

  const post = async (body: string, options: { secret?: string; timestamp?: number } = {}) => {
    const timestamp = String(options.timestamp ?? Math.floor(t.clock.now().getTime() / 1000));
    const res = await fetch(`${t.url}/payments/sadad`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sadad-timestamp': timestamp, 'x-sadad-signature': `sha256=${signCallback(options.secret ?? SECRET, timestamp, body)}` },
      body,
    });
    return { status: res.status, body: (await res.json()) as { status: string } };
  };
  const notice = (billNumber: string, amountHalalas: number, transactionId: string) => JSON.stringify({ billNumber, amountHalalas, transactionId });
  const iqamaExpiry = async () => (await fahd.ok(MyDocumentsDocument)).myDocuments.nodes.find((d) => d.nationalId === DEMO.MARIA.nationalId && d.type === 'IQAMA')!.expiresOn;
  const billOf = (number: string) => t.app.services.orm.em.fork().findOneOrFail(Bill, number);

  it.skipIf(!enabled)('refuses forged, stale, wrong-amount and malformed notices without changing anything; pays once; a replay changes nothing', async () => {
    const { renewIqama } = await fahd.ok(RenewIqamaDocument, { input: { beneficiaryNationalId: DEMO.MARIA.nationalId, years: 1 } });
    const bill = renewIqama.request!.bill!;
    const before = await iqamaExpiry();

    // The development button is off on a gateway server.
    const button = await fahd.request(PayBillDocument, { input: { billNumber: bill.number } });
    expect(button.errors?.[0].extensions?.code).toBe('NOT_ENABLED');

    expect(await post(notice(bill.number, bill.amount.halalas, 'T-1'), { secret: 'not-the-secret-at-all-0123456789' })).toEqual({ status: 401, body: { status: 'BAD_SIGNATURE' } });
    expect((await post(notice(bill.number, bill.amount.halalas, 'T-1'), { timestamp: Math.floor(t.clock.now().getTime() / 1000) - 3600 })).status).toBe(401);
    expect(await post(notice(bill.number, bill.amount.halalas - 100, 'T-1'))).toEqual({ status: 409, body: { status: 'AMOUNT_MISMATCH' } });
    expect((await post('{"billNumber": 12}')).status).toBe(400);
    expect(await post(notice('0900000000000', 100, 'T-1'))).toEqual({ status: 404, body: { status: 'NOT_FOUND' } });
    expect((await billOf(bill.number)).status).toBe('UNPAID');
    expect(await iqamaExpiry()).toBe(before);
    expect(t.logs.some((l) => l.includes('payment callback refused: bad or missing signature'))).toBe(true);
    expect(t.logs.some((l) => l.includes('AMOUNT_MISMATCH'))).toBe(true);

    expect(await post(notice(bill.number, bill.amount.halalas, 'T-1'))).toEqual({ status: 200, body: { status: 'PAID' } });
    const after = await iqamaExpiry();
    expect(after > before).toBe(true);
    const { request } = await fahd.ok(RequestDocument, { reference: renewIqama.request!.reference });
    expect(request).toMatchObject({ status: 'COMPLETED', bill: { status: 'PAID' }, result: { expiresOn: after } });

    expect(await post(notice(bill.number, bill.amount.halalas, 'T-1'))).toEqual({ status: 200, body: { status: 'ALREADY_PAID' } });
    expect(await post(notice(bill.number, bill.amount.halalas, 'T-2'))).toEqual({ status: 200, body: { status: 'ALREADY_PAID' } });
    expect(await iqamaExpiry()).toBe(after);
    expect(await billOf(bill.number)).toMatchObject({ status: 'PAID', paymentChannel: 'SADAD', paymentReference: 'T-1' });
  });

  it.skipIf(!enabled)('ten concurrent notices for one bill pay it once and issue one visa; a transaction id cannot pay two bills', async () => {
    const { issueExitReentryVisa } = await mohammed.ok(IssueExitReentryVisaDocument, { input: { beneficiaryNationalId: DEMO.RAJESH.nationalId, entryType: 'MULTIPLE', months: 4 } });
    const bill = issueExitReentryVisa.request!.bill!;
    expect(bill.amount.halalas).toBe(20_000 + 2 * 20_000);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => post(notice(bill.number, bill.amount.halalas, `C-${i}`))));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => r.body.status === 'PAID')).toHaveLength(1);
    const visas = (await mohammed.ok(MyDocumentsDocument)).myDocuments.nodes.filter((d) => d.type === 'EXIT_REENTRY_VISA');
    expect(visas).toHaveLength(1);
    const em = t.app.services.orm.em.fork();
    const paidEvents = (await em.find(AuditEvent, { type: AuditEventType.BILL_PAID })).filter((e) => e.detail?.bill === bill.number);
    expect(paidEvents).toHaveLength(1);

    const paidWith = (await billOf(bill.number)).paymentReference!;
    const { issueExitReentryVisa: second } = await fahd.ok(IssueExitReentryVisaDocument, { input: { beneficiaryNationalId: DEMO.MARIA.nationalId, entryType: 'SINGLE', months: 2 } });
    expect(second.errors).toEqual([]);
    expect(await post(notice(second.request!.bill!.number, 20_000, paidWith))).toEqual({ status: 409, body: { status: 'DUPLICATE_TRANSACTION' } });
    expect((await billOf(second.request!.bill!.number)).status).toBe('UNPAID');
    // Nothing of the people concerned, nor the callback secret, reaches the logs.
    const logs = t.logs.join('');
    for (const secret of [DEMO.FAHD.nationalId, DEMO.MARIA.nationalId, DEMO.MOHAMMED.nationalId, DEMO.RAJESH.nationalId, SECRET]) expect(logs).not.toContain(secret);
  });

  it.skipIf(!enabled)('ten concurrent notices for a bill whose request a rule now refuses: paid once, rejected once, refunded once', async () => {
    const { renewIqama } = await fahd.ok(RenewIqamaDocument, { input: { beneficiaryNationalId: DEMO.MARIA.nationalId, years: 1 } });
    const bill = renewIqama.request!.bill!;
    // The registry suspends her e-services after the bill was issued: the payment's check refuses the renewal.
    await t.app.services.orm.em.fork().nativeUpdate(Person, { nationalId: DEMO.MARIA.nationalId }, { servicesSuspended: true });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => post(notice(bill.number, bill.amount.halalas, `R-${i}`))));
    expect(results.filter((r) => r.body.status === 'PAID')).toHaveLength(1);
    await t.app.drain();
    const { request } = await fahd.ok(RequestDocument, { reference: renewIqama.request!.reference });
    expect(request).toMatchObject({ status: 'REJECTED', bill: { status: 'REFUNDED', refund: { status: 'COMPLETED' } } });
    expect(await t.app.services.orm.em.fork().count(Refund, { billNumber: bill.number })).toBe(1);
    await t.app.services.orm.em.fork().nativeUpdate(Person, { nationalId: DEMO.MARIA.nationalId }, { servicesSuspended: false });
  });
});
