import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELEGABLE_SERVICES } from '../server/modules/authorisations';
import { CATALOGUE, ServiceCode } from '../server/modules/catalogue';
import { riyadhDate, DAY } from '../server/shared/clock';
import { addDays } from '../server/shared/dates';
import { AcceptAuthorisationDocument, DeclineAuthorisationDocument, GrantAuthorisationDocument, RevokeAuthorisationDocument } from './gql/graphql';
import { DEMO, login, PASSWORD, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const GRANTOR = DEMO.FAHD;

/** Each e-service mutation, with an input that is well formed for the grantor (what the rules then say does not matter here). */
const CALLS: Record<ServiceCode, { mutation: string; inputType: string; input: Record<string, unknown> | null }> = {
  RENEW_NATIONAL_ID: { mutation: 'renewNationalId', inputType: 'RenewNationalIdInput', input: null },
  REPLACE_DOCUMENT: { mutation: 'replaceDocument', inputType: 'ReplaceDocumentInput!', input: { documentType: 'NATIONAL_ID', cause: 'DAMAGED' } },
  RENEW_PASSPORT: { mutation: 'renewPassport', inputType: 'RenewPassportInput!', input: { beneficiaryNationalId: GRANTOR.nationalId, years: 5 } },
  EXIT_REENTRY_VISA: { mutation: 'issueExitReentryVisa', inputType: 'IssueExitReentryVisaInput!', input: { beneficiaryNationalId: GRANTOR.nationalId, entryType: 'SINGLE', months: 2 } },
  EXTEND_EXIT_REENTRY_VISA: { mutation: 'extendExitReentryVisa', inputType: 'ExtendExitReentryVisaInput!', input: { beneficiaryNationalId: GRANTOR.nationalId, months: 1 } },
  FINAL_EXIT_VISA: { mutation: 'issueFinalExitVisa', inputType: 'IssueFinalExitVisaInput!', input: { beneficiaryNationalId: GRANTOR.nationalId } },
  RENEW_IQAMA: { mutation: 'renewIqama', inputType: 'RenewIqamaInput!', input: { beneficiaryNationalId: GRANTOR.nationalId, years: 1 } },
  RENEW_DRIVING_LICENCE: { mutation: 'renewDrivingLicence', inputType: 'RenewDrivingLicenceInput!', input: { years: 2 } },
  RENEW_VEHICLE_REGISTRATION: { mutation: 'renewVehicleRegistration', inputType: 'RenewVehicleRegistrationInput!', input: { plate: 'XYZ5678', years: 1 } },
  PAY_VIOLATIONS: { mutation: 'payViolations', inputType: 'PayViolationsInput!', input: { violationNumbers: ['2026000003'] } },
  DISPUTE_VIOLATION: { mutation: 'disputeViolation', inputType: 'DisputeViolationInput!', input: { violationNumber: '2026000003', reason: 'I was not driving that day.' } },
  AUTHORIZE_DRIVER: { mutation: 'authorizeDriver', inputType: 'AuthorizeDriverInput!', input: { plate: 'KSA2024', driverNationalId: DEMO.MOHAMMED.nationalId, until: '2099-01-01' } },
};

/**
 * The matrix, operation by operation: every e-service mutation asked with `actingFor` the grantor, by
 * each kind of caller. Only the accepted delegate in force, for a service the authorisation names,
 * gets past the authorisation (the service's own rules then answer); everyone else gets the one
 * refusal on `actingFor`, and nothing is kept.
 */
describe.each(databases)('every e-service mutation checks actingFor: who gets past, who gets nothing ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  const as: Record<string, GraphQLClient> = {};
  const today = () => riyadhDate(t.clock.now());
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind, env: { RATE_LIMITS: 'submission-account=500/3600' } });
    as.fahd = await signedInAs(t, GRANTOR);
    for (const [name, person] of Object.entries({ layla: DEMO.LAYLA, mohammed: DEMO.MOHAMMED, omar: DEMO.OMAR, hind: DEMO.HIND, karim: DEMO.KARIM, vijay: DEMO.VIJAY }))
      as[name] = await signedInAs(t, person);
    const grant = async (delegate: { nationalId: string }, services: readonly ServiceCode[], endsOn = addDays(today(), 30)) => {
      const { grantAuthorisation } = await as.fahd.ok(GrantAuthorisationDocument, { input: { delegateNationalId: delegate.nationalId, services: [...services], startsOn: today(), endsOn } });
      expect(grantAuthorisation.errors).toEqual([]);
      return grantAuthorisation.authorisation!.id;
    };
    const accept = async (who: GraphQLClient, authorisationId: string) => expect((await who.ok(AcceptAuthorisationDocument, { input: { authorisationId } })).acceptAuthorisation.errors).toEqual([]);
    // Layla: accepted, every delegable service, ending tomorrow (the expiry case moves the clock on at the end).
    await accept(as.layla, await grant(DEMO.LAYLA, DELEGABLE_SERVICES, addDays(today(), 1)));
    // Mohammed: pending. Omar: declined. Karim: accepted, then revoked. Vijay: accepted, for the passport only. Hind: nothing.
    await grant(DEMO.MOHAMMED, DELEGABLE_SERVICES);
    const declined = await grant(DEMO.OMAR, DELEGABLE_SERVICES);
    expect((await as.omar.ok(DeclineAuthorisationDocument, { input: { authorisationId: declined } })).declineAuthorisation.errors).toEqual([]);
    const revoked = await grant(DEMO.KARIM, DELEGABLE_SERVICES);
    await accept(as.karim, revoked);
    expect((await as.fahd.ok(RevokeAuthorisationDocument, { input: { authorisationId: revoked } })).revokeAuthorisation.errors).toEqual([]);
    await accept(as.vijay, await grant(DEMO.VIJAY, [ServiceCode.RENEW_PASSPORT]));
  });
  afterAll(async () => t?.stop());

  const call = async (who: GraphQLClient, code: ServiceCode) => {
    const { mutation, inputType, input } = CALLS[code];
    const query = `mutation ($input: ${inputType}, $actingFor: String) { ${mutation}(input: $input, actingFor: $actingFor) { request { reference } errors { field code } } }`;
    const res = await who.raw<Record<string, { request: { reference: string } | null; errors: { field: string | null; code: string }[] }>>({
      query,
      variables: { input, actingFor: GRANTOR.nationalId },
    });
    expect(res.errors).toBeUndefined();
    return res.data![mutation];
  };
  const refused = { request: null, errors: [{ field: 'actingFor', code: 'NOT_AUTHORISED_TO_ACT' }] };

  it.skipIf(!enabled)('covers every service of the catalogue', () => {
    expect(Object.keys(CALLS).sort()).toEqual(CATALOGUE.map((s) => s.code).sort());
  });

  for (const code of Object.values(ServiceCode)) {
    it.skipIf(!enabled)(`${code}: a stranger, a pending, a declined and a revoked delegate get nothing; outside the named services, nothing`, async () => {
      for (const who of ['hind', 'mohammed', 'omar', 'karim']) expect(await call(as[who], code), `${code} as ${who}`).toEqual(refused);
      if (code !== ServiceCode.RENEW_PASSPORT) expect(await call(as.vijay, code), `${code} outside the services`).toEqual(refused);
    });
    it.skipIf(!enabled)(`${code}: the accepted delegate gets past the authorisation ${DELEGABLE_SERVICES.includes(code) ? '' : '— not for a service that cannot be delegated'}`, async () => {
      const answer = await call(as.layla, code);
      if (DELEGABLE_SERVICES.includes(code)) expect(answer.errors.filter((e) => e.field === 'actingFor')).toEqual([]);
      else expect(answer).toEqual(refused);
    });
  }

  // Last: it moves the suite's clock on.
  it.skipIf(!enabled)('the day after its last day, the accepted delegate gets nothing from any of them', async () => {
    t.clock.advance(2 * DAY);
    await login(t, DEMO.LAYLA.nationalId, '+966500000102', PASSWORD, as.layla);
    for (const code of Object.values(ServiceCode)) expect(await call(as.layla, code), code).toEqual(refused);
  });
});
