import { buildClientSchema, getIntrospectionQuery, getNamedType, isCompositeType, isNonNullType, IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, AuditEventType } from '../server/modules/audit/audit-event.entity';
import { LoginSession } from '../server/modules/identity/account.entity';
import { identityMessages } from '../server/modules/identity/identity.errors';
import { publicOperations } from '../server/modules';
import { LoginDocument, LogoutDocument, MeDocument, RefreshSessionDocument, VerifyLoginDocument } from './gql/graphql';
import { captcha, CITIZEN, login, PASSWORD, register } from './helpers/flows';
import { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const RATE_LIMITS = ['captcha-address', 'login-address', 'login-failure-address', 'register-address', 'sms-number', 'sms-address'].map((n) => `${n}=100000/3600`).join(',');
const MINUTE = 60_000;

describe.each(databases)('sessions and refresh tokens ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  /** A root query that needs a session and no arguments, as a document; null if the schema has none. */
  let protectedQuery: string | null = null;

  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind, env: { RATE_LIMITS } });
    await register(t, {}, t.client());
    const { data } = await t.api.raw<IntrospectionQuery>({ query: getIntrospectionQuery() });
    const schema = buildClientSchema(data!);
    const field = Object.values(schema.getQueryType()!.getFields()).find((f) => !publicOperations.has(f.name) && !f.args.some((a) => isNonNullType(a.type)));
    if (field) protectedQuery = `{ ${field.name}${isCompositeType(getNamedType(field.type)) ? ' { __typename }' : ''} }`;
    // The portal has signed-in queries (notifications, documents, …); without one these checks would prove nothing.
    expect(protectedQuery).not.toBeNull();
  });
  afterAll(async () => t?.stop());

  /** A moment after every message sent so far has arrived: whatever arrives from now on is new. */
  async function settled(): Promise<number> {
    await t.app.services.notifier.drain();
    await new Promise((resolve) => setTimeout(resolve, 2));
    return Date.now();
  }

  /** A fresh browser-like client, signed in as the demo citizen. */
  async function signedIn() {
    const api = t.client();
    const { session } = await login(t, 'mohammed.q', CITIZEN.mobile, PASSWORD, api);
    return { api, session: session! };
  }

  const refresh = (api: GraphQLClient, refreshToken?: string | null, headers?: Record<string, string>) =>
    api.request(RefreshSessionDocument, { input: refreshToken === undefined ? {} : { refreshToken } }, headers);

  async function meWith(accessToken: string) {
    const api = t.client();
    api.token = accessToken;
    return (await api.ok(MeDocument)).me;
  }

  async function expectProtectedRefused(accessToken: string) {
    if (!protectedQuery) return;
    const api = t.client();
    api.token = accessToken;
    const res = await api.raw({ query: protectedQuery });
    expect(res.errors?.[0]?.extensions?.code, protectedQuery).toBe('UNAUTHENTICATED');
  }

  async function expectProtectedAllowed(accessToken: string) {
    if (!protectedQuery) return;
    const api = t.client();
    api.token = accessToken;
    const res = await api.raw({ query: protectedQuery });
    expect(res.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('UNAUTHENTICATED');
  }

  it.skipIf(!enabled)('rotates: a refresh gives a new pair and the used refresh token is refused', async () => {
    const { api, session } = await signedIn();
    const res = await refresh(api, session.refreshToken);
    const next = res.data!.refreshSession.session!;
    expect(res.data!.refreshSession.errors).toEqual([]);
    expect(next.accessToken).not.toBe(session.accessToken);
    expect(next.refreshToken).not.toBe(session.refreshToken);
    expect(next.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await meWith(next.accessToken))!.username).toBe('mohammed.q');
    await expectProtectedAllowed(next.accessToken);

    const reused = await refresh(t.client(), session.refreshToken);
    expect(reused.data!.refreshSession).toEqual({
      session: null,
      errors: [{ field: 'refreshToken', code: 'SESSION_EXPIRED', message: identityMessages.SESSION_EXPIRED.ar }],
    });
  });

  it.skipIf(!enabled)('ends the whole family when an old refresh token comes back, and only that family', async () => {
    const { session: s0 } = await signedIn();
    const other = await signedIn();
    const s1 = (await refresh(t.client(), s0.refreshToken)).data!.refreshSession.session!;
    const s2 = (await refresh(t.client(), s1.refreshToken)).data!.refreshSession.session!;
    expect(await meWith(s2.accessToken)).not.toBeNull();

    // A thief (or a stale tab) replays s1's refresh token.
    expect((await refresh(t.client(), s1.refreshToken)).data!.refreshSession.errors.map((e) => e.code)).toEqual(['SESSION_EXPIRED']);
    // Everything of that session is over at once: the newest refresh token, every access token.
    expect((await refresh(t.client(), s2.refreshToken)).data!.refreshSession.errors.map((e) => e.code)).toEqual(['SESSION_EXPIRED']);
    expect(await meWith(s2.accessToken)).toBeNull();
    expect(await meWith(s0.accessToken)).toBeNull();
    await expectProtectedRefused(s2.accessToken);

    // The same person's other session goes on.
    expect((await meWith(other.session.accessToken))!.username).toBe('mohammed.q');
    expect((await refresh(t.client(), other.session.refreshToken)).data!.refreshSession.errors).toEqual([]);

    const em = t.app.services.orm.em.fork();
    expect(await em.count(AuditEvent, { type: AuditEventType.REFRESH_TOKEN_REUSED })).toBeGreaterThanOrEqual(1);
    expect(await em.count(LoginSession, { endReason: { $ne: null } })).toBeGreaterThanOrEqual(1);
  });

  it.skipIf(!enabled)('lets one of two simultaneous refreshes with the same token through', async () => {
    const { session } = await signedIn();
    const answers = await Promise.all([refresh(t.client(), session.refreshToken), refresh(t.client(), session.refreshToken)]);
    for (const a of answers) expect(a.errors).toBeUndefined();
    expect(answers.filter((a) => a.data!.refreshSession.session).length).toBeLessThanOrEqual(1);
  });

  it.skipIf(!enabled)('sets the refresh token as an HttpOnly, Secure, SameSite=Strict cookie for /graphql', async () => {
    const api = t.client();
    const since = await settled();
    const { login: started } = await api.ok(LoginDocument, { input: { identifier: 'mohammed.q', password: PASSWORD, ...(await captcha(api)) } });
    const code = await t.sms.codeFor(CITIZEN.mobile, since);
    const res = await api.request(VerifyLoginDocument, { input: { challengeId: started.challenge!.id, code } });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('absher_rt='))!;
    expect(cookie).toBeDefined();
    const [pair, ...attributes] = cookie.split(';').map((s) => s.trim());
    expect(pair).toBe(`absher_rt=${res.data!.verifyLogin.session!.refreshToken}`);
    const attrs = attributes.map((a) => a.toLowerCase());
    expect(attrs).toContain('httponly');
    expect(attrs).toContain('secure');
    expect(attrs).toContain('samesite=strict');
    expect(attrs).toContain('path=/graphql');
    const expires = attributes.find((a) => a.toLowerCase().startsWith('expires='));
    expect(Date.parse(expires!.slice('expires='.length))).toBeGreaterThan(Date.now());
  });

  it.skipIf(!enabled)('refreshes with the cookie alone, rotating the cookie each time', async () => {
    const { api } = await signedIn();
    api.token = null;
    const firstCookie = api.cookie;
    expect(firstCookie).toMatch(/^absher_rt=/);
    const one = await refresh(api);
    expect(one.data!.refreshSession.errors).toEqual([]);
    expect(api.cookie).not.toBe(firstCookie);
    expect(api.cookie).toBe(`absher_rt=${one.data!.refreshSession.session!.refreshToken}`);
    const two = await refresh(api);
    expect(two.data!.refreshSession.errors).toEqual([]);
    expect((await meWith(two.data!.refreshSession.session!.accessToken))!.username).toBe('mohammed.q');

    // The first cookie, replayed, is a reuse.
    const replay = t.client();
    replay.cookie = firstCookie;
    expect((await refresh(replay)).data!.refreshSession.errors.map((e) => e.code)).toEqual(['SESSION_EXPIRED']);
    expect(await meWith(two.data!.refreshSession.session!.accessToken)).toBeNull();
  });

  it.skipIf(!enabled)('keeps the refresh token out of the body for X-Refresh-Token: cookie-only', async () => {
    const api = t.client();
    const since = await settled();
    const { login: started } = await api.ok(LoginDocument, { input: { identifier: 'mohammed.q', password: PASSWORD, ...(await captcha(api)) } });
    const code = await t.sms.codeFor(CITIZEN.mobile, since);
    const res = await api.request(VerifyLoginDocument, { input: { challengeId: started.challenge!.id, code } }, { 'x-refresh-token': 'cookie-only' });
    expect(res.data!.verifyLogin.session!.refreshToken).toBeNull();
    expect(res.data!.verifyLogin.session!.accessToken).toBeTruthy();
    expect(api.cookie).toMatch(/^absher_rt=[A-Za-z0-9_-]{43}$/);
    const refreshed = await refresh(api, undefined, { 'x-refresh-token': 'cookie-only' });
    expect(refreshed.data!.refreshSession.errors).toEqual([]);
    expect(refreshed.data!.refreshSession.session!.refreshToken).toBeNull();
    expect(refreshed.data!.refreshSession.session!.accessToken).toBeTruthy();
  });

  it.skipIf(!enabled)('logs out at once: the access token no longer counts, the refresh token and cookie are gone', async () => {
    const { api, session } = await signedIn();
    await expectProtectedAllowed(session.accessToken);
    const res = await api.request(LogoutDocument);
    expect(res.data!.logout.loggedOut).toBe(true);
    const cleared = res.headers.getSetCookie().find((c) => c.startsWith('absher_rt='))!;
    expect(cleared).toMatch(/^absher_rt=;/);
    expect(Date.parse(/Expires=([^;]+)/i.exec(cleared)![1])).toBeLessThanOrEqual(Date.now());
    expect(api.cookie).toBeNull();

    expect(await meWith(session.accessToken)).toBeNull();
    await expectProtectedRefused(session.accessToken);
    expect((await refresh(t.client(), session.refreshToken)).data!.refreshSession.errors.map((e) => e.code)).toEqual(['SESSION_EXPIRED']);
    const em = t.app.services.orm.em.fork();
    expect(await em.count(AuditEvent, { type: AuditEventType.LOGOUT })).toBeGreaterThanOrEqual(1);
  });

  it.skipIf(!enabled)('logs out with the refresh cookie alone once the access token has lapsed, ending that session', async () => {
    const { api, session } = await signedIn();
    const cookie = api.cookie;
    api.token = null;
    const res = await api.request(LogoutDocument);
    expect(res.data!.logout.loggedOut).toBe(true);
    expect(api.cookie).toBeNull();
    const replay = t.client();
    replay.cookie = cookie;
    expect((await refresh(replay)).data!.refreshSession.errors.map((e) => e.code)).toEqual(['SESSION_EXPIRED']);
    expect(await meWith(session.accessToken)).toBeNull();
  });

  it.skipIf(!enabled)('logout without a session answers loggedOut and harms nothing', async () => {
    const res = await t.client().request(LogoutDocument);
    expect(res.errors).toBeUndefined();
    expect(res.data!.logout.loggedOut).toBe(true);
  });

  it.skipIf(!enabled)('refuses refresh tokens that are empty, malformed or unknown, with no server error', async () => {
    for (const token of ['', 'x', 'a'.repeat(43), '../../etc/passwd', 'a'.repeat(10_000)]) {
      const res = await refresh(t.client(), token);
      expect(res.status).toBe(200);
      expect(res.data!.refreshSession.errors.map((e) => e.code)).toEqual(['SESSION_EXPIRED']);
    }
    expect((await refresh(t.client())).data!.refreshSession.errors.map((e) => e.code)).toEqual(['SESSION_EXPIRED']);
  });

  it.skipIf(!enabled)('lets an access token lapse after about 10 minutes while the refresh token still renews it', async () => {
    const { session } = await signedIn();
    t.clock.advance(9 * MINUTE);
    expect(await meWith(session.accessToken)).not.toBeNull();
    t.clock.advance(2 * MINUTE);
    expect(await meWith(session.accessToken)).toBeNull();
    const renewed = (await refresh(t.client(), session.refreshToken)).data!.refreshSession;
    expect(renewed.errors).toEqual([]);
    expect(await meWith(renewed.session!.accessToken)).not.toBeNull();
  });

  it.skipIf(!enabled)('ends a session left idle past SESSION_IDLE_MINUTES (30)', async () => {
    const { session } = await signedIn();
    t.clock.advance(31 * MINUTE);
    expect((await refresh(t.client(), session.refreshToken)).data!.refreshSession.errors.map((e) => e.code)).toEqual(['SESSION_EXPIRED']);
  });

  it.skipIf(!enabled)('ends a session at its absolute lifetime (12 hours) however often it is refreshed', async () => {
    let { session } = await signedIn();
    const started = t.clock.now().getTime();
    let refused = false;
    while (t.clock.now().getTime() - started < 13 * 60 * MINUTE) {
      t.clock.advance(25 * MINUTE);
      const next = (await refresh(t.client(), session.refreshToken)).data!.refreshSession;
      if (!next.session) {
        refused = true;
        break;
      }
      session = { ...session, ...next.session };
    }
    expect(refused).toBe(true);
    const lived = t.clock.now().getTime() - started;
    expect(lived).toBeGreaterThan(11 * 60 * MINUTE);
    expect(lived).toBeLessThanOrEqual(12 * 60 * MINUTE + 25 * MINUTE);
  });
});
