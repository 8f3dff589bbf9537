import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { riyadhDate } from '../server/shared/clock';
import { DigitalIdDocument, MyDocumentsDocument, PayBillDocument, ReplaceDocumentDocument, ReportDocumentLostDocument, VerifyDigitalIdDocument } from './gql/graphql';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

describe.each(databases)('replacing a lost or damaged card, end to end ($kind)', ({ kind, enabled }) => {
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

  const card = async (nationalId: string) => (await mohammed.ok(MyDocumentsDocument)).myDocuments.nodes.find((d) => d.nationalId === nationalId && d.type === 'NATIONAL_ID')!;
  const reportLost = async () => {
    const { reportDocumentLost } = await mohammed.ok(ReportDocumentLostDocument, { input: { documentId: (await card(DEMO.MOHAMMED.nationalId)).id, circumstance: 'LOST' } });
    expect(reportDocumentLost.errors).toEqual([]);
  };
  const replaceLostId = () => mohammed.ok(ReplaceDocumentDocument, { input: { documentType: 'NATIONAL_ID', cause: 'LOST' } });

  it.skipIf(!enabled)('not before it is reported lost; then SAR 100, paid: the same card in force again, issued today, and the digital ID proves it again', async () => {
    const before = await card(DEMO.MOHAMMED.nationalId);
    const early = await replaceLostId();
    expect(early.replaceDocument.errors.map((e) => [e.field, e.code])).toEqual([['cause', 'NOT_REPORTED_LOST']]);
    await reportLost();
    const { replaceDocument } = await replaceLostId();
    expect(replaceDocument.errors).toEqual([]);
    expect(replaceDocument.request!.bill!.items.map((i) => [i.code, i.amount.halalas])).toEqual([['REPLACEMENT_LOST', 100_00]]);
    const { payBill } = await mohammed.ok(PayBillDocument, { input: { billNumber: replaceDocument.request!.bill!.number } });
    expect(payBill.request).toMatchObject({ status: 'COMPLETED', result: { documentNumber: before.number, issuedOn: today, expiresOn: before.expiresOn } });
    expect(await card(DEMO.MOHAMMED.nationalId)).toMatchObject({ number: before.number, status: before.status, issuedOn: today, expiresOn: before.expiresOn });
    const { digitalId } = await mohammed.ok(DigitalIdDocument);
    expect((await t.client().ok(VerifyDigitalIdDocument, { token: digitalId!.token })).verifyDigitalId).toMatchObject({ valid: true, documentValid: true });
  });

  it.skipIf(!enabled)('lost a second time: SAR 300', async () => {
    await reportLost();
    const { replaceDocument } = await replaceLostId();
    expect(replaceDocument.request!.bill!.amount.halalas).toBe(300_00);
  });

  it.skipIf(!enabled)("a dependent's damaged card, the first time: free, so it completes at once", async () => {
    const { replaceDocument } = await mohammed.ok(ReplaceDocumentDocument, { input: { beneficiaryNationalId: DEMO.SARA.nationalId, documentType: 'NATIONAL_ID', cause: 'DAMAGED' } });
    expect(replaceDocument.errors).toEqual([]);
    expect(replaceDocument.request).toMatchObject({ status: 'COMPLETED', bill: null, result: { issuedOn: today } });
  });

  it.skipIf(!enabled)('someone else gets nothing, and neither does an anonymous caller', async () => {
    const stranger = await fahd.ok(ReplaceDocumentDocument, { input: { beneficiaryNationalId: DEMO.MOHAMMED.nationalId, documentType: 'NATIONAL_ID', cause: 'DAMAGED' } });
    expect(stranger.replaceDocument.errors.map((e) => [e.field, e.code])).toEqual([['beneficiaryNationalId', 'NOT_YOUR_DEPENDENT']]);
    expect(stranger.replaceDocument.request).toBeNull();
    const anonymous = await t.client().request(ReplaceDocumentDocument, { input: { documentType: 'NATIONAL_ID', cause: 'DAMAGED' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
