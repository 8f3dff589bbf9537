import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config';
import { AuditEvent, AuditEventType } from '../server/modules/audit/audit-event.entity';
import { MINUTE } from '../server/shared/clock';
import { parseNationalId } from '../server/shared/normalize';
import {
  AuthOptionsDocument,
  CompleteSsoRegistrationDocument,
  LinkSsoDocument,
  ReauthenticateDocument,
  RefreshSessionDocument,
  SsoLoginUrlDocument,
  SsoMeDocument,
  SsoPendingDocument,
  UnlinkSsoDocument,
  VerifyReauthenticationDocument,
} from './gql/graphql';
import { CITIZEN, DECEASED, DEMO, MINOR, PASSWORD, signedInAs } from './helpers/flows';
import { GraphQLClient } from './helpers/graphql-client';
import { freePort, IdTokenTamper, SSO_CLIENT_ID, SSO_CLIENT_SECRET, startTestProvider, TestBrowser, TestProvider } from './helpers/oidc-provider';
import { databases, startTestApp, TestApp } from './helpers/test-app';

/** A valid-looking ID (checksum right) that the demo registry does not hold. */
const UNKNOWN_ID = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => `109999999${d}`).find((id) => parseNationalId(id))!;

/**
 * The national single sign-on end to end, over real HTTP: a real OpenID Connect provider
 * (oidc-provider 8) on a loopback port, the portal as its relying party, and a cookie-keeping
 * client that follows every redirect by hand. Covers the log-in of a linked account, the short
 * registration, the explicit link and its removal, and each way a callback must sign nobody in.
 */
