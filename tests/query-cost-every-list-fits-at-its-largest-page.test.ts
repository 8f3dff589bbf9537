import { getNamedType, GraphQLCompositeType, GraphQLSchema, isAbstractType, isNonNullType, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CostReport } from '../server/http/query-cost';
import { buildAppSchema } from '../server/schema';
import { COST, COST_MAXIMUM, operationCost } from '../server/shared/cost';
import { CATALOGUE } from '../server/modules/catalogue';
import { MAX_NODES } from '../server/modules/node/node.resolver';
import { AppointmentErrors } from '../server/modules/appointments/appointments.errors';
import { IdentityErrors } from '../server/modules/identity/identity.errors';
import { NotificationErrors } from '../server/modules/notifications/notifications.errors';
import { PaymentErrors } from '../server/modules/payments/payments.errors';
import { RequestErrors } from '../server/modules/requests/requests.errors';
import { SsoErrors } from '../server/modules/sso/sso.errors';
import { MAX_MESSAGE_PARAMS } from '../server/shared/user-error';
import { PayViolationsDocument } from './gql/graphql';
import { DEMO, signedInAs } from './helpers/flows';
import { fullSelection, largestPage, rootLists } from './helpers/full-selection';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

/**
 * Values for the root lists that need arguments (demo data); a new one fails the test until it is
 * added here. `nodes` takes the IDs of what Mohammed's lists answer, read in `beforeAll`.
 */
const REQUIRED_ARGUMENTS: Record<string, string> = {
  appointmentSlots: 'officeId: "RUH-TRAFFIC-1", serviceCode: DRIVING_LICENCE_ISSUANCE',
};

/**
 * The documents that ask a root list for everything: its largest page (with the arguments it needs),
 * every field of the node down to the depth limit. A list of an interface (`nodes`) gets one document
 * per type that implements it: one document cannot select every field of every type (fields of one
 * name and different types do not merge), and costs what its dearest type costs anyway.
 */
function everything(schema: GraphQLSchema, listName: string): { queries: string[]; skipped: string[] } {
  const field = schema.getQueryType()!.getFields()[listName];
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  if (required.length && !REQUIRED_ARGUMENTS[listName]) throw new Error(`${listName} needs arguments: add them to REQUIRED_ARGUMENTS`);
  const args = [required.length ? REQUIRED_ARGUMENTS[listName] : '', largestPage(field).slice(1, -1)].filter(Boolean).join(', ');
  const named = getNamedType(field.type) as GraphQLCompositeType;
  const skipped: string[] = [];
  const selections = isAbstractType(named)
    ? schema.getPossibleTypes(named).map((type) => `__typename ... on ${type.name} { ${fullSelection(schema, type, 2, skipped)} }`)
    : [fullSelection(schema, named, 2, skipped)];
  return { queries: selections.map((selection) => `query Everything { ${listName}${args ? `(${args})` : ''} { ${selection} } }`), skipped };
}

/**
 * Issue 14, "Limits a client can plan for": every root list asked for its largest page (`first` at
 * its maximum) with every field of its node — recursively, down to the server's depth limit — fits
 * the per-operation maximum and runs; and the maximum still refuses the eligibility flood (M5).
 */
