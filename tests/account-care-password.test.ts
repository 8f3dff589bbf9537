import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, AuditEventType } from '../server/modules/audit/audit-event.entity';
import { ChangePasswordDocument, LoginDocument, MeDocument, RefreshSessionDocument, RequestPasswordResetDocument, ResetPasswordDocument } from './gql/graphql';
import { CITIZEN, PASSWORD, captcha, login, register } from './helpers/flows';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const NEW_PASSWORD = 'Palm shade by the wadi 77';
const NEWER_PASSWORD = 'Camel caravan at sunset 9';

describe.each(databases)('account care: forgotten and changed passwords ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (enabled) t = await startTestApp({ database: kind });
  });
  afterAll(async () => t?.stop());

  const resetRequest = async (nationalId: string, mobile: string, api = t.client()) =>
    (await api.ok(RequestPasswordResetDocument, { input: { nationalId, mobile, ...(await captcha(api)) } })).requestPasswordReset;

  it.skipIf(!enabled)('a reset answers alike whether or not ID and mobile match; only the owner gets a code; the new password ends every session', async () => {
    const first = await register(t);
    const second = t.client();
    const secondSession = await login(t, 'mohammed.q', CITIZEN.mobile, PASSWORD, second);

    // Wrong mobile for this ID, and an ID without an account: the same shape of answer, no SMS.
    const smsBefore = t.sms.messages.length;
    const mismatched = await resetRequest(CITIZEN.nationalId, '0500000009');
    const noAccount = await resetRequest('2000000006', '0500000002');
    const since = Date.now();
    const real = await resetRequest(CITIZEN.nationalId, '0500000001');
    for (const answer of [mismatched, noAccount, real]) {
      expect(answer.errors).toEqual([]);
      expect(Object.keys(answer.challenge!).sort()).toEqual(['expiresAt', 'id', 'maskedMobile', 'resendAvailableAt']);
    }
    const code = await t.sms.codeFor(CITIZEN.mobile, since);
    expect(t.sms.messages.length).toBe(smsBefore + 1);
    // A decoy never accepts a code, not even the real one.
    const decoy = await t.api.ok(ResetPasswordDocument, { input: { challengeId: mismatched.challenge!.id, code, newPassword: NEW_PASSWORD, newPasswordConfirmation: NEW_PASSWORD } });
    expect(decoy.resetPassword).toMatchObject({ passwordChanged: false, errors: [{ field: 'code', code: 'CODE_INVALID' }] });

    // Format errors are field errors (judged before the image code, which they leave unspent); a
    // refused new password leaves the code usable.
    const badInput = await t.api.ok(RequestPasswordResetDocument, { input: { nationalId: '1000000000', mobile: '12', captchaId: 'x', captchaCode: '0000' } });
    expect(badInput.requestPasswordReset.errors.map((e) => e.field).sort()).toEqual(['mobile', 'nationalId']);
    const weak = await t.api.ok(ResetPasswordDocument, { input: { challengeId: real.challenge!.id, code, newPassword: 'password', newPasswordConfirmation: 'password' } });
    expect(weak.resetPassword).toMatchObject({ passwordChanged: false, errors: [{ field: 'newPassword', code: 'PASSWORD_TOO_COMMON' }] });
    const mismatch = await t.api.ok(ResetPasswordDocument, { input: { challengeId: real.challenge!.id, code, newPassword: NEW_PASSWORD, newPasswordConfirmation: 'other' } });
    expect(mismatch.resetPassword.errors).toMatchObject([{ field: 'newPasswordConfirmation', code: 'PASSWORD_MISMATCH' }]);
    const done = await t.api.ok(ResetPasswordDocument, { input: { challengeId: real.challenge!.id, code, newPassword: NEW_PASSWORD, newPasswordConfirmation: NEW_PASSWORD } });
    expect(done.resetPassword).toEqual({ passwordChanged: true, errors: [] });
    const again = await t.api.ok(ResetPasswordDocument, { input: { challengeId: real.challenge!.id, code, newPassword: NEWER_PASSWORD, newPasswordConfirmation: NEWER_PASSWORD } });
    expect(again.resetPassword.passwordChanged).toBe(false);

    // Every session ended at once: access tokens and refresh tokens alike.
    for (const api of [t.api, second]) expect((await api.request(MeDocument)).errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    for (const refreshToken of [first.session!.refreshToken!, secondSession.session!.refreshToken!]) {
      expect((await t.client().ok(RefreshSessionDocument, { input: { refreshToken } })).refreshSession.errors[0].code).toBe('SESSION_EXPIRED');
    }
    const old = await t.api.ok(LoginDocument, { input: { identifier: 'mohammed.q', password: PASSWORD, ...(await captcha(t.api)) } });
    expect(old.login.errors[0].code).toBe('INVALID_CREDENTIALS');
    await login(t, 'mohammed.q', CITIZEN.mobile, NEW_PASSWORD);
    await expect.poll(() => t.sms.messages.some((m) => m.to === CITIZEN.mobile && m.text.includes('تم تغيير كلمة المرور'))).toBe(true);

    const em = t.app.services.orm.em.fork();
    const account = t.keyOf(first.account!.id);
    expect(await em.count(AuditEvent, { type: AuditEventType.PASSWORD_RESET_REQUESTED })).toBe(3);
    expect(await em.count(AuditEvent, { type: AuditEventType.PASSWORD_RESET_REQUESTED, accountId: account })).toBe(1);
    expect(await em.findOne(AuditEvent, { type: AuditEventType.PASSWORD_CHANGED, accountId: account })).toMatchObject({ detail: { via: 'reset', sessionsEnded: 2 } });
  });

  it.skipIf(!enabled)('changing the password keeps this session, ends the others, and needs the current password', async () => {
    const other = t.client();
    await login(t, 'mohammed.q', CITIZEN.mobile, NEW_PASSWORD, other);
    expect((await other.ok(MeDocument)).me).not.toBeNull();

    const wrong = await t.api.ok(ChangePasswordDocument, { input: { currentPassword: 'not it', newPassword: NEWER_PASSWORD, newPasswordConfirmation: NEWER_PASSWORD } });
    expect(wrong.changePassword).toMatchObject({ passwordChanged: false, errors: [{ field: 'currentPassword', code: 'CURRENT_PASSWORD_WRONG' }] });
    const similar = await t.api.ok(ChangePasswordDocument, { input: { currentPassword: NEW_PASSWORD, newPassword: 'mohammed.q1', newPasswordConfirmation: 'mohammed.q1' } });
    expect(similar.changePassword.errors).toMatchObject([{ field: 'newPassword', code: 'PASSWORD_TOO_SIMILAR' }]);
    expect((await other.ok(MeDocument)).me).not.toBeNull();

    const ok = await t.api.ok(ChangePasswordDocument, { input: { currentPassword: NEW_PASSWORD, newPassword: NEWER_PASSWORD, newPasswordConfirmation: NEWER_PASSWORD } });
    expect(ok.changePassword).toEqual({ passwordChanged: true, errors: [] });
    expect((await t.api.ok(MeDocument)).me?.username).toBe('mohammed.q');
    expect((await other.request(MeDocument)).errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
  });

  it.skipIf(!enabled)('a signed-in session cannot guess the password: 5 wrong current passwords, then RATE_LIMITED', async () => {
    // One wrong try was made above; four more reach the limit.
    for (let i = 0; i < 4; i++) {
      const res = await t.api.ok(ChangePasswordDocument, { input: { currentPassword: `guess ${i}`, newPassword: NEW_PASSWORD, newPasswordConfirmation: NEW_PASSWORD } });
      expect(res.changePassword.errors[0].code).toBe('CURRENT_PASSWORD_WRONG');
    }
    const limited = await t.api.request(ChangePasswordDocument, { input: { currentPassword: NEWER_PASSWORD, newPassword: NEW_PASSWORD, newPasswordConfirmation: NEW_PASSWORD } });
    expect(limited.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});
