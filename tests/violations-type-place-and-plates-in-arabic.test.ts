import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MyVehiclesDocument, MyViolationsDocument } from './gql/graphql';
import { register } from './helpers/flows';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const FAHD = { nationalId: '1000000040', mobile: '0500000006', username: 'fahd.s', email: 'fahd@example.sa', emailConfirmation: 'fahd@example.sa' };

describe.each(databases)('violations say what and where, and plates read in Arabic too — each person only their own ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (enabled) t = await startTestApp({ database: kind });
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('answers the type and place of the demo violations and the Arabic half of Saudi plates, to their owner only', async () => {
    expect((await t.client().request(MyViolationsDocument, { unpaidOnly: false })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    await register(t);
    const fahd = t.client();
    await register(t, FAHD, fahd);

    const vehicles = (await fahd.ok(MyVehiclesDocument)).myVehicles.nodes;
    expect(vehicles.map((v) => [v.plate, v.plateAr])).toEqual([
      ['KSA2024', 'ك س ا ٢٠٢٤'],
      // Y is no plate letter: no Arabic half is made up.
      ['XYZ5678', null],
    ]);
    const violations = (await fahd.ok(MyViolationsDocument, { unpaidOnly: false })).myViolations.nodes;
    expect(violations).toEqual([
      expect.objectContaining({ number: '2026000003', plate: 'XYZ5678', plateAr: null, type: 'RED_LIGHT', placeAr: 'طريق الملك عبدالعزيز، الرياض', placeEn: 'King Abdulaziz Road, Riyadh' }),
    ]);

    // The citizen sees his own violations, with theirs, and none of Fahd's.
    const mine = (await t.api.ok(MyViolationsDocument, { unpaidOnly: false })).myViolations.nodes;
    expect(mine.map((v) => [v.number, v.type, v.placeEn])).toEqual([
      ['2026000001', 'SPEEDING', 'King Fahd Road, Riyadh'],
      ['2025000002', 'PARKING', 'Tahlia Street, Jeddah'],
    ]);
    expect((await t.api.ok(MyVehiclesDocument)).myVehicles.nodes.map((v) => v.plate)).toEqual(['ABC1234']);
  });
});
