import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CostReport } from '../server/http/query-cost';
import { CATALOGUE } from '../server/modules/catalogue';
import { COST, COST_MAXIMUM } from '../server/shared/cost';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient, GraphQLResponse } from './helpers/graphql-client';
import { startTestApp, TestApp } from './helpers/test-app';

/** Small budgets over a short window, so that a test spends one and sees it fill again. */
const ACCOUNT_BUDGET = 1000;
const ADDRESS_BUDGET = 3000;
const WINDOW_SECONDS = 5;

const costOf = (res: GraphQLResponse<unknown>): CostReport => {
  const cost = res.extensions?.cost as CostReport | undefined;
  expect(cost, JSON.stringify(res)).toBeDefined();
  expect(cost!.maximum).toBe(COST_MAXIMUM);
  expect(Number.isInteger(cost!.budget.remaining)).toBe(true);
  expect(new Date(cost!.budget.resetAt).toISOString()).toBe(cost!.budget.resetAt);
  return cost!;
};

const budgetRefusal = (res: GraphQLResponse<unknown>) => {
  expect(res.data ?? null).toBeNull();
  const error = res.errors?.[0];
  expect(error?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'COST_BUDGET' });
  const retryAfter = error!.extensions!.retryAfter as number;
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
  expect(Number(res.headers.get('retry-after'))).toBe(retryAfter);
  return error!;
};

const untilReset = async (cost: CostReport) => new Promise((r) => setTimeout(r, Math.max(0, Date.parse(cost.budget.resetAt) - Date.now()) + 100));

/**
 * Issue 14 ("Limits a client can plan for") and M5's budget: every answer says what the operation
 * cost, the most one may cost, and what is left of the caller's budget per minute and when it
 * fills; a spent budget refuses with RATE_LIMITED, `Retry-After` and `retryAfter`, and recovers.
 * The budget is kept in the same limiter store as every other limit, so SQLite alone is enough.
 */
