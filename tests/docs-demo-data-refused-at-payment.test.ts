import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentStatus } from '../server/modules/registry/document-status';
import { DocumentType, PersonDocument } from '../server/modules/registry/holdings.entity';
import { buildAppSchema } from '../server/schema';
import { walkthrough, walkthroughSteps } from './helpers/demo-walkthrough';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { startTestApp, TestApp } from './helpers/test-app';

type Issued = { issueExitReentryVisa: { request: { bill: { number: string } } } };
type Documents = { myDocuments: { nodes: { id: string; type: string }[] } };

describe('docs/demo-data.md: the walkthrough of a request refused at payment runs as written', () => {
  const doc = walkthrough('a request refused at payment, and a visa cancelled before use');
  let t: TestApp;
  const as: Record<string, GraphQLClient> = {};
  beforeAll(async () => {
    t = await startTestApp();
    as.mohammed = await signedInAs(t, DEMO.MOHAMMED);
  });
  afterAll(async () => t?.stop());

  const step = walkthroughSteps(doc, as);

  it('holds operations valid against the schema', async () => {
    expect(doc.found).toBe(true);
    const schema = await buildAppSchema();
    expect([...doc.operations.keys()]).toEqual(['IssueVisaForRajesh', 'RajeshIqama', 'ReportIqamaLost', 'PayVisaBill', 'CancelUnusedVisa']);
    for (const [name, op] of doc.operations) expect(validate(schema, parse(op)), name).toEqual([]);
  });

  it('asked, the iqama reported lost, paid: REJECTED and refunded; then a paid visa cancelled before use: refunded', async () => {
    const issued = (await step('IssueVisaForRajesh', 'mohammed')) as Issued;
    const documents = (await step('RajeshIqama', 'mohammed')) as Documents;
    const iqama = documents.myDocuments.nodes.find((d) => d.type === 'IQAMA')!;
    await step('ReportIqamaLost', 'mohammed', { documentId: iqama.id });
    await step('PayVisaBill', 'mohammed', { billNumber: issued.issueExitReentryVisa.request.bill.number });

    // The iqama replaced: the registry records it valid again. Then a 6-month visa, paid and unused.
    await t.app.services.orm.em.fork().nativeUpdate(PersonDocument, { nationalId: DEMO.RAJESH.nationalId, type: DocumentType.IQAMA }, { status: DocumentStatus.VALID });
    const six = { query: doc.operations.get('IssueVisaForRajesh'), variables: { input: { beneficiaryNationalId: DEMO.RAJESH.nationalId, entryType: 'SINGLE', months: 6 } } };
    const again = (await as.mohammed.raw(six)).data as Issued;
    const paid = await as.mohammed.raw({ query: doc.operations.get('PayVisaBill'), variables: { input: { billNumber: again.issueExitReentryVisa.request.bill.number } } });
    expect(paid.data).toMatchObject({ payBill: { bill: { status: 'PAID' }, request: { status: 'COMPLETED' }, errors: [] } });
    const visas = (await as.mohammed.raw({ query: 'query { myDocuments(holderNationalId: "2000000006") { nodes { id type status } } }' })).data as Documents;
    const visa = visas.myDocuments.nodes.find((d) => d.type === 'EXIT_REENTRY_VISA')!;
    await step('CancelUnusedVisa', 'mohammed', { documentId: visa.id });
  });
});
