import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../server/modules/identity/account.entity';
import { Challenge } from '../server/modules/identity/challenge.entity';
import { identityMessages, IdentityErrorCode } from '../server/modules/identity/identity.errors';
import { parseMobile, withCheckDigit } from '../server/shared/normalize';
import { LoginDocument, RegisterDocument, RegisterInput, VerifyRegistrationDocument } from './gql/graphql';
import { captcha, CITIZEN, DECEASED, DEMO, login, MINOR, MULTI_MOBILE, PASSWORD, register, registrationInput, RESIDENT } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

type Expected = { field: string; code: IdentityErrorCode };

/** This suite sends far more registrations (and SMS) from one address than a person would; the limits have their own tests. */
const RATE_LIMITS = 'register-address=10000/3600,captcha-address=10000/900,login-address=10000/900,login-failure-address=10000/900,sms-number=10000/3600,sms-address=10000/3600';

describe.each(databases)('registration refuses each rule of SPEC §2 ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let english: GraphQLClient;

  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind, env: { RATE_LIMITS } });
    english = t.client();
    english.language = 'en';
    // Someone already holds "Rajesh.K", for USERNAME_TAKEN.
    await register(t, { nationalId: RESIDENT.nationalId, mobile: '0500000002', username: 'Rajesh.K', email: 'rajesh@example.com', emailConfirmation: 'rajesh@example.com' }, t.client());
    await t.app.drain();
  });
  afterAll(async () => t?.stop());

  /** What a refused registration could have left behind: it must leave none of it. */
  async function traces() {
    await t.app.drain();
    const em = t.app.services.orm.em.fork();
    return { challenges: await em.count(Challenge, {}), accounts: await em.count(Account, {}), sms: t.sms.messages.length };
  }

  /**
   * Sends a registration that must be refused with `expected`, once in Arabic (the default) and
   * once in English (asked for in the input), checking field, code and the exact message in each,
   * and that nothing was written or sent.
   */
  async function expectRefused(overrides: Partial<RegisterInput>, ...expected: Expected[]) {
    const before = await traces();
    for (const [api, lang] of [
      [t.api, 'ar'],
      [t.api, 'en'],
    ] as const) {
      const input = await registrationInput(api, { ...overrides, ...(lang === 'en' ? { preferredLanguage: 'EN' } : {}) });
      const res = await api.request(RegisterDocument, { input });
      expect(res.errors).toBeUndefined();
      const { challenge, errors } = res.data!.register;
      expect(challenge).toBeNull();
      expect(errors, lang).toEqual(expect.arrayContaining(expected.map(({ field, code }) => ({ field, code, message: identityMessages[code][lang] }))));
      expect(errors, `only the expected errors in ${lang}`).toHaveLength(expected.length);
    }
    expect(await traces()).toEqual(before);
  }

  /**
   * A registration the input alone cannot refuse: `register` answers like any other and sends the
   * code to the mobile typed; the verdict comes at `verifyRegistration`, once that code is typed
   * (security round two, M4). Checked in Arabic and in English: field, code and exact message;
   * the code is spent and no account is made.
   */
  async function expectRefusedAfterCode(overrides: Partial<RegisterInput>, ...expected: Expected[]) {
    for (const [api, lang] of [
      [t.api, 'ar'],
      [english, 'en'],
    ] as const) {
      const input = await registrationInput(api, overrides);
      const since = await settled();
      const { register: started } = await api.ok(RegisterDocument, { input });
      expect(started.errors, `register answers ${lang} like any other`).toEqual([]);
      const code = await t.sms.codeFor(parseMobile(input.mobile)!, since);
      const accounts = (await traces()).accounts;
      const { verifyRegistration } = await api.ok(VerifyRegistrationDocument, { input: { challengeId: started.challenge!.id, code } });
      expect(verifyRegistration.session).toBeNull();
      expect(verifyRegistration.errors, lang).toEqual(expected.map(({ field, code: c }) => ({ field, code: c, message: identityMessages[c][lang] })));
      const again = await api.ok(VerifyRegistrationDocument, { input: { challengeId: started.challenge!.id, code } });
      expect(
        again.verifyRegistration.errors.map((e) => e.code),
        'the code is spent',
      ).toEqual(['CHALLENGE_NOT_FOUND']);
      expect((await traces()).accounts).toBe(accounts);
    }
  }

  async function settled() {
    await t.app.drain();
    await new Promise((r) => setTimeout(r, 2));
    return Date.now();
  }

  describe.skipIf(!enabled)('each rule', () => {
    it('INVALID_NATIONAL_ID: bad Luhn digit, first digit other than 1 or 2, wrong length, letters', async () => {
      const invalid: Expected = { field: 'nationalId', code: 'INVALID_NATIONAL_ID' };
      await expectRefused({ nationalId: '1000000000' }, invalid);
      await expectRefused({ nationalId: withCheckDigit('300000000') }, invalid);
      await expectRefused({ nationalId: '100000008' }, invalid);
      await expectRefused({ nationalId: '10000000080' }, invalid);
      await expectRefused({ nationalId: 'l000000008' }, invalid);
      await expectRefused({ nationalId: '' }, invalid);
    });

    it('DECEASED, after the code, to the holder of a mobile the registry links to the ID', async () => {
      await expectRefusedAfterCode({ nationalId: DECEASED.nationalId, mobile: DECEASED.mobile }, { field: 'nationalId', code: 'DECEASED' });
    });

    it('UNDER_AGE, after the code: the demo 16-year-old with her own mobile', async () => {
      await expectRefusedAfterCode({ nationalId: MINOR.nationalId, mobile: MINOR.mobile, username: 'sara.q' }, { field: 'nationalId', code: 'UNDER_AGE' });
    });

    it('MOBILE_INVALID: not a Saudi mobile', async () => {
      for (const mobile of ['0400000001', '050000001', '+971500000001', 'phone']) {
        await expectRefused({ mobile }, { field: 'mobile', code: 'MOBILE_INVALID' });
      }
    });

    it('MOBILE_NOT_LINKED, after the code: a mobile the registry links to someone else, or to nobody, or an ID nobody holds', async () => {
      const notLinked: Expected = { field: 'mobile', code: 'MOBILE_NOT_LINKED' };
      await expectRefusedAfterCode({ mobile: RESIDENT.mobile }, notLinked);
      await expectRefusedAfterCode({ mobile: '0599999999' }, notLinked);
      // Not in the registry: the same answer, which says nothing about the ID.
      await expectRefusedAfterCode({ nationalId: withCheckDigit('123456789'), mobile: '0599999998' }, notLinked);
      // Whatever else the registry would say about the ID stays unsaid to someone without its mobile.
      await expectRefusedAfterCode({ nationalId: DECEASED.nationalId, mobile: '0599999997' }, notLinked);
      await expectRefusedAfterCode({ nationalId: MINOR.nationalId, mobile: '0599999996', username: 'rajesh.k' }, notLinked);
    });

    it('USERNAME_INVALID: length, first character, alphabet, and the ID number itself', async () => {
      for (const username of ['abc', 'a'.repeat(21), '1mohammed', '_mohammed', 'محمد', 'mohammed q', CITIZEN.nationalId]) {
        await expectRefused({ username }, { field: 'username', code: 'USERNAME_INVALID' });
      }
    });

    it("USERNAME_TAKEN, after the code, whatever the case; with the registry's own verdict when there is one", async () => {
      const fahd = { nationalId: DEMO.FAHD.nationalId, mobile: DEMO.FAHD.mobile };
      for (const username of ['Rajesh.K', 'rajesh.k', 'RAJESH.K']) await expectRefusedAfterCode({ ...fahd, username }, { field: 'username', code: 'USERNAME_TAKEN' });
      await expectRefusedAfterCode(
        { nationalId: MINOR.nationalId, mobile: MINOR.mobile, username: 'rajesh.k' },
        { field: 'nationalId', code: 'UNDER_AGE' },
        { field: 'username', code: 'USERNAME_TAKEN' },
      );
    });

    it('PASSWORD_TOO_SHORT and PASSWORD_TOO_LONG (129 characters)', async () => {
      await expectRefused({ password: 'Dx7#qL2', passwordConfirmation: 'Dx7#qL2' }, { field: 'password', code: 'PASSWORD_TOO_SHORT' });
      const long = 'Qz7!'.repeat(32) + 'x';
      await expectRefused({ password: long, passwordConfirmation: long }, { field: 'password', code: 'PASSWORD_TOO_LONG' });
    });

    it('PASSWORD_TOO_COMMON: from the shipped list, in any case', async () => {
      for (const password of ['password123', 'Iloveyou1', 'qwertyuiop']) {
        await expectRefused({ password, passwordConfirmation: password }, { field: 'password', code: 'PASSWORD_TOO_COMMON' });
      }
    });

    it('PASSWORD_TOO_SIMILAR: to the user name, the ID number, the e-mail', async () => {
      for (const password of ['Mohammed.Q2026', `my${CITIZEN.nationalId}!`, 'mohammed@example.s']) {
        await expectRefused({ password, passwordConfirmation: password }, { field: 'password', code: 'PASSWORD_TOO_SIMILAR' });
      }
    });

    it('PASSWORD_MISMATCH: the confirmation differs, even only in case', async () => {
      await expectRefused({ passwordConfirmation: PASSWORD.toUpperCase() }, { field: 'passwordConfirmation', code: 'PASSWORD_MISMATCH' });
    });

    it('EMAIL_INVALID and EMAIL_MISMATCH', async () => {
      await expectRefused({ email: 'mohammed.example.sa', emailConfirmation: 'mohammed.example.sa' }, { field: 'email', code: 'EMAIL_INVALID' });
      await expectRefused({ emailConfirmation: 'mohamed@example.sa' }, { field: 'emailConfirmation', code: 'EMAIL_MISMATCH' });
    });

    it('CAPTCHA_INVALID: wrong digits, unknown id', async () => {
      await expectRefused({ captchaCode: '0000' }, { field: 'captchaCode', code: 'CAPTCHA_INVALID' });
      await expectRefused({ captchaId: '00000000-0000-4000-8000-000000000000' }, { field: 'captchaCode', code: 'CAPTCHA_INVALID' });
      await expectRefused({ captchaId: 'not-a-uuid' }, { field: 'captchaCode', code: 'CAPTCHA_INVALID' });
    });

    it('answers a wrong image code with that alone, whatever the registry would say', async () => {
      const captchaOnly: Expected = { field: 'captchaCode', code: 'CAPTCHA_INVALID' };
      await expectRefused({ captchaCode: '0000', nationalId: withCheckDigit('123456789') }, captchaOnly);
      await expectRefused({ captchaCode: '0000', nationalId: DECEASED.nationalId, mobile: DECEASED.mobile }, captchaOnly);
      await expectRefused({ captchaCode: '0000', mobile: RESIDENT.mobile }, captchaOnly);
      await expectRefused({ captchaCode: '0000', username: 'rajesh.k' }, captchaOnly);
    });

    it('TERMS_NOT_ACCEPTED', async () => {
      await expectRefused({ acceptTerms: false }, { field: 'acceptTerms', code: 'TERMS_NOT_ACCEPTED' });
    });

    it('answers oversized values with field errors, not a server error', async () => {
      const huge = 'x'.repeat(5000);
      const password = `${huge}P4`;
      await expectRefused(
        { nationalId: huge, mobile: '5'.repeat(5000), username: `a${huge}`, email: `${huge}@example.sa`, emailConfirmation: `${huge}@example.sa`, password, passwordConfirmation: password },
        { field: 'nationalId', code: 'INVALID_NATIONAL_ID' },
        { field: 'mobile', code: 'MOBILE_INVALID' },
        { field: 'username', code: 'USERNAME_INVALID' },
        { field: 'email', code: 'EMAIL_INVALID' },
        { field: 'password', code: 'PASSWORD_TOO_LONG' },
      );
    });

    it('reports every problem of one input at once, each at its field', async () => {
      await expectRefused(
        { mobile: '123', username: '9x', password: 'short', passwordConfirmation: 'other', email: 'x', acceptTerms: false },
        { field: 'mobile', code: 'MOBILE_INVALID' },
        { field: 'username', code: 'USERNAME_INVALID' },
        { field: 'password', code: 'PASSWORD_TOO_SHORT' },
        { field: 'passwordConfirmation', code: 'PASSWORD_MISMATCH' },
        { field: 'email', code: 'EMAIL_INVALID' },
        { field: 'acceptTerms', code: 'TERMS_NOT_ACCEPTED' },
      );
    });
  });

  describe.skipIf(!enabled)('language of the messages', () => {
    it('answers in English for Accept-Language: en when the input names no language', async () => {
      const input = await registrationInput(english, { preferredLanguage: null, acceptTerms: false });
      const { register: payload } = await english.ok(RegisterDocument, { input });
      expect(payload.errors).toEqual([{ field: 'acceptTerms', code: 'TERMS_NOT_ACCEPTED', message: identityMessages.TERMS_NOT_ACCEPTED.en }]);
    });

    it('answers in Arabic without any Accept-Language, and when the header asks for neither language', async () => {
      for (const header of ['', 'fr-FR, de;q=0.5']) {
        const input = await registrationInput(t.api, { preferredLanguage: null, acceptTerms: false });
        const { register: payload } = await t.api.ok(RegisterDocument, { input }, { 'accept-language': header });
        expect(payload.errors).toEqual([{ field: 'acceptTerms', code: 'TERMS_NOT_ACCEPTED', message: identityMessages.TERMS_NOT_ACCEPTED.ar }]);
      }
    });

    it('prefers the language chosen in the input over the header', async () => {
      const input = await registrationInput(english, { preferredLanguage: 'AR', acceptTerms: false });
      const { register: payload } = await english.ok(RegisterDocument, { input });
      expect(payload.errors[0].message).toBe(identityMessages.TERMS_NOT_ACCEPTED.ar);
    });
  });

  describe.skipIf(!enabled)('passwords are kept as typed', () => {
    it('accepts 64 and 128 characters, and logs in only with all of them, in the same case', async () => {
      const sixtyFour = 'correct horse battery staple and a long quiet walk to the sea 64';
      expect(sixtyFour).toHaveLength(64);
      await expectRefused({ password: sixtyFour, passwordConfirmation: 'x' }, { field: 'passwordConfirmation', code: 'PASSWORD_MISMATCH' });

      const long = `${sixtyFour} and back again before the evening prayer; then tea, and dates!!`.padEnd(128, '~');
      expect(long).toHaveLength(128);
      const api = t.client();
      await register(
        t,
        {
          nationalId: MULTI_MOBILE.nationalId,
          mobile: MULTI_MOBILE.mobiles[0],
          username: 'noura.o',
          email: 'noura@example.sa',
          emailConfirmation: 'noura@example.sa',
          password: long,
          passwordConfirmation: long,
        },
        api,
      );

      for (const wrong of [long.slice(0, 127), long.slice(0, 72), long.toUpperCase()]) {
        const { login: refused } = await api.ok(LoginDocument, { input: { identifier: 'noura.o', password: wrong, ...(await captcha(api)) } });
        expect(refused.errors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
      }
      const signedIn = await login(t, 'noura.o', MULTI_MOBILE.mobiles[0], long, api);
      expect(signedIn.account!.username).toBe('noura.o');
    });
  });
});
