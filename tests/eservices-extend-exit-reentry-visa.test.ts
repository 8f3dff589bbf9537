import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Person } from '../server/modules/registry/person.entity';
import { riyadhDate } from '../server/shared/clock';
import { addDays, addMonths } from '../server/shared/dates';
import { ExtendExitReentryVisaDocument, IssueExitReentryVisaDocument, MyDocumentsDocument, PayBillDocument } from './gql/graphql';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

describe.each(databases)('extending an exit re-entry visa, end to end ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let mohammed: GraphQLClient;
  let rajesh: GraphQLClient;
  let fahd: GraphQLClient;
  let today: string;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind });
    today = riyadhDate(new Date());
    mohammed = await signedInAs(t, DEMO.MOHAMMED);
    rajesh = await signedInAs(t, DEMO.RAJESH);
    fahd = await signedInAs(t, DEMO.FAHD);
    // Rajesh's sponsor issues and pays a 2-month single visa for him.
    const { issueExitReentryVisa } = await mohammed.ok(IssueExitReentryVisaDocument, { input: { beneficiaryNationalId: DEMO.RAJESH.nationalId, entryType: 'SINGLE', months: 2 } });
    await mohammed.ok(PayBillDocument, { input: { billNumber: issueExitReentryVisa.request!.bill!.number } });
  });
  afterAll(async () => t?.stop());

  const extend = (api: GraphQLClient, months: number) => api.ok(ExtendExitReentryVisaDocument, { input: { beneficiaryNationalId: DEMO.RAJESH.nationalId, months } });
  const visa = async () => (await mohammed.ok(MyDocumentsDocument)).myDocuments.nodes.find((d) => d.nationalId === DEMO.RAJESH.nationalId && d.type === 'EXIT_REENTRY_VISA')!;
  const setInside = (insideKingdom: boolean) => t.app.services.orm.em.fork().nativeUpdate(Person, { nationalId: DEMO.RAJESH.nationalId }, { insideKingdom });

  it.skipIf(!enabled)('by the sponsor, 2 months at SAR 100 each: paid, the same visa runs 2 months longer', async () => {
    const before = await visa();
    expect(before.expiresOn).toBe(addMonths(today, 2));
    const { extendExitReentryVisa } = await extend(mohammed, 2);
    expect(extendExitReentryVisa.errors).toEqual([]);
    expect(extendExitReentryVisa.request!.bill!.amount.halalas).toBe(20_000);
    const { payBill } = await mohammed.ok(PayBillDocument, { input: { billNumber: extendExitReentryVisa.request!.bill!.number } });
    expect(payBill.request).toMatchObject({ status: 'COMPLETED', result: { documentNumber: before.number, expiresOn: addMonths(before.expiresOn, 2) } });
    expect(await visa()).toMatchObject({ number: before.number, expiresOn: addMonths(before.expiresOn, 2), status: 'VALID' });
  });

  it.skipIf(!enabled)('never past the iqama (200 days from the demo start): the date is in the reason', async () => {
    const { extendExitReentryVisa } = await extend(mohammed, 6);
    expect(extendExitReentryVisa.errors).toMatchObject([{ field: 'months', code: 'IQAMA_TOO_SHORT', params: [{ name: 'iqamaExpiresOn', value: addDays(today, 200) }] }]);
    expect(extendExitReentryVisa.errors[0].message).toMatch(/cannot run past the end of the iqama/);
  });

  it.skipIf(!enabled)('while he is abroad: his sponsor extends at twice the fee; he cannot himself', async () => {
    await setInside(false);
    const own = await extend(rajesh, 1);
    expect(own.extendExitReentryVisa.errors.map((e) => e.code)).toEqual(['SPONSOR_EXTENDS_ABROAD']);
    const bySponsor = await extend(mohammed, 1);
    expect(bySponsor.extendExitReentryVisa.errors).toEqual([]);
    expect(bySponsor.extendExitReentryVisa.request!.bill!.items.map((i) => [i.code, i.amount.halalas])).toEqual([['VISA_EXTENSION_ABROAD', 20_000]]);
    await setInside(true);
    // One open extension at a time.
    const again = await extend(mohammed, 1);
    expect(again.extendExitReentryVisa.errors.map((e) => e.code)).toEqual(['DUPLICATE_REQUEST']);
  });

  it.skipIf(!enabled)('someone else gets nothing, and neither does an anonymous caller', async () => {
    const stranger = await extend(fahd, 1);
    expect(stranger.extendExitReentryVisa.errors.map((e) => [e.field, e.code])).toEqual([['beneficiaryNationalId', 'NOT_YOUR_DEPENDENT']]);
    expect(stranger.extendExitReentryVisa.request).toBeNull();
    const anonymous = await t.client().request(ExtendExitReentryVisaDocument, { input: { beneficiaryNationalId: DEMO.RAJESH.nationalId, months: 1 } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
