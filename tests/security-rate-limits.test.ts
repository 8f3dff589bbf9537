import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Challenge } from '../server/modules/identity/challenge.entity';
import { LoginDocument, NewCaptchaDocument, ResendCodeDocument } from './gql/graphql';
import { captcha as answeredCaptcha, CITIZEN, PASSWORD, register } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

function rateLimited(res: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) {
  const error = res.errors?.find((e) => e.extensions?.code === 'RATE_LIMITED');
  expect(error, JSON.stringify(res.errors)).toBeDefined();
  expect(error!.extensions!.retryAfter).toBeGreaterThan(0);
  return error!;
}

let next = 0;
/** An image code fetched from an address of its own, so that fetching it counts against no limit under test. */
function captcha(api: GraphQLClient) {
  return answeredCaptcha(api, { 'x-forwarded-for': `203.0.113.${++next}` });
}

describe.each(databases)('rate limits ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (enabled)
      t = await startTestApp({
        database: kind,
        // Tight limits so that a test reaches each one quickly; the defaults are in rate-limit-policy.ts.
        env: { TRUST_PROXY: 'loopback', RATE_LIMITS: 'captcha-address=3/900,sms-number=3/3600,sms-address=6/3600,login-failure-address=3/900,resend-address=1/3600' },
      });
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('limits image codes per client address, with retry-after, in the caller’s language', async () => {
    const api = t.client();
    const from = { 'x-forwarded-for': '198.51.100.1' };
    for (let i = 0; i < 3; i++) expect((await api.request(NewCaptchaDocument, {}, from)).errors).toBeUndefined();
    const limited = await api.request(NewCaptchaDocument, {}, from);
    expect(limited.status).toBe(200);
    const error = rateLimited(limited);
    expect(error.message).toMatch(/محاولات كثيرة/);
    expect(Number(limited.headers.get('retry-after'))).toBe(error.extensions!.retryAfter);
    api.language = 'en';
    expect(rateLimited(await api.request(NewCaptchaDocument, {}, from)).message).toMatch(/^Too many attempts\. Try again in \d+ seconds\.$/);
    // Hiding the field in a fragment does not escape the limit.
    rateLimited(await api.raw({ query: 'mutation { ... on Mutation { newCaptcha { id } } }' }, from));
    // Another address is not affected.
    expect((await api.request(NewCaptchaDocument, {}, { 'x-forwarded-for': '198.51.100.2' })).errors).toBeUndefined();
  });

  it.skipIf(!enabled)('caps SMS per number: the capped log-in writes no challenge and sends nothing', async () => {
    const api = t.client();
    const from = { 'x-forwarded-for': '198.51.100.10' };
    await register(t, {}, api); // SMS 1 to the citizen's number
    const loginOnce = async (address: string) => api.request(LoginDocument, { input: { identifier: CITIZEN.nationalId, password: PASSWORD, ...(await captcha(api)) } }, { 'x-forwarded-for': address });
    expect((await loginOnce('198.51.100.11')).data?.login.challenge).toBeTruthy(); // SMS 2
    expect((await loginOnce('198.51.100.12')).data?.login.challenge).toBeTruthy(); // SMS 3
    const challengesBefore = await t.app.services.orm.em.fork().count(Challenge, {});
    const smsBefore = (await t.sms.allTo(CITIZEN.mobile, 3)).length;
    rateLimited(await loginOnce(from['x-forwarded-for']));
    expect(await t.app.services.orm.em.fork().count(Challenge, {})).toBe(challengesBefore);
    await new Promise((r) => setTimeout(r, 200));
    expect(t.sms.messages.filter((m) => m.to === CITIZEN.mobile).length).toBe(smsBefore);
  });

  it.skipIf(!enabled)('caps resends per client address', async () => {
    const api = t.client();
    const from = { 'x-forwarded-for': '198.51.100.20' };
    const challengeId = '00000000-0000-4000-8000-000000000000';
    // The first resend is counted (and refused for its own reason), the second is limited.
    const first = await api.request(ResendCodeDocument, { input: { challengeId } }, from);
    expect(first.data?.resendCode.errors[0].code).toBe('CHALLENGE_NOT_FOUND');
    rateLimited(await api.request(ResendCodeDocument, { input: { challengeId } }, from));
  });

  it.skipIf(!enabled)('throttles wrong passwords per client address across accounts (credential stuffing)', async () => {
    const api = t.client();
    const from = { 'x-forwarded-for': '198.51.100.30' };
    for (const identifier of ['nobody.one', 'nobody.two', 'nobody.three']) {
      const res = await api.request(LoginDocument, { input: { identifier, password: 'wrong password 123', ...(await captcha(api)) } }, from);
      expect(res.data?.login.errors[0].code).toBe('INVALID_CREDENTIALS');
    }
    rateLimited(await api.request(LoginDocument, { input: { identifier: 'nobody.four', password: 'x', ...(await captcha(api)) } }, from));
  });
});