describe('query cost: reported on every answer, spent from a budget per minute', () => {
  let t: TestApp;
  let mohammed: GraphQLClient;
  beforeAll(async () => {
    t = await startTestApp({
      env: { TRUST_PROXY: 'loopback', RATE_LIMITS: `cost-account=${ACCOUNT_BUDGET}/${WINDOW_SECONDS},cost-address=${ADDRESS_BUDGET}/${WINDOW_SECONDS}` },
    });
    mohammed = await signedInAs(t, DEMO.MOHAMMED);
  });
  afterAll(async () => t?.stop());

  it('a signed-in account spends its own budget: refused once spent, smaller calls still fit, full again after resetAt', async () => {
    // 201 points: the root field, the connection, and 100 edges.
    const page = { query: 'query ($n: Int) { myRequests(first: $n) { edges { cursor } } }', variables: { n: 100 } };
    const pageCost = COST.statement + COST.object + 100 * COST.object;
    let remaining = ACCOUNT_BUDGET;
    for (let i = 0; i < Math.floor(ACCOUNT_BUDGET / pageCost); i++) {
      const res = await mohammed.raw(page);
      expect(res.errors).toBeUndefined();
      remaining -= pageCost;
      expect(costOf(res)).toMatchObject({ requested: pageCost, budget: { remaining } });
    }
    const refused = await mohammed.raw(page);
    const error = budgetRefusal(refused);
    expect(error.message).toMatch(/^Too many attempts\. Try again in \d+ seconds\.$/);
    // A refused spend is given back: what is left still pays for something smaller.
    expect(costOf(refused)).toMatchObject({ requested: pageCost, budget: { remaining } });
    const me = await mohammed.raw({ query: '{ me { id } }' });
    expect(me.errors).toBeUndefined();
    expect(costOf(me)).toMatchObject({ requested: COST.statement + COST.object, budget: { remaining: remaining - COST.statement - COST.object } });
    // Another caller from the same address is not affected: its budget is the address's.
    expect((await t.client().raw({ query: '{ authOptions { captchaRequired } }' })).errors).toBeUndefined();

    await untilReset(costOf(refused));
    const again = await mohammed.raw(page);
    expect(again.errors).toBeUndefined();
    expect(costOf(again).budget.remaining).toBe(ACCOUNT_BUDGET - pageCost);
  });

  it('anonymous callers spend their address’s budget, in the caller’s language; other addresses are not affected', async () => {
    const visitor = t.client();
    const from = (address: string) => ({ 'x-forwarded-for': address });
    // The whole catalogue: one page of 100 (the connection and 100 nodes, whatever the catalogue holds).
    const catalogue = { query: '{ services(first: 100) { nodes { code } } }' };
    const catalogueCost = COST.statement + COST.object + COST.maxPage * COST.object;
    let answered = 0;
    let res: GraphQLResponse<unknown>;
    for (;;) {
      res = await visitor.raw(catalogue, from('198.51.100.77'));
      if (res.errors) break;
      // Counted at the page asked for, answered with what there is.
      expect((res.data as { services: { nodes: unknown[] } }).services.nodes).toHaveLength(CATALOGUE.length);
      answered++;
      expect(costOf(res).budget.remaining).toBe(ADDRESS_BUDGET - answered * catalogueCost);
      expect(answered).toBeLessThan(100);
    }
    expect(answered).toBe(Math.floor(ADDRESS_BUDGET / catalogueCost));
    expect(budgetRefusal(res).message).toMatch(/^محاولات كثيرة\. حاول مرة أخرى بعد \d+ ثانية\.$/);
    expect((await visitor.raw(catalogue, from('198.51.100.78'))).errors).toBeUndefined();
  });

  it('every answer reports its cost: success, mutation, refusals before and after the cost is counted', async () => {
    const visitor = t.client();
    const headers = { 'x-forwarded-for': '198.51.100.90' };
    const first = await visitor.raw({ query: '{ authOptions { captchaRequired } }' }, headers);
    expect(first.errors).toBeUndefined();
    const left = costOf(first).budget.remaining;
    expect(left).toBe(ADDRESS_BUDGET - COST.statement - COST.object);

    const mutation = await visitor.raw({ query: 'mutation { newCaptcha { id } }' }, headers);
    expect(mutation.errors).toBeUndefined();
    expect(costOf(mutation)).toMatchObject({ requested: COST.statement + COST.object, budget: { remaining: left - COST.statement - COST.object } });
    const spent = costOf(mutation).budget.remaining;

    // Refused by access: what it would have cost, and nothing spent.
    const anonymous = await visitor.raw({ query: '{ myRequests { edges { cursor } } }' }, headers);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(costOf(anonymous)).toMatchObject({ requested: COST.statement + COST.object + COST.defaultPage * COST.object, budget: { remaining: spent } });

    // Refused before there is an operation to count: nothing requested, nothing spent.
    for (const [body, code] of [
      [{ query: '{ nope }' }, 'GRAPHQL_VALIDATION_FAILED'],
      [{ query: '{' }, 'GRAPHQL_PARSE_FAILED'],
      [{ query: 'query ($code: ServiceCode!) { service(code: $code) { name } }', variables: { code: 'NO_SUCH_SERVICE' } }, 'BAD_USER_INPUT'],
    ] as const) {
      const res = await visitor.raw(body, headers);
      expect(res.errors?.[0].extensions?.code).toBe(code);
      expect(costOf(res)).toMatchObject({ requested: 0, budget: { remaining: spent } });
    }

    // Over the maximum: what it costs, nothing spent.
    const flood = await visitor.raw({ query: `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: services { nodes { eligibility { eligible } } }`).join(' ')} }` }, headers);
    expect(flood.errors?.[0].extensions?.code).toBe('COST_EXCEEDED');
    expect(costOf(flood).requested).toBeGreaterThan(COST_MAXIMUM);
    expect(costOf(flood).budget.remaining).toBe(spent);
  });
});