describe.each(databases)('query cost: every list fits at its largest page ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let mohammed: GraphQLClient;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    if (!enabled) return;
    // Every list at its largest page, one after the other, spends more than a minute's budget: the
    // budget is not what this suite is about (query-cost-on-every-answer-and-a-budget-per-minute is).
    t = await startTestApp({ database: kind, env: { RATE_LIMITS: 'cost-account=100000000/60' } });
    mohammed = await signedInAs(t, DEMO.MOHAMMED);
    // A request with a bill of violation lines, so that the nested lists have something in them.
    const { payViolations } = await mohammed.ok(PayViolationsDocument, { input: { violationNumbers: ['2026000001'] } });
    expect(payViolations.errors).toEqual([]);
    // The schema as the server builds it (with the cost declarations), not the SDL file.
    schema = await buildAppSchema();
    // `nodes` at its largest: as many IDs as it takes, of every kind of object Mohammed can see.
    const { data } = await mohammed.raw<Record<string, { nodes: { id: string; bill?: { id: string } | null }[] }>>({
      query:
        '{ myRequests { nodes { id bill { id } } } myDocuments { nodes { id } } myVehicles { nodes { id } } myDependents { nodes { id } } services { nodes { id } } offices { nodes { id } } myActivity(first: 5) { nodes { id } } notifications { nodes { id } } }',
    });
    const ids = Object.values(data!).flatMap((list) => list.nodes.flatMap((n) => [n.id, ...(n.bill ? [n.bill.id] : [])]));
    expect(ids.length).toBeGreaterThan(10);
    REQUIRED_ARGUMENTS.nodes = `ids: ${JSON.stringify(Array.from({ length: MAX_NODES }, (_, i) => ids[i % ids.length]))}`;
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('the root lists are found, paged ones included', () => {
    const names = rootLists(schema).map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['myRequests', 'notifications', 'myActivity', 'myBills', 'myDocuments', 'services', 'offices', 'appointmentSlots', 'nodes']));
  });

  it.skipIf(!enabled)('each one, asked for everything, fits the maximum, answers, and costs what the formula says', async () => {
    const costs: Record<string, number> = {};
    for (const list of rootLists(schema)) {
      const { queries, skipped } = everything(schema, list.name);
      // "Every field": nothing left out for want of an argument.
      expect(skipped, list.name).toEqual([]);
      for (const query of queries) {
        const res = await mohammed.raw({ query });
        expect(res.errors, `${list.name}: ${JSON.stringify(res.errors)}`).toBeUndefined();
        const { requested, maximum } = res.extensions!.cost as CostReport;
        const document = parse(query);
        expect(requested, list.name).toBe(operationCost(schema, document, document.definitions[0] as OperationDefinitionNode));
        expect(maximum).toBe(COST_MAXIMUM);
        expect(requested, list.name).toBeLessThanOrEqual(COST_MAXIMUM);
        costs[list.name] = Math.max(costs[list.name] ?? 0, requested);
      }
    }
    // `nodes` is counted at the most IDs it takes, as cost.ts counts a document whose variables are unknown.
    expect(MAX_NODES).toBe(COST.maxPage);
    // The dearest: a page of 100 requests, each with its service's eligibility (five statements' worth);
    // 100 IDs of `nodes`, each counted as the dearest type it could be (a request), come close.
    expect(Math.max(...Object.values(costs))).toBe(costs.myRequests);
    expect(costs.myRequests).toBe(76_602);
    expect(costs.nodes).toBe(76_500);
  });

  it.skipIf(!enabled)('while 15 aliases of the catalogue with eligibility cost more than the maximum, at the largest and at the default page', () => {
    const cost = (query: string) => {
      const document = parse(query);
      return operationCost(schema, document, document.definitions[0] as OperationDefinitionNode);
    };
    const flood = (aliases: number, page: string) => `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: services${page} { nodes { eligibility { eligible } } }`).join(' ')} }`;
    expect(cost(flood(15, '(first: 100)'))).toBe(754_515);
    expect(cost(flood(15, ''))).toBe(152_115);
    expect(cost(flood(15, ''))).toBeGreaterThan(COST_MAXIMUM);
    // The most eligibility checks that fit through the catalogue (as many aliases of a page of all its
    // e-services as fit) stay about 140, as when `services` was a plain list of ten (14 aliases): the
    // maximum bounds the rules one operation runs, whatever the shape or the length of the list.
    const fits = (aliases: number) => cost(flood(aliases, `(first: ${CATALOGUE.length})`)) <= COST_MAXIMUM;
    const most = Array.from({ length: 30 }, (_, i) => i + 1)
      .filter(fits)
      .at(-1)!;
    expect(fits(most + 1)).toBe(false);
    expect(most * CATALOGUE.length).toBeGreaterThanOrEqual(130);
    expect(most * CATALOGUE.length).toBeLessThanOrEqual(150);
  });
});

describe('query cost: declared bounds hold', () => {
  it('no refusal message speaks of more values than `UserError.params` is counted for', () => {
    const messages = [AppointmentErrors, IdentityErrors, NotificationErrors, PaymentErrors, RequestErrors, SsoErrors].flatMap((errors) => Object.values(errors.messages));
    expect(messages.length).toBeGreaterThan(50);
    for (const { ar, en } of messages) {
      for (const text of [ar, en]) expect(new Set(text.match(/\{\w+\}/g) ?? []).size, text).toBeLessThanOrEqual(MAX_MESSAGE_PARAMS);
    }
  });
});
