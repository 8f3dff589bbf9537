import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../server/schema';
import { walkthrough, walkthroughSteps } from './helpers/demo-walkthrough';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { startTestApp, TestApp } from './helpers/test-app';

type Wallet = { walletCards: { cardId: string; type: string }[] };
type Code = { walletCardCode: { code: { token: string } } };
type Ordered = { orderCardDelivery: { delivery: { id: string; billNumber: string } } };
type Step = { advanceCardDeliveryInDevelopment: { delivery: { status: string } } };

describe('docs/demo-data.md: the wallet walkthrough runs as written', () => {
  const doc = walkthrough('the wallet, a card checked, lost, and a registration delivered');
  let t: TestApp;
  const as: Record<string, GraphQLClient> = {};
  beforeAll(async () => {
    t = await startTestApp();
    as.mohammed = await signedInAs(t, DEMO.MOHAMMED);
    as.officer = t.client();
  });
  afterAll(async () => t?.stop());

  const step = walkthroughSteps(doc, as);

  it('holds operations valid against the schema', async () => {
    expect(doc.found).toBe(true);
    const schema = await buildAppSchema();
    expect([...doc.operations.keys()]).toEqual(['MyWallet', 'CardCode', 'CheckCard', 'OrderDelivery', 'PayDelivery', 'NextStep', 'Deliveries', 'ReportLicenceLost', 'CheckLostCard']);
    for (const [name, op] of doc.operations) expect(validate(schema, parse(op)), name).toEqual([]);
  });

  it('a card checked by an officer, a registration delivered step by step, a licence lost and refused', async () => {
    const wallet = (await step('MyWallet', 'mohammed')) as Wallet;
    const registration = wallet.walletCards.find((c) => c.type === 'VEHICLE_REGISTRATION')!;
    const licence = wallet.walletCards.find((c) => c.type === 'DRIVING_LICENCE')!;
    const copy = (await step('CardCode', 'mohammed', { cardId: registration.cardId })) as Code;
    await step('CheckCard', 'officer', { token: copy.walletCardCode.code.token });
    const ordered = (await step('OrderDelivery', 'mohammed', { cardId: registration.cardId })) as Ordered;
    await step('PayDelivery', 'mohammed', { billNumber: ordered.orderCardDelivery.delivery.billNumber });
    const statuses: string[] = [];
    for (let i = 0; i < 3; i++) statuses.push(((await step('NextStep', 'mohammed', { deliveryId: ordered.orderCardDelivery.delivery.id })) as Step).advanceCardDeliveryInDevelopment.delivery.status);
    expect(statuses).toEqual(['PRINTED', 'OUT_FOR_DELIVERY', 'DELIVERED']);
    await step('Deliveries', 'mohammed');
    const licenceCopy = (await step('CardCode', 'mohammed', { cardId: licence.cardId })) as Code;
    await step('ReportLicenceLost', 'mohammed', { documentId: licence.cardId });
    await step('CheckLostCard', 'officer', { token: licenceCopy.walletCardCode.code.token });
  });
});
