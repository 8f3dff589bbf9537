import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../server/modules/identity/account.entity';
import { MeDocument, RegisterDocument, VerifyRegistrationDocument } from './gql/graphql';
import { CITIZEN, MULTI_MOBILE, registrationInput } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

/** This suite sends many codes to one number from one address; the limits have their own tests. */
const RATE_LIMITS = 'register-address=10000/3600,captcha-address=10000/900,sms-number=10000/3600,sms-address=10000/3600';

const toArabicIndic = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));

describe.each(databases)('registration accepts Arabic-Indic digits and every mobile format ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (enabled) t = await startTestApp({ database: kind, env: { RATE_LIMITS } });
  });
  afterAll(async () => t?.stop());

  /** A moment after every message sent so far has arrived: whatever arrives from now on is new. */
  async function settled(): Promise<number> {
    await t.app.drain();
    await new Promise((resolve) => setTimeout(resolve, 2));
    return Date.now();
  }

  /** Step 1 of registration; returns the challenge and the code the SMS to `to` carried. */
  async function start(api: GraphQLClient, to: string, overrides: Parameters<typeof registrationInput>[1]) {
    const since = await settled();
    const { register } = await api.ok(RegisterDocument, { input: await registrationInput(api, overrides) });
    expect(register.errors).toEqual([]);
    expect(register.challenge!.maskedMobile).toBe(`+966 5• ••• ••${to.slice(-2)}`);
    return { challengeId: register.challenge!.id, code: await t.sms.codeFor(to, since) };
  }

  it.skipIf(!enabled).each(['0500000001', '500000001', '966500000001', '+966500000001', '00966500000001', '٠٥٠٠٠٠٠٠٠١', '+٩٦٦٥٠٠٠٠٠٠٠١', ' 050 000 0001 ', '۰۵۰۰۰۰۰۰۰۱'])(
    'takes the mobile written as %j and texts +966500000001',
    async (mobile) => {
      const { code } = await start(t.client(), CITIZEN.mobile, { mobile });
      expect(code).toMatch(/^\d{6}$/);
    },
  );

  it.skipIf(!enabled)('takes the ID in Arabic-Indic digits with spaces, and the SMS code in Arabic-Indic digits', async () => {
    const api = t.client();
    const { challengeId, code } = await start(api, CITIZEN.mobile, { nationalId: ` ${toArabicIndic(CITIZEN.nationalId)} `, mobile: toArabicIndic('0500000001') });
    const { verifyRegistration } = await api.ok(VerifyRegistrationDocument, { input: { challengeId, code: ` ${toArabicIndic(code)} ` } });
    expect(verifyRegistration.errors).toEqual([]);
    expect(verifyRegistration.account!.person.fullNameEn).toBe(CITIZEN.nameEn);
  });

  it.skipIf(!enabled)('lets the person with several mobiles register with any of them, and makes one account only', async () => {
    const api = t.client();
    const person = { nationalId: MULTI_MOBILE.nationalId, email: 'noura@example.sa', emailConfirmation: 'noura@example.sa' };
    const started = [];
    // A different user name each time, so that only the one-account-per-ID rule can stop the others.
    for (const [i, mobile] of MULTI_MOBILE.mobiles.entries()) started.push(await start(api, mobile, { ...person, username: `noura.k${i}`, mobile: `0${mobile.slice(4)}` }));

    // The second number's code opens the account, which keeps that number.
    const { verifyRegistration } = await api.ok(VerifyRegistrationDocument, { input: started[1] });
    expect(verifyRegistration.errors).toEqual([]);
    api.token = verifyRegistration.session!.accessToken;
    const { me } = await api.ok(MeDocument);
    expect(me!.maskedMobile).toBe('+966 5• ••• ••05');
    expect(me!.person.nationalId).toBe(MULTI_MOBILE.nationalId);

    // The other numbers' codes were right, but the ID has its account now.
    for (const other of [started[0], started[2]]) {
      const { verifyRegistration: again } = await t.client().ok(VerifyRegistrationDocument, { input: other });
      expect(again.session).toBeNull();
      expect(again.errors.map((e) => e.code)).toEqual(['CHALLENGE_NOT_FOUND']);
    }
    expect(await t.app.services.orm.em.fork().count(Account, { person: MULTI_MOBILE.nationalId })).toBe(1);
  });
});
