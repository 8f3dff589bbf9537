import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, AuditEventType } from '../server/modules/audit/audit-event.entity';
import { Account } from '../server/modules/identity';
import { OutboxMessage } from '../server/modules/messaging';
import { AccountRecoveryOptionsDocument, CompleteAccountRecoveryDocument, MeDocument, ResendCodeDocument, SsoPendingDocument, StartSsoAccountRecoveryDocument } from './gql/graphql';
import { ADULTS, signUp } from './helpers/demo-people';
import { CITIZEN, DEMO } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { freePort, SSO_CLIENT_ID, SSO_CLIENT_SECRET, startTestProvider, TestBrowser, TestProvider } from './helpers/oidc-provider';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const NOURA = ADULTS.noura;
const NOURA_THIRD = '+966590000005';

/**
 * Losing the phone, national SSO path, end to end over real HTTP: a real OpenID Connect provider
 * (the one the SSO suites use) proves the ID; the portal hands a short-lived proof to
 * `/recover/sso#token=…` (never a session); the person names a registry-linked new mobile and
 * proves it by SMS; every session ends and the old number is told.
 */
describe.each(databases)('account recovery through the national single sign-on ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let provider: TestProvider;
  let appUrl: string;
  let redirectUri: string;
  let noura: GraphQLClient;

  beforeAll(async () => {
    if (!enabled) return;
    const port = await freePort();
    appUrl = `http://127.0.0.1:${port}`;
    redirectUri = `${appUrl}/auth/sso/callback`;
    provider = await startTestProvider({ redirectUri });
    t = await startTestApp({
      database: kind,
      env: { PORT: String(port), PUBLIC_URL: appUrl, SSO_ISSUER: provider.issuer, SSO_CLIENT_ID, SSO_CLIENT_SECRET, SSO_REDIRECT_URI: redirectUri, SSO_SCOPE: 'openid national_id' },
    });
    noura = await signUp(t, 'noura', 'EN');
  });
  afterAll(async () => {
    await t?.stop();
    await provider?.stop();
  });

  /** Starts recovery at the portal, proves `nationalId` at the provider, returns the callback's answer. */
  async function prove(nationalId: string) {
    const { ssoUrl } = (await t.client().ok(AccountRecoveryOptionsDocument)).accountRecoveryOptions;
    provider.logInAs(nationalId);
    const browser = new TestBrowser();
    const callbackUrl = await browser.followUntil(ssoUrl!, redirectUri);
    const res = await browser.get(callbackUrl);
    await res.arrayBuffer();
    return { status: res.status, location: res.headers.get('location') ?? '', browser };
  }
  const tokenOf = (location: string) => new URLSearchParams(location.slice(location.indexOf('#') + 1)).get('token')!;
  const start = (token: string, newMobile: string) =>
    t
      .client()
      .ok(StartSsoAccountRecoveryDocument, { input: { token, newMobile } })
      .then((r) => r.startSsoAccountRecovery);
  const quiet = async () => {
    await t.app.drain();
    await new Promise((r) => setTimeout(r, 2));
    return Date.now();
  };

  it.skipIf(!enabled)('the provider proves the ID; a registry-linked new mobile and its SMS code recover the account and end every session', async () => {
    const { ssoUrl } = (await t.client().ok(AccountRecoveryOptionsDocument)).accountRecoveryOptions;
    expect(ssoUrl).toBe(`${appUrl}/auth/sso/start?intent=recovery`);

    const proved = await prove(NOURA.nationalId);
    expect(proved.status).toBe(302);
    expect(proved.location).toMatch(/^\/recover\/sso#token=/);
    // A proof, never a session: no refresh cookie, and Noura's account was never linked to SSO.
    expect(proved.browser.cookie(appUrl, 'absher_rt')).toBeUndefined();
    const token = tokenOf(proved.location);
    // Not a pending sign-in token either.
    expect((await t.client().ok(SsoPendingDocument, { token })).ssoPending).toBeNull();

    expect((await start(`${token.slice(0, -3)}AAA`, NOURA_THIRD)).errors.map((e) => [e.field, e.code])).toEqual([['token', 'SSO_PROOF_INVALID']]);
    expect((await start(token, DEMO.FAHD.mobile)).errors.map((e) => [e.field, e.code])).toEqual([['newMobile', 'MOBILE_NOT_LINKED']]);
    expect((await start(token, NOURA.local)).errors.map((e) => e.code)).toEqual(['SAME_MOBILE']);

    const since = await quiet();
    const started = await start(token, '٠٥٩٠٠٠٠٠٠٥');
    expect(started.errors).toEqual([]);
    await t.sms.codeFor(NOURA_THIRD, since);
    // `resendCode` sends a new recovery code to the new mobile, in her language.
    t.clock.advance(61_000);
    const resent = await quiet();
    expect((await t.client().ok(ResendCodeDocument, { input: { challengeId: started.challenge!.id } })).resendCode.errors).toEqual([]);
    const again = await t.sms.waitFor(NOURA_THIRD, resent);
    expect(again.text).toMatch(/recover your account/);
    const code = await t.sms.codeFor(NOURA_THIRD, resent);
    const beforeDone = await quiet();
    const done = (await t.client().ok(CompleteAccountRecoveryDocument, { input: { challengeId: started.challenge!.id, code } })).completeAccountRecovery;
    expect(done).toMatchObject({ recovered: true, errors: [] });

    const denied = await noura.request(MeDocument);
    expect(denied.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    expect((await t.sms.waitFor(NOURA.mobile, beforeDone)).text).toMatch(/recovered/);
    expect((await t.app.services.orm.em.fork().findOneOrFail(Account, { person: NOURA.nationalId })).mobile).toBe(NOURA_THIRD);
    const [event] = await t.app.services.orm.em.fork().find(AuditEvent, { type: AuditEventType.ACCOUNT_RECOVERED });
    expect(event.detail).toMatchObject({ via: 'sso', sessionsEnded: 1 });
    // Her e-mail was never confirmed: no notice goes to an address nobody proved.
    await t.app.drain();
    const mails = await t.app.services.orm.em.fork().find(OutboxMessage, { recipient: 'noura@example.sa' });
    expect(mails.some((m) => /recovered/.test(m.subject ?? ''))).toBe(false);
  });

  it.skipIf(!enabled)('a person without an account is told so; the registry’s refusals still apply', async () => {
    const proved = await prove(CITIZEN.nationalId);
    expect(proved.location).toMatch(/^\/recover\/sso#token=/);
    expect((await start(tokenOf(proved.location), CITIZEN.mobile)).errors.map((e) => [e.field, e.code])).toEqual([['token', 'NO_ACCOUNT']]);
    // A minor is refused at the callback, as for signing in.
    const minor = await prove(DEMO.SARA.nationalId);
    expect(minor.status).toBe(400);
  });
});

describe('account recovery without national SSO', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.stop());

  it('offers no SSO path and refuses its step', async () => {
    expect((await t.client().ok(AccountRecoveryOptionsDocument)).accountRecoveryOptions.ssoUrl).toBeNull();
    const { startSsoAccountRecovery } = await t.client().ok(StartSsoAccountRecoveryDocument, { input: { token: 'anything', newMobile: NOURA.local } });
    expect(startSsoAccountRecovery.errors.map((e) => e.code)).toEqual(['SSO_RECOVERY_DISABLED']);
  });
});
