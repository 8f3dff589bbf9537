import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, validate, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../server/schema';
import { REPO_ROOT } from '../server/shared/paths';
import { shape } from './helpers/client-guide';
import { signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { startTestApp, TestApp } from './helpers/test-app';

/** docs/demo-data.md's "Walkthrough: selling a car", read as the test runs: its operations, variables and answers. */
function walkthrough() {
  const text = readFileSync(path.join(REPO_ROOT, 'docs', 'demo-data.md'), 'utf8');
  const start = text.indexOf('## Walkthrough: selling a car');
  const rest = text.slice(start + 3);
  const section = rest.slice(0, rest.search(/\n## /) < 0 ? undefined : rest.search(/\n## /));
  const blocks = (info: string) => [...section.matchAll(new RegExp('```' + info + '\\n([\\s\\S]*?)```', 'g'))];
  const operations = new Map(blocks('graphql').map(([, op]) => [(parse(op).definitions[0] as OperationDefinitionNode).name!.value, op]));
  const variables = new Map(blocks('json variables (\\w+)').map(([, name, json]) => [name, JSON.parse(json) as Record<string, unknown>]));
  const answers = new Map(blocks('json answer (\\w+) (\\w+)').map(([, name, who, json]) => [`${name} ${who}`, JSON.parse(json) as unknown]));
  return { found: start >= 0, operations, variables, answers };
}

/** The doc's people, by the names its answers use. */
const PEOPLE = { saud: { nationalId: '1100000015', mobile: '0500000201' }, hessa: { nationalId: '1100000023', mobile: '0500000202' } };

describe('docs/demo-data.md: the walkthrough of selling a car runs as written', () => {
  const doc = walkthrough();
  let t: TestApp;
  const as: Record<string, GraphQLClient> = {};
  beforeAll(async () => {
    t = await startTestApp();
    for (const [name, person] of Object.entries(PEOPLE)) as[name] = await signedInAs(t, person);
  });
  afterAll(async () => t?.stop());

  /** Runs the doc's operation as `who` with its variables (`…` filled by `fill`) and checks the answer shown for it. */
  const step = async (name: string, who: keyof typeof PEOPLE, fill: Record<string, string> = {}) => {
    const given = JSON.stringify(doc.variables.get(name) ?? {}).replace(/"(\w+)":"…"/g, (_m, key: string) => `"${key}":${JSON.stringify(fill[key])}`);
    const res = await as[who].raw({ query: doc.operations.get(name), variables: JSON.parse(given) });
    expect(doc.answers.has(`${name} ${who}`), `${name} ${who}`).toBe(true);
    expect({ data: res.data, errors: res.errors }).toMatchObject(shape(doc.answers.get(`${name} ${who}`)) as object);
    return res.data as unknown;
  };

  it('holds operations valid against the schema', async () => {
    expect(doc.found).toBe(true);
    const schema = await buildAppSchema();
    expect([...doc.operations.keys()]).toEqual(['OfferVehicleSale', 'OffersToMe', 'AcceptVehicleSale', 'PayEscrowBill', 'MyCars', 'MySales']);
    for (const [name, op] of doc.operations) expect(validate(schema, parse(op)), name).toEqual([]);
  });

  it("offer, find, accept, pay: the car is the buyer's and the price is owed to the seller", async () => {
    await step('OfferVehicleSale', 'saud');
    const offers = await step('OffersToMe', 'hessa');
    const saleId = (offers as { myVehicleSales: { nodes: { id: string }[] } }).myVehicleSales.nodes[0].id;
    const accepted = (await step('AcceptVehicleSale', 'hessa', { saleId })) as { acceptVehicleSale: { sale: { bill: { number: string } } } };
    await step('PayEscrowBill', 'hessa', { billNumber: accepted.acceptVehicleSale.sale.bill.number });
    await step('MyCars', 'hessa');
    await step('MySales', 'saud');
  });
});
