import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DecideDisputeDocument, DisputeViolationDocument, MyViolationsDocument, RequestDocument } from './gql/graphql';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';
import { riyadhDate } from '../server/shared/clock';
import { addDays } from '../server/shared/dates';
import { Violation } from '../server/modules/registry/holdings.entity';

const REASON = 'The plate in the photo is not my car.';

describe.each(databases)('disputes decided by the development button, only by the person who disputed ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let ali: GraphQLClient;
  let mohammed: GraphQLClient;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind });
    [ali, mohammed] = await Promise.all([signedInAs(t, DEMO.ALI), signedInAs(t, DEMO.MOHAMMED)]);
  });
  afterAll(async () => t?.stop());

  const dispute = (api: GraphQLClient, violationNumber: string) => api.ok(DisputeViolationDocument, { input: { violationNumber, reason: REASON } }).then((r) => r.disputeViolation);
  const decide = (api: GraphQLClient, violationNumber: string, outcome: 'UPHELD' | 'DISMISSED') => api.ok(DecideDisputeDocument, { input: { violationNumber, outcome } }).then((r) => r.decideDispute);
  const numbers = async (api: GraphQLClient) => (await api.ok(MyViolationsDocument, { unpaidOnly: false })).myViolations.nodes.map((v) => v.number);

  it.skipIf(!enabled)('nobody decides or sees another person’s dispute; its owner decides it once', async () => {
    const opened = await dispute(ali, '2026000004');
    expect(opened.errors).toEqual([]);
    const reference = opened.request!.reference;

    const anonymous = await t.client().request(DecideDisputeDocument, { input: { violationNumber: '2026000004', outcome: 'UPHELD' } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Mohammed neither decides Ali's dispute nor sees it (as a violation or as a request).
    const refused = await decide(mohammed, '2026000004', 'UPHELD');
    expect(refused.errors).toEqual([
      { field: 'violationNumber', code: 'DISPUTE_NOT_FOUND', message: expect.stringContaining('2026000004'), params: [{ name: 'violationNumber', value: '2026000004' }] },
    ]);
    expect(refused.violation ?? null).toBeNull();
    expect(await numbers(mohammed)).not.toContain('2026000004');
    expect((await mohammed.ok(RequestDocument, { reference })).request).toBeNull();
    // His own undisputed violation has no dispute to decide either.
    expect((await decide(mohammed, '2026000001', 'DISMISSED')).errors.map((e) => e.code)).toEqual(['DISPUTE_NOT_FOUND']);

    const before = (await ali.ok(MyViolationsDocument, { unpaidOnly: false })).myViolations.nodes.find((v) => v.number === '2026000004')!;
    expect(before).toMatchObject({ disputeStatus: 'OPEN', decidableInDevelopment: true });
    const decided = await decide(ali, '2026000004', 'DISMISSED');
    expect(decided.errors).toEqual([]);
    expect(decided.violation).toMatchObject({ number: '2026000004', disputeStatus: 'DISMISSED', paid: false, decidableInDevelopment: false });
    expect(decided.request).toMatchObject({ reference, result: { disputeStatus: 'DISMISSED' } });
    expect((await decide(ali, '2026000004', 'UPHELD')).errors.map((e) => e.code)).toEqual(['DISPUTE_ALREADY_DECIDED']);
    expect((await ali.ok(MyViolationsDocument, { unpaidOnly: true })).myViolations.nodes.map((v) => v.number)).toContain('2026000004');
  });

  it.skipIf(!enabled)('after 5 dismissed disputes in a Hijri year the next dispute is refused, through the API', async () => {
    // Five more recent violations of Ali's (the registry's, as an import would bring them).
    const em = t.app.services.orm.em.fork();
    const yesterday = addDays(riyadhDate(t.clock.now()), -1);
    const extra = ['2026100001', '2026100002', '2026100003', '2026100004', '2026100005'];
    for (const number of extra) em.create(Violation, { number, nationalId: DEMO.ALI.nationalId, plate: null, issuedOn: yesterday, amountHalalas: 15_000 });
    await em.flush();

    // 2026000004 was dismissed above: four more make five.
    for (const number of extra.slice(0, 4)) {
      expect((await dispute(ali, number)).errors).toEqual([]);
      expect((await decide(ali, number, 'DISMISSED')).errors).toEqual([]);
    }
    const sixth = await dispute(ali, extra[4]);
    // Refused by a rule: kept on record with its reference, nothing opened.
    expect(sixth.request).toMatchObject({ status: 'REFUSED' });
    expect(sixth.errors).toEqual([expect.objectContaining({ code: 'DISPUTES_LIMIT_REACHED', field: null })]);
    expect(sixth.errors[0].message).toMatch(/^5 of your disputes were dismissed this Hijri year/);
  });
});
