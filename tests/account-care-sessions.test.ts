import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE } from '../server/shared/clock';
import { LogoutDocument, MeDocument, MyActivityDocument, type MyActivityQuery, MySessionsDocument, RefreshSessionDocument, RevokeOtherSessionsDocument, RevokeSessionDocument } from './gql/graphql';
import { CITIZEN, PASSWORD, RESIDENT, login, register } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

describe.each(databases)('account care: sessions and security history ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (enabled) t = await startTestApp({ database: kind });
  });
  afterAll(async () => t?.stop());

  /** A second browser of the same person, with its own User-Agent. */
  const browser = async (device: string): Promise<GraphQLClient> => {
    const api = t.client();
    const original = api.raw.bind(api);
    api.raw = (body, headers = {}) => original(body, { 'user-agent': device, ...headers });
    await login(t, 'mohammed.q', CITIZEN.mobile, PASSWORD, api);
    return api;
  };

  /** `me` from a client whose session was ended: refused as such (not answered as anonymous). */
  const endedFor = async (api: GraphQLClient) => {
    const res = await api.request(MeDocument);
    expect(res.data?.me ?? null).toBeNull();
    expect(res.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' })]);
    return true;
  };

  it.skipIf(!enabled)('lists the live sessions with device, address, times and which is current', async () => {
    await register(t);
    const phone = await browser('Mozilla/5.0 (iPhone) Safari');
    const { mySessions } = await t.api.ok(MySessionsDocument);
    expect(mySessions.nodes).toHaveLength(2);
    expect(mySessions.nodes.filter((s) => s.current)).toHaveLength(1);
    const other = mySessions.nodes.find((s) => !s.current)!;
    // The User-Agent as sent, and read into words in both languages (no browser we know, the system we do).
    expect(other).toMatchObject({ device: 'Mozilla/5.0 (iPhone) Safari', deviceNameEn: 'A browser on iOS', deviceNameAr: 'متصفح على آي أو إس', clientAddress: '127.0.0.1' });
    expect(Date.parse(other.createdAt)).toBeLessThanOrEqual(Date.parse(other.lastUsedAt));
    expect((await phone.ok(MySessionsDocument)).mySessions.nodes.find((s) => s.current)!.id).toBe(other.id);
  });

  it.skipIf(!enabled)('revoking another session takes effect at once for its access token, on this instance', async () => {
    const tablet = await browser('Tablet/1.0');
    // Used first, so this instance has it cached as live.
    expect((await tablet.ok(MeDocument)).me?.username).toBe('mohammed.q');
    const target = (await tablet.ok(MySessionsDocument)).mySessions.nodes.find((s) => s.current)!;
    const res = await t.api.ok(RevokeSessionDocument, { input: { id: target.id } });
    expect(res.revokeSession).toEqual({ revoked: true, errors: [] });
    expect(await endedFor(tablet)).toBe(true);
    const denied = await tablet.request(MySessionsDocument);
    expect(denied.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    expect((await t.api.ok(RevokeSessionDocument, { input: { id: target.id } })).revokeSession.errors[0].code).toBe('SESSION_NOT_FOUND');
  });

  it.skipIf(!enabled)('nobody can revoke a session of another account, or a made-up one', async () => {
    const resident = t.client();
    await register(t, { nationalId: RESIDENT.nationalId, mobile: RESIDENT.mobile, username: 'rajesh.n', email: 'rajesh@example.sa', emailConfirmation: 'rajesh@example.sa' }, resident);
    const mine = (await t.api.ok(MySessionsDocument)).mySessions.nodes.find((s) => s.current)!;
    for (const id of [mine.id, '00000000-0000-4000-8000-000000000000', 'not-an-id', '']) {
      expect((await resident.ok(RevokeSessionDocument, { input: { id } })).revokeSession).toMatchObject({ revoked: false, errors: [{ field: 'id', code: 'SESSION_NOT_FOUND' }] });
    }
    expect((await t.api.ok(MeDocument)).me).not.toBeNull();
  });

  it.skipIf(!enabled)('revokeOtherSessions ends every other session at once and keeps this one', async () => {
    const a = await browser('A/1');
    const b = await browser('B/1');
    expect((await a.ok(MeDocument)).me).not.toBeNull();
    expect((await t.api.ok(RevokeOtherSessionsDocument)).revokeOtherSessions.revokedCount).toBe(3); // phone, A, B
    expect(await endedFor(a)).toBe(true);
    expect(await endedFor(b)).toBe(true);
    expect((await t.api.ok(MySessionsDocument)).mySessions.nodes).toHaveLength(1);
    expect((await t.api.ok(RevokeOtherSessionsDocument)).revokeOtherSessions.revokedCount).toBe(0);
  });

  it.skipIf(!enabled)('a session idle past 30 minutes is no longer listed and cannot be refreshed', async () => {
    const idle = t.client();
    const signedIn = await login(t, 'mohammed.q', CITIZEN.mobile, PASSWORD, idle);
    expect((await t.api.ok(MySessionsDocument)).mySessions.nodes).toHaveLength(2);
    // The current session renews itself meanwhile, as the web client does; the other stays idle.
    t.clock.advance(25 * MINUTE);
    const current = await t.api.ok(RefreshSessionDocument, { input: {} });
    expect(current.refreshSession.errors).toEqual([]);
    t.api.token = current.refreshSession.session!.accessToken;
    t.clock.advance(6 * MINUTE);
    expect((await t.api.ok(MySessionsDocument)).mySessions.nodes).toHaveLength(1);
    expect((await idle.ok(RefreshSessionDocument, { input: { refreshToken: signedIn.session!.refreshToken } })).refreshSession.errors[0].code).toBe('SESSION_EXPIRED');
  });

  it.skipIf(!enabled)('myActivity lists the security history newest first, with addresses, page by page', async () => {
    const { myActivity } = await t.api.ok(MyActivityDocument, { first: 100 });
    const types = myActivity.edges.map((e) => e.node.type);
    expect(types[types.length - 1]).toBe('REGISTERED');
    expect(types).toEqual(expect.arrayContaining(['LOGIN_SUCCEEDED', 'LOGIN_PASSWORD_OK', 'SESSION_REVOKED']));
    const login = myActivity.edges.find((e) => e.node.type === 'LOGIN_SUCCEEDED')!.node;
    expect(login.clientAddress).toBe('127.0.0.1');
    const times = myActivity.edges.map((e) => Date.parse(e.node.at));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    // The resident's events are not here.
    expect(myActivity.edges.filter((e) => e.node.type === 'REGISTERED')).toHaveLength(1);

    const pages: string[] = [];
    let after: string | null = null;
    for (let more = true; more;) {
      const page: MyActivityQuery = await t.api.ok(MyActivityDocument, { first: 3, after });
      pages.push(...page.myActivity.edges.map((e) => e.node.id));
      more = page.myActivity.pageInfo.hasNextPage;
      after = page.myActivity.pageInfo.endCursor ?? null;
    }
    expect(pages).toEqual(myActivity.edges.map((e) => e.node.id));
    const bogus = await t.api.request(MyActivityDocument, { first: 5, after: 'bm90LWEtY3Vyc29y!' });
    expect(bogus.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'CURSOR_INVALID', argument: 'after' })]);
  });

  it.skipIf(!enabled)('logout ends this session at once', async () => {
    expect((await t.api.ok(MeDocument)).me).not.toBeNull();
    await t.api.ok(LogoutDocument);
    expect(await endedFor(t.api)).toBe(true);
  });
});
