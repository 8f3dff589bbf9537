import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Challenge } from '../server/modules/identity/challenge.entity';
import { CodeGuard } from '../server/modules/identity/code-guard';
import { identityMessages } from '../server/modules/identity/identity.errors';
import { identityTexts } from '../server/modules/identity/identity.texts';
import { localize, Language } from '../server/shared/i18n';
import { LoginDocument, MeDocument, RegisterDocument, ResendCodeDocument, ResendCodeRefusalDocument, VerifyLoginDocument, VerifyLoginRefusalDocument, VerifyRegistrationDocument } from './gql/graphql';
import { captcha, CITIZEN, PASSWORD, register, registrationInput, RESIDENT } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

/** This suite asks for many codes from one address; the limits have their own tests. */
const RATE_LIMITS = ['register-address', 'captcha-address', 'login-address', 'login-failure-address', 'resend-address', 'sms-number', 'sms-address'].map((name) => `${name}=100000/3600`).join(',');

const MINUTE = 60_000;

describe.each(databases)('one-time SMS codes ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind, env: { RATE_LIMITS } });
    await register(t, {}, t.client());
  });
  // These tests are about one challenge; wrong codes across challenges (which lock the subject's code
  // step after five) have their own suite, so each test here starts with none counted.
  beforeEach(async () => {
    if (t) await t.app.services.orm.em.fork().nativeDelete(CodeGuard, {});
  });
  afterAll(async () => {
    if (t) {
      // Nothing secret reached the logs: no password, no code sent in this suite, no full ID.
      const logs = t.logs.join('');
      expect(logs).not.toContain(PASSWORD);
      expect(logs).not.toContain(CITIZEN.nationalId);
      for (const m of t.sms.messages) {
        const code = /\d{6}/.exec(m.text)?.[0];
        if (code) expect(logs).not.toContain(code);
      }
    }
    await t?.stop();
  });

  /** A moment after every message sent so far has arrived: whatever arrives from now on is new. */
  async function settled(): Promise<number> {
    await t.app.drain();
    await new Promise((resolve) => setTimeout(resolve, 2));
    return Date.now();
  }

  /** Log-in step 1 for the demo citizen: the challenge and the code its SMS carried. */
  async function startLogin(api: GraphQLClient = t.client()) {
    const since = await settled();
    const { login } = await api.ok(LoginDocument, { input: { identifier: 'mohammed.q', password: PASSWORD, ...(await captcha(api)) } });
    expect(login.errors).toEqual([]);
    return { api, challengeId: login.challenge!.id, code: await t.sms.codeFor(CITIZEN.mobile, since) };
  }

  async function verify(api: GraphQLClient, challengeId: string, code: string) {
    const { verifyLogin } = await api.ok(VerifyLoginDocument, { input: { challengeId, code } });
    return verifyLogin;
  }

  const codes = (payload: { errors: { code: string }[] }) => payload.errors.map((e) => e.code);
  const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
  const attemptsOf = async (id: string) => (await t.app.services.orm.em.fork().findOneOrFail(Challenge, id)).attempts;

  describe.skipIf(!enabled)('storage', () => {
    it('keeps only a keyed hash of the code, bound to its challenge', async () => {
      const { challengeId, code } = await startLogin();
      const row = await t.app.services.orm.em.fork().findOneOrFail(Challenge, challengeId);
      expect(JSON.stringify(row)).not.toContain(code);
      expect(row.codeHash).not.toContain(code);
      expect(row.codeHash.length).toBeGreaterThanOrEqual(43);
    });
  });

  describe.skipIf(!enabled)('expiry', () => {
    it('works just before 5 minutes and is CODE_EXPIRED after them', async () => {
      const early = await startLogin();
      const late = await startLogin();
      t.clock.advance(5 * MINUTE - 10_000);
      expect(codes(await verify(early.api, early.challengeId, early.code))).toEqual([]);
      t.clock.advance(10_001);
      const expired = await verify(late.api, late.challengeId, late.code);
      expect(expired.session).toBeNull();
      expect(expired.errors).toEqual([{ field: 'code', code: 'CODE_EXPIRED', message: identityMessages.CODE_EXPIRED.ar }]);
    });
  });

  describe.skipIf(!enabled)('tries', () => {
    it('counts down four wrong codes, voids the challenge at the fifth (which also pauses the code step), then refuses the right code', async () => {
      const { api, challengeId, code } = await startLogin();
      for (const remaining of [4, 3, 2, 1]) {
        const refused = (await api.ok(VerifyLoginRefusalDocument, { input: { challengeId, code: wrong(code) } })).verifyLogin;
        expect(refused.errors).toEqual([
          { field: 'code', code: 'CODE_INVALID', message: localize(identityMessages.CODE_INVALID, Language.AR, { triesLeft: remaining }), params: [{ name: 'triesLeft', value: String(remaining) }] },
        ]);
      }
      expect(codes(await verify(api, challengeId, wrong(code)))).toEqual(['CODE_STEP_LOCKED']);
      const voided = await verify(api, challengeId, code);
      expect(voided.session).toBeNull();
      expect(codes(voided)).toEqual(['TOO_MANY_ATTEMPTS']);
      expect(await attemptsOf(challengeId)).toBe(5);
    });

    it('evaluates at most 5 of 50 parallel wrong guesses, and then refuses the right code', async () => {
      const { api, challengeId, code } = await startLogin();
      const guesses = Array.from({ length: 50 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'));
      const answers = await Promise.all(guesses.map((guess) => t.client().request(VerifyLoginDocument, { input: { challengeId, code: guess } })));
      for (const answer of answers) expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      const verdicts = answers.map((a) => a.data!.verifyLogin.errors[0]?.code);
      expect(
        verdicts.every((v) => v === 'CODE_INVALID' || v === 'TOO_MANY_ATTEMPTS' || v === 'CODE_STEP_LOCKED'),
        verdicts.join(),
      ).toBe(true);
      // Each evaluated guess answers CODE_INVALID, or CODE_STEP_LOCKED for the one that was the fifth wrong code.
      expect(verdicts.filter((v) => v === 'CODE_INVALID').length).toBeLessThanOrEqual(4);
      expect(verdicts.filter((v) => v === 'CODE_STEP_LOCKED').length).toBeLessThanOrEqual(50 - 4);
      // Exactly five guesses were evaluated; which words their answers carry depends on the order the
      // parallel requests read the count in (an evaluated one may already read TOO_MANY_ATTEMPTS).
      expect(await attemptsOf(challengeId)).toBe(5);
      expect(codes(await verify(api, challengeId, code))).toEqual(['TOO_MANY_ATTEMPTS']);
    });

    it('counts codes that are not six digits as wrong tries', async () => {
      const { api, challengeId, code } = await startLogin();
      for (const bad of ['', '12345', '1234567', 'abcdef']) expect(codes(await verify(api, challengeId, bad))).toEqual(['CODE_INVALID']);
      expect(codes(await verify(api, challengeId, code))).toEqual([]);
    });
  });

  describe.skipIf(!enabled)('single use and binding', () => {
    it('works once: the second use of a right code is refused', async () => {
      const { api, challengeId, code } = await startLogin();
      const first = await verify(api, challengeId, code);
      expect(first.errors).toEqual([]);
      expect(first.session!.accessToken).toBeTruthy();
      const second = await verify(t.client(), challengeId, code);
      expect(second.session).toBeNull();
      expect(codes(second)).toEqual(['CHALLENGE_NOT_FOUND']);
    });

    it('gives one session when the right code is sent twice at once', async () => {
      const { challengeId, code } = await startLogin();
      const answers = await Promise.all([0, 1, 2].map(() => t.client().request(VerifyLoginDocument, { input: { challengeId, code } })));
      for (const answer of answers) expect(answer.errors).toBeUndefined();
      expect(answers.filter((a) => a.data!.verifyLogin.session).length).toBe(1);
    });

    it('does not accept one challenge’s code for another challenge', async () => {
      const a = await startLogin();
      let b = await startLogin(a.api);
      while (b.code === a.code) b = await startLogin(a.api);
      expect(codes(await verify(a.api, b.challengeId, a.code))).toEqual(['CODE_INVALID']);
      expect(codes(await verify(a.api, a.challengeId, a.code))).toEqual([]);
    });

    it('does not accept a registration challenge at log-in, nor a log-in challenge at registration', async () => {
      const api = t.client();
      const since = await settled();
      const { register: started } = await api.ok(RegisterDocument, {
        input: await registrationInput(api, { nationalId: RESIDENT.nationalId, mobile: RESIDENT.mobile, username: 'rajesh.k', email: 'rajesh@example.com', emailConfirmation: 'rajesh@example.com' }),
      });
      const registrationCode = await t.sms.codeFor(RESIDENT.mobile, since);
      expect(codes(await verify(api, started.challenge!.id, registrationCode))).toEqual(['CHALLENGE_NOT_FOUND']);

      const login = await startLogin(api);
      const { verifyRegistration } = await api.ok(VerifyRegistrationDocument, { input: { challengeId: login.challengeId, code: login.code } });
      expect(codes(verifyRegistration)).toEqual(['CHALLENGE_NOT_FOUND']);
      // Neither refusal spent the challenges.
      expect(codes(await verify(api, login.challengeId, login.code))).toEqual([]);
      const { verifyRegistration: registered } = await api.ok(VerifyRegistrationDocument, { input: { challengeId: started.challenge!.id, code: registrationCode } });
      expect(registered.errors).toEqual([]);
    });

    it('refuses an unknown or malformed challenge id', async () => {
      const api = t.client();
      expect(codes(await verify(api, '00000000-0000-4000-8000-000000000000', '123456'))).toEqual(['CHALLENGE_NOT_FOUND']);
      const res = await api.request(VerifyLoginDocument, { input: { challengeId: "'; drop table accounts; --", code: '123456' } });
      expect(res.errors).toBeUndefined();
      expect(codes(res.data!.verifyLogin)).toEqual(['CHALLENGE_NOT_FOUND']);
    });
  });

  describe.skipIf(!enabled)('resend', () => {
    it('is RESEND_TOO_SOON with the seconds left inside a minute, in the caller’s language', async () => {
      const { api, challengeId } = await startLogin();
      const soon = await api.ok(ResendCodeDocument, { input: { challengeId } });
      expect(soon.resendCode.challenge).toBeNull();
      const [error] = soon.resendCode.errors;
      expect(error.code).toBe('RESEND_TOO_SOON');
      const seconds = Number(/(\d+)/.exec(error.message)![1]);
      expect(seconds).toBeGreaterThan(50);
      expect(seconds).toBeLessThanOrEqual(60);
      expect(error.message).toBe(localize(identityMessages.RESEND_TOO_SOON, Language.AR, { retryAfter: seconds }));

      t.clock.advance(30_000);
      const english = await api.ok(ResendCodeDocument, { input: { challengeId } }, { 'accept-language': 'en' });
      const left = Number(/(\d+)/.exec(english.resendCode.errors[0].message)![1]);
      expect(left).toBeLessThanOrEqual(30);
      expect(english.resendCode.errors[0].message).toBe(localize(identityMessages.RESEND_TOO_SOON, Language.EN, { retryAfter: left }));
      const asData = await api.ok(ResendCodeRefusalDocument, { input: { challengeId } });
      expect(asData.resendCode.errors.map((e) => [e.code, e.params])).toEqual([['RESEND_TOO_SOON', [{ name: 'retryAfter', value: String(left) }]]]);
    });

    it('after 60 seconds sends a new code; the old one stops working and the new one works', async () => {
      const { api, challengeId, code: oldCode } = await startLogin();
      t.clock.advance(60_000);
      const since = await settled();
      const { resendCode } = await api.ok(ResendCodeDocument, { input: { challengeId } });
      expect(resendCode.errors).toEqual([]);
      expect(resendCode.challenge!.id).toBe(challengeId);
      expect(Date.parse(resendCode.challenge!.resendAvailableAt) - t.clock.now().getTime()).toBeGreaterThan(55_000);
      const newCode = await t.sms.codeFor(CITIZEN.mobile, since);
      if (newCode === oldCode) return; // one chance in a million: nothing to tell apart
      expect(codes(await verify(api, challengeId, oldCode))).toEqual(['CODE_INVALID']);
      const signedIn = await verify(api, challengeId, newCode);
      expect(signedIn.errors).toEqual([]);
      api.token = signedIn.session!.accessToken;
      expect((await api.ok(MeDocument)).me!.username).toBe('mohammed.q');
    });

    it('resends a registration code as a registration SMS in the applicant’s language, and the new code opens the account', async () => {
      const api = t.client();
      const input = await registrationInput(api, {
        nationalId: '1000000040',
        mobile: '0500000006',
        username: 'fahd.s',
        email: 'fahd@example.sa',
        emailConfirmation: 'fahd@example.sa',
        preferredLanguage: 'EN',
      });
      const sent = await settled();
      const { register: started } = await api.ok(RegisterDocument, { input });
      const challengeId = started.challenge!.id;
      // The first SMS must have arrived, or it could be taken for the resent one.
      const first = await t.sms.codeFor('+966500000006', sent);
      t.clock.advance(60_000);
      const since = await settled();
      expect((await api.ok(ResendCodeDocument, { input: { challengeId } })).resendCode.errors).toEqual([]);
      const sms = await t.sms.waitFor('+966500000006', since);
      const code = /\d{6}/.exec(sms.text)![0];
      expect(sms.text).toBe(localize(identityTexts.REGISTRATION_CODE, Language.EN, { code }));
      if (code !== first) expect(codes((await api.ok(VerifyRegistrationDocument, { input: { challengeId, code: first } })).verifyRegistration)).toEqual(['CODE_INVALID']);
      const { verifyRegistration } = await api.ok(VerifyRegistrationDocument, { input: { challengeId, code } });
      expect(verifyRegistration.errors).toEqual([]);
      expect(verifyRegistration.account!.username).toBe('fahd.s');
    });

    it('sends one new code when several resends arrive at once', async () => {
      const { challengeId } = await startLogin();
      t.clock.advance(60_000);
      const answers = await Promise.all([0, 1, 2, 3].map(() => t.client().request(ResendCodeDocument, { input: { challengeId } })));
      for (const answer of answers) expect(answer.errors).toBeUndefined();
      const verdicts = answers.map((a): string => a.data!.resendCode.errors[0]?.code ?? 'SENT');
      expect(verdicts.filter((v) => v === 'SENT')).toHaveLength(1);
      expect(verdicts.filter((v) => v === 'RESEND_TOO_SOON')).toHaveLength(3);
      expect((await t.app.services.orm.em.fork().findOneOrFail(Challenge, challengeId)).sends).toBe(2);
    });

    it('sends at most 5 codes for one challenge, and the challenge ends after 30 minutes', async () => {
      const { api, challengeId } = await startLogin();
      for (let sent = 2; sent <= 5; sent++) {
        t.clock.advance(60_000);
        expect((await api.ok(ResendCodeDocument, { input: { challengeId } })).resendCode.errors).toEqual([]);
      }
      t.clock.advance(60_000);
      expect(codes((await api.ok(ResendCodeDocument, { input: { challengeId } })).resendCode)).toEqual(['TOO_MANY_ATTEMPTS']);

      const other = await startLogin(api);
      t.clock.advance(30 * MINUTE);
      expect(codes((await api.ok(ResendCodeDocument, { input: { challengeId: other.challengeId } })).resendCode)).toEqual(['CHALLENGE_NOT_FOUND']);
      expect(codes(await verify(api, other.challengeId, other.code))).toEqual(['CHALLENGE_NOT_FOUND']);
    });

    it('gives a new code no fresh tries: after four wrong codes and a resend, one try is left; none after five', async () => {
      const { api, challengeId, code } = await startLogin();
      for (let i = 0; i < 4; i++) await verify(api, challengeId, wrong(code));
      expect(await attemptsOf(challengeId)).toBe(4);
      t.clock.advance(60_000);
      const since = await settled();
      expect((await api.ok(ResendCodeDocument, { input: { challengeId } })).resendCode.errors).toEqual([]);
      expect(await attemptsOf(challengeId)).toBe(4);
      const fresh = await t.sms.codeFor(CITIZEN.mobile, since);
      expect(codes(await verify(api, challengeId, fresh))).toEqual([]);

      const spent = await startLogin(api);
      for (let i = 0; i < 5; i++) await verify(api, spent.challengeId, wrong(spent.code));
      t.clock.advance(60_000);
      expect(codes((await api.ok(ResendCodeDocument, { input: { challengeId: spent.challengeId } })).resendCode)).toEqual(['TOO_MANY_ATTEMPTS']);
      t.clock.advance(60_000);
      expect(codes((await api.ok(ResendCodeDocument, { input: { challengeId } })).resendCode)).toEqual(['CHALLENGE_NOT_FOUND']);
    });
  });
});
