import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeDocument } from './gql/graphql';
import { CITIZEN, register } from './helpers/flows';
import { databases, startTestApp, TestApp } from './helpers/test-app';

describe.each(databases)('registration, happy path ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (enabled) t = await startTestApp({ database: kind });
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('registers with ID and linked mobile, verifies the SMS code and is welcomed by name', async () => {
    const signedIn = await register(t, { nationalId: '١٠٠٠٠٠٠٠٠٨', mobile: '٠٥٠٠٠٠٠٠٠١' });
    expect(signedIn.account!.person.fullNameAr).toBe(CITIZEN.nameAr);
    const sms = t.sms.messages.find((m) => m.to === CITIZEN.mobile)!;
    expect(sms.locale).toBe('ar');
    expect(sms.text).toContain('رمز التحقق');

    const { me } = await t.api.ok(MeDocument);
    expect(me).toMatchObject({
      username: 'mohammed.q',
      email: 'mohammed@example.sa',
      emailVerified: false,
      maskedMobile: '+966 5• ••• ••01',
      preferredLanguage: 'AR',
      person: { nationalId: CITIZEN.nationalId, kind: 'CITIZEN', fullNameAr: CITIZEN.nameAr, fullNameEn: CITIZEN.nameEn, nationality: 'SAU', gender: 'MALE', dateOfBirth: '1985-03-12' },
    });
  });
});
