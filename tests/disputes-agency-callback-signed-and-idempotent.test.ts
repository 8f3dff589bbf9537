import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DecideDisputeDocument, DisputeViolationDocument, MyViolationsDocument, NotificationsDocument, PayViolationsDocument, RequestDocument } from './gql/graphql';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';
import { Violation } from '../server/modules/registry/holdings.entity';
import { riyadhDate } from '../server/shared/clock';
import { addDays } from '../server/shared/dates';
import { signCallback } from '../server/shared/signed-callback';

// Two keys: the department signs with either while one is rotated out.
const SECRET = 'traffic-department-decisions-key-0123456789';
const PREVIOUS = 'traffic-department-previous-key-9876543210';
const REASON = 'The plate in the photo is not my car.';

describe.each(databases)('traffic department dispute decisions: signed, idempotent, decided once ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let ali: GraphQLClient;
  let mohammed: GraphQLClient;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind, env: { DISPUTE_DECISIONS: 'agency', AGENCY_CALLBACK_SECRETS: `${SECRET},${PREVIOUS}` } });
    [ali, mohammed] = await Promise.all([signedInAs(t, DEMO.ALI), signedInAs(t, DEMO.MOHAMMED, 'AR')]);
  });
  afterAll(async () => t?.stop());

  const now = () => Math.floor(t.clock.now().getTime() / 1000);
  const post = async (body: string, options: { secret?: string; timestamp?: number } = {}) => {
    const timestamp = String(options.timestamp ?? now());
    const res = await fetch(`${t.url}/agency/traffic/dispute-decisions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-agency-timestamp': timestamp, 'x-agency-signature': `sha256=${signCallback(options.secret ?? SECRET, timestamp, body)}` },
      body,
    });
    return { status: res.status, body: (await res.json()) as { status: string } };
  };
  const decision = (reference: string, violationNumber: string, outcome: string) => JSON.stringify({ reference, violationNumber, outcome });
  const dispute = async (api: GraphQLClient, violationNumber: string) => {
    const { disputeViolation } = await api.ok(DisputeViolationDocument, { input: { violationNumber, reason: REASON } });
    expect(disputeViolation.errors).toEqual([]);
    return disputeViolation.request!.reference;
  };
  const violation = async (api: GraphQLClient, number: string) => (await api.ok(MyViolationsDocument, { unpaidOnly: false })).myViolations.nodes.find((v) => v.number === number)!;
  const told = async (api: GraphQLClient, reference: string) =>
    (await api.ok(NotificationsDocument, { first: 50 })).notifications.edges.map((e) => e.node).filter((n) => n.reference === reference && n.kind === 'VIOLATION');

  it.skipIf(!enabled)('refuses forged, stale, malformed and unknown decisions without a change; UPHELD cancels the violation once; a conflicting decision is refused', async () => {
    const reference = await dispute(ali, '2026000004');
    const body = decision(reference, '2026000004', 'UPHELD');

    // On a server where the department decides, the development button is off.
    const button = await ali.request(DecideDisputeDocument, { input: { violationNumber: '2026000004', outcome: 'UPHELD' } });
    expect(button.errors?.[0].extensions?.code).toBe('NOT_ENABLED');

    expect(await post(body, { secret: 'not-the-department-key-at-all-0123456789' })).toEqual({ status: 401, body: { status: 'BAD_SIGNATURE' } });
    expect(await post(body, { timestamp: now() - 301 })).toEqual({ status: 401, body: { status: 'BAD_SIGNATURE' } });
    expect(await post(body, { timestamp: now() + 3600 })).toEqual({ status: 401, body: { status: 'BAD_SIGNATURE' } });
    const unsigned = await fetch(`${t.url}/agency/traffic/dispute-decisions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBe(401);
    expect(await post(decision(reference, '2026000004', 'MAYBE'))).toEqual({ status: 400, body: { status: 'MALFORMED' } });
    expect(await post('[1, 2]')).toEqual({ status: 400, body: { status: 'MALFORMED' } });
    expect(await post('{"reference":')).toEqual({ status: 400, body: { status: 'MALFORMED' } });
    expect(await post(decision('R-2026-00000000', '2026000004', 'UPHELD'))).toEqual({ status: 404, body: { status: 'NOT_FOUND' } });
    // A reference of another dispute cannot decide this violation.
    expect(await post(decision(reference, '2026000001', 'UPHELD'))).toEqual({ status: 404, body: { status: 'NOT_FOUND' } });
    expect(await violation(ali, '2026000004')).toMatchObject({ disputeStatus: 'OPEN', paid: false });
    expect(await told(ali, reference)).toEqual([]);
    expect(t.logs.some((l) => l.includes('dispute decision callback refused: bad or missing signature'))).toBe(true);

    // Signed with the key being rotated out, and still inside the replay window (299 s old).
    expect(await post(body, { secret: PREVIOUS, timestamp: now() - 299 })).toEqual({ status: 200, body: { status: 'DECIDED' } });
    expect(await violation(ali, '2026000004')).toMatchObject({ disputeStatus: 'UPHELD', paid: false, decidableInDevelopment: false });
    expect((await ali.ok(MyViolationsDocument, { unpaidOnly: true })).myViolations.nodes.map((v) => v.number)).not.toContain('2026000004');
    const { payViolations } = await ali.ok(PayViolationsDocument, { input: { violationNumbers: ['2026000004'] } });
    expect(payViolations.errors.map((e) => e.code)).toEqual(['VIOLATION_ALREADY_PAID']);
    expect((await ali.ok(RequestDocument, { reference })).request).toMatchObject({ status: 'COMPLETED', result: { disputeStatus: 'UPHELD', violationNumbers: ['2026000004'] } });

    // The same decision again changes nothing; a different one is refused.
    expect(await post(body)).toEqual({ status: 200, body: { status: 'ALREADY_DECIDED' } });
    expect(await post(decision(reference, '2026000004', 'DISMISSED'))).toEqual({ status: 409, body: { status: 'CONFLICT' } });
    expect((await violation(ali, '2026000004')).disputeStatus).toBe('UPHELD');

    const notices = await told(ali, reference);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ titleEn: 'Your dispute was upheld', titleAr: 'قُبل اعتراضك على المخالفة', title: 'Your dispute was upheld' });
    expect(notices[0].bodyEn).toContain('violation 2026000004');
    expect(notices[0].bodyAr).toContain('المخالفة 2026000004');
  });

  it.skipIf(!enabled)('ten identical DISMISSED decisions at once decide once and tell once; the violation is payable again and cannot be disputed twice', async () => {
    const reference = await dispute(mohammed, '2026000001');
    const results = await Promise.all(Array.from({ length: 10 }, () => post(decision(reference, '2026000001', 'DISMISSED'))));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => r.body.status === 'DECIDED')).toHaveLength(1);
    expect(results.filter((r) => r.body.status === 'ALREADY_DECIDED')).toHaveLength(9);

    const notices = await told(mohammed, reference);
    expect(notices).toHaveLength(1);
    // Mohammed reads Arabic; both languages are kept.
    expect(notices[0]).toMatchObject({ title: 'رُفض اعتراضك على المخالفة', titleEn: 'Your dispute was dismissed' });

    expect(await violation(mohammed, '2026000001')).toMatchObject({ disputeStatus: 'DISMISSED', paid: false });
    const again = await mohammed.ok(DisputeViolationDocument, { input: { violationNumber: '2026000001', reason: REASON } });
    expect(again.disputeViolation.errors.map((e) => e.code)).toEqual(['ALREADY_DISPUTED']);
    const { payViolations } = await mohammed.ok(PayViolationsDocument, { input: { violationNumbers: ['2026000001'] } });
    expect(payViolations.errors).toEqual([]);
    expect(payViolations.request!.bill!.amount.halalas).toBe(30_000);
  });

  it.skipIf(!enabled)('two different decisions at once: exactly one is recorded and told, the other is a CONFLICT', async () => {
    // A new violation of Ali's, as the registry import would bring it (his first is decided above).
    const em = t.app.services.orm.em.fork();
    em.create(Violation, { number: '2026200001', nationalId: DEMO.ALI.nationalId, plate: null, issuedOn: addDays(riyadhDate(t.clock.now()), -2), amountHalalas: 50_000 });
    await em.flush();
    const reference = await dispute(ali, '2026200001');
    const results = await Promise.all((['UPHELD', 'DISMISSED'] as const).map((outcome) => post(decision(reference, '2026200001', outcome)).then((r) => ({ outcome, ...r }))));
    expect(results.map((r) => r.body.status).sort()).toEqual(['CONFLICT', 'DECIDED']);
    const winner = results.find((r) => r.body.status === 'DECIDED')!;
    expect(results.find((r) => r.body.status === 'CONFLICT')!.status).toBe(409);
    expect((await violation(ali, '2026200001')).disputeStatus).toBe(winner.outcome);
    expect((await ali.ok(RequestDocument, { reference })).request!.result).toMatchObject({ disputeStatus: winner.outcome });
    expect(await told(ali, reference)).toHaveLength(1);

    // Nothing of the people concerned, nor the department's keys, reaches the logs.
    const logs = t.logs.join('');
    for (const secret of [DEMO.ALI.nationalId, DEMO.MOHAMMED.nationalId, SECRET, PREVIOUS]) expect(logs).not.toContain(secret);
  });
});
