import { buildClientSchema, getIntrospectionQuery, getNamedType, isCompositeType, isNonNullType, IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, AuditEventType } from '../server/modules/audit/audit-event.entity';
import { LoginSession, RefreshGrace } from '../server/modules/identity/account.entity';
import { openPair } from '../server/modules/identity/refresh-grace';
import { sha256 } from '../server/shared/crypto';
import { identityMessages } from '../server/modules/identity/identity.errors';
import { buildAppSchema } from '../server/schema';
import { rootAccess } from '../server/shared/access';
import { LoginDocument, LogoutDocument, MeDocument, RefreshSessionDocument, VerifyLoginDocument } from './gql/graphql';
import { captcha, CITIZEN, login, PASSWORD, register } from './helpers/flows';
import { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const RATE_LIMITS = ['captcha-address', 'login-address', 'login-failure-address', 'register-address', 'sms-number', 'sms-address'].map((n) => `${n}=100000/3600`).join(',');
const MINUTE = 60_000;
/** Past the 10 seconds in which a refresh token traded a moment ago still answers the same pair. */
const GRACE_PASSED = 10_001;

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
    const declarations = rootAccess(await buildAppSchema());
    const field = Object.values(schema.getQueryType()!.getFields()).find((f) => declarations.get(f.name)?.who === 'signedIn' && !f.args.some((a) => isNonNullType(a.type)));
    if (field) protectedQuery = `{ ${field.name}${isCompositeType(getNamedType(field.type)) ? ' { __typename }' : ''} }`;
    // The portal has signed-in queries (notifications, documents, …); without one these checks would prove nothing.
    expect(protectedQuery).not.toBeNull();
  });
  afterAll(async () => t?.stop());

  /** A moment after every message sent so far has arrived: whatever arrives from now on is new. */
  async function settled(): Promise<number> {
    await t.app.drain();
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

  /** `me` with this access token: the account's user name, or why the token no longer counts (never a silent null). */
  async function meWith(accessToken: string): Promise<string> {
    const api = t.client();
    api.token = accessToken;
    const res = await api.request(MeDocument);
    if (res.data?.me) return res.data.me.username;
    expect(res.data?.me ?? null).toBeNull();
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    return String(res.errors![0].extensions!.reason);
  }

  async function expectProtectedRefused(accessToken: string, reason: string) {
    if (!protectedQuery) return;
    const api = t.client();
    api.token = accessToken;
    const res = await api.raw({ query: protectedQuery });
    expect(res.errors?.[0]?.extensions, protectedQuery).toMatchObject({ code: 'UNAUTHENTICATED', reason });
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token", error_description="[^"]+"$/);
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
    expect(await meWith(next.accessToken)).toBe('mohammed.q');
    await expectProtectedAllowed(next.accessToken);

    t.clock.advance(GRACE_PASSED);
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
    expect(await meWith(s2.accessToken)).toBe('mohammed.q');

    // A thief (or a stale tab) replays s1's refresh token, after the few seconds a second tab may take.
    t.clock.advance(GRACE_PASSED);
    expect((await refresh(t.client(), s1.refreshToken)).data!.refreshSession.errors.map((e) => e.code)).toEqual(['SESSION_EXPIRED']);
    // Everything of that session is over at once: the newest refresh token, every access token.
    expect((await refresh(t.client(), s2.refreshToken)).data!.refreshSession.errors.map((e) => e.code)).toEqual(['SESSION_EXPIRED']);
    expect(await meWith(s2.accessToken)).toBe('SESSION_ENDED');
    expect(await meWith(s0.accessToken)).toBe('SESSION_ENDED');
    await expectProtectedRefused(s2.accessToken, 'SESSION_ENDED');

    // The same person's other session goes on.
    expect(await meWith(other.session.accessToken)).toBe('mohammed.q');
    expect((await refresh(t.client(), other.session.refreshToken)).data!.refreshSession.errors).toEqual([]);

    const em = t.app.services.orm.em.fork();
    expect(await em.count(AuditEvent, { type: AuditEventType.REFRESH_TOKEN_REUSED })).toBeGreaterThanOrEqual(1);
    expect(await em.count(LoginSession, { endReason: { $ne: null } })).toBeGreaterThanOrEqual(1);
  });

  it.skipIf(!enabled)('answers simultaneous refreshes with the same token (two tabs) with one and the same new pair', async () => {
    const { session } = await signedIn();
    const answers = await Promise.all([1, 2, 3].map(() => refresh(t.client(), session.refreshToken)));
    for (const a of answers) {
      expect(a.errors).toBeUndefined();
      expect(a.data!.refreshSession.errors).toEqual([]);
    }
    const pairs = answers.map((a) => a.data!.refreshSession.session!);
    expect(new Set(pairs.map((p) => p.refreshToken)).size).toBe(1);
    expect(new Set(pairs.map((p) => p.accessToken)).size).toBe(1);
    expect(pairs[0].refreshToken).not.toBe(session.refreshToken);
    // One trade happened: the pair works, and its refresh token rotates on as usual.
    expect(await meWith(pairs[0].accessToken)).toBe('mohammed.q');
    const next = (await refresh(t.client(), pairs[0].refreshToken)).data!.refreshSession;
    expect(next.errors).toEqual([]);
    expect(await meWith(next.session!.accessToken)).toBe('mohammed.q');
  });

  it.skipIf(!enabled)('answers a retry within 10 seconds with the same pair, and ends the session on a reuse after that', async () => {
    const { session } = await signedIn();
    const first = (await refresh(t.client(), session.refreshToken)).data!.refreshSession.session!;
    t.clock.advance(9_000);
    const retried = await refresh(t.client(), session.refreshToken);
    expect(retried.data!.refreshSession.errors).toEqual([]);
    expect(retried.data!.refreshSession.session).toEqual(first);
    // The retry set the same cookie: the cookie-only web client continues with the same pair.
    expect(retried.headers.getSetCookie().find((c) => c.startsWith('absher_rt='))).toMatch(new RegExp(`^absher_rt=${first.refreshToken};`));

    t.clock.advance(1_001);
    const late = await refresh(t.client(), session.refreshToken);
    expect(late.data!.refreshSession.errors.map((e) => e.code)).toEqual(['SESSION_EXPIRED']);
    expect(await meWith(first.accessToken)).toBe('SESSION_ENDED');
    expect((await refresh(t.client(), first.refreshToken)).data!.refreshSession.errors.map((e) => e.code)).toEqual(['SESSION_EXPIRED']);
  });

  it.skipIf(!enabled)('keeps the pair of the grace window sealed, openable only with the traded token, and purges it afterwards', async () => {
    const { session } = await signedIn();
    const first = (await refresh(t.client(), session.refreshToken)).data!.refreshSession.session!;
    const em = t.app.services.orm.em.fork();
    const [row] = await em.find(RefreshGrace, { tokenHash: sha256(session.refreshToken!) });
    expect(row).toBeDefined();
    // Nothing of the pair is readable in the database: not the tokens, not their parts.
    for (const secret of [first.refreshToken!, first.accessToken, ...first.accessToken.split('.')]) expect(row.sealed).not.toContain(secret);
    expect(await openPair(first.refreshToken!, row.sealed)).toBeNull();
    expect((await openPair(session.refreshToken!, row.sealed))!.refreshToken).toBe(first.refreshToken);

    t.clock.advance(GRACE_PASSED);
    await t.app.services.sessions.purgeGrace(em);
    expect(await em.count(RefreshGrace, { tokenHash: row.tokenHash })).toBe(0);
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
    // Beside it, readable by the page and holding nothing secret: "a session may be restored here", as long-lived.
    const hint = res.headers.getSetCookie().find((c) => c.startsWith('absher_session='))!;
    const [hintPair, ...hintAttributes] = hint.split(';').map((s) => s.trim());
    expect(hintPair).toBe('absher_session=1');
    expect(hintAttributes.map((a) => a.toLowerCase())).toEqual(expect.arrayContaining(['secure', 'samesite=strict', 'path=/', expires!.toLowerCase()]));
    expect(hintAttributes.map((a) => a.toLowerCase())).not.toContain('httponly');
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
    expect(await meWith(two.data!.refreshSession.session!.accessToken)).toBe('mohammed.q');

    // The first cookie, replayed once the grace has passed, is a reuse.
    t.clock.advance(GRACE_PASSED);
    const replay = t.client();
    replay.cookie = firstCookie;
    expect((await refresh(replay)).data!.refreshSession.errors.map((e) => e.code)).toEqual(['SESSION_EXPIRED']);
    expect(await meWith(two.data!.refreshSession.session!.accessToken)).toBe('SESSION_ENDED');
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
    // The page's hint goes with it: the next visit is shown signed out without trying a refresh.
    const hintCleared = res.headers.getSetCookie().find((c) => c.startsWith('absher_session='))!;
    expect(hintCleared).toMatch(/^absher_session=;.*Path=\//);
    expect(Date.parse(/Expires=([^;]+)/i.exec(hintCleared)![1])).toBeLessThanOrEqual(Date.now());
    expect(api.cookie).toBeNull();

    expect(await meWith(session.accessToken)).toBe('SESSION_ENDED');
    await expectProtectedRefused(session.accessToken, 'SESSION_ENDED');
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
    expect(await meWith(session.accessToken)).toBe('SESSION_ENDED');
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
    expect(await meWith(session.accessToken)).toBe('mohammed.q');
    t.clock.advance(2 * MINUTE);
    expect(await meWith(session.accessToken)).toBe('TOKEN_EXPIRED');
    await expectProtectedRefused(session.accessToken, 'TOKEN_EXPIRED');
    const renewed = (await refresh(t.client(), session.refreshToken)).data!.refreshSession;
    expect(renewed.errors).toEqual([]);
    expect(await meWith(renewed.session!.accessToken)).toBe('mohammed.q');
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
