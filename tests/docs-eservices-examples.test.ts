import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OperationDefinitionNode, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../server/schema';
import { REPO_ROOT } from '../server/shared/paths';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { startTestApp, TestApp } from './helpers/test-app';

const DOC = path.join(REPO_ROOT, 'docs', 'eservices-examples.md');

function operations(): Map<string, string> {
  const byName = new Map<string, string>();
  for (const [, text] of readFileSync(DOC, 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)) {
    byName.set((parse(text).definitions[0] as OperationDefinitionNode).name!.value, text);
  }
  return byName;
}

interface Payload {
  errors: { code: string }[];
  request: { reference: string; status: string; bill: { number: string; amount: { halalas: number } } | null };
}

describe('docs/eservices-examples.md', () => {
  let t: TestApp;
  let api: GraphQLClient;
  const ops = operations();
  const run = async <T>(name: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await api.raw<T>({ query: ops.get(name), variables });
    expect(res.errors).toBeUndefined();
    return res.data as T;
  };

  beforeAll(async () => {
    t = await startTestApp();
    api = await signedInAs(t, DEMO.MOHAMMED);
  });
  afterAll(async () => t?.stop());

  it('holds only operations that are valid against the schema', async () => {
    const schema = await buildAppSchema();
    expect([...ops.keys()].sort()).toEqual(
      ['Eligibility', 'IssueExitReentryVisa', 'MyDependents', 'MyDocuments', 'MyRequests', 'MyViolations', 'PayBill', 'PayViolations', 'RenewDrivingLicence', 'Services'].sort(),
    );
    for (const [name, text] of ops) expect(validate(schema, parse(text)), name).toEqual([]);
  });

  it('renews a driving licence after paying a violation and issues an exit re-entry visa for a dependent, as written', async () => {
    const { services } = await run<{ services: { nodes: { code: string }[] } }>('Services', { category: 'TRAFFIC' });
    expect(services.nodes.map((s) => s.code)).toContain('RENEW_DRIVING_LICENCE');
    const before = await run<{ service: { eligibility: { eligible: boolean; reasons: { code: string; message: string }[] } } }>('Eligibility', { code: 'RENEW_DRIVING_LICENCE' });
    expect(before.service.eligibility.reasons).toEqual([{ code: 'UNPAID_VIOLATIONS', message: 'There are unpaid traffic violations (1). Pay them from the violations service, then try again.' }]);

    const { myViolations } = await run<{ myViolations: { nodes: { number: string; amount: { halalas: number; formatted: string } }[] } }>('MyViolations', { unpaidOnly: true });
    expect(myViolations.nodes).toMatchObject([{ number: '2026000001', amount: { halalas: 30000, formatted: 'SAR 300.00' } }]);
    const paid = await run<{ payViolations: Payload }>('PayViolations', { input: { violationNumbers: ['2026000001'] } });
    expect(paid.payViolations.request.bill!.number).toMatch(/^090\d{10}$/);
    const bill1 = await run<{ payBill: { request: { status: string; result: { violationNumbers: string[] } } } }>('PayBill', { input: { billNumber: paid.payViolations.request.bill!.number } });
    expect(bill1.payBill.request).toMatchObject({ status: 'COMPLETED', result: { violationNumbers: ['2026000001'] } });

    const after = await run<{ service: { eligibility: { eligible: boolean } } }>('Eligibility', { code: 'RENEW_DRIVING_LICENCE' });
    expect(after.service.eligibility.eligible).toBe(true);
    const licence = await run<{ renewDrivingLicence: Payload }>('RenewDrivingLicence', { input: { years: 5 } });
    expect(licence.renewDrivingLicence.request.bill!.amount.halalas).toBe(20000);
    const bill2 = await run<{ payBill: { request: { status: string; result: { expiresOn: string } } } }>('PayBill', { input: { billNumber: licence.renewDrivingLicence.request.bill!.number } });
    expect(bill2.payBill.request.status).toBe('COMPLETED');
    const docs = await run<{ myDocuments: { nodes: { type: string; expiresOn: string }[] } }>('MyDocuments');
    expect(docs.myDocuments.nodes.find((d) => d.type === 'DRIVING_LICENCE')!.expiresOn).toBe(bill2.payBill.request.result.expiresOn);

    const { myDependents } = await run<{ myDependents: { nodes: { nationalId: string; relation: string | null }[] } }>('MyDependents');
    expect(myDependents.nodes.map((d) => [d.nationalId, d.relation])).toEqual([
      ['1000000305', 'SPOUSE'],
      ['2000000006', 'DOMESTIC_WORKER'],
      ['2000000303', 'SPONSORED_WORKER'],
      ['1000000016', 'DAUGHTER'],
      ['1000000313', 'SON'],
    ]);
    const visa = await run<{ issueExitReentryVisa: Payload }>('IssueExitReentryVisa', { input: { beneficiaryNationalId: '2000000006', entryType: 'SINGLE', months: 3 } });
    expect(visa.issueExitReentryVisa.request.bill!.amount.halalas).toBe(30000);
    const bill3 = await run<{ payBill: { request: { status: string; result: { documentNumber: string } } } }>('PayBill', { input: { billNumber: visa.issueExitReentryVisa.request.bill!.number } });
    expect(bill3.payBill.request.status).toBe('COMPLETED');
    const withVisa = await run<{ myDocuments: { nodes: { nationalId: string; type: string; number: string }[] } }>('MyDocuments');
    expect(withVisa.myDocuments.nodes).toContainEqual(expect.objectContaining({ nationalId: '2000000006', type: 'EXIT_REENTRY_VISA', number: bill3.payBill.request.result.documentNumber }));

    const { myRequests } = await run<{ myRequests: { edges: { node: { status: string } }[] } }>('MyRequests', { first: 10 });
    expect(myRequests.edges.map((e) => e.node.status)).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED']);
  });
});
