import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangePreferredLanguageDocument, RefusedRequestDocument, RenewDrivingLicenceDocument, RenewPassportDocument, RequestNodeDocument } from './gql/graphql';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';
import { addDays } from '../server/shared/dates';
import { riyadhDate } from '../server/shared/clock';

/**
 * A submission the service's rules refuse is kept as a REFUSED request (issue 18, part 4): its
 * reference and every reason, shown again later in either language with the dates they named,
 * visible to its applicant only; refused or not, submissions count towards the account's limit.
 */
describe.each(databases)('refused submissions are on record ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let mohammed: GraphQLClient;
  let noura: GraphQLClient;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind, env: { RATE_LIMITS: 'submission-account=4/3600' } });
    mohammed = await signedInAs(t, DEMO.MOHAMMED);
    noura = await signedInAs(t, DEMO.NOURA);
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('keeps the refusal with its reference and every reason, in either language, for its applicant only; the limit counts it', async () => {
    const renewFrom = addDays(addDays(riyadhDate(new Date()), 900), -180);
    // Too early to renew: refused by a rule, kept.
    const { renewPassport } = await mohammed.ok(RenewPassportDocument, { input: { beneficiaryNationalId: DEMO.MOHAMMED.nationalId, years: 10 } });
    expect(renewPassport.errors.map((e) => e.code)).toEqual(['TOO_EARLY_TO_RENEW']);
    const reference = renewPassport.request!.reference;

    for (const [language, said] of [
      ['en', 'It is too early to renew'],
      ['ar', 'لم يحن موعد التجديد'],
    ] as const) {
      // Messages follow the account's preferred language.
      expect((await mohammed.ok(ChangePreferredLanguageDocument, { input: { language: language === 'ar' ? 'AR' : 'EN' } })).changePreferredLanguage.errors).toEqual([]);
      const { request } = await mohammed.ok(RefusedRequestDocument, { reference });
      expect(request).toMatchObject({ reference, status: 'REFUSED' });
      expect(request!.refusalReasons).toEqual([{ field: null, code: 'TOO_EARLY_TO_RENEW', message: expect.stringContaining(said) }]);
      // The date the rule named is still in the message, and in the history's reason.
      expect(request!.refusalReasons[0].message).toContain(renewFrom);
      expect(request!.statusHistory).toEqual([{ status: 'REFUSED', reasonCode: 'TOO_EARLY_TO_RENEW', reason: request!.refusalReasons[0].message }]);
    }

    // Nobody else sees it, by reference or by ID.
    const { request } = await mohammed.ok(RefusedRequestDocument, { reference });
    expect((await noura.ok(RefusedRequestDocument, { reference })).request).toBeNull();
    expect((await noura.ok(RequestNodeDocument, { id: request!.id })).node).toBeNull();

    // A field to correct is no refusal to keep: nothing written, but the attempt still counts.
    const typo = await mohammed.ok(RenewDrivingLicenceDocument, { input: { years: 3 } });
    expect(typo.renewDrivingLicence).toMatchObject({ request: null, errors: expect.arrayContaining([expect.objectContaining({ field: 'years', code: 'INVALID_PERIOD' })]) });

    // Two more (refused: unpaid violations) reach the limit of 4; the fifth is refused before it runs.
    for (let i = 0; i < 2; i++) expect((await mohammed.ok(RenewDrivingLicenceDocument, { input: { years: 5 } })).renewDrivingLicence.request!.status).toBe('REFUSED');
    const limited = await mohammed.request(RenewDrivingLicenceDocument, { input: { years: 5 } });
    expect(limited.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    // Another account's limit is its own.
    expect((await noura.ok(RenewDrivingLicenceDocument, { input: { years: 2 } })).renewDrivingLicence.request!.status).toBe('REFUSED');
  });
});
