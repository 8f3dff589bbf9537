import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthOptionsDocument, DigitalIdDocument, LogoutDocument, MeDocument, MyDocumentsDocument, RefreshSessionDocument, ResendCodeDocument } from './gql/graphql';
import { CITIZEN, login, PASSWORD, register } from './helpers/flows';
import type { GraphQLResponse } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const MINUTE = 60_000;
const GRAPHQL_RESPONSE_JSON = { accept: 'application/graphql-response+json' };
const PROTECTED = '{ myDocuments { __typename } }';

/** The one error of a response, asserted to be UNAUTHENTICATED; its `reason` (undefined when no token came). */
function refusal(res: GraphQLResponse<unknown>): unknown {
  expect(
    res.errors?.map((e) => e.extensions?.code),
    JSON.stringify(res.errors),
  ).toEqual(['UNAUTHENTICATED']);
  return res.errors![0].extensions!.reason;
}

describe.each(databases)('a token that no longer counts is refused and says why, with HTTP statuses a client can use ($kind)', ({ kind, enabled }) => {
  let t: TestApp;

  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind, env: { TRUST_PROXY: 'loopback', RATE_LIMITS: 'resend-address=2/900' } });
    await register(t, {}, t.client());
  });
  afterAll(async () => t?.stop());

  async function signedIn() {
    const api = t.client();
    const { session } = await login(t, 'mohammed.q', CITIZEN.mobile, PASSWORD, api);
    return { api, session: session! };
  }

  const withToken = (token: string | null, language = 'ar') => {
    const api = t.client();
    api.token = token;
    api.language = language;
    return api;
  };

  it.skipIf(!enabled)('with no token: `me` is null, protected fields ask to log in with a bare Bearer challenge', async () => {
    const api = withToken(null);
    const me = await api.request(MeDocument);
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toBeNull();
    expect(me.headers.get('www-authenticate')).toBeNull();

    const refused = await api.raw({ query: PROTECTED });
    expect(refusal(refused)).toBeUndefined();
    expect(refused.status).toBe(200);
    expect(refused.headers.get('www-authenticate')).toBe('Bearer');
    const strict = await api.raw({ query: PROTECTED }, GRAPHQL_RESPONSE_JSON);
    expect(strict.status).toBe(401);
    expect(strict.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(strict.headers.get('www-authenticate')).toBe('Bearer');
  });

  it.skipIf(!enabled)('an expired token: TOKEN_EXPIRED for `me` and protected fields; the refresh still works with it in the header', async () => {
    const { session } = await signedIn();
    t.clock.advance(11 * MINUTE);
    const api = withToken(session.accessToken);

    const me = await api.request(MeDocument);
    expect(refusal(me)).toBe('TOKEN_EXPIRED');
    expect(me.data).toEqual({ me: null });
    expect(me.headers.get('www-authenticate')).toBe('Bearer error="invalid_token", error_description="The access token expired"');
    expect(me.errors![0].message).toBe('انتهت صلاحية تسجيل الدخول. سجّل الدخول مرة أخرى.');

    const refused = await api.raw({ query: PROTECTED }, GRAPHQL_RESPONSE_JSON);
    expect(refusal(refused)).toBe('TOKEN_EXPIRED');
    expect(refused.status).toBe(401);
    expect(refused.data ?? null).toBeNull();
    expect(refused.headers.get('www-authenticate')).toBe('Bearer error="invalid_token", error_description="The access token expired"');
    // A field error leaves data (`me: null`): that is 200 under either media type (GraphQL over HTTP).
    expect((await api.request(MeDocument, undefined, GRAPHQL_RESPONSE_JSON)).status).toBe(200);

    // What the client does on TOKEN_EXPIRED: refresh (the stale token still in the header) and ask again.
    const renewed = await api.request(RefreshSessionDocument, { input: { refreshToken: session.refreshToken } });
    expect(renewed.errors).toBeUndefined();
    expect(renewed.data!.refreshSession.errors).toEqual([]);
    api.token = renewed.data!.refreshSession.session!.accessToken;
    expect((await api.ok(MeDocument)).me!.username).toBe('mohammed.q');
    expect((await api.request(MyDocumentsDocument)).errors).toBeUndefined();
  });

  it.skipIf(!enabled)('an invalid token — garbage, altered, another kind of our tokens, another scheme — is TOKEN_INVALID, never anonymous', async () => {
    const { api: owner, session } = await signedIn();
    const digitalId = (await owner.ok(DigitalIdDocument)).digitalId.token;
    const [header, payload, signature] = session.accessToken.split('.');
    const altered = `${header}.${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    for (const token of ['not-a-token', 'eyJhbGciOiJFZERTQSJ9.e30.AAAA', altered, digitalId]) {
      const api = withToken(token, 'en');
      const me = await api.request(MeDocument);
      expect(refusal(me), token).toBe('TOKEN_INVALID');
      expect(me.errors![0].message).toBe('Your sign-in could not be verified. Please log in again.');
      const refused = await api.raw({ query: PROTECTED }, GRAPHQL_RESPONSE_JSON);
      expect(refusal(refused)).toBe('TOKEN_INVALID');
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe('Bearer error="invalid_token", error_description="The access token is not valid"');
    }
    for (const authorization of ['Basic bW9oYW1tZWQucTpwYXNzd29yZA==', 'Bearer', 'Bearer two parts']) {
      const res = await t.client().request(MeDocument, undefined, { authorization });
      expect(refusal(res), authorization).toBe('TOKEN_INVALID');
    }
  });

  it.skipIf(!enabled)('a token of a session that ended is SESSION_ENDED; public fields still answer beside it', async () => {
    const { api, session } = await signedIn();
    expect((await api.request(LogoutDocument)).data!.logout.loggedOut).toBe(true);
    const stale = withToken(session.accessToken, 'en');
    const me = await stale.request(MeDocument);
    expect(refusal(me)).toBe('SESSION_ENDED');
    expect(me.errors![0].message).toBe('Your session has ended. Please log in again.');
    const refused = await stale.raw({ query: PROTECTED }, GRAPHQL_RESPONSE_JSON);
    expect(refusal(refused)).toBe('SESSION_ENDED');
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toBe('Bearer error="invalid_token", error_description="The session of the access token has ended"');
    // Fields anyone may read do not depend on the token, and answer.
    const options = await stale.request(AuthOptionsDocument);
    expect(options.errors).toBeUndefined();
    expect(options.data!.authOptions.captchaRequired).toBe(true);
    // Together with `me`: `me` is refused, the rest answers (a field error, not a refused request).
    const both = await stale.raw<{ me: null; authOptions: { captchaRequired: boolean } }>({ query: '{ me { id } authOptions { captchaRequired } }' }, GRAPHQL_RESPONSE_JSON);
    expect(refusal(both)).toBe('SESSION_ENDED');
    expect(both.status).toBe(200);
    expect(both.data).toEqual({ me: null, authOptions: { captchaRequired: true } });
  });

  it.skipIf(!enabled)('refusals before execution are 4xx under application/graphql-response+json and 200 under application/json', async () => {
    const api = withToken(null);
    const cases: { body: unknown; status: number; code: string }[] = [
      { body: { query: PROTECTED }, status: 401, code: 'UNAUTHENTICATED' },
      {
        body: { query: 'mutation { a: resendCode(input: { challengeId: "x" }) { errors { code } } b: resendCode(input: { challengeId: "y" }) { errors { code } } }' },
        status: 400,
        code: 'BAD_USER_INPUT',
      },
      { body: { query: '{ me { id ' }, status: 400, code: 'GRAPHQL_PARSE_FAILED' },
      { body: { query: '{ nope }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
      { body: { query: 'query ($id: ID!) { request(reference: $id) { id } }', variables: {} }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
    ];
    for (const { body, status, code } of cases) {
      const strict = await api.raw(body, GRAPHQL_RESPONSE_JSON);
      expect([strict.status, strict.errors?.[0]?.extensions?.code], JSON.stringify(body)).toEqual([status, code]);
      const legacy = await api.raw(body);
      expect([legacy.status, legacy.errors?.[0]?.extensions?.code], JSON.stringify(body)).toEqual([200, code]);
    }
  });

  it.skipIf(!enabled)('a rate-limited request is 429 with Retry-After and extensions.retryAfter under application/graphql-response+json', async () => {
    const api = withToken(null);
    const from = { 'x-forwarded-for': '198.51.100.77' };
    const resend = { input: { challengeId: '00000000-0000-4000-8000-000000000000' } };
    for (let i = 0; i < 2; i++) expect((await api.request(ResendCodeDocument, resend, from)).errors).toBeUndefined();
    const strict = await api.request(ResendCodeDocument, resend, { ...from, ...GRAPHQL_RESPONSE_JSON });
    expect(strict.status).toBe(429);
    const retryAfter = strict.errors![0].extensions!.retryAfter as number;
    expect(strict.errors![0].extensions!.code).toBe('RATE_LIMITED');
    expect(retryAfter).toBeGreaterThan(0);
    expect(Number(strict.headers.get('retry-after'))).toBe(retryAfter);
    expect(strict.errors![0].message).toBe(`محاولات كثيرة. حاول مرة أخرى بعد ${retryAfter} ثانية.`);
    const legacy = await api.request(ResendCodeDocument, resend, from);
    expect(legacy.status).toBe(200);
    expect(Number(legacy.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
