import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readerOf } from '../server/shared/read-connections';
import { Sql } from '../server/shared/read-model';
import { RequestStatus, ServiceRequest } from '../server/modules/requests';
import { Account } from '../server/modules/identity';
import { CancelServiceRequestDocument, MeDocument, MyRequestsDocument, RenewPassportDocument } from './gql/graphql';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

/**
 * On a SQLite file the read models read through a read-only connection of their own (sqlite3),
 * not the ORM's: every read after a commit must still see that commit, a write transaction must see
 * its own writes before it commits, and nobody else may see them until then. On PostgreSQL the same
 * promises hold through the pool.
 */
describe.each(databases)('read models on their own connection ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let mohammed: GraphQLClient;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind });
    mohammed = await signedInAs(t, DEMO.MOHAMMED);
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('each request reads what the one before it committed', async () => {
    for (let i = 0; i < 5; i++) {
      const { renewPassport } = await mohammed.ok(RenewPassportDocument, { input: { beneficiaryNationalId: DEMO.SARA.nationalId, years: 5 } });
      expect(renewPassport.errors).toEqual([]);
      const reference = renewPassport.request!.reference;
      expect((await mohammed.ok(MyRequestsDocument, { first: 1 })).myRequests.edges[0].node).toMatchObject({ reference, status: 'PENDING_PAYMENT' });
      await mohammed.ok(CancelServiceRequestDocument, { input: { reference } });
      expect((await mohammed.ok(MyRequestsDocument, { first: 1 })).myRequests.edges[0].node).toMatchObject({ reference, status: 'CANCELLED' });
    }
  });

  it.skipIf(!enabled)('inside a write transaction a read model sees its uncommitted writes; outside, nobody does until it commits', async () => {
    const { work, orm } = t.app.services;
    const account = await orm.em.fork().findOneOrFail(Account, { person: DEMO.MOHAMMED.nationalId });
    const reference = 'R-TEST-UNCOMMITTED';
    const read = (em: SqlEntityManager | typeof orm.em) => {
      const sql = new Sql(em);
      return sql.rows(`select ${sql.q('reference')} from ${sql.table(ServiceRequest)} where ${sql.q('reference')} = ?`, [reference]);
    };
    let seenInside: unknown[] = [];
    let seenOutside: unknown[] = [];
    await work.begin().transaction(async (tx) => {
      tx.em.create(ServiceRequest, {
        reference,
        serviceCode: 'RENEW_PASSPORT',
        applicantAccountId: account.id,
        applicantId: DEMO.MOHAMMED.nationalId,
        beneficiaryId: DEMO.SARA.nationalId,
        status: RequestStatus.CANCELLED,
        input: {},
        history: [],
        submittedAt: new Date(),
      });
      await tx.em.flush();
      seenInside = await read(tx.em);
      // PostgreSQL would wait for this row's lock only on a write; a read just does not see it.
      seenOutside = await read(work.begin().em);
    });
    expect(seenInside).toHaveLength(1);
    expect(seenOutside).toHaveLength(0);
    expect(await read(work.begin().em)).toHaveLength(1);
  });

  it.skipIf(kind !== 'sqlite')('on SQLite a warm list runs on the read-only connection, with parameters as the ORM writes them', async () => {
    const em = t.app.services.orm.em as SqlEntityManager;
    const reader = readerOf(em);
    expect(reader).toBeDefined();
    const onReader: string[] = [];
    const onOrm: string[] = [];
    const stop = reader!.observe((sql) => onReader.push(sql));
    const count = (query: { sql: string }) => onOrm.push(query.sql);
    em.getKnex().client.on('query', count);
    try {
      await mohammed.ok(MeDocument);
      // Cold: what the read caches hold of his page, its bills and its people is forgotten first.
      const account = await em.fork().findOneOrFail(Account, { person: DEMO.MOHAMMED.nationalId });
      const requests = await em.fork().find(ServiceRequest, { applicantAccountId: account.id });
      t.app.services.eservices.pages.forget([account.id]);
      t.app.services.payments.bills.forget(requests.map((r) => r.id));
      t.app.services.holdings.peopleCache.forget(requests.flatMap((r) => [r.applicantId, r.beneficiaryId]));
      onReader.length = 0;
      onOrm.length = 0;
      const { myRequests } = await mohammed.ok(MyRequestsDocument, { first: 20 });
      expect(myRequests.edges.length).toBeGreaterThan(0);
      expect(onOrm).toEqual([]);
      expect(onReader.length).toBeGreaterThanOrEqual(3);
      // Booleans as 0/1, datetimes as epoch milliseconds, undefined as null.
      const [row] = await new Sql(em.fork()).rows<Record<string, unknown>>('select ? as yes, ? as no, ? as at, ? as missing', [true, false, new Date(1_700_000_000_000), undefined]);
      expect({ ...row }).toEqual({ yes: 1, no: 0, at: 1_700_000_000_000, missing: null });
    } finally {
      stop();
      em.getKnex().client.removeListener('query', count);
    }
  });
});
