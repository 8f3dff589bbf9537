import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancelServiceRequestDocument, MeDocument, MyRequestsDocument, type MyRequestsQuery, MyRequestsListDocument, PayViolationsDocument, RenewIqamaDocument } from './gql/graphql';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { countStatements } from './helpers/statements';
import { databases, startTestApp, TestApp } from './helpers/test-app';
import { Account } from '../server/modules/identity/account.entity';
import { Bill, BillStatus } from '../server/modules/payments/bill.entity';
import { RequestStatus, ServiceRequest } from '../server/modules/requests/service-request.entity';

describe.each(databases)('duplicate submissions, cancellation and list queries ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let fahd: GraphQLClient;
  let mohammed: GraphQLClient;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind });
    fahd = await signedInAs(t, DEMO.FAHD);
    mohammed = await signedInAs(t, DEMO.MOHAMMED);
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('two parallel identical submissions make one request and one DUPLICATE_REQUEST', async () => {
    const input = { beneficiaryNationalId: DEMO.MARIA.nationalId, years: 1 };
    const results = await Promise.all([fahd.ok(RenewIqamaDocument, { input }), fahd.ok(RenewIqamaDocument, { input })]);
    const payloads = results.map((r) => r.renewIqama);
    expect(payloads.filter((p) => p.request).length).toBe(1);
    expect(payloads.flatMap((p) => p.errors.map((e) => e.code))).toEqual(['DUPLICATE_REQUEST']);
    const { myRequests } = await fahd.ok(MyRequestsDocument, {});
    expect(myRequests.edges).toHaveLength(1);
    expect(await t.app.services.orm.em.fork().count(Bill, {})).toBe(1);
  });

  it.skipIf(!enabled)('parallel bills for the same violation: one bill, one DUPLICATE_REQUEST', async () => {
    const input = { violationNumbers: ['2026000001'] };
    const results = await Promise.all([0, 1, 2].map(() => mohammed.ok(PayViolationsDocument, { input })));
    const payloads = results.map((r) => r.payViolations);
    expect(payloads.filter((p) => p.request).length).toBe(1);
    expect(payloads.flatMap((p) => p.errors.map((e) => e.code))).toEqual(['DUPLICATE_REQUEST', 'DUPLICATE_REQUEST']);
  });

  it.skipIf(!enabled)('cancelling frees the way for a new submission; the old bill can no longer be paid', async () => {
    const { myRequests } = await fahd.ok(MyRequestsDocument, { status: 'PENDING_PAYMENT' });
    const [{ node }] = myRequests.edges;
    const { cancelServiceRequest } = await fahd.ok(CancelServiceRequestDocument, { input: { reference: node.reference } });
    expect(cancelServiceRequest.request).toMatchObject({ status: 'CANCELLED', bill: { status: 'EXPIRED' } });
    expect(cancelServiceRequest.request!.statusHistory.at(-1)).toMatchObject({ status: 'CANCELLED', reasonCode: 'CANCELLED_BY_APPLICANT' });
    const again = await fahd.ok(CancelServiceRequestDocument, { input: { reference: node.reference } });
    expect(again.cancelServiceRequest.errors.map((e) => e.code)).toEqual(['REQUEST_NOT_CANCELLABLE']);
    const { renewIqama } = await fahd.ok(RenewIqamaDocument, { input: { beneficiaryNationalId: DEMO.MARIA.nationalId, years: 1 } });
    expect(renewIqama.errors).toEqual([]);
  });

  it.skipIf(!enabled)('myRequests pages with cursors and costs the same number of SQL statements for 5 and for 50 requests', async () => {
    const em = t.app.services.orm.em.fork() as SqlEntityManager;
    const account = await em.findOneOrFail(Account, { person: DEMO.MOHAMMED.nationalId });
    const base = Date.now() - 1_000_000;
    const seed = async (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const request = em.create(ServiceRequest, {
          reference: `R-TEST-${String(i).padStart(6, '0')}`,
          serviceCode: i % 2 ? 'RENEW_PASSPORT' : 'EXIT_REENTRY_VISA',
          applicantAccountId: account.id,
          applicantId: DEMO.MOHAMMED.nationalId,
          beneficiaryId: i % 2 ? DEMO.SARA.nationalId : DEMO.RAJESH.nationalId,
          status: RequestStatus.PENDING_PAYMENT,
          input: {},
          history: [],
          submittedAt: new Date(base + i * 1000),
          payBy: new Date(base + 1e10),
        });
        em.create(Bill, {
          number: `0909${String(i).padStart(9, '0')}`,
          requestId: request.id,
          accountId: account.id,
          amountHalalas: 100 * (i + 1),
          items: [],
          status: BillStatus.UNPAID,
          issuedAt: new Date(base),
          dueAt: new Date(base + 1e10),
        });
      }
      await em.flush();
    };
    const measure = async () => {
      // Once warm, the signed-in check (session and current account) is answered from caches. The
      // seeding changed the requests and bills (their caches forgot them); the people are forgotten
      // here, so that each measure reads the page, its bills and its people cold.
      await mohammed.ok(MeDocument);
      t.app.services.holdings.peopleCache.forget([DEMO.MOHAMMED.nationalId, DEMO.SARA.nationalId, DEMO.RAJESH.nationalId]);
      const { statements, result } = await countStatements(t.app, () => mohammed.ok(MyRequestsListDocument, { first: 50 }));
      return { statements, edges: result.myRequests.edges };
    };
    // Mohammed already has one request (the violations bill above).
    await seed(0, 4);
    const five = await measure();
    expect(five.edges).toHaveLength(5);
    await seed(4, 49);
    const fifty = await measure();
    expect(fifty.edges).toHaveLength(50);
    expect(fifty.edges.every((e) => e.node.service.nameEn && e.node.beneficiary.fullNameEn && e.node.bill!.amount.halalas > 0)).toBe(true);
    expect(fifty.statements).toBe(five.statements);
    // The page, its bills and its people: one statement each, and little else.
    expect(five.statements).toBeGreaterThanOrEqual(3);
    expect(five.statements).toBeLessThanOrEqual(6);
    // Read again with nothing changed: the page, the bills and the people come from the read caches.
    await mohammed.ok(MeDocument);
    const again = await countStatements(t.app, () => mohammed.ok(MyRequestsListDocument, { first: 50 }));
    expect(again.statements).toBe(0);
    expect(again.result.myRequests.edges).toEqual(fifty.edges);

    // Cursor pagination walks every request once, newest first.
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { myRequests }: MyRequestsQuery = await mohammed.ok(MyRequestsDocument, { first: 20, after });
      seen.push(...myRequests.edges.map((e) => e.node.reference));
      if (!myRequests.pageInfo.hasNextPage) break;
      after = myRequests.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(50);
    expect(new Set(seen).size).toBe(50);
    expect(seen[1]).toBe('R-TEST-000048');
  });
});
