import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthOptionsDocument, LoginDocument, NewCaptchaDocument, RegisterDocument } from './gql/graphql';
import { captcha, PASSWORD, register, registrationInput } from './helpers/flows';
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

  type Answer = Awaited<ReturnType<typeof captcha>>;
  async function tryLogin(api: GraphQLClient, answer: Answer, captchaCode = TEST_CAPTCHA) {
    const { login } = await api.ok(LoginDocument, { input: { identifier: 'mohammed.q', password: PASSWORD, ...answer, captchaCode } });
    return login.errors.map((e) => e.code);
  }

  it.skipIf(!enabled)('is a PNG valid 2 minutes that does not carry its digits, stored only as a hash and sealed', async () => {
    expect((await t.api.ok(AuthOptionsDocument)).authOptions).toMatchObject({ captchaRequired: true, proofOfWorkRequired: true });
    const { newCaptcha } = await t.api.ok(NewCaptchaDocument);
    expect(newCaptcha.image).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    const png = Buffer.from(newCaptcha.image.slice('data:image/png;base64,'.length), 'base64');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.toString('latin1')).not.toContain(TEST_CAPTCHA);
    const ttl = Date.parse(newCaptcha.expiresAt) - t.clock.now().getTime();
    expect(ttl).toBeGreaterThan(115_000);
    expect(ttl).toBeLessThanOrEqual(120_000);
    const rows = await t.app.services.orm.em
      .fork()
      .getConnection()
      .execute('select * from captchas where id = ?', [String(newCaptcha.id)]);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(TEST_CAPTCHA);
  });

  it.skipIf(!enabled)('works once: reused, it is CAPTCHA_INVALID, for log-in and for registration', async () => {
    const api = t.client();
    const answer = await captcha(api);
    expect(await tryLogin(api, answer)).toEqual([]);
    expect(await tryLogin(api, answer)).toEqual(['CAPTCHA_INVALID']);
    const { register: again } = await api.ok(RegisterDocument, { input: await registrationInput(api, answer) });
    expect(again.errors).toContainEqual(expect.objectContaining({ field: 'captchaCode', code: 'CAPTCHA_INVALID' }));
  });

  it.skipIf(!enabled)('lets only one of several parallel uses through', async () => {
    const answer = await captcha(t.api);
    const results = await Promise.all([0, 1, 2, 3, 4].map(() => tryLogin(t.client(), answer)));
    expect(results.filter((r) => r.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r[0] === 'CAPTCHA_INVALID')).toHaveLength(4);
  });

  it.skipIf(!enabled)('is accepted just before 2 minutes and refused after', async () => {
    const api = t.client();
    const early = await captcha(api);
    const late = await captcha(api);
    t.clock.advance(115_000);
    expect(await tryLogin(api, early)).toEqual([]);
    t.clock.advance(6_000);
    expect(await tryLogin(api, late)).toEqual(['CAPTCHA_INVALID']);
  });

  it.skipIf(!enabled)('allows one guess per image: wrong digits spend it', async () => {
    const api = t.client();
    const answer = await captcha(api);
    expect(await tryLogin(api, answer, '0000')).toEqual(['CAPTCHA_INVALID']);
    expect(await tryLogin(api, answer)).toEqual(['CAPTCHA_INVALID']);
  });

  it.skipIf(!enabled)('takes the digits in Arabic-Indic numerals', async () => {
    const api = t.client();
    expect(await tryLogin(api, await captcha(api), '٤٧٢١')).toEqual([]);
  });

  it.skipIf(!enabled)('refuses ids that are unknown or not ids at all', async () => {
    const api = t.client();
    expect(await tryLogin(api, { captchaId: '00000000-0000-4000-8000-000000000000', captchaCode: TEST_CAPTCHA, proofOfWork: null })).toEqual(['CAPTCHA_INVALID']);
    expect(await tryLogin(api, { captchaId: 'x'.repeat(500), captchaCode: TEST_CAPTCHA, proofOfWork: null })).toEqual(['CAPTCHA_INVALID']);
    // A proof of work solved for another image code does not make an unknown id acceptable.
    const other = await captcha(api);
    expect(await tryLogin(api, { ...other, captchaId: '00000000-0000-4000-8000-000000000000' })).toEqual(['CAPTCHA_INVALID']);
  });
});

describe.each(databases)('with CAPTCHA=off ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (enabled) t = await startTestApp({ database: kind, env: { CAPTCHA: 'off' } });
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('says so in authOptions and asks for neither an image code nor a proof of work', async () => {
    expect((await t.api.ok(AuthOptionsDocument)).authOptions).toMatchObject({ captchaRequired: false, proofOfWorkRequired: false });
    expect((await t.api.ok(NewCaptchaDocument)).newCaptcha.proofOfWork).toBeNull();
    const { register } = await t.api.ok(RegisterDocument, { input: await registrationInput(t.api, { captchaId: '', captchaCode: '', proofOfWork: null }) });
    expect(register).toMatchObject({ errors: [], captchaSpent: false });
  });
});
