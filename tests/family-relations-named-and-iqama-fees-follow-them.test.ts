import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FamilyRelationsDocument, IqamaRenewalFeeDocument, RenewIqamaDocument } from './gql/graphql';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

/**
 * Issue 17, part 1: the registry names each dependant's relation (spouse, son, daughter, domestic
 * worker, sponsored worker), the API says it, and the iqama renewal charges what follows from it.
 */
describe.each(databases)('family relations are named, and the iqama fee follows them ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let mohammed: GraphQLClient;
  let omar: GraphQLClient;
  let hind: GraphQLClient;
  let vijay: GraphQLClient;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind });
    [mohammed, omar, hind, vijay] = await Promise.all([signedInAs(t, DEMO.MOHAMMED), signedInAs(t, DEMO.OMAR), signedInAs(t, DEMO.HIND), signedInAs(t, DEMO.VIJAY)]);
  });
  afterAll(async () => t?.stop());

  const feeFor = async (api: GraphQLClient, beneficiaryNationalId: string, years = 1) => (await api.ok(IqamaRenewalFeeDocument, { beneficiaryNationalId, years })).service!.eligibility!;

  it.skipIf(!enabled)("Mohammed's household: a wife, a daughter, a son, a domestic worker and a sponsored worker, each named", async () => {
    const { me, myDependents } = await mohammed.ok(FamilyRelationsDocument);
    expect(me!.person).toMatchObject({ nationalId: DEMO.MOHAMMED.nationalId, relation: null, relationToYou: 'SELF', sponsorEstablishmentId: null });
    expect(Object.fromEntries(myDependents.nodes.map((p) => [p.nationalId, [p.relation, p.relationToYou]]))).toEqual({
      [DEMO.HIND.nationalId]: ['SPOUSE', 'FAMILY'],
      [DEMO.SARA.nationalId]: ['DAUGHTER', 'FAMILY'],
      [DEMO.ABDULAZIZ.nationalId]: ['SON', 'FAMILY'],
      [DEMO.RAJESH.nationalId]: ['DOMESTIC_WORKER', 'WORKER'],
      [DEMO.KARIM.nationalId]: ['SPONSORED_WORKER', 'WORKER'],
    });
  });

  it.skipIf(!enabled)('the iqama renewal: a domestic worker pays the iqama only; a sponsored worker the work permit and expat levy too', async () => {
    expect(await feeFor(mohammed, DEMO.RAJESH.nationalId)).toEqual({ eligible: true, fee: { halalas: 650_00 } });
    expect(await feeFor(mohammed, DEMO.KARIM.nationalId)).toEqual({ eligible: true, fee: { halalas: 650_00 + 100_00 + 12 * 800_00 } });
    expect((await feeFor(mohammed, DEMO.KARIM.nationalId, 2)).fee).toEqual({ halalas: 2 * (650_00 + 100_00 + 12 * 800_00) });
    // The bill itemises each charge.
    const { renewIqama } = await mohammed.ok(RenewIqamaDocument, { input: { beneficiaryNationalId: DEMO.KARIM.nationalId, years: 1 } });
    expect(renewIqama.errors).toEqual([]);
    expect(renewIqama.request!.bill!.items.map((i) => [i.code, i.amount.halalas])).toEqual([
      ['IQAMA_FEE', 650_00],
      ['WORK_PERMIT_FEE', 100_00],
      ['EXPAT_LEVY', 9_600_00],
    ]);
  });

  it.skipIf(!enabled)("a resident's wife and son pay the dependants' levy on their iqama; the resident is named his sponsor's worker", async () => {
    const { myDependents } = await omar.ok(FamilyRelationsDocument);
    expect(myDependents.nodes.map((p) => [p.nationalId, p.relation])).toEqual([
      [DEMO.FATIMA.nationalId, 'SPOUSE'],
      [DEMO.YOUSSEF.nationalId, 'SON'],
    ]);
    expect((await feeFor(omar, DEMO.FATIMA.nationalId)).fee).toEqual({ halalas: 650_00 + 12 * 400_00 });
    expect((await feeFor(omar, DEMO.YOUSSEF.nationalId, 2)).fee).toEqual({ halalas: 2 * 650_00 + 24 * 400_00 });
  });

  it.skipIf(!enabled)('the wife signs in as herself: no relation to herself, nobody of the household in her account', async () => {
    const { me, myDependents } = await hind.ok(FamilyRelationsDocument);
    expect(me!.person).toMatchObject({ nationalId: DEMO.HIND.nationalId, relation: null, relationToYou: 'SELF' });
    expect(myDependents.nodes).toEqual([]);
  });

  it.skipIf(!enabled)('a resident sponsored by an establishment sees its number, and does not issue his own final exit', async () => {
    const { me } = await vijay.ok(FamilyRelationsDocument);
    expect(me!.person).toMatchObject({ nationalId: DEMO.VIJAY.nationalId, sponsorEstablishmentId: '7001234567', relation: null });
    expect(me!.person!.offeredServices).not.toContain('FINAL_EXIT_VISA');
    expect(me!.person!.offeredServices).toContain('EXIT_REENTRY_VISA');
  });
});
