import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Authorisation } from '../server/modules/authorisations';
import { importVehicles, Vehicle, VEHICLE_COLUMNS } from '../server/modules/registry';
import { riyadhDate } from '../server/shared/clock';
import { addDays } from '../server/shared/dates';
import { AuthorizeDriverDocument, MyAuthorisationsDocument, MyVehiclesDocument, RefusedRequestDocument, RevokeAuthorisationDocument } from './gql/graphql';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const PLATE = 'KSA2024';

/**
 * The driver authorisation (one per vehicle; refused when the registration expired, the insurance is
 * missing, or the vehicle is reported) is an authorisation like the others: the `authorizeDriver`
 * e-service issues one, both sides list it, the owner revokes it, and the vehicle follows.
 */
describe.each(databases)('driver authorisations on the authorisation model, and a reported vehicle refused ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let fahd: GraphQLClient;
  let mohammed: GraphQLClient;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind });
    fahd = await signedInAs(t, DEMO.FAHD);
    mohammed = await signedInAs(t, DEMO.MOHAMMED, 'AR');
  });
  afterAll(async () => t?.stop());

  const em = () => t.app.services.orm.em.fork();
  const today = () => riyadhDate(t.clock.now());
  const authorize = (driverNationalId: string, until = addDays(today(), 60)) => fahd.ok(AuthorizeDriverDocument, { input: { plate: PLATE, driverNationalId, until } });
  const vehicle = async () => (await fahd.ok(MyVehiclesDocument)).myVehicles.nodes.find((v) => v.plate === PLATE)!;

  it.skipIf(!enabled)('issued as an authorisation in force at once: the driver is told by SMS; both list it; the vehicle names its driver', async () => {
    const since = Date.now();
    const until = addDays(today(), 60);
    const { authorizeDriver } = await authorize(DEMO.MOHAMMED.nationalId, until);
    expect(authorizeDriver.errors).toEqual([]);
    expect(authorizeDriver.request).toMatchObject({ status: 'COMPLETED', result: { plate: PLATE, driverNationalId: DEMO.MOHAMMED.nationalId, expiresOn: until } });
    expect((await t.sms.waitFor('+966500000001', since)).text).toContain(`بقيادة المركبة ${PLATE}`);
    const given = (await fahd.ok(MyAuthorisationsDocument, { role: 'GRANTOR' })).myAuthorisations.nodes;
    expect(given).toEqual([
      expect.objectContaining({
        kind: 'VEHICLE_DRIVER',
        status: 'ACCEPTED',
        plate: PLATE,
        services: [],
        startsOn: today(),
        endsOn: until,
        delegateId: DEMO.MOHAMMED.nationalId,
        requestReference: authorizeDriver.request!.reference,
      }),
    ]);
    const received = (await mohammed.ok(MyAuthorisationsDocument, { role: 'DELEGATE' })).myAuthorisations.nodes;
    expect(received).toEqual([expect.objectContaining({ id: given[0].id, yourRole: 'DELEGATE', grantorName: 'فهد ناصر علي الشمري' })]);
    expect(await vehicle()).toMatchObject({ authorizedDriverId: DEMO.MOHAMMED.nationalId, authorizedUntil: until, status: 'ACTIVE' });
    // One per vehicle, as before.
    const second = await authorize(DEMO.LAYLA.nationalId);
    expect(second.authorizeDriver.errors.map((e) => [e.field, e.code])).toEqual([['plate', 'DRIVER_ALREADY_AUTHORIZED']]);
  });

  it.skipIf(!enabled)('re-authorising the same driver replaces the record; the owner revokes it and the vehicle no longer names a driver', async () => {
    const first = (await fahd.ok(MyAuthorisationsDocument, { role: 'GRANTOR' })).myAuthorisations.nodes.find((a) => a.status === 'ACCEPTED')!;
    const { authorizeDriver } = await authorize(DEMO.MOHAMMED.nationalId, addDays(today(), 90));
    expect(authorizeDriver.errors).toEqual([]);
    const all = (await fahd.ok(MyAuthorisationsDocument, { role: 'GRANTOR' })).myAuthorisations.nodes;
    expect(all.find((a) => a.id === first.id)?.status).toBe('REVOKED');
    const current = all.find((a) => a.status === 'ACCEPTED')!;
    expect(current.endsOn).toBe(addDays(today(), 90));
    // The driver cannot end the owner's authorisation; the owner can.
    expect((await mohammed.ok(RevokeAuthorisationDocument, { input: { authorisationId: current.id } })).revokeAuthorisation.errors.map((e) => e.code)).toEqual(['AUTHORISATION_NOT_FOUND']);
    const { revokeAuthorisation } = await fahd.ok(RevokeAuthorisationDocument, { input: { authorisationId: current.id } });
    expect(revokeAuthorisation.authorisation).toMatchObject({ status: 'REVOKED', kind: 'VEHICLE_DRIVER' });
    expect(await vehicle()).toMatchObject({ authorizedDriverId: null, authorizedUntil: null });
    expect(await em().count(Authorisation, { plate: PLATE, status: 'ACCEPTED' as Authorisation['status'] })).toBe(0);
  });

  it.skipIf(!enabled)('a reported vehicle: nobody can be authorised to drive it (VEHICLE_REPORTED, kept on record); back to ACTIVE, the same request passes', async () => {
    await em().nativeUpdate(Vehicle, { plate: PLATE }, { status: 'REPORTED' as Vehicle['status'] });
    expect((await vehicle()).status).toBe('REPORTED');
    const { authorizeDriver } = await authorize(DEMO.MOHAMMED.nationalId);
    expect(authorizeDriver.errors.map((e) => [e.field, e.code])).toEqual([['plate', 'VEHICLE_REPORTED']]);
    expect(authorizeDriver.errors[0].message).toContain('reported');
    const { request } = await fahd.ok(RefusedRequestDocument, { reference: authorizeDriver.request!.reference });
    expect(request).toMatchObject({ status: 'REFUSED', refusalReasons: [{ code: 'VEHICLE_REPORTED' }] });
    expect(await em().count(Authorisation, { plate: PLATE, status: 'ACCEPTED' as Authorisation['status'] })).toBe(0);
    await em().nativeUpdate(Vehicle, { plate: PLATE }, { status: 'ACTIVE' as Vehicle['status'] });
    expect((await authorize(DEMO.MOHAMMED.nationalId)).authorizeDriver.errors).toEqual([]);
  });

  it.skipIf(!enabled)('vehicles.csv records REPORTED in its optional status column; a file without the column keeps what is recorded', async () => {
    const row = 'RPT1234,1000000040,Nissan,Patrol,2019,2030-01-01,2029-01-01,2029-01-01';
    const load = (lines: string[]) => importVehicles(em(), Readable.from([lines.join('\n')]), today());
    expect(await load([VEHICLE_COLUMNS.join(','), `${row},REPORTED`])).toEqual({ imported: 1, rejected: [] });
    expect((await em().findOneOrFail(Vehicle, 'RPT1234')).status).toBe('REPORTED');
    expect(await load([VEHICLE_COLUMNS.slice(0, 8).join(','), row])).toEqual({ imported: 1, rejected: [] });
    expect((await em().findOneOrFail(Vehicle, 'RPT1234')).status).toBe('REPORTED');
    expect(await load([VEHICLE_COLUMNS.join(','), `${row},`])).toEqual({ imported: 1, rejected: [] });
    expect((await em().findOneOrFail(Vehicle, 'RPT1234')).status).toBe('ACTIVE');
    const bad = await load([VEHICLE_COLUMNS.join(','), `${row},STOLEN`]);
    expect(bad.rejected).toEqual([{ line: 2, reason: 'status "STOLEN" must be one of ACTIVE, REPORTED or empty' }]);
  });
});
