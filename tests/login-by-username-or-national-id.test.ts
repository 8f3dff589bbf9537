import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityMessages } from '../server/modules/identity/identity.errors';
import { identityTexts } from '../server/modules/identity/identity.texts';
import { localize, Language } from '../server/shared/i18n';
import { withCheckDigit } from '../server/shared/normalize';
import { LoginDocument, MeDocument, VerifyLoginDocument } from './gql/graphql';
import { captcha, CITIZEN, login, PASSWORD, register, RESIDENT } from './helpers/flows';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const RATE_LIMITS = ['captcha-address', 'login-address', 'login-failure-address', 'register-address', 'sms-number', 'sms-address'].map((n) => `${n}=100000/3600`).join(',');

describe.each(databases)('log-in with password and SMS code ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind, env: { RATE_LIMITS } });
    await register(t, { username: 'Mohammed.Q' }, t.client());
    await register(
      t,
      { nationalId: RESIDENT.nationalId, mobile: RESIDENT.mobile, username: 'rajesh.k', email: 'rajesh@example.com', emailConfirmation: 'rajesh@example.com', preferredLanguage: 'EN' },
      t.client(),
    );
  });
  afterAll(async () => t?.stop());

  /** A moment after every message sent so far has arrived: whatever arrives from now on is new. */
  async function settled(): Promise<number> {
    await t.app.drain();
    await new Promise((resolve) => setTimeout(resolve, 2));
    return Date.now();
  }

  it.skipIf(!enabled).each(['Mohammed.Q', 'mohammed.q', 'MOHAMMED.Q', ' mohammed.q '])('by user name written %j', async (identifier) => {
    const api = t.client();
    const signedIn = await login(t, identifier, CITIZEN.mobile, PASSWORD, api);
    expect(signedIn.account!.username).toBe('Mohammed.Q');
    expect((await api.ok(MeDocument)).me!.person.nationalId).toBe(CITIZEN.nationalId);
  });

  it.skipIf(!enabled).each(['1000000008', '١٠٠٠٠٠٠٠٠٨', ' 1000000008 ', '۱۰۰۰۰۰۰۰۰۸'])('by national ID written %j', async (identifier) => {
    const api = t.client();
    const signedIn = await login(t, identifier, CITIZEN.mobile, PASSWORD, api);
    expect(signedIn.account!.username).toBe('Mohammed.Q');
    expect((await api.ok(MeDocument)).me!.username).toBe('Mohammed.Q');
  });

  it.skipIf(!enabled)('sends the log-in code to the registered mobile in the account’s language', async () => {
    const api = t.client();
    const since = await settled();
    const { login: started } = await api.ok(LoginDocument, { input: { identifier: RESIDENT.nationalId, password: PASSWORD, ...(await captcha(api)) } });
    expect(started.challenge!.maskedMobile).toBe('+966 5• ••• ••02');
    const sms = await t.sms.waitFor(RESIDENT.mobile, since);
    const code = /\d{6}/.exec(sms.text)![0];
    expect(sms.locale).toBe('en');
    expect(sms.text).toBe(localize(identityTexts.LOGIN_CODE, Language.EN, { code }));
    const { verifyLogin } = await api.ok(VerifyLoginDocument, { input: { challengeId: started.challenge!.id, code } });
    expect(verifyLogin.errors).toEqual([]);
    expect(verifyLogin.account!.username).toBe('rajesh.k');
  });

  it.skipIf(!enabled)('gives a wrong password and an unknown identifier the very same answer, and sends no SMS', async () => {
    const api = t.client();
    const smsBefore = t.sms.messages.length;
    const attempt = async (identifier: string, password: string) => {
      const res = await api.request(LoginDocument, { input: { identifier, password, ...(await captcha(api)) } });
      return { status: res.status, errors: res.errors, data: res.data };
    };
    const wrongPassword = await attempt('mohammed.q', `${PASSWORD}!`);
    expect(wrongPassword.data!.login).toEqual({
      challenge: null,
      errors: [{ field: 'password', code: 'INVALID_CREDENTIALS', message: identityMessages.INVALID_CREDENTIALS.ar }],
      captchaSpent: true,
    });
    for (const [identifier, password] of [
      ['nobody.here', PASSWORD],
      [withCheckDigit('123456789'), PASSWORD],
      [CITIZEN.nationalId.replace(/8$/, '9'), PASSWORD],
      // In the registry, but without an account.
      ['1000000032', PASSWORD],
      [CITIZEN.nationalId, 'a different password'],
    ]) {
      expect(await attempt(identifier, password), identifier).toEqual(wrongPassword);
    }
    await t.app.drain();
    expect(t.sms.messages.length).toBe(smsBefore);
  });

  it.skipIf(!enabled)('answers oversized identifiers and passwords like any wrong credentials', async () => {
    const api = t.client();
    for (const [identifier, password] of [
      ['m'.repeat(5000), PASSWORD],
      ['١'.repeat(5000), PASSWORD],
      ['mohammed.q', 'p'.repeat(100_000)],
    ]) {
      const res = await api.request(LoginDocument, { input: { identifier, password, ...(await captcha(api)) } });
      expect(res.status).toBe(200);
      expect(res.data!.login.errors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    }
  });

  it.skipIf(!enabled)('refuses a wrong image code before looking at the password', async () => {
    const api = t.client();
    const answer = await captcha(api);
    const { login: refused } = await api.ok(LoginDocument, { input: { identifier: 'mohammed.q', password: PASSWORD, ...answer, captchaCode: '1234' } });
    expect(refused).toEqual({ challenge: null, errors: [{ field: 'captchaCode', code: 'CAPTCHA_INVALID', message: identityMessages.CAPTCHA_INVALID.ar }], captchaSpent: true });
  });
});
