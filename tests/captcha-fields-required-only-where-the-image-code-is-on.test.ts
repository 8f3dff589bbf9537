import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthOptionsDocument, LoginDocument, RegisterDocument, RequestPasswordResetDocument, VerifyLoginDocument, VerifyRegistrationDocument } from './gql/graphql';
import { CITIZEN, PASSWORD, register, registrationInput } from './helpers/flows';
import { databases, startTestApp, TEST_CAPTCHA, TestApp } from './helpers/test-app';

const RATE_LIMITS = ['captcha-address', 'login-address', 'login-failure-address', 'register-address', 'reset-address', 'sms-number', 'sms-address'].map((n) => `${n}=100000/3600`).join(',');

/** A moment after which every SMS is new. */
async function quiet(t: TestApp): Promise<number> {
  await t.app.drain();
  await new Promise((resolve) => setTimeout(resolve, 2));
  return Date.now();
}

describe.each(databases)('the image-code fields are optional in the schema and required where the image code is on ($kind)', ({ kind, enabled }) => {
  let on: TestApp;
  let off: TestApp;
  beforeAll(async () => {
    if (!enabled) return;
    on = await startTestApp({ database: kind, env: { RATE_LIMITS } });
    off = await startTestApp({ database: kind, env: { RATE_LIMITS, CAPTCHA: 'off' } });
  });
  afterAll(async () => {
    await on?.stop();
    await off?.stop();
  });

  it.skipIf(!enabled)('where it is on, a left-out image code is CAPTCHA_REQUIRED on the field left out, for registration, log-in and password reset', async () => {
    const api = on.client();
    api.language = 'en';
    expect((await api.ok(AuthOptionsDocument)).authOptions.captchaRequired).toBe(true);
    const { captchaId: _id, captchaCode: _code, ...withoutImageCode } = await registrationInput(api, { preferredLanguage: 'EN' });

    const registered = (await api.ok(RegisterDocument, { input: withoutImageCode })).register;
    expect(registered.challenge).toBeNull();
    expect(registered.errors).toEqual([{ field: 'captchaCode', code: 'CAPTCHA_REQUIRED', message: 'Type the 4 digits shown in the image (get a new image if none is shown).' }]);
    // The digits without the image they belong to, and blank digits, are refused as missing too.
    const noId = (await api.ok(RegisterDocument, { input: { ...withoutImageCode, captchaCode: TEST_CAPTCHA } })).register.errors;
    expect(noId.map((e) => [e.field, e.code])).toEqual([['captchaId', 'CAPTCHA_REQUIRED']]);
    const blank = (await api.ok(RegisterDocument, { input: { ...withoutImageCode, captchaId: null, captchaCode: '  ' } })).register.errors;
    expect(blank.map((e) => [e.field, e.code])).toEqual([['captchaCode', 'CAPTCHA_REQUIRED']]);
    // Other problems of the input are listed with it.
    const several = (await api.ok(RegisterDocument, { input: { ...withoutImageCode, mobile: '12' } })).register.errors;
    expect(several.map((e) => [e.field, e.code])).toEqual([
      ['mobile', 'MOBILE_INVALID'],
      ['captchaCode', 'CAPTCHA_REQUIRED'],
    ]);

    const login = (await api.ok(LoginDocument, { input: { identifier: 'mohammed.q', password: PASSWORD } })).login;
    expect(login).toEqual({
      challenge: null,
      captchaSpent: false,
      errors: [{ field: 'captchaCode', code: 'CAPTCHA_REQUIRED', message: 'Type the 4 digits shown in the image (get a new image if none is shown).' }],
    });

    const reset = (await api.ok(RequestPasswordResetDocument, { input: { nationalId: CITIZEN.nationalId, mobile: CITIZEN.mobile } })).requestPasswordReset;
    expect(reset.challenge).toBeNull();
    expect(reset.errors.map((e) => [e.field, e.code])).toEqual([['captchaCode', 'CAPTCHA_REQUIRED']]);
    // Nothing was sent for any of them.
    await on.app.drain();
    expect(on.sms.messages).toEqual([]);

    // With the image code the same registration goes through.
    await register(on, {}, on.client());
  });

  it.skipIf(!enabled)('where it is off, registration and log-in need no image-code fields at all', async () => {
    const api = off.client();
    expect((await api.ok(AuthOptionsDocument)).authOptions.captchaRequired).toBe(false);
    const { captchaId: _id, captchaCode: _code, ...input } = await registrationInput(api);
    let since = await quiet(off);
    const { register: started } = await api.ok(RegisterDocument, { input });
    expect(started.errors).toEqual([]);
    const { verifyRegistration } = await api.ok(VerifyRegistrationDocument, { input: { challengeId: started.challenge!.id, code: await off.sms.codeFor(CITIZEN.mobile, since) } });
    expect(verifyRegistration.errors).toEqual([]);

    since = await quiet(off);
    const { login } = await api.ok(LoginDocument, { input: { identifier: 'mohammed.q', password: PASSWORD } });
    expect(login.errors).toEqual([]);
    const { verifyLogin } = await api.ok(VerifyLoginDocument, { input: { challengeId: login.challenge!.id, code: await off.sms.codeFor(CITIZEN.mobile, since) } });
    expect(verifyLogin.errors).toEqual([]);
    expect(verifyLogin.session!.accessToken).toBeTruthy();
  });
});
