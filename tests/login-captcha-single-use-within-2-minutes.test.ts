import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaptchaCode } from '../server/modules/identity/challenge.entity';
import { AuthOptionsDocument, LoginDocument, NewCaptchaDocument, RegisterDocument } from './gql/graphql';
import { PASSWORD, register, registrationInput } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TEST_CAPTCHA, TestApp } from './helpers/test-app';

const RATE_LIMITS = ['captcha-address', 'login-address', 'login-failure-address', 'register-address', 'sms-number', 'sms-address'].map((n) => `${n}=100000/3600`).join(',');

describe.each(databases)('the image code ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind, env: { RATE_LIMITS } });
    await register(t, {}, t.client());
  });
  afterAll(async () => t?.stop());

  async function tryLogin(api: GraphQLClient, captchaId: string, captchaCode = TEST_CAPTCHA) {
    const { login } = await api.ok(LoginDocument, { input: { identifier: 'mohammed.q', password: PASSWORD, captchaId, captchaCode } });
    return login.errors.map((e) => e.code);
  }

  it.skipIf(!enabled)('is an SVG drawing valid 2 minutes that does not carry its digits as text, stored only as a hash', async () => {
    expect((await t.api.ok(AuthOptionsDocument)).authOptions.captchaRequired).toBe(true);
    const { newCaptcha } = await t.api.ok(NewCaptchaDocument);
    expect(newCaptcha.image.trimStart()).toMatch(/^<svg[\s>]/);
    expect(newCaptcha.image).not.toContain(TEST_CAPTCHA);
    expect(newCaptcha.image).not.toMatch(/<text/i);
    const ttl = Date.parse(newCaptcha.expiresAt) - t.clock.now().getTime();
    expect(ttl).toBeGreaterThan(115_000);
    expect(ttl).toBeLessThanOrEqual(120_000);
    const row = await t.app.services.orm.em.fork().findOneOrFail(CaptchaCode, String(newCaptcha.id));
    expect(JSON.stringify(row)).not.toContain(TEST_CAPTCHA);
  });

  it.skipIf(!enabled)('works once: reused, it is CAPTCHA_INVALID, for log-in and for registration', async () => {
    const api = t.client();
    const { newCaptcha } = await api.ok(NewCaptchaDocument);
    const id = String(newCaptcha.id);
    expect(await tryLogin(api, id)).toEqual([]);
    expect(await tryLogin(api, id)).toEqual(['CAPTCHA_INVALID']);
    const { register: again } = await api.ok(RegisterDocument, { input: await registrationInput(api, { captchaId: id, captchaCode: TEST_CAPTCHA }) });
    expect(again.errors).toContainEqual(expect.objectContaining({ field: 'captchaCode', code: 'CAPTCHA_INVALID' }));
  });

  it.skipIf(!enabled)('lets only one of several parallel uses through', async () => {
    const { newCaptcha } = await t.api.ok(NewCaptchaDocument);
    const results = await Promise.all([0, 1, 2, 3, 4].map(() => tryLogin(t.client(), String(newCaptcha.id))));
    expect(results.filter((r) => r.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r[0] === 'CAPTCHA_INVALID')).toHaveLength(4);
  });

  it.skipIf(!enabled)('is accepted just before 2 minutes and refused after', async () => {
    const api = t.client();
    const early = String((await api.ok(NewCaptchaDocument)).newCaptcha.id);
    const late = String((await api.ok(NewCaptchaDocument)).newCaptcha.id);
    t.clock.advance(115_000);
    expect(await tryLogin(api, early)).toEqual([]);
    t.clock.advance(6_000);
    expect(await tryLogin(api, late)).toEqual(['CAPTCHA_INVALID']);
  });

  it.skipIf(!enabled)('allows one guess per image: wrong digits spend it', async () => {
    const api = t.client();
    const id = String((await api.ok(NewCaptchaDocument)).newCaptcha.id);
    expect(await tryLogin(api, id, '0000')).toEqual(['CAPTCHA_INVALID']);
    expect(await tryLogin(api, id)).toEqual(['CAPTCHA_INVALID']);
  });

  it.skipIf(!enabled)('takes the digits in Arabic-Indic numerals', async () => {
    const api = t.client();
    const id = String((await api.ok(NewCaptchaDocument)).newCaptcha.id);
    expect(await tryLogin(api, id, '٤٧٢١')).toEqual([]);
  });

  it.skipIf(!enabled)('refuses ids that are unknown or not ids at all', async () => {
    const api = t.client();
    expect(await tryLogin(api, '00000000-0000-4000-8000-000000000000')).toEqual(['CAPTCHA_INVALID']);
    expect(await tryLogin(api, 'x'.repeat(500))).toEqual(['CAPTCHA_INVALID']);
  });
});

describe.each(databases)('with CAPTCHA=off ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (enabled) t = await startTestApp({ database: kind, env: { CAPTCHA: 'off' } });
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('says so in authOptions and does not ask for an image code', async () => {
    expect((await t.api.ok(AuthOptionsDocument)).authOptions.captchaRequired).toBe(false);
    const { register } = await t.api.ok(RegisterDocument, { input: await registrationInput(t.api, { captchaId: '', captchaCode: '' }) });
    expect(register.errors).toEqual([]);
  });
});
