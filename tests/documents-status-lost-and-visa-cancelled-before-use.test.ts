import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Refund } from '../server/modules/payments/refund.entity';
import { DocumentStatus, type RecordedDocumentStatus } from '../server/modules/registry/document-status';
import { DocumentType, PersonDocument } from '../server/modules/registry/holdings.entity';
import { Person } from '../server/modules/registry/person.entity';
import { riyadhDate } from '../server/shared/clock';
import { addDays } from '../server/shared/dates';
import {
  CancelExitReentryVisaDocument,
  DigitalIdDocument,
  IssueExitReentryVisaDocument,
  MyBillsDocument,
  MyDocumentsDocument,
  NotificationsDocument,
  PayBillDocument,
  ReportDocumentLostDocument,
  VerifyDigitalIdDocument,
} from './gql/graphql';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

describe.each(databases)('a document has a status; reported lost it proves nothing; a visa cancelled before use is refunded ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let mohammed: GraphQLClient;
  let fahd: GraphQLClient;
  let rajesh: GraphQLClient;
  let today: string;

  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind });
    today = riyadhDate(new Date());
    mohammed = await signedInAs(t, DEMO.MOHAMMED);
    fahd = await signedInAs(t, DEMO.FAHD);
    rajesh = await signedInAs(t, DEMO.RAJESH);
  });
  afterAll(async () => t?.stop());

  const em = () => t.app.services.orm.em.fork();
  const documentsOf = async (api: GraphQLClient, nationalId: string, type: string) =>
    (await api.ok(MyDocumentsDocument)).myDocuments.nodes.filter((d) => d.nationalId === nationalId && d.type === type);
  const setStatus = (nationalId: string, type: DocumentType, status: RecordedDocumentStatus) => em().nativeUpdate(PersonDocument, { nationalId, type }, { status });

  /** Issues and pays a 6-month single exit re-entry visa (VALID: far from its expiry) for Rajesh, from Mohammed's account; returns the visa and its request. */
  async function paidVisaForRajesh() {
    const { issueExitReentryVisa } = await mohammed.ok(IssueExitReentryVisaDocument, { input: { beneficiaryNationalId: DEMO.RAJESH.nationalId, entryType: 'SINGLE', months: 6 } });
    expect(issueExitReentryVisa.errors).toEqual([]);
    const { payBill } = await mohammed.ok(PayBillDocument, { input: { billNumber: issueExitReentryVisa.request!.bill!.number } });
    expect(payBill.request!.status).toBe('COMPLETED');
    const visa = (await documentsOf(mohammed, DEMO.RAJESH.nationalId, 'EXIT_REENTRY_VISA')).find((d) => d.number === payBill.request!.result!.documentNumber)!;
    return { visa, request: payBill.request!, bill: payBill.bill! };
  }

  it.skipIf(!enabled)('each document says where it stands today: VALID, EXPIRING within 90 days, EXPIRED, or what the registry recorded', async () => {
    // The demo registry: Mohammed's ID expires in 120 days, his licence in 40; Noura's ID expired 30 days ago.
    const mine = (await mohammed.ok(MyDocumentsDocument)).myDocuments.nodes.filter((d) => d.nationalId === DEMO.MOHAMMED.nationalId);
    expect(Object.fromEntries(mine.map((d) => [d.type, d.status]))).toMatchObject({ NATIONAL_ID: 'VALID', DRIVING_LICENCE: 'EXPIRING', PASSPORT: 'VALID' });
    const noura = await signedInAs(t, DEMO.NOURA);
    expect((await documentsOf(noura, DEMO.NOURA.nationalId, 'NATIONAL_ID'))[0].status).toBe('EXPIRED');
    await setStatus(DEMO.MOHAMMED.nationalId, DocumentType.PASSPORT, DocumentStatus.REPLACED);
    expect((await documentsOf(mohammed, DEMO.MOHAMMED.nationalId, 'PASSPORT'))[0].status).toBe('REPLACED');
    await setStatus(DEMO.MOHAMMED.nationalId, DocumentType.PASSPORT, DocumentStatus.VALID);
  });

  it.skipIf(!enabled)('a national ID reported lost stops the digital ID proving anything, at once, and says why', async () => {
    const { digitalId } = await mohammed.ok(DigitalIdDocument);
    const before = await t.client().ok(VerifyDigitalIdDocument, { token: digitalId!.token });
    expect(before.verifyDigitalId).toMatchObject({ valid: true, documentValid: true, documentStatus: 'VALID' });
    await setStatus(DEMO.MOHAMMED.nationalId, DocumentType.NATIONAL_ID, DocumentStatus.LOST);
    // The same token, checked again: genuine, but the card it stands for was reported lost.
    const after = await t.client().ok(VerifyDigitalIdDocument, { token: digitalId!.token });
    expect(after.verifyDigitalId).toMatchObject({ valid: true, documentValid: false, documentStatus: 'LOST' });
    expect((await documentsOf(mohammed, DEMO.MOHAMMED.nationalId, 'NATIONAL_ID'))[0].status).toBe('LOST');
    await setStatus(DEMO.MOHAMMED.nationalId, DocumentType.NATIONAL_ID, DocumentStatus.VALID);
  });

  it.skipIf(!enabled)('reporting a document lost: at once, told by SMS, once under ten parallel reports; nobody else’s; not a visa; anonymous gets nothing', async () => {
    const [passport] = await documentsOf(mohammed, DEMO.SARA.nationalId, 'PASSPORT');
    const since = Date.now();
    const results = await Promise.all(Array.from({ length: 10 }, () => mohammed.request(ReportDocumentLostDocument, { input: { documentId: passport.id, circumstance: 'STOLEN' } })));
    for (const r of results) expect(r.status).toBe(200);
    const done = results.filter((r) => r.data?.reportDocumentLost.errors.length === 0);
    expect(done).toHaveLength(1);
    expect(done[0].data!.reportDocumentLost.document).toMatchObject({ id: passport.id, status: 'LOST' });
    expect(new Set(results.flatMap((r) => r.data!.reportDocumentLost.errors.map((e) => e.code)))).toEqual(new Set(['DOCUMENT_ALREADY_ENDED']));
    expect((await documentsOf(mohammed, DEMO.SARA.nationalId, 'PASSPORT'))[0].status).toBe('LOST');
    const sms = await t.sms.waitFor('+966500000001', since);
    expect(sms.text).toContain(`Passport ${passport.number} of Sara Mohammed Abdullah Alqahtani is recorded as stolen`);
    const titles = (await mohammed.ok(NotificationsDocument, { first: 5 })).notifications.edges.map((e) => e.node.title);
    expect(titles).toContain('Document reported lost');
    // Fahd is nobody to Sara or Mohammed: not found, and nothing changes.
    const [licence] = await documentsOf(mohammed, DEMO.MOHAMMED.nationalId, 'DRIVING_LICENCE');
    const stranger = await fahd.ok(ReportDocumentLostDocument, { input: { documentId: licence.id, circumstance: 'LOST' } });
    expect(stranger.reportDocumentLost).toMatchObject({ document: null, errors: [{ field: 'documentId', code: 'DOCUMENT_NOT_FOUND' }] });
    const anonymous = await t.client().request(ReportDocumentLostDocument, { input: { documentId: licence.id, circumstance: 'LOST' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await documentsOf(mohammed, DEMO.MOHAMMED.nationalId, 'DRIVING_LICENCE'))[0].status).toBe('EXPIRING');
    await setStatus(DEMO.SARA.nationalId, DocumentType.PASSPORT, DocumentStatus.VALID);
  });

  it.skipIf(!enabled)('an iqama reported lost refuses a visa when submitted, and when its bill is paid: REJECTED and refunded', async () => {
    const { issueExitReentryVisa } = await mohammed.ok(IssueExitReentryVisaDocument, { input: { beneficiaryNationalId: DEMO.RAJESH.nationalId, entryType: 'SINGLE', months: 2 } });
    expect(issueExitReentryVisa.errors).toEqual([]);
    // Between the bill and its payment, the sponsor reports the worker's iqama lost.
    const [iqama] = await documentsOf(mohammed, DEMO.RAJESH.nationalId, 'IQAMA');
    const { reportDocumentLost } = await mohammed.ok(ReportDocumentLostDocument, { input: { documentId: iqama.id, circumstance: 'LOST' } });
    expect(reportDocumentLost.errors).toEqual([]);
    const { payBill } = await mohammed.ok(PayBillDocument, { input: { billNumber: issueExitReentryVisa.request!.bill!.number } });
    expect(payBill.bill!.status).toBe('REFUNDED');
    expect(payBill.request!.statusHistory.at(-1)).toMatchObject({ status: 'REJECTED', reasonCode: 'IQAMA_REPORTED_LOST' });
    const refused = await mohammed.ok(IssueExitReentryVisaDocument, { input: { beneficiaryNationalId: DEMO.RAJESH.nationalId, entryType: 'SINGLE', months: 2 } });
    expect(refused.issueExitReentryVisa.errors.map((e) => e.code)).toEqual(['IQAMA_REPORTED_LOST']);
    expect(refused.issueExitReentryVisa.errors[0].message).toMatch(/reported lost/);
    await setStatus(DEMO.RAJESH.nationalId, DocumentType.IQAMA, DocumentStatus.VALID);
  });

  it.skipIf(!enabled)('nobody but the account that paid can cancel a visa: not another person, not its holder, not an anonymous caller', async () => {
    const { visa } = await paidVisaForRajesh();
    const reported = await mohammed.ok(ReportDocumentLostDocument, { input: { documentId: visa.id, circumstance: 'LOST' } });
    expect(reported.reportDocumentLost.errors.map((e) => e.code)).toEqual(['DOCUMENT_NOT_REPORTABLE']);
    for (const api of [fahd, rajesh]) {
      const { cancelExitReentryVisa } = await api.ok(CancelExitReentryVisaDocument, { input: { documentId: visa.id } });
      expect(cancelExitReentryVisa).toMatchObject({ request: null, errors: [{ field: 'documentId', code: 'VISA_NOT_FOUND' }] });
    }
    // Asking for one holder's documents shows only theirs, and a stranger's (or a malformed ID) as none.
    const holderQuery = 'query H($id: String) { myDocuments(holderNationalId: $id) { nodes { nationalId type } } }';
    const onlyRajesh = (await mohammed.raw({ query: holderQuery, variables: { id: DEMO.RAJESH.nationalId } })).data as { myDocuments: { nodes: { nationalId: string }[] } };
    expect(new Set(onlyRajesh.myDocuments.nodes.map((d) => d.nationalId))).toEqual(new Set([DEMO.RAJESH.nationalId]));
    for (const [api, id] of [
      [fahd, DEMO.RAJESH.nationalId],
      [mohammed, DEMO.FAHD.nationalId],
      [mohammed, 'x'],
    ] as const) {
      expect((await api.raw({ query: holderQuery, variables: { id } })).data).toEqual({ myDocuments: { nodes: [] } });
    }
    const anonymous = await t.client().request(CancelExitReentryVisaDocument, { input: { documentId: visa.id } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Not a visa at all (Mohammed's own ID card), or no document: not found either.
    const [card] = await documentsOf(mohammed, DEMO.MOHAMMED.nationalId, 'NATIONAL_ID');
    for (const documentId of [card.id, 'not-an-id']) {
      const { cancelExitReentryVisa } = await mohammed.ok(CancelExitReentryVisaDocument, { input: { documentId } });
      expect(cancelExitReentryVisa.errors.map((e) => e.code)).toEqual(['VISA_NOT_FOUND']);
    }
    expect((await documentsOf(mohammed, DEMO.RAJESH.nationalId, 'EXIT_REENTRY_VISA')).find((d) => d.id === visa.id)!.status).not.toBe('CANCELLED');
  });

  it.skipIf(!enabled)('a holder outside the Kingdom is travelling on it: VISA_IN_USE, nothing changes', async () => {
    const [visa] = (await documentsOf(mohammed, DEMO.RAJESH.nationalId, 'EXIT_REENTRY_VISA')).filter((d) => d.status !== 'CANCELLED');
    await em().nativeUpdate(Person, { nationalId: DEMO.RAJESH.nationalId }, { insideKingdom: false });
    const { cancelExitReentryVisa } = await mohammed.ok(CancelExitReentryVisaDocument, { input: { documentId: visa.id } });
    expect(cancelExitReentryVisa.errors.map((e) => [e.field, e.code])).toEqual([['documentId', 'VISA_IN_USE']]);
    expect(cancelExitReentryVisa.errors[0].message).toMatch(/before it is used/);
    await em().nativeUpdate(Person, { nationalId: DEMO.RAJESH.nationalId }, { insideKingdom: true });
    expect((await documentsOf(mohammed, DEMO.RAJESH.nationalId, 'EXIT_REENTRY_VISA')).find((d) => d.id === visa.id)!.status).toBe('VALID');
  });

  it.skipIf(!enabled)('ten cancellations at once: one cancels the visa and its request, one refund, the bill REFUNDED, the payer told', async () => {
    const [visa] = (await documentsOf(mohammed, DEMO.RAJESH.nationalId, 'EXIT_REENTRY_VISA')).filter((d) => d.status !== 'CANCELLED');
    const results = await Promise.all(Array.from({ length: 10 }, () => mohammed.request(CancelExitReentryVisaDocument, { input: { documentId: visa.id } })));
    for (const r of results) expect(r.status).toBe(200);
    const done = results.filter((r) => r.data?.cancelExitReentryVisa.errors.length === 0);
    expect(done).toHaveLength(1);
    const codes = results.flatMap((r) => r.data!.cancelExitReentryVisa.errors.map((e) => e.code));
    expect(new Set(codes)).toEqual(new Set(['VISA_NOT_CANCELLABLE']));
    const request = done[0].data!.cancelExitReentryVisa.request!;
    expect(request.status).toBe('CANCELLED');
    expect(request.statusHistory.at(-1)).toMatchObject({ status: 'CANCELLED', reasonCode: 'VISA_CANCELLED_UNUSED', reason: 'The visa was cancelled before it was used; its fee is refunded.' });
    expect(request.bill).toMatchObject({ status: 'REFUNDED' });
    expect(await em().count(Refund, { billNumber: request.bill!.number })).toBe(1);
    expect((await documentsOf(mohammed, DEMO.RAJESH.nationalId, 'EXIT_REENTRY_VISA')).find((d) => d.id === visa.id)!.status).toBe('CANCELLED');
    await t.app.drain();
    const refunded = (await mohammed.ok(MyBillsDocument, { status: 'REFUNDED' })).myBills.nodes.find((b) => b.number === request.bill!.number);
    expect(refunded?.refund).toMatchObject({ status: 'COMPLETED', amount: { halalas: request.bill!.amount.halalas } });
    const titles = (await mohammed.ok(NotificationsDocument, { first: 10 })).notifications.edges.map((e) => e.node.title);
    expect(titles).toEqual(expect.arrayContaining(['Visa cancelled', 'Your fee will be refunded']));
    // Cancelled, it no longer stands in the way of a new one; and it cannot be cancelled twice.
    const again = await mohammed.ok(CancelExitReentryVisaDocument, { input: { documentId: visa.id } });
    expect(again.cancelExitReentryVisa.errors.map((e) => e.code)).toEqual(['VISA_NOT_CANCELLABLE']);
    const { visa: next } = await paidVisaForRajesh();
    expect(next.status).toBe('VALID');
    expect(next.expiresOn > addDays(today, 170)).toBe(true);
  });
});
