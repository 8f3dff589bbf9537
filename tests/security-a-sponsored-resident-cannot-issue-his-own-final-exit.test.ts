import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestMessages } from '../server/modules/requests/requests.errors';
import { IssueFinalExitVisaDocument, MyDocumentsDocument, MyRequestsDocument, ServiceEligibilityDocument } from './gql/graphql';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

/**
 * The attack (security round two, low): a sponsored resident issued his own final exit visa — free,
 * completed at once — without his sponsor knowing. The sponsor issues it; the resident is told so.
 */
describe.each(databases)('final exit visa of a sponsored resident ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let rajesh: GraphQLClient;
  let mohammed: GraphQLClient;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind });
    rajesh = await signedInAs(t, DEMO.RAJESH);
    mohammed = await signedInAs(t, DEMO.MOHAMMED);
  });
  afterAll(async () => t?.stop());

  const finalExits = async (api: GraphQLClient) => (await api.ok(MyDocumentsDocument)).myDocuments.nodes.filter((d) => d.nationalId === DEMO.RAJESH.nationalId && d.type === 'FINAL_EXIT_VISA');

  it.skipIf(!enabled)('is refused to the resident himself, with a message saying his sponsor issues it; only the refusal is kept, on his record', async () => {
    for (const beneficiaryNationalId of [DEMO.RAJESH.nationalId, ` ${DEMO.RAJESH.nationalId} `]) {
      const { issueFinalExitVisa } = await rajesh.ok(IssueFinalExitVisaDocument, { input: { beneficiaryNationalId } });
      expect(issueFinalExitVisa.request).toMatchObject({ status: 'REFUSED', bill: null, result: null });
      expect(issueFinalExitVisa.errors).toEqual([{ field: 'beneficiaryNationalId', code: 'SPONSOR_ISSUES_FINAL_EXIT', message: requestMessages.SPONSOR_ISSUES_FINAL_EXIT.en }]);
    }
    expect((await rajesh.ok(MyRequestsDocument, {})).myRequests.edges.map((e) => e.node.status)).toEqual(['REFUSED', 'REFUSED']);
    expect(await finalExits(rajesh)).toEqual([]);
    // Eligibility says the same before anything is submitted.
    const { service } = await rajesh.ok(ServiceEligibilityDocument, { code: 'FINAL_EXIT_VISA' });
    expect(service!.eligibility).toMatchObject({ eligible: false, reasons: [{ code: 'SPONSOR_ISSUES_FINAL_EXIT' }] });
  });

  it.skipIf(!enabled)('is issued by his sponsor', async () => {
    const { issueFinalExitVisa } = await mohammed.ok(IssueFinalExitVisaDocument, { input: { beneficiaryNationalId: DEMO.RAJESH.nationalId } });
    expect(issueFinalExitVisa.errors).toEqual([]);
    expect(issueFinalExitVisa.request).toMatchObject({ status: 'COMPLETED', result: { documentType: 'FINAL_EXIT_VISA' } });
    expect(await finalExits(mohammed)).toHaveLength(1);
  });
});