describe.each(databases)('national single sign-on ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let provider: TestProvider;
  let appUrl: string;
  let redirectUri: string;
  let fahd: GraphQLClient;

  beforeAll(async () => {
    if (!enabled) return;
    const port = await freePort();
    appUrl = `http://127.0.0.1:${port}`;
    redirectUri = `${appUrl}/auth/sso/callback`;
    // A short ID token life, so that moving the portal's clock 5 minutes expires it while the
    // 10-minute transaction cookie is still good.
    provider = await startTestProvider({ redirectUri, idTokenTtlSeconds: 60 });
    t = await startTestApp({
      database: kind,
      env: {
        PORT: String(port),
        PUBLIC_URL: appUrl,
        SSO_ISSUER: provider.issuer,
        SSO_CLIENT_ID,
        SSO_CLIENT_SECRET,
        SSO_REDIRECT_URI: redirectUri,
        SSO_SCOPE: 'openid national_id',
      },
    });
    // An account opened the usual way, before its holder ever used SSO.
    fahd = await signedInAs(t, { nationalId: DEMO.FAHD.nationalId, mobile: DEMO.FAHD.mobile });
  });
  afterAll(async () => {
    await t?.stop();
    await provider?.stop();
  });
  beforeEach(() => {
    if (provider) provider.tamper = null;
  });

  /** Starts SSO on the portal and walks through the provider up to (not into) the callback. */
  async function untilCallback(nationalId: string, browser = new TestBrowser()): Promise<{ browser: TestBrowser; callbackUrl: string }> {
    provider.logInAs(nationalId);
    const { ssoLoginUrl } = await t.api.ok(SsoLoginUrlDocument, { returnTo: '/services' });
    const callbackUrl = await browser.followUntil(ssoLoginUrl!, redirectUri);
    return { browser, callbackUrl };
  }

  async function callback(browser: TestBrowser, callbackUrl: string) {
    const res = await browser.get(callbackUrl);
    return { status: res.status, location: res.headers.get('location'), body: await res.text(), setCookies: res.headers.getSetCookie() };
  }

  async function expectRefused(result: Awaited<ReturnType<typeof callback>>, browser: TestBrowser, failure: string, check?: RegExp) {
    expect(result.status).toBe(failure === 'UNAVAILABLE' ? 503 : 400);
    expect(result.body).toContain(`data-sso-failure="${failure}"`);
    expect(result.location).toBeNull();
    expect(browser.cookie(appUrl, 'absher_rt')).toBeUndefined();
    expect(result.setCookies.some((c) => c.startsWith('absher_rt='))).toBe(false);
    const line = t.logs.filter((l) => l.includes('"callback-refused"')).at(-1)!;
    expect(JSON.parse(line)).toMatchObject({ reason: failure });
    if (check) expect(JSON.parse(line).check).toMatch(check);
  }

  /** The web client's next step after a successful callback: the refresh cookie buys a session. */
  async function sessionFrom(browser: TestBrowser): Promise<GraphQLClient> {
    const api = t.client();
    api.cookie = `absher_rt=${browser.cookie(appUrl, 'absher_rt')}`;
    const { refreshSession } = await api.ok(RefreshSessionDocument, { input: {} });
    expect(refreshSession.errors).toEqual([]);
    api.token = refreshSession.session!.accessToken;
    return api;
  }

  function fragment(location: string): URLSearchParams {
    return new URLSearchParams(location.slice(location.indexOf('#') + 1));
  }

  it.skipIf(!enabled)('shows SSO only when configured, with a login URL on this portal', async () => {
    const { ssoLoginUrl, authOptions } = await t.api.ok(SsoLoginUrlDocument, { returnTo: 'https://evil.example/' });
    expect(authOptions.ssoEnabled).toBe(true);
    expect(ssoLoginUrl).toBe(`${appUrl}/auth/sso/start`);
    const res = await new TestBrowser().get(`${appUrl}/auth/sso/start`);
    expect(res.status).toBe(302);
    const authorize = new URL(res.headers.get('location')!);
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('redirect_uri')).toBe(redirectUri);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('absher_sso='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\/auth\/sso/i);
    // Sealed, not merely signed: neither the verifier nor the state can be read from it.
    expect(cookie).not.toContain(authorize.searchParams.get('state')!);
  });

  it.skipIf(!enabled)('first SSO of a person without an account: short registration, then SSO signs straight in', async () => {
    const { browser, callbackUrl } = await untilCallback(CITIZEN.nationalId);
    const first = await callback(browser, callbackUrl);
    expect(first.status).toBe(302);
    expect(first.location).toMatch(/^\/sso\/register#/);
    expect(browser.cookie(appUrl, 'absher_rt')).toBeUndefined();
    const token = fragment(first.location!).get('token')!;
    expect(fragment(first.location!).get('returnTo')).toBe('/services');

    const api = t.client();
    api.language = 'en';
    const { ssoPending } = await api.ok(SsoPendingDocument, { token });
    expect(ssoPending).toMatchObject({ kind: 'REGISTER', firstName: 'Mohammed' });
    expect(ssoPending!.maskedMobile.slice(-2)).toBe(CITIZEN.mobile.slice(-2));

    const bad = await api.ok(CompleteSsoRegistrationDocument, {
      input: { token, username: '1x', email: 'm@example.sa', emailConfirmation: 'other@example.sa', acceptTerms: false },
    });
    expect(bad.completeSsoRegistration.session).toBeNull();
    expect(bad.completeSsoRegistration.errors.map((e) => [e.field, e.code])).toEqual([
      ['username', 'USERNAME_INVALID'],
      ['emailConfirmation', 'EMAIL_MISMATCH'],
      ['acceptTerms', 'TERMS_NOT_ACCEPTED'],
    ]);
    expect(bad.completeSsoRegistration.errors[0].message).toMatch(/user name/);
    const taken = await api.ok(CompleteSsoRegistrationDocument, {
      input: { token, username: `P${DEMO.FAHD.nationalId}`, email: 'm@example.sa', emailConfirmation: 'm@example.sa', acceptTerms: true },
    });
    expect(taken.completeSsoRegistration.errors.map((e) => e.code)).toEqual(['USERNAME_TAKEN']);
    const forged = await api.ok(CompleteSsoRegistrationDocument, {
      input: { token: `${token.slice(0, -3)}AAA`, username: 'mohammed.sso', email: 'm@example.sa', emailConfirmation: 'm@example.sa', acceptTerms: true },
    });
    expect(forged.completeSsoRegistration.errors.map((e) => e.code)).toEqual(['SSO_TOKEN_INVALID']);

    const input = { token, username: 'mohammed.sso', email: 'M@Example.sa', emailConfirmation: 'm@example.sa', preferredLanguage: 'EN' as const, acceptTerms: true };
    const done = await api.ok(CompleteSsoRegistrationDocument, { input });
    expect(done.completeSsoRegistration.errors).toEqual([]);
    expect(done.completeSsoRegistration.account).toMatchObject({ username: 'mohammed.sso', email: 'm@example.sa', preferredLanguage: 'EN', ssoLinked: true });
    expect(done.completeSsoRegistration.account!.maskedMobile.slice(-2)).toBe(CITIZEN.mobile.slice(-2));
    api.token = done.completeSsoRegistration.session!.accessToken;
    expect((await api.ok(SsoMeDocument)).me).toMatchObject({ username: 'mohammed.sso', ssoLinked: true });
    // The token opens one account, once.
    const again = await t.client().ok(CompleteSsoRegistrationDocument, { input: { ...input, username: 'mohammed.two' } });
    expect(again.completeSsoRegistration.errors.map((e) => e.code)).toEqual(['SSO_TOKEN_INVALID']);

    // From now on SSO opens the account at once: refresh cookie, back to where they started.
    const next = await untilCallback(CITIZEN.nationalId);
    const signedIn = await callback(next.browser, next.callbackUrl);
    expect(signedIn.status).toBe(302);
    expect(signedIn.location).toBe('/services');
    const rt = signedIn.setCookies.find((c) => c.startsWith('absher_rt='))!;
    expect(rt).toMatch(/HttpOnly/i);
    expect(rt).toMatch(/SameSite=Strict/i);
    expect(rt).toMatch(/Path=\/graphql/i);
    const session = await sessionFrom(next.browser);
    expect((await session.ok(SsoMeDocument)).me).toMatchObject({ username: 'mohammed.sso' });
  });

  it.skipIf(!enabled)('an existing account is linked only with its password, and unlinked only after password and code', async () => {
    const { browser, callbackUrl } = await untilCallback(DEMO.FAHD.nationalId);
    const first = await callback(browser, callbackUrl);
    expect(first.location).toMatch(/^\/sso\/link#/);
    expect(browser.cookie(appUrl, 'absher_rt')).toBeUndefined();
    const token = fragment(first.location!).get('token')!;
    const api = t.client();
    expect((await api.ok(SsoPendingDocument, { token })).ssoPending).toMatchObject({ kind: 'LINK' });
    // A registration token is not a link token, nor the other way round.
    const wrongKind = await api.ok(CompleteSsoRegistrationDocument, { input: { token, username: 'fahd.two', email: 'f@example.sa', emailConfirmation: 'f@example.sa', acceptTerms: true } });
    expect(wrongKind.completeSsoRegistration.errors.map((e) => e.code)).toEqual(['SSO_TOKEN_INVALID']);

    const wrong = await api.ok(LinkSsoDocument, { input: { token, password: 'Not the password 123' } });
    expect(wrong.linkSso.errors.map((e) => [e.field, e.code])).toEqual([['password', 'CURRENT_PASSWORD_WRONG']]);
    expect((await fahd.ok(SsoMeDocument)).me!.ssoLinked).toBe(false);
    const linked = await api.ok(LinkSsoDocument, { input: { token, password: PASSWORD } });
    expect(linked.linkSso.errors).toEqual([]);
    expect(linked.linkSso.account).toMatchObject({ username: `p${DEMO.FAHD.nationalId}`, ssoLinked: true });

    const again = await untilCallback(DEMO.FAHD.nationalId);
    const signedIn = await callback(again.browser, again.callbackUrl);
    expect(signedIn.location).toBe('/services');
    await sessionFrom(again.browser);

    // Unlinking: refused without a fresh re-authentication, done after password + SMS code.
    const refused = await fahd.ok(UnlinkSsoDocument);
    expect(refused.unlinkSso).toMatchObject({ unlinked: false, errors: [{ code: 'REAUTHENTICATION_REQUIRED' }] });
    const since = Date.now();
    const { reauthenticate } = await fahd.ok(ReauthenticateDocument, { input: { password: PASSWORD } });
    const code = await t.sms.codeFor(`+966${DEMO.FAHD.mobile.slice(1)}`, since);
    await fahd.ok(VerifyReauthenticationDocument, { input: { challengeId: reauthenticate.challenge!.id, code } });
    const unlinked = await fahd.ok(UnlinkSsoDocument);
    expect(unlinked.unlinkSso).toEqual({ unlinked: true, errors: [] });
    expect((await fahd.ok(UnlinkSsoDocument)).unlinkSso.errors.map((e) => e.code)).toEqual(['SSO_NOT_LINKED']);

    // Unlinked means SSO no longer opens it: the password is asked again.
    const after = await untilCallback(DEMO.FAHD.nationalId);
    expect((await callback(after.browser, after.callbackUrl)).location).toMatch(/^\/sso\/link#/);
    expect(after.browser.cookie(appUrl, 'absher_rt')).toBeUndefined();

    const me = (await fahd.ok(SsoMeDocument)).me!;
    const events = await t.app.services.orm.em
      .fork()
      .find(AuditEvent, { accountId: t.keyOf(me.id), type: { $in: [AuditEventType.SSO_LINKED, AuditEventType.SSO_UNLINKED] } }, { orderBy: { id: 'asc' } });
    expect(events.map((e) => e.type)).toEqual([AuditEventType.SSO_LINKED, AuditEventType.SSO_UNLINKED]);
  });

  it.skipIf(!enabled)('refuses a missing, forged or foreign state and a missing or altered transaction cookie', async () => {
    const { browser, callbackUrl } = await untilCallback(CITIZEN.nationalId);
    const withoutState = new URL(callbackUrl);
    withoutState.searchParams.delete('state');
    await expectRefused(await callback(browser, withoutState.href), browser, 'STATE_MISMATCH');

    const { browser: b2, callbackUrl: u2 } = await untilCallback(CITIZEN.nationalId);
    const forged = new URL(u2);
    forged.searchParams.set('state', 'forged-state-value');
    await expectRefused(await callback(b2, forged.href), b2, 'STATE_MISMATCH');

    // A callback that belongs to someone else's browser (login CSRF): their code, this cookie.
    const victim = new TestBrowser();
    await victim.get(`${appUrl}/auth/sso/start`);
    const { callbackUrl: attackers } = await untilCallback(CITIZEN.nationalId);
    await expectRefused(await callback(victim, attackers), victim, 'STATE_MISMATCH');

    const { callbackUrl: u3 } = await untilCallback(CITIZEN.nationalId);
    const noCookie = new TestBrowser();
    await expectRefused(await callback(noCookie, u3), noCookie, 'TRANSACTION_MISSING');

    // The provider's own refusal (the person cancelled) comes back with the right state.
    const { browser: b5, callbackUrl: u5 } = await untilCallback(CITIZEN.nationalId);
    const cancelled = new URL(redirectUri);
    cancelled.search = new URLSearchParams({ error: 'access_denied', state: new URL(u5).searchParams.get('state')! }).toString();
    await expectRefused(await callback(b5, cancelled.href), b5, 'PROVIDER_REFUSED');

    const { browser: b4, callbackUrl: u4 } = await untilCallback(CITIZEN.nationalId);
    const sealed = b4.cookie(appUrl, 'absher_sso')!;
    b4.setCookie(appUrl, 'absher_sso', `${sealed.slice(0, -2)}${sealed.endsWith('AA') ? 'BB' : 'AA'}`);
    await expectRefused(await callback(b4, u4), b4, 'TRANSACTION_MISSING');
  });

  it.skipIf(!enabled)('refuses a replayed code', async () => {
    const { browser, callbackUrl } = await untilCallback(CITIZEN.nationalId);
    const sealed = browser.cookie(appUrl, 'absher_sso')!;
    expect((await callback(browser, callbackUrl)).location).toBe('/services');
    const replay = new TestBrowser();
    replay.setCookie(appUrl, 'absher_sso', sealed);
    await expectRefused(await callback(replay, callbackUrl), replay, 'TOKEN_REJECTED', /invalid_grant/);
  });

  it.skipIf(!enabled)('accepts an ID token re-signed unchanged by the provider key (the tamper harness itself)', async () => {
    provider.tamper = (payload) => ({ payload });
    const { browser, callbackUrl } = await untilCallback(CITIZEN.nationalId);
    expect((await callback(browser, callbackUrl)).location).toBe('/services');
    expect(provider.tampered).toBeGreaterThan(0);
  });

  it.skipIf(!enabled)('refuses an ID token with another nonce, signed by another key, or for another audience', async () => {
    const cases: [IdTokenTamper, RegExp][] = [
      [(payload) => ({ payload: { ...payload, nonce: 'a-nonce-from-another-flow' } }), /:nonce$/],
      [(payload) => ({ payload, signWith: 'foreign' }), /^OAUTH_INVALID_RESPONSE \(JWT signature verification failed\)$/],
      [(payload) => ({ payload: { ...payload, aud: 'some-other-client' } }), /:aud$/],
    ];
    for (const [tamper, check] of cases) {
      const before = provider.tampered;
      provider.tamper = tamper;
      const { browser, callbackUrl } = await untilCallback(CITIZEN.nationalId);
      await expectRefused(await callback(browser, callbackUrl), browser, 'TOKEN_REJECTED', check);
      expect(provider.tampered).toBe(before + 1);
    }
  });

  it.skipIf(!enabled)('refuses an expired ID token', async () => {
    const { browser, callbackUrl } = await untilCallback(CITIZEN.nationalId);
    t.clock.advance(5 * MINUTE);
    try {
      await expectRefused(await callback(browser, callbackUrl), browser, 'TOKEN_REJECTED', /TIMESTAMP_CHECK_FAILED:exp$/);
    } finally {
      t.clock.advance(-5 * MINUTE);
    }
  });

  it.skipIf(!enabled)('refuses unknown, deceased and under-17 people with a page in their language', async () => {
    for (const [id, failure] of [
      [UNKNOWN_ID, 'NOT_IN_REGISTRY'],
      [DECEASED.nationalId, 'DECEASED'],
      [MINOR.nationalId, 'UNDER_AGE'],
    ] as const) {
      const { browser, callbackUrl } = await untilCallback(id);
      await expectRefused(await callback(browser, callbackUrl), browser, failure);
    }
    const arabic = new TestBrowser('ar-SA,ar;q=0.9');
    const { callbackUrl } = await untilCallback(MINOR.nationalId, arabic);
    const page = await callback(arabic, callbackUrl);
    expect(page.body).toContain('<html lang="ar" dir="rtl">');
    expect(page.body.indexOf('17 سنة')).toBeLessThan(page.body.indexOf('17 years'));
    const english = new TestBrowser('ar');
    english.setCookie(appUrl, 'lang', 'en');
    const { callbackUrl: u2 } = await untilCallback(MINOR.nationalId, english);
    expect((await callback(english, u2)).body).toContain('<html lang="en" dir="ltr">');
  });

  it.skipIf(!enabled)('writes no code, token or full national ID to the logs or the audit', async () => {
    const { browser, callbackUrl } = await untilCallback(DECEASED.nationalId);
    const code = new URL(callbackUrl).searchParams.get('code')!;
    const sealed = browser.cookie(appUrl, 'absher_sso')!;
    await callback(browser, callbackUrl);
    const logs = t.logs.join('\n');
    for (const secret of [code, sealed, DECEASED.nationalId, MINOR.nationalId, UNKNOWN_ID, CITIZEN.nationalId]) expect(logs).not.toContain(secret);
    const audit = JSON.stringify(await t.app.services.orm.em.fork().find(AuditEvent, { type: AuditEventType.SSO_LOGIN_FAILED }));
    expect(audit).toContain('DECEASED');
    for (const secret of [code, DECEASED.nationalId, MINOR.nationalId, UNKNOWN_ID]) expect(audit).not.toContain(secret);
  });
});

describe('national single sign-on configuration', () => {
  const base = { SSO_ISSUER: 'https://sso.example.sa', SSO_CLIENT_ID: 'absher', SSO_CLIENT_SECRET: 'secret', SSO_REDIRECT_URI: 'https://absher.example.sa/auth/sso/callback' };

  it('is off without SSO_ISSUER and validated with it', () => {
    expect(loadConfig({}).sso).toBeUndefined();
    expect(loadConfig(base).sso).toMatchObject({ clientId: 'absher', nationalIdClaim: 'national_id', scope: 'openid' });
    expect(() => loadConfig({ ...base, SSO_CLIENT_ID: '' })).toThrow(/SSO_CLIENT_ID/);
    expect(() => loadConfig({ ...base, SSO_PRIVATE_KEY: '{"kty":"EC"}' })).toThrow(/exactly one of SSO_CLIENT_SECRET/);
    expect(() => loadConfig({ ...base, SSO_CLIENT_SECRET: '', SSO_PRIVATE_KEY: '{"kty":"EC"}' })).toThrow(/private JWK/);
    expect(() => loadConfig({ ...base, SSO_REDIRECT_URI: 'https://absher.example.sa/elsewhere' })).toThrow(/auth\/sso\/callback/);
    expect(() => loadConfig({ ...base, SSO_SCOPE: 'profile' })).toThrow(/openid/);
  });

  it('authenticates to the provider with private_key_jwt, and reads the national ID from userinfo when the ID token lacks it', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const privateJwk = { ...(await exportJWK(privateKey)), kid: 'portal-key-1', alg: 'ES256' };
    const port = await freePort();
    const redirectUri = `http://127.0.0.1:${port}/auth/sso/callback`;
    const provider = await startTestProvider({
      redirectUri,
      clientPublicJwk: { ...(await exportJWK(publicKey)), kid: 'portal-key-1', alg: 'ES256', use: 'sig' },
      nationalIdInUserinfoOnly: true,
    });
    const idTokens: Record<string, unknown>[] = [];
    provider.tamper = (payload) => {
      idTokens.push(payload);
      return { payload };
    };
    const t = await startTestApp({
      env: { PORT: String(port), SSO_ISSUER: provider.issuer, SSO_CLIENT_ID, SSO_PRIVATE_KEY: JSON.stringify(privateJwk), SSO_REDIRECT_URI: redirectUri, SSO_SCOPE: 'openid national_id' },
    });
    try {
      provider.logInAs(CITIZEN.nationalId);
      const browser = new TestBrowser();
      const callbackUrl = await browser.followUntil(`${t.url}/auth/sso/start`, redirectUri);
      const res = await browser.get(callbackUrl);
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toMatch(/^\/sso\/register#token=/);
      expect(idTokens).toHaveLength(1);
      expect(idTokens[0]).not.toHaveProperty('national_id');
    } finally {
      await t.stop();
      await provider.stop();
    }
  });

  it('keeps serving when the provider is down, and says so on the SSO path', async () => {
    const port = await freePort();
    const t = await startTestApp({
      env: {
        SSO_ISSUER: `http://127.0.0.1:${port}`,
        SSO_CLIENT_ID: SSO_CLIENT_ID,
        SSO_CLIENT_SECRET: SSO_CLIENT_SECRET,
        SSO_REDIRECT_URI: 'http://127.0.0.1:1/auth/sso/callback',
        RATE_LIMITS: 'login-address=2/600',
      },
    });
    try {
      expect((await t.api.ok(AuthOptionsDocument)).authOptions.ssoEnabled).toBe(true);
      const res = await new TestBrowser().get(`${t.url}/auth/sso/start`);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('data-sso-failure="UNAVAILABLE"');
      // Callbacks are limited per address like log-ins: the third of this minute is refused unread.
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await new TestBrowser().get(`${t.url}/auth/sso/callback?code=x&state=y`)).status);
      expect(statuses).toEqual([400, 400, 429]);
    } finally {
      await t.stop();
    }
  });
});
