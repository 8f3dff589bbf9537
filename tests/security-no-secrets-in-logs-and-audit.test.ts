import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, AuditEventType } from '../server/modules/audit/audit-event.entity';
import { OutboxMessage } from '../server/modules/messaging';
import {
  ChangeEmailDocument,
  ChangeMobileDocument,
  ChangePasswordDocument,
  ConfirmEmailChangeDocument,
  LoginDocument,
  LogoutDocument,
  RefreshSessionDocument,
  ReauthenticateDocument,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  RevokeOtherSessionsDocument,
  VerifyMobileChangeDocument,
  VerifyReauthenticationDocument,
} from './gql/graphql';
import { CITIZEN, MULTI_MOBILE, PASSWORD, captcha, login, register } from './helpers/flows';
import { databases, startTestApp, TestApp } from './helpers/test-app';

/**
 * A whole life of an account with known secrets — passwords, every SMS code, tokens, cookies, the
 * e-mail link, full national IDs — then every captured log line (at debug level) and every audit
 * row is searched for each of them. Also checks that each security event of SPEC §6 was recorded.
 */
describe.each(databases)('no secret in logs or audit; every security event audited ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (enabled) t = await startTestApp({ database: kind, env: { LOG_LEVEL: 'debug' } });
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('runs the flow and finds none of its secrets', async () => {
    const secrets = new Set<string>([CITIZEN.nationalId, MULTI_MOBILE.nationalId, PASSWORD]);
    const keep = (...values: (string | null | undefined)[]) => values.forEach((v) => v && secrets.add(v));
    const passwords = ['Wrong guess number one', 'Palm shade by the wadi 77', 'Camel caravan at sunset 9'];
    keep(...passwords);

    // Registration and log-in, with a wrong password first and then enough to lock the account.
    const first = await register(t);
    keep(first.session!.accessToken, first.session!.refreshToken, t.api.cookie);
    const second = t.client();
    const secondSession = await login(t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD, second);
    keep(secondSession.session!.accessToken, secondSession.session!.refreshToken, second.cookie);
    const refreshed = await second.ok(RefreshSessionDocument, { input: {} });
    keep(refreshed.refreshSession.session!.accessToken, refreshed.refreshSession.session!.refreshToken, second.cookie);

    // Change of password, then a forgotten-password reset.
    await t.api.ok(ChangePasswordDocument, { input: { currentPassword: PASSWORD, newPassword: passwords[1], newPasswordConfirmation: passwords[1] } });
    const since = Date.now();
    const reset = await t.client().ok(RequestPasswordResetDocument, { input: { nationalId: CITIZEN.nationalId, mobile: CITIZEN.mobile, ...(await captcha(t.api)) } });
    const resetCode = await t.sms.codeFor(CITIZEN.mobile, since);
    await t.client().ok(ResetPasswordDocument, { input: { challengeId: reset.requestPasswordReset.challenge!.id, code: resetCode, newPassword: passwords[2], newPasswordConfirmation: passwords[2] } });

    // Wrong passwords up to a lock.
    for (let i = 0; i < 5; i++) await t.client().ok(LoginDocument, { input: { identifier: 'mohammed.q', password: `${passwords[0]} ${i}`, ...(await captcha(t.api)) } });
    for (let i = 0; i < 5; i++) keep(`${passwords[0]} ${i}`);

    // A second person changes mobile and e-mail after re-authenticating, revokes, logs out.
    const noura = t.client();
    const signedUp = await register(t, { nationalId: MULTI_MOBILE.nationalId, mobile: '0500000005', username: 'noura.k', email: 'noura@example.sa', emailConfirmation: 'noura@example.sa' }, noura);
    keep(signedUp.session!.accessToken, signedUp.session!.refreshToken, noura.cookie);
    const other = t.client();
    const otherSession = await login(t, 'noura.k', MULTI_MOBILE.mobiles[0], PASSWORD, other);
    keep(otherSession.session!.accessToken, otherSession.session!.refreshToken);
    let at = Date.now();
    const reauth = await noura.ok(ReauthenticateDocument, { input: { password: PASSWORD } });
    await noura.ok(VerifyReauthenticationDocument, { input: { challengeId: reauth.reauthenticate.challenge!.id, code: await t.sms.codeFor(MULTI_MOBILE.mobiles[0], at) } });
    await noura.ok(ChangeEmailDocument, { input: { newEmail: 'noura.new@example.sa', newEmailConfirmation: 'noura.new@example.sa' } });
    await t.app.drain();
    const link = (await t.app.services.orm.em.fork().findOneOrFail(OutboxMessage, { recipient: 'noura.new@example.sa' })).body;
    const emailToken = /token=([\w.-]+)/.exec(link)![1];
    keep(emailToken);
    await t.client().ok(ConfirmEmailChangeDocument, { input: { token: emailToken } });
    at = Date.now();
    const mobileChange = await noura.ok(ChangeMobileDocument, { input: { newMobile: '0550000005' } });
    await noura.ok(VerifyMobileChangeDocument, { input: { challengeId: mobileChange.changeMobile.challenge!.id, code: await t.sms.codeFor('+966550000005', at) } });
    await noura.ok(RevokeOtherSessionsDocument);
    await noura.ok(LogoutDocument);
    // A request that fails validation still carries a password in its variables.
    await t.client().raw({ query: 'mutation ($p: String!) { login(input: { identifier: "x", password: $p }) { errors { code } } }', variables: { p: passwords[0] } });

    // Every code that went out by SMS is a secret too.
    await t.app.drain();
    for (const sms of t.sms.messages) keep(/\b(\d{6})\b/.exec(sms.text)?.[1]);
    expect(secrets.size).toBeGreaterThan(25);

    const em = t.app.services.orm.em.fork();
    const audit = await em.find(AuditEvent, {}, { orderBy: { id: 'asc' } });
    const logs = t.logs.join('');
    // Not vacuous: the logs hold a line per operation, with its request id and name.
    expect(t.logs.filter((l) => l.includes('"graphql operation"')).length).toBeGreaterThan(30);
    expect(logs).toMatch(/"requestId":"[0-9a-f-]{36}","operation":"VerifyLogin"/);
    const auditText = JSON.stringify(audit);
    for (const secret of secrets) {
      expect(logs.includes(secret), `a secret (${secret.slice(0, 3)}…) appears in the logs`).toBe(false);
      expect(auditText.includes(secret), `a secret (${secret.slice(0, 3)}…) appears in the audit table`).toBe(false);
    }

    const types = new Set(audit.map((e) => e.type));
    for (const type of [
      AuditEventType.REGISTERED,
      AuditEventType.LOGIN_PASSWORD_OK,
      AuditEventType.LOGIN_SUCCEEDED,
      AuditEventType.LOGIN_FAILED,
      AuditEventType.ACCOUNT_LOCKED,
      AuditEventType.PASSWORD_CHANGED,
      AuditEventType.PASSWORD_RESET_REQUESTED,
      AuditEventType.REAUTHENTICATED,
      AuditEventType.EMAIL_CHANGE_REQUESTED,
      AuditEventType.EMAIL_CHANGED,
      AuditEventType.MOBILE_CHANGED,
      AuditEventType.SESSION_REVOKED,
      AuditEventType.LOGOUT,
    ]) {
      expect(types.has(type), `${type} audited`).toBe(true);
    }
    // Masked values only: the registration line names the person by a masked ID.
    expect(audit.find((e) => e.type === AuditEventType.REGISTERED)!.detail).toEqual({ nationalId: '1•••••••08' });
  });
});
