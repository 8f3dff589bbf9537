import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, AuditEventType } from '../server/modules/audit/audit-event.entity';
import { Account } from '../server/modules/identity/account.entity';
import { OutboxMessage } from '../server/modules/messaging';
import { withCheckDigit } from '../server/shared/normalize';
import {
  LoginDocument,
  LoginRefusalDocument,
  ReauthenticateDocument,
  RegisterDocument,
  RequestPasswordResetDocument,
  ResendCodeDocument,
  ResetPasswordDocument,
  VerifyLoginDocument,
  VerifyLoginRefusalDocument,
  VerifyReauthenticationDocument,
  VerifyRegistrationDocument,
} from './gql/graphql';
import { captcha, CITIZEN, DEMO, login, PASSWORD, register, registrationInput, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

/**
 * The attack (security round two, high 2): each challenge allowed five wrong codes, but a resend
 * gave five more and a new challenge started again from zero — 3 password-reset challenges × 5
 * wrong codes, then the right code on a 4th reset the password; 15 wrong log-in codes, then signed
 * in. Now wrong codes are counted per purpose and subject across challenges and resends: five in
 * fifteen minutes lock that code step (15 minutes, then longer) and the holder is told.
 */
const RATE_LIMITS = ['register-address', 'captcha-address', 'login-address', 'login-failure-address', 'resend-address', 'reset-address', 'sms-number', 'sms-address', 'password-check-account']
  .map((name) => `${name}=100000/3600`)
  .join(',');
const MINUTE = 60_000;
const NOURA = { nationalId: '1000000032', mobile: '+966500000005' };
const FAHD = { nationalId: '1000000040', mobile: '+966500000006' };

describe.each(databases)('wrong SMS codes across challenges ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind, env: { RATE_LIMITS } });
  });
  afterAll(async () => t?.stop());

  const quiet = async () => {
    await t.app.drain();
    await new Promise((r) => setTimeout(r, 2));
    return Date.now();
  };
  const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
  const codesOf = (payload: { errors: { code: string }[] }) => payload.errors.map((e) => e.code);

  async function startLogin(api: GraphQLClient) {
    const since = await quiet();
    const { login: started } = await api.ok(LoginDocument, { input: { identifier: CITIZEN.nationalId, password: PASSWORD, ...(await captcha(api)) } });
    if (started.errors.length) return { refused: codesOf(started), challengeId: '', code: '' };
    return { refused: [], challengeId: started.challenge!.id, code: await t.sms.codeFor(CITIZEN.mobile, since) };
  }
  const verifyLogin = async (api: GraphQLClient, challengeId: string, code: string) => codesOf((await api.ok(VerifyLoginDocument, { input: { challengeId, code } })).verifyLogin);

  it.skipIf(!enabled)('log-in: new challenges and resends give no new guesses; the fifth wrong code locks the step, the owner is told, and the lock doubles', async () => {
    await register(t, {}, t.client());
    const api = t.client();
    const verdicts: string[] = [];
    // Three challenges, a resend on each, wrong codes on all of them: the attack that used to get 15+ guesses.
    for (let c = 0; c < 3; c++) {
      const started = await startLogin(api);
      if (started.refused.length) {
        verdicts.push(...started.refused);
        continue;
      }
      verdicts.push(...(await verifyLogin(api, started.challengeId, wrong(started.code))));
      t.clock.advance(MINUTE);
      const since = await quiet();
      const { resendCode } = await api.ok(ResendCodeDocument, { input: { challengeId: started.challengeId } });
      if (resendCode.errors.length) {
        verdicts.push(...codesOf(resendCode));
        continue;
      }
      const resent = await t.sms.codeFor(CITIZEN.mobile, since);
      verdicts.push(...(await verifyLogin(api, started.challengeId, wrong(resent))));
      verdicts.push(...(await verifyLogin(api, started.challengeId, wrong(resent))));
    }
    expect(verdicts.slice(0, 4)).toEqual(['CODE_INVALID', 'CODE_INVALID', 'CODE_INVALID', 'CODE_INVALID']);
    expect(verdicts[4]).toBe('CODE_STEP_LOCKED');
    expect(verdicts.slice(5).every((v) => v === 'CODE_STEP_LOCKED')).toBe(true);

    // The right password now gets no code (it could not be used), and says for how long: in words
    // (minutes) and as data (`retryAfter`, seconds, as every wait the API asks for).
    const locked = await api.ok(LoginRefusalDocument, { input: { identifier: CITIZEN.nationalId, password: PASSWORD, ...(await captcha(api)) } });
    expect(locked.login.errors.map((e) => e.code)).toEqual(['CODE_STEP_LOCKED']);
    const [{ params, message }] = locked.login.errors;
    expect(params.map((p) => p.name)).toEqual(['retryAfter']);
    const retryAfter = Number(params[0].value);
    expect(retryAfter).toBeGreaterThan(10 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(message).toContain(` ${Math.ceil(retryAfter / 60)} دقيقة`);

    // The owner heard of it once, by SMS and e-mail, and it is in the security history.
    const notices = t.sms.messages.filter((m) => m.to === CITIZEN.mobile && /رموز تحقق خاطئة/.test(m.text));
    expect(notices).toHaveLength(1);
    expect(notices[0].text).toContain('تسجيل الدخول');
    const emails = await t.app.services.orm.em.fork().find(OutboxMessage, { recipient: 'mohammed@example.sa', subject: 'تنبيه أمني من أبشر' });
    expect(emails).toHaveLength(1);
    expect(await t.app.services.orm.em.fork().count(AuditEvent, { type: AuditEventType.CODE_STEP_LOCKED })).toBe(1);
    expect(await t.app.services.orm.em.fork().count(AuditEvent, { type: AuditEventType.CODE_FAILED })).toBe(5);

    // After 15 minutes the step opens again; five more wrong codes lock it for 30.
    t.clock.advance(15 * MINUTE);
    const again = await startLogin(api);
    expect(again.refused).toEqual([]);
    for (let i = 0; i < 4; i++) expect(await verifyLogin(api, again.challengeId, wrong(again.code))).toEqual(['CODE_INVALID']);
    const doubled = (await api.ok(VerifyLoginRefusalDocument, { input: { challengeId: again.challengeId, code: wrong(again.code) } })).verifyLogin.errors;
    expect(doubled.map((e) => [e.code, e.params])).toEqual([['CODE_STEP_LOCKED', [{ name: 'retryAfter', value: String(30 * 60) }]]]);
    t.clock.advance(16 * MINUTE);
    expect((await startLogin(api)).refused).toEqual(['CODE_STEP_LOCKED']);
    t.clock.advance(15 * MINUTE);
    // Then the owner signs in normally, which starts the escalation over.
    await login(t, CITIZEN.nationalId, CITIZEN.mobile, PASSWORD, t.client());
  });

  it.skipIf(!enabled)('50 parallel wrong guesses spread over ten challenges of one account: at most five are compared', async () => {
    const email = 'fahd@example.sa';
    await register(t, { nationalId: FAHD.nationalId, mobile: FAHD.mobile, username: 'fahd.s', email, emailConfirmation: email }, t.client());
    const api = t.client();
    const challenges: string[] = [];
    for (let i = 0; i < 10; i++) {
      const { login: started } = await api.ok(LoginDocument, { input: { identifier: 'fahd.s', password: PASSWORD, ...(await captcha(api)) } });
      challenges.push(started.challenge!.id);
    }
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => t.client().request(VerifyLoginDocument, { input: { challengeId: challenges[i % 10], code: String(100000 + i) } })));
    const verdicts = answers.map((a) => a.data!.verifyLogin.errors[0]?.code);
    expect(verdicts.filter((v) => v === 'CODE_INVALID').length).toBeLessThanOrEqual(4);
    expect(verdicts.filter((v) => v === undefined)).toHaveLength(0);
    const fahd = await t.app.services.orm.em.fork().findOneOrFail(Account, { usernameKey: 'fahd.s' });
    expect(await t.app.services.orm.em.fork().count(AuditEvent, { type: AuditEventType.CODE_FAILED, accountId: fahd.id })).toBeLessThanOrEqual(5);
    expect(verdicts.filter((v) => v === 'CODE_STEP_LOCKED').length).toBeGreaterThan(0);
  });

  it.skipIf(!enabled)('password reset: the right code on a fourth challenge after three rounds of wrong ones resets nothing; the owner can still log in', async () => {
    const email = 'noura@example.sa';
    await register(t, { nationalId: NOURA.nationalId, mobile: NOURA.mobile, username: 'noura.k', email, emailConfirmation: email }, t.client());
    const api = t.client();
    const newPassword = 'A brand new passphrase 2026';
    const startReset = async () => {
      const since = await quiet();
      const { requestPasswordReset } = await api.ok(RequestPasswordResetDocument, { input: { nationalId: NOURA.nationalId, mobile: NOURA.mobile, ...(await captcha(api)) } });
      expect(requestPasswordReset.errors).toEqual([]);
      const sms = t.sms.messages.filter((m) => m.to === NOURA.mobile && m.receivedAt >= since);
      return { challengeId: requestPasswordReset.challenge!.id, since, sent: sms.length > 0 };
    };
    const reset = async (challengeId: string, code: string) =>
      codesOf((await api.ok(ResetPasswordDocument, { input: { challengeId, code, newPassword, newPasswordConfirmation: newPassword } })).resetPassword);

    const verdicts: string[] = [];
    for (let round = 0; round < 3; round++) {
      const { challengeId } = await startReset();
      for (let i = 0; i < 5; i++) verdicts.push(...(await reset(challengeId, String(200000 + round * 10 + i))));
    }
    expect(verdicts.filter((v) => v === 'CODE_INVALID')).toHaveLength(4);
    expect(verdicts[4]).toBe('CODE_STEP_LOCKED');

    // A fourth reset answers exactly like the others, but no code is sent while the step is locked…
    const fourth = await startReset();
    expect(fourth.sent).toBe(false);
    // …so even a code the attacker learned elsewhere (here: any code) resets nothing.
    expect(await reset(fourth.challengeId, '123456')).toEqual(['CODE_STEP_LOCKED']);
    // The lock is on the reset step only: the owner, who has the password, logs in as usual.
    await login(t, 'noura.k', NOURA.mobile, PASSWORD, t.client());
  });

  it.skipIf(!enabled)('registration: wrong codes are counted per national ID and per mobile, whoever starts the challenges', async () => {
    const api = t.client();
    const attempt = async (mobile: string) => {
      const since = await quiet();
      const { register: started } = await api.ok(RegisterDocument, {
        input: await registrationInput(api, {
          nationalId: '2000000014',
          mobile,
          username: `maria${Math.random().toString(36).slice(2, 7)}`,
          email: 'maria@example.sa',
          emailConfirmation: 'maria@example.sa',
        }),
      });
      expect(started.errors).toEqual([]);
      const code = await t.sms.codeFor(`+966${mobile.slice(1)}`, since);
      return { challengeId: started.challenge!.id, code };
    };
    const verifyRegistration = async (challengeId: string, code: string) => codesOf((await api.ok(VerifyRegistrationDocument, { input: { challengeId, code } })).verifyRegistration);
    const verdicts: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { challengeId, code } = await attempt('0500000007');
      verdicts.push(...(await verifyRegistration(challengeId, wrong(code))));
    }
    expect(verdicts).toEqual(['CODE_INVALID', 'CODE_INVALID', 'CODE_INVALID', 'CODE_INVALID', 'CODE_STEP_LOCKED']);
    // The right code on a new challenge is refused while the step is locked for that ID and that mobile.
    const next = await attempt('0500000007');
    expect(await verifyRegistration(next.challengeId, next.code)).toEqual(['CODE_STEP_LOCKED']);
    // After the lock the person registers.
    t.clock.advance(16 * MINUTE);
    const later = await attempt('0500000007');
    expect(await verifyRegistration(later.challengeId, later.code)).toEqual([]);
  });
  it.skipIf(!enabled)('registration: wrong codes for one national ID are counted across different mobiles, so a second phone gives no new guesses', async () => {
    // Since `register` sends the code to whatever mobile is typed, one person with two phones of
    // his own can start challenges for somebody else's ID; the count per ID still stops him at five.
    const LAYLA = { nationalId: '1000000065', mobile: '0500000102' };
    const api = t.client();
    const start = async (mobile: string, nationalId = LAYLA.nationalId) => {
      const since = await quiet();
      const email = 'probe@example.sa';
      const { register: started } = await api.ok(RegisterDocument, {
        input: await registrationInput(api, { nationalId, mobile, username: `p${Math.random().toString(36).slice(2, 8)}`, email, emailConfirmation: email }),
      });
      expect(started.errors).toEqual([]);
      return { challengeId: started.challenge!.id, code: await t.sms.codeFor(`+966${mobile.slice(1)}`, since) };
    };
    const verifyRegistration = async (challengeId: string, code: string) => codesOf((await api.ok(VerifyRegistrationDocument, { input: { challengeId, code } })).verifyRegistration);

    const verdicts: string[] = [];
    for (const mobile of ['0599999981', '0599999981', '0599999981', '0599999982', '0599999982']) {
      const { challengeId, code } = await start(mobile);
      verdicts.push(...(await verifyRegistration(challengeId, wrong(code))));
    }
    // Neither phone has had five wrong codes; the ID has.
    expect(verdicts).toEqual(['CODE_INVALID', 'CODE_INVALID', 'CODE_INVALID', 'CODE_INVALID', 'CODE_STEP_LOCKED']);
    // A third phone, and even the right code, get nowhere with this ID while it is locked…
    const third = await start('0599999983');
    expect(await verifyRegistration(third.challengeId, third.code)).toEqual(['CODE_STEP_LOCKED']);
    const holder = await start(LAYLA.mobile);
    expect(await verifyRegistration(holder.challengeId, holder.code)).toEqual(['CODE_STEP_LOCKED']);
    // …while the phones themselves are not locked: with another ID the right code is judged (and refused, not linked).
    const other = await start('0599999982', '1000000057');
    expect(await verifyRegistration(other.challengeId, other.code)).toEqual(['MOBILE_NOT_LINKED']);
    // Once the lock is over, the holder of the ID's mobile registers.
    t.clock.advance(16 * MINUTE);
    const later = await start(LAYLA.mobile);
    expect(await verifyRegistration(later.challengeId, later.code)).toEqual([]);
  });

  it.skipIf(!enabled)('account changes: re-authentication codes are counted across challenges; the lock leaves log-in open', async () => {
    const omar = await signedInAs(t, DEMO.OMAR);
    const mobile = `+966${DEMO.OMAR.mobile.slice(1)}`;
    const startReauthentication = async () => {
      const since = await quiet();
      const { reauthenticate } = await omar.ok(ReauthenticateDocument, { input: { password: PASSWORD } });
      expect(reauthenticate.errors).toEqual([]);
      return { challengeId: reauthenticate.challenge!.id, code: await t.sms.codeFor(mobile, since) };
    };
    const verify = async (challengeId: string, code: string) => codesOf((await omar.ok(VerifyReauthenticationDocument, { input: { challengeId, code } })).verifyReauthentication);
    const verdicts: string[] = [];
    for (let c = 0; c < 3; c++) {
      const { challengeId, code } = await startReauthentication();
      for (let i = 0; i < 2; i++) verdicts.push(...(await verify(challengeId, wrong(code))));
    }
    expect(verdicts).toEqual(['CODE_INVALID', 'CODE_INVALID', 'CODE_INVALID', 'CODE_INVALID', 'CODE_STEP_LOCKED', 'CODE_STEP_LOCKED']);
    // A new challenge's right code gets nowhere while the step is locked…
    const fourth = await startReauthentication();
    expect(await verify(fourth.challengeId, fourth.code)).toEqual(['CODE_STEP_LOCKED']);
    // …and the lock is on account changes only: the owner logs in as usual.
    await login(t, `p${DEMO.OMAR.nationalId}`, mobile, PASSWORD, t.client());
  });

  /** A registration for `nationalId` with `mobile`, and the code sent to that mobile (as its holder, or the test, reads it). */
  async function startRegistration(api: GraphQLClient, nationalId: string, mobile: string) {
    const since = await quiet();
    const email = 'probe@example.sa';
    const { register: started } = await api.ok(RegisterDocument, {
      input: await registrationInput(api, { nationalId, mobile, username: `p${Math.random().toString(36).slice(2, 8)}`, email, emailConfirmation: email }),
    });
    expect(started.errors).toEqual([]);
    return { challengeId: started.challenge!.id, code: await t.sms.codeFor(`+966${mobile.slice(1)}`, since) };
  }
  const verifyRegistrationCodes = async (api: GraphQLClient, challengeId: string, code: string) =>
    codesOf((await api.ok(VerifyRegistrationDocument, { input: { challengeId, code } })).verifyRegistration);

  it.skipIf(!enabled)('registration: wrong codes for one mobile are counted across IDs, so typing another ID gives no new guesses', async () => {
    // The codes go to a phone the prober does not hold; he changes the ID each time.
    const phone = '0599999971';
    const api = t.client();
    const verdicts: string[] = [];
    for (const first9 of ['100000110', '100000111', '100000112', '100000113', '100000114']) {
      const { challengeId, code } = await startRegistration(api, withCheckDigit(first9), phone);
      verdicts.push(...(await verifyRegistrationCodes(api, challengeId, wrong(code))));
    }
    expect(verdicts).toEqual(['CODE_INVALID', 'CODE_INVALID', 'CODE_INVALID', 'CODE_INVALID', 'CODE_STEP_LOCKED']);
    // A sixth ID, and even the right code, get nowhere with this mobile while it is locked.
    const sixth = await startRegistration(api, withCheckDigit('100000115'), phone);
    expect(await verifyRegistrationCodes(api, sixth.challengeId, sixth.code)).toEqual(['CODE_STEP_LOCKED']);
  });

  it.skipIf(!enabled)('registration: a right code from the prober’s own phone gives an ID no new guesses', async () => {
    // Anyone can start a registration for any ID with his own phone and read its code. Were that
    // right code to give back the ID's count, wrong codes at the ID's own mobiles (here two phones
    // the prober does not hold) could be interleaved with it without end.
    const target = withCheckDigit('100000120');
    const [theirs1, theirs2, own] = ['0599999961', '0599999962', '0599999963'];
    const api = t.client();
    const verdicts: string[] = [];
    const guess = async (mobile: string) => {
      const { challengeId, code } = await startRegistration(api, target, mobile);
      verdicts.push(...(await verifyRegistrationCodes(api, challengeId, wrong(code))));
    };
    const ownRightCode = async () => {
      const { challengeId, code } = await startRegistration(api, target, own);
      return verifyRegistrationCodes(api, challengeId, code);
    };
    for (let i = 0; i < 3; i++) await guess(theirs1);
    expect(await ownRightCode()).toEqual(['MOBILE_NOT_LINKED']);
    await guess(theirs2);
    await guess(theirs2);
    // Five wrong codes for the ID in the window, whatever right code came between them: locked.
    expect(verdicts).toEqual(['CODE_INVALID', 'CODE_INVALID', 'CODE_INVALID', 'CODE_INVALID', 'CODE_STEP_LOCKED']);
    expect(await ownRightCode()).toEqual(['CODE_STEP_LOCKED']);
  });
});
