import { readFileSync } from 'node:fs';
import path from 'node:path';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MyRequestsDocument as ClientMyRequestsDocument } from '../client/src/gql/graphql';
import { CATALOGUE } from '../server/modules/catalogue';
import type { CostReport } from '../server/http/query-cost';
import { COST, COST_MAXIMUM } from '../server/shared/cost';
import { MyRequestsDocument, PayViolationsDocument, RequestFieldsFragmentDoc } from './gql/graphql';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient, GraphQLResponse } from './helpers/graphql-client';
import { startTestApp, TestApp } from './helpers/test-app';

/**
 * Security round two, M5: 15 aliases of `services { eligibility }` passed every limit and took
 * 1.3 s (four such clients pushed a bystander's median from 15 ms to 1,564 ms). The cost is now
 * counted once the variables are known, with what each field really costs, and the flood is
 * refused before any resolver runs: shown by counting calls to the eligibility rules, not by
 * timing. `services` is a connection now, so the flood asks for its items, at the largest page or
 * the default one. The count does not touch the database, so SQLite alone is enough here.
 */
describe('query cost: the eligibility flood is refused before it runs', () => {
  let t: TestApp;
  let mohammed: GraphQLClient;
  let eligibilityCalls = 0;
  beforeAll(async () => {
    t = await startTestApp();
    mohammed = await signedInAs(t, DEMO.MOHAMMED);
    // One bill, so that the requests list holds something.
    const { payViolations } = await mohammed.ok(PayViolationsDocument, { input: { violationNumbers: ['2026000001'] } });
    expect(payViolations.errors).toEqual([]);
    // Counts every run of the eligibility rules: the real service, observed, not replaced.
    const eservices = t.app.services.eservices;
    const eligibility = eservices.eligibility.bind(eservices);
    eservices.eligibility = (...args) => {
      eligibilityCalls++;
      return eligibility(...args);
    };
  });
  afterAll(async () => t?.stop());

  const flood = (aliases: number) =>
    `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: services(first: 100) { nodes { code eligibility { eligible reasons { code message } fee { formatted } } } }`).join(' ')} }`;
  const costOf = (res: GraphQLResponse<unknown>) => res.extensions?.cost as CostReport;
  const refusedForCost = (res: GraphQLResponse<unknown>) => {
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    const [error] = res.errors!;
    expect(error.extensions).toMatchObject({ code: 'COST_EXCEEDED', maximum: COST_MAXIMUM });
    expect(error.extensions).not.toHaveProperty('http');
    expect(error.extensions!.requested).toBe(costOf(res).requested);
    expect(error.extensions!.requested).toBeGreaterThan(COST_MAXIMUM);
    expect(error.message).not.toMatch(/syntax error/i);
    return error;
  };

  it('15 aliases of services(first: 100) { nodes { eligibility } }: COST_EXCEEDED with what it costs and the maximum, and no eligibility computed', async () => {
    eligibilityCalls = 0;
    const res = await mohammed.raw({ query: flood(15) });
    expect(res.status).toBe(200);
    const error = refusedForCost(res);
    expect(error.message).toBe(
      `This request asks for too much at once: it costs ${error.extensions!.requested} points and at most ${COST_MAXIMUM} are allowed. Ask for fewer items (a smaller \`first\`) or fewer fields, or split it into several requests.`,
    );
    expect(costOf(res)).toMatchObject({ requested: error.extensions!.requested, maximum: COST_MAXIMUM });
    expect(eligibilityCalls).toBe(0);
    // Even the smallest selection of it, at the default page or through edges: the rules are what
    // cost, not the fields around them.
    for (const items of ['nodes { eligibility { eligible } }', 'edges { node { eligibility { eligible } } }']) {
      refusedForCost(await mohammed.raw({ query: `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: services { ${items} }`).join(' ')} }` }));
    }
    expect(eligibilityCalls).toBe(0);
  });

  it('is a request error: 400 under application/graphql-response+json, and in the caller’s language', async () => {
    const strict = await mohammed.raw({ query: flood(15) }, { accept: 'application/graphql-response+json' });
    expect(strict.status).toBe(400);
    expect(strict.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    refusedForCost(strict);
    // An anonymous caller in Arabic (eligibility is null for them, but the document is refused alike).
    const visitor = t.client();
    visitor.language = 'ar';
    const arabic = refusedForCost(await visitor.raw({ query: flood(15) }));
    expect(arabic.message).toMatch(/^هذا الطلب يطلب الكثير دفعة واحدة: كلفته \d+ نقطة والحد الأعلى 76700 نقطة\./);
    expect(eligibilityCalls).toBe(0);
  });

  it('what fits runs: one alias computes the eligibility of every service', async () => {
    eligibilityCalls = 0;
    const res = await mohammed.raw({ query: flood(1) });
    expect(res.errors).toBeUndefined();
    expect((res.data as { a0: { nodes: { eligibility: { eligible: boolean } }[] } }).a0.nodes).toHaveLength(CATALOGUE.length);
    expect(eligibilityCalls).toBe(CATALOGUE.length);
    expect(costOf(res).requested).toBeLessThanOrEqual(COST_MAXIMUM);
  });

  it('`first: $n` is counted from the variables, and one document fits or not by its variables alone', async () => {
    const requested = async (first: number | null) => costOf(await mohammed.request(MyRequestsDocument, { first })).requested;
    // The tests' MyRequests: per request an edge, a node, its service, its beneficiary and its bill
    // (each loaded for the whole page at once) with the bill's amount; once, the connection and its pageInfo.
    const perItem = COST.object + COST.object + COST.object + (COST.batched + COST.object) + (COST.batched + COST.object + COST.object);
    const base = COST.statement + COST.object + COST.object;
    expect(await requested(10)).toBe(base + 10 * perItem);
    expect(await requested(100)).toBe(base + 100 * perItem);
    expect(await requested(null)).toBe(base + COST.defaultPage * perItem);
    expect(await requested(10)).toBe(base + 10 * perItem);
    // So are `@include` and `@skip`, and page sizes given in a fragment.
    const person = { query: 'query ($with: Boolean!, $n: Int) { me { id person @include(if: $with) { fullNameEn } } ...A } fragment A on Query { myActivity(first: $n) { nodes { id } } }' };
    const withPerson = await mohammed.raw({ ...person, variables: { with: true, n: 5 } });
    const without = await mohammed.raw({ ...person, variables: { with: false, n: 50 } });
    expect(costOf(withPerson).requested - costOf(without).requested).toBe(COST.statement + COST.object - 45 * COST.object);
    // The README's worked examples, as the README shows them and with the numbers it gives.
    const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    const example = (name: string) => {
      const found = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]).find((block) => block.includes(`query ${name}`));
      expect(found, name).toBeDefined();
      return found!;
    };
    expect(readme).toContain('= 202; the same with\n`$first: 100` costs 602');
    expect(costOf(await mohammed.raw({ query: example('RequestsPage'), variables: { first: 20 } })).requested).toBe(202);
    expect(costOf(await mohammed.raw({ query: example('RequestsPage'), variables: { first: 100 } })).requested).toBe(602);
    expect(readme).toContain('costs 100 + 1 + 100 × 1 = 201 though it answers 12 e-services');
    const catalogue = await mohammed.raw<{ services: { nodes: unknown[] } }>({ query: example('Catalogue') });
    expect(costOf(catalogue).requested).toBe(201);
    expect(catalogue.data!.services.nodes).toHaveLength(CATALOGUE.length);
    expect(CATALOGUE.length).toBe(12);
    // Each request's service's eligibility, on seven aliases: a page of 10 fits, a page of 100 does not.
    const query = `query ($n: Int) { ${Array.from({ length: 7 }, (_, i) => `r${i}: myRequests(first: $n) { edges { node { service { eligibility { eligible } } } } }`).join(' ')} }`;
    eligibilityCalls = 0;
    const small = await mohammed.raw({ query, variables: { n: 10 } });
    expect(small.errors).toBeUndefined();
    expect(eligibilityCalls).toBe(7);
    refusedForCost(await mohammed.raw({ query, variables: { n: 100 } }));
    expect(eligibilityCalls).toBe(7);
  });

  it('myRequests(first: 42) with a list screen’s selection is accepted (the old rule refused it at 8,924 > 5,000)', async () => {
    const screens = [
      // The web client's requests screen, at 42 instead of its 20.
      print(ClientMyRequestsDocument).replace('first: 20', 'first: 42'),
      // Every field the tests read of a request: history, bill and its lines, result (inlined: a
      // fragment counts as a level of depth).
      `{ myRequests(first: 42) { edges { cursor node ${print(RequestFieldsFragmentDoc).replace('fragment RequestFields on ServiceRequest ', '')} } pageInfo { hasNextPage endCursor } } }`,
    ];
    for (const query of screens) {
      expect(query).toContain('first: 42');
      const res = await mohammed.raw({ query });
      expect(res.errors).toBeUndefined();
      expect((res.data as { myRequests: { edges: unknown[] } }).myRequests.edges).toHaveLength(1);
      expect(costOf(res).requested).toBeLessThanOrEqual(COST_MAXIMUM);
    }
  });
});
