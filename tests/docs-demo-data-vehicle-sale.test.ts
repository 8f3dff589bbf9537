import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../server/schema';
import { walkthrough, walkthroughSteps } from './helpers/demo-walkthrough';
import { signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { startTestApp, TestApp } from './helpers/test-app';

/** The doc's people, by the names its answers use. */
const PEOPLE = { saud: { nationalId: '1100000015', mobile: '0500000201' }, hessa: { nationalId: '1100000023', mobile: '0500000202' } };

describe('docs/demo-data.md: the walkthrough of selling a car runs as written', () => {
  const doc = walkthrough('selling a car');
  let t: TestApp;
  const as: Record<string, GraphQLClient> = {};
  beforeAll(async () => {
    t = await startTestApp();
    for (const [name, person] of Object.entries(PEOPLE)) as[name] = await signedInAs(t, person);
  });
  afterAll(async () => t?.stop());

  const step = walkthroughSteps(doc, as);

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
