import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../server/modules/audit/audit-event.entity';
import { Account } from '../server/modules/identity';
import { Vehicle } from '../server/modules/registry/holdings.entity';
import { ServiceRequest } from '../server/modules/requests/service-request.entity';
import { addDays } from '../server/shared/dates';
import { DAY, riyadhDate } from '../server/shared/clock';
import {
  AcceptAuthorisationDocument,
  AuthorisationNodeDocument,
  DeclineAuthorisationDocument,
  EligibilityForDocument,
  GrantAuthorisationDocument,
  MyActivityDocument,
  MyAuthorisationsDocument,
  NotificationsDocument,
  RenewPassportForDocument,
  RenewVehicleRegistrationForDocument,
  RevokeAuthorisationDocument,
  type ServiceCode,
} from './gql/graphql';
import { DEMO, login, PASSWORD, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const GRANTOR = DEMO.FAHD;
const DELEGATE = DEMO.LAYLA;
const STRANGER = DEMO.OMAR;

/**
 * Authorisations over real HTTP: given, told by SMS, accepted or declined, revoked, expired; and the
 * matrix of who may act for the grantor with `actingFor` — only an accepted delegate, in force,
 * for a service it names. Everyone else gets the same refusal, which says nothing about why.
 */
describe.each(databases)('authorisations: give, accept, act for, revoke, expire — and who gets nothing ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let fahd: GraphQLClient;
  let layla: GraphQLClient;
  let omar: GraphQLClient;
  let plates = 0;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind });
    fahd = await signedInAs(t, GRANTOR);
    layla = await signedInAs(t, DELEGATE, 'AR');
    omar = await signedInAs(t, STRANGER);
  });
  afterAll(async () => t?.stop());

  const em = () => t.app.services.orm.em.fork();
  const today = () => riyadhDate(t.clock.now());
  const codes = (errors: readonly { code: string }[]) => errors.map((e) => e.code);
  /** A vehicle of the grantor's whose registration is due for renewal (30 days left, insurance and inspection valid). */
  const dueVehicle = async () => {
    const plate = `DLG${String(++plates).padStart(4, '0')}`;
    await em().insert(Vehicle, {
      plate,
      ownerId: GRANTOR.nationalId,
      make: 'Hyundai',
      model: 'Elantra',
      year: 2021,
      registrationExpiresOn: addDays(today(), 30),
      insuranceExpiresOn: addDays(today(), 300),
      inspectionExpiresOn: addDays(today(), 300),
    });
    return plate;
  };
  const grant = (who: GraphQLClient, input: Partial<{ delegateNationalId: string; services: ServiceCode[]; startsOn: string; endsOn: string }> = {}) =>
    who.ok(GrantAuthorisationDocument, {
      input: { delegateNationalId: DELEGATE.nationalId, services: ['RENEW_VEHICLE_REGISTRATION'], startsOn: today(), endsOn: addDays(today(), 90), ...input },
    });
  const granted = async (input: Parameters<typeof grant>[1] = {}) => {
    const { grantAuthorisation } = await grant(fahd, input);
    expect(grantAuthorisation.errors).toEqual([]);
    return grantAuthorisation.authorisation!;
  };
  const accept = (who: GraphQLClient, authorisationId: string) => who.ok(AcceptAuthorisationDocument, { input: { authorisationId } });
  const accepted = async (input: Parameters<typeof grant>[1] = {}) => {
    const a = await granted(input);
    const { acceptAuthorisation } = await accept(layla, a.id);
    expect(acceptAuthorisation.errors).toEqual([]);
    return acceptAuthorisation.authorisation!;
  };
  const renewFor = (who: GraphQLClient, plate: string, actingFor: string | null = GRANTOR.nationalId) => who.ok(RenewVehicleRegistrationForDocument, { input: { plate, years: 1 }, actingFor });
  /** What a caller without a standing authorisation sees: the one refusal, and no request kept. */
  const getsNothing = async (who: GraphQLClient, plate: string) => {
    const before = await em().count(ServiceRequest, {});
    const { renewVehicleRegistration } = await renewFor(who, plate);
    expect(renewVehicleRegistration.request).toBeNull();
    expect(renewVehicleRegistration.errors.map((e) => [e.field, e.code])).toEqual([['actingFor', 'NOT_AUTHORISED_TO_ACT']]);
    expect(await em().count(ServiceRequest, {})).toBe(before);
    return renewVehicleRegistration.errors[0].message;
  };
  const accountOf = async (nationalId: string) => (await em().findOneOrFail(Account, { person: nationalId })).id;

  it.skipIf(!enabled)('given: the delegate is told by SMS in their language and sees it pending; both list it from their side', async () => {
    const since = Date.now();
    const a = await granted({ services: ['RENEW_VEHICLE_REGISTRATION', 'RENEW_PASSPORT'] });
    expect(a).toMatchObject({
      kind: 'SERVICES',
      status: 'PENDING',
      yourRole: 'GRANTOR',
      grantorId: GRANTOR.nationalId,
      delegateId: DELEGATE.nationalId,
      delegateName: 'Layla Ahmed Hassan Alzahrani',
      decidedAt: null,
    });
    const sms = await t.sms.waitFor('+966500000102', since);
    expect(sms.text).toContain('فوّضك فهد ناصر علي الشمري');
    expect(sms.text).toContain('تجديد');
    const received = (await layla.ok(MyAuthorisationsDocument, { role: 'DELEGATE' })).myAuthorisations.nodes;
    expect(received.find((r) => r.id === a.id)).toMatchObject({ status: 'PENDING', yourRole: 'DELEGATE', grantorName: 'فهد ناصر علي الشمري' });
    expect((await fahd.ok(MyAuthorisationsDocument, { role: 'GRANTOR' })).myAuthorisations.nodes.map((n) => n.id)).toContain(a.id);
    expect((await fahd.ok(MyAuthorisationsDocument, { role: 'DELEGATE' })).myAuthorisations.nodes.map((n) => n.id)).not.toContain(a.id);
    // Nobody else sees it, not even by its global ID.
    expect((await omar.ok(MyAuthorisationsDocument, {})).myAuthorisations.nodes).toEqual([]);
    expect((await omar.ok(AuthorisationNodeDocument, { id: a.id })).node).toBeNull();
    expect((await layla.ok(AuthorisationNodeDocument, { id: a.id })).node).toMatchObject({ status: 'PENDING' });
  });

  it.skipIf(!enabled)('every bad input is refused on its field, in the caller’s language, and nothing is given', async () => {
    const refused = async (input: Parameters<typeof grant>[1], who = fahd) => {
      const { grantAuthorisation } = await grant(who, input);
      expect(grantAuthorisation.authorisation).toBeNull();
      return grantAuthorisation.errors.map((e) => [e.field, e.code]);
    };
    const before = (await fahd.ok(MyAuthorisationsDocument, { role: 'GRANTOR' })).myAuthorisations.nodes.length;
    expect(await refused({ startsOn: addDays(today(), -1) })).toEqual([['startsOn', 'START_IN_PAST']]);
    expect(await refused({ endsOn: addDays(today(), -1) })).toEqual([['endsOn', 'END_IN_PAST']]);
    expect(await refused({ startsOn: addDays(today(), 10), endsOn: addDays(today(), 9) })).toEqual([['endsOn', 'END_BEFORE_START']]);
    // At most one year: the anniversary of the first day is the last day allowed.
    expect(await refused({ startsOn: addDays(today(), 1), endsOn: addDays(addDays(today(), 1), 366) })).toEqual([['endsOn', 'TOO_LONG']]);
    expect(await refused({ services: [] })).toEqual([['services', 'SERVICES_EMPTY']]);
    expect(await refused({ services: ['RENEW_PASSPORT', 'AUTHORIZE_DRIVER'] })).toEqual([['services', 'SERVICE_NOT_DELEGABLE']]);
    expect(await refused({ delegateNationalId: GRANTOR.nationalId })).toEqual([['delegateNationalId', 'SELF_AUTHORISATION']]);
    expect(await refused({ delegateNationalId: '1000000000' })).toEqual([['delegateNationalId', 'DELEGATE_ID_INVALID']]);
    // A real ID without an account (Khalid has not registered in this suite).
    expect(await refused({ delegateNationalId: DEMO.KHALID.nationalId })).toEqual([['delegateNationalId', 'DELEGATE_NOT_REGISTERED']]);
    const { grantAuthorisation } = await grant(layla, { delegateNationalId: GRANTOR.nationalId, services: [] });
    expect(grantAuthorisation.errors[0].message).toBe('اختر خدمة واحدة على الأقل.');
    expect((await fahd.ok(MyAuthorisationsDocument, { role: 'GRANTOR' })).myAuthorisations.nodes.length).toBe(before);
    // The year boundary itself is allowed.
    await granted({ startsOn: addDays(today(), 1), endsOn: addDays(addDays(today(), 1), 365) });
  });

  it.skipIf(!enabled)('an accepted delegate acts for the grantor through the same operation; both see the act; the grantor is told', async () => {
    const plate = await dueVehicle();
    const a = await accepted();
    expect(a).toMatchObject({ status: 'ACCEPTED', decidedAt: expect.any(String) });
    // Eligibility speaks of the grantor's vehicle when asked with actingFor.
    const { service } = await layla.ok(EligibilityForDocument, { code: 'RENEW_VEHICLE_REGISTRATION', actingFor: GRANTOR.nationalId });
    expect(service).toMatchObject({ delegable: true });
    const since = Date.now();
    const { renewVehicleRegistration } = await renewFor(layla, plate);
    expect(renewVehicleRegistration.errors).toEqual([]);
    expect(renewVehicleRegistration.request).toMatchObject({ status: 'PENDING_PAYMENT', applicant: { nationalId: GRANTOR.nationalId }, beneficiary: { nationalId: GRANTOR.nationalId } });
    const reference = renewVehicleRegistration.request!.reference;
    const stored = await em().findOneOrFail(ServiceRequest, { reference });
    expect(stored).toMatchObject({ applicantAccountId: await accountOf(DELEGATE.nationalId), applicantId: GRANTOR.nationalId, input: { actingFor: GRANTOR.nationalId } });

    for (const [who, id] of [
      [fahd, GRANTOR.nationalId],
      [layla, DELEGATE.nationalId],
    ] as const) {
      const activity = (await who.ok(MyActivityDocument, { first: 20 })).myActivity.edges.map((e) => e.node.type);
      expect(activity).toContain('ACTED_FOR');
      expect(activity).toContain('AUTHORISATION_ACCEPTED');
      const events = await em().find(AuditEvent, { accountId: await accountOf(id), type: 'ACTED_FOR' as AuditEvent['type'] });
      expect(events.map((e) => e.detail?.reference)).toContain(reference);
    }
    const told = (await fahd.ok(NotificationsDocument, { first: 5 })).notifications.edges.map((e) => e.node);
    expect(told.find((n) => n.kind === 'AUTHORISATION' && n.body.includes(reference))?.body).toContain('Layla Ahmed Hassan Alzahrani');
    // By SMS too: the grantor hears of the act, the delegate of the bill she is to pay (each in their language).
    expect((await t.sms.waitFor('+966500000006', since)).text).toContain(reference);
    expect((await t.sms.waitFor('+966500000102', since)).text).toMatch(/[\u0600-\u06ff]/);
    // Without actingFor, the delegate acts for herself: the grantor's vehicle is not hers.
    expect(codes((await renewFor(layla, plate, null)).renewVehicleRegistration.errors)).toEqual(['NOT_YOUR_VEHICLE']);
  });

  it.skipIf(!enabled)('a stranger gets nothing, and the same refusal as every other caller without an authorisation in force', async () => {
    const plate = await dueVehicle();
    await accepted();
    const stranger = await getsNothing(omar, plate);
    expect(stranger).toBe('You hold no authorisation in force from this person for this service.');
    // An ID that is nobody's, or malformed, answers alike.
    const { renewVehicleRegistration } = await renewFor(omar, plate, '1000000000');
    expect(codes(renewVehicleRegistration.errors)).toEqual(['NOT_AUTHORISED_TO_ACT']);
    const { service } = await omar.ok(EligibilityForDocument, { code: 'RENEW_VEHICLE_REGISTRATION', actingFor: GRANTOR.nationalId });
    expect(service?.eligibility).toMatchObject({ eligible: false, reasons: [{ field: 'actingFor', code: 'NOT_AUTHORISED_TO_ACT' }], fee: null });
  });

  it.skipIf(!enabled)('a delegate outside the named services gets nothing', async () => {
    await accepted({ services: ['RENEW_VEHICLE_REGISTRATION'] });
    const { renewPassport } = await layla.ok(RenewPassportForDocument, { input: { beneficiaryNationalId: GRANTOR.nationalId, years: 5 }, actingFor: GRANTOR.nationalId });
    expect(renewPassport.request).toBeNull();
    expect(renewPassport.errors.map((e) => [e.field, e.code])).toEqual([['actingFor', 'NOT_AUTHORISED_TO_ACT']]);
  });

  it.skipIf(!enabled)('a pending (not yet accepted) and a declined delegate get nothing; a declined one cannot be accepted after', async () => {
    // A fresh grantor, so that no other authorisation of this suite stands for the delegate.
    const mohammed = await signedInAs(t, DEMO.MOHAMMED);
    const { grantAuthorisation } = await mohammed.ok(GrantAuthorisationDocument, {
      input: { delegateNationalId: DELEGATE.nationalId, services: ['RENEW_PASSPORT'], startsOn: today(), endsOn: addDays(today(), 30) },
    });
    const pending = grantAuthorisation.authorisation!;
    const renewPassportFor = () => layla.ok(RenewPassportForDocument, { input: { beneficiaryNationalId: DEMO.MOHAMMED.nationalId, years: 5 }, actingFor: DEMO.MOHAMMED.nationalId });
    expect(codes((await renewPassportFor()).renewPassport.errors)).toEqual(['NOT_AUTHORISED_TO_ACT']);
    const { declineAuthorisation } = await layla.ok(DeclineAuthorisationDocument, { input: { authorisationId: pending.id } });
    expect(declineAuthorisation.authorisation).toMatchObject({ status: 'DECLINED', decidedAt: expect.any(String) });
    expect(codes((await renewPassportFor()).renewPassport.errors)).toEqual(['NOT_AUTHORISED_TO_ACT']);
    // Declined is final: a new request is needed.
    expect(codes((await accept(layla, pending.id)).acceptAuthorisation.errors)).toEqual(['AUTHORISATION_CLOSED']);
    const told = (await mohammed.ok(NotificationsDocument, { first: 5 })).notifications.edges.map((e) => e.node);
    expect(told.some((n) => n.kind === 'AUTHORISATION' && n.title === 'Your authorisation was declined')).toBe(true);
  });

  it.skipIf(!enabled)('a revoked delegate gets nothing; only the grantor revokes, once', async () => {
    const plate = await dueVehicle();
    const a = await accepted();
    // Only the grantor: the delegate and a stranger are answered as if it were not theirs.
    expect(codes((await layla.ok(RevokeAuthorisationDocument, { input: { authorisationId: a.id } })).revokeAuthorisation.errors)).toEqual(['AUTHORISATION_NOT_FOUND']);
    expect(codes((await omar.ok(RevokeAuthorisationDocument, { input: { authorisationId: a.id } })).revokeAuthorisation.errors)).toEqual(['AUTHORISATION_NOT_FOUND']);
    const since = Date.now();
    const { revokeAuthorisation } = await fahd.ok(RevokeAuthorisationDocument, { input: { authorisationId: a.id } });
    expect(revokeAuthorisation.authorisation).toMatchObject({ status: 'REVOKED', revokedAt: expect.any(String) });
    expect((await t.sms.waitFor('+966500000102', since)).text).toContain('ألغى');
    expect(codes((await fahd.ok(RevokeAuthorisationDocument, { input: { authorisationId: a.id } })).revokeAuthorisation.errors)).toEqual(['AUTHORISATION_CLOSED']);
    // Any other standing authorisation from the grantor would still count: revoke them all for this case.
    for (const other of (await fahd.ok(MyAuthorisationsDocument, { role: 'GRANTOR', first: 100 })).myAuthorisations.nodes) {
      if (other.status === 'ACCEPTED' || other.status === 'PENDING') await fahd.ok(RevokeAuthorisationDocument, { input: { authorisationId: other.id } });
    }
    await getsNothing(layla, plate);
  });

  it.skipIf(!enabled)('the delegate, the grantor and a stranger: only the delegate accepts or declines, and a stranger learns nothing', async () => {
    const a = await granted();
    for (const who of [fahd, omar]) {
      expect(codes((await accept(who, a.id)).acceptAuthorisation.errors)).toEqual(['AUTHORISATION_NOT_FOUND']);
      expect(codes((await who.ok(DeclineAuthorisationDocument, { input: { authorisationId: a.id } })).declineAuthorisation.errors)).toEqual(['AUTHORISATION_NOT_FOUND']);
    }
    // A made-up ID answers alike.
    expect(codes((await accept(layla, 'not-an-id')).acceptAuthorisation.errors)).toEqual(['AUTHORISATION_NOT_FOUND']);
  });

  it.skipIf(!enabled)('anonymous callers are refused every operation before anything runs', async () => {
    const anonymous = t.client();
    const a = await granted();
    const calls = [
      anonymous.request(GrantAuthorisationDocument, { input: { delegateNationalId: DELEGATE.nationalId, services: ['RENEW_PASSPORT'], startsOn: today(), endsOn: today() } }),
      anonymous.request(AcceptAuthorisationDocument, { input: { authorisationId: a.id } }),
      anonymous.request(DeclineAuthorisationDocument, { input: { authorisationId: a.id } }),
      anonymous.request(RevokeAuthorisationDocument, { input: { authorisationId: a.id } }),
      anonymous.request(MyAuthorisationsDocument, {}),
      anonymous.request(RenewVehicleRegistrationForDocument, { input: { plate: 'DLG0001', years: 1 }, actingFor: GRANTOR.nationalId }),
    ];
    for (const response of await Promise.all(calls)) expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await layla.ok(AuthorisationNodeDocument, { id: a.id })).node).toMatchObject({ status: 'PENDING' });
  });

  it.skipIf(!enabled)('two accepts at the same moment: one counts, the other is told it is no longer open; the grantor is told once', async () => {
    const a = await granted();
    const grantorAccount = await accountOf(GRANTOR.nationalId);
    const decisions = () => em().count(AuditEvent, { accountId: grantorAccount, type: { $in: ['AUTHORISATION_ACCEPTED', 'AUTHORISATION_DECLINED'] as AuditEvent['type'][] } });
    const before = await decisions();
    const results = await Promise.all([accept(layla, a.id), accept(layla, a.id), layla.ok(DeclineAuthorisationDocument, { input: { authorisationId: a.id } })]);
    const errors = results.map((r) => codes('acceptAuthorisation' in r ? r.acceptAuthorisation.errors : r.declineAuthorisation.errors));
    expect(errors.filter((e) => e.length === 0)).toHaveLength(1);
    expect(errors.filter((e) => e.length === 1 && e[0] === 'AUTHORISATION_CLOSED')).toHaveLength(2);
    expect(await decisions()).toBe(before + 1);
    expect(layla.serverErrors).toEqual([]);
  });

  // Last: it moves the suite's clock on.
  it.skipIf(!enabled)('an expired delegate gets nothing: the day after its last day it is EXPIRED, and cannot be accepted or revoked', async () => {
    const plate = await dueVehicle();
    for (const other of (await fahd.ok(MyAuthorisationsDocument, { role: 'GRANTOR', first: 100 })).myAuthorisations.nodes) {
      if (other.status === 'ACCEPTED' || other.status === 'PENDING') await fahd.ok(RevokeAuthorisationDocument, { input: { authorisationId: other.id } });
    }
    const a = await accepted({ endsOn: today() });
    const pending = await granted({ endsOn: today() });
    // On its last day it still works.
    expect((await renewFor(layla, plate)).renewVehicleRegistration.errors).toEqual([]);
    t.clock.advance(DAY);
    // A day later the sessions' tokens have expired too: both log in again.
    await login(t, GRANTOR.nationalId, '+966500000006', PASSWORD, fahd);
    await login(t, DELEGATE.nationalId, '+966500000102', PASSWORD, layla);
    const plateTomorrow = await dueVehicle();
    await getsNothing(layla, plateTomorrow);
    const mine = (await fahd.ok(MyAuthorisationsDocument, { role: 'GRANTOR', first: 100 })).myAuthorisations.nodes;
    expect(mine.find((n) => n.id === a.id)?.status).toBe('EXPIRED');
    expect(mine.find((n) => n.id === pending.id)?.status).toBe('EXPIRED');
    expect(codes((await accept(layla, pending.id)).acceptAuthorisation.errors)).toEqual(['AUTHORISATION_CLOSED']);
    expect(codes((await fahd.ok(RevokeAuthorisationDocument, { input: { authorisationId: a.id } })).revokeAuthorisation.errors)).toEqual(['AUTHORISATION_CLOSED']);
  });
});
