import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../server/modules/identity/account.entity';
import { Challenge } from '../server/modules/identity/challenge.entity';
import { identityTexts } from '../server/modules/identity/identity.texts';
import { RegisterDocument, ResendCodeDocument, VerifyRegistrationDocument } from './gql/graphql';
import { MULTI_MOBILE, register, registrationInput, RESIDENT } from './helpers/flows';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const RATE_LIMITS = 'register-address=10000/3600,captcha-address=10000/900,sms-number=10000/3600,sms-address=10000/3600,resend-address=10000/3600';
const [REGISTERED_MOBILE, OTHER_MOBILE] = MULTI_MOBILE.mobiles;

describe.each(databases)('registration of an ID that already has an account ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let firstCode: string;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind, env: { RATE_LIMITS } });
    const since = await settled();
    await register(
      t,
      { nationalId: MULTI_MOBILE.nationalId, mobile: REGISTERED_MOBILE, username: 'noura.o', email: 'noura@example.sa', emailConfirmation: 'noura@example.sa', preferredLanguage: 'EN' },
      t.client(),
    );
    firstCode = await t.sms.codeFor(REGISTERED_MOBILE, since);
  });
  afterAll(async () => t?.stop());

  /** A moment after every message sent so far has arrived: whatever arrives from now on is new. */
  async function settled(): Promise<number> {
    await t.app.drain();
    await new Promise((resolve) => setTimeout(resolve, 2));
    return Date.now();
  }

  it.skipIf(!enabled)('answers exactly like a new registration, texts the owner instead, and no code can verify it', async () => {
    // A new registration (someone else) and a repeated one (same ID, another linked number, another
    // user name, another language), from two fresh clients.
    const fresh = t.client();
    const freshAt = await settled();
    const freshRes = await fresh.request(RegisterDocument, {
      input: await registrationInput(fresh, { nationalId: RESIDENT.nationalId, mobile: '0500000002', username: 'rajesh.k', email: 'rajesh@example.com', emailConfirmation: 'rajesh@example.com' }),
    });
    const intruder = t.client();
    const intruderAt = await settled();
    const repeatRes = await intruder.request(RegisterDocument, {
      input: await registrationInput(intruder, { nationalId: MULTI_MOBILE.nationalId, mobile: OTHER_MOBILE, username: 'noura.twin', email: 'twin@example.sa', emailConfirmation: 'twin@example.sa' }),
    });

    // Same status, same headers that matter, same shape, same relative times.
    expect(repeatRes.status).toBe(freshRes.status);
    expect(repeatRes.errors).toBeUndefined();
    const shape = (value: unknown): unknown => (value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)])) : typeof value);
    expect(shape(repeatRes.data)).toEqual(shape(freshRes.data));
    const fresh1 = freshRes.data!.register;
    const repeat = repeatRes.data!.register;
    expect(repeat.errors).toEqual([]);
    expect(repeat.challenge!.maskedMobile).toBe(`+966 5• ••• ••${OTHER_MOBILE.slice(-2)}`);
    const relative = (c: typeof repeat.challenge, at: number) => ({
      expiresIn: Math.round((Date.parse(c!.expiresAt) - at) / 1000),
      resendIn: Math.round((Date.parse(c!.resendAvailableAt) - at) / 1000),
    });
    expect(relative(repeat.challenge, intruderAt)).toEqual(relative(fresh1.challenge, freshAt));
    expect([...repeatRes.headers.keys()].sort()).toEqual([...freshRes.headers.keys()].sort());
    expect(!!repeatRes.headers.get('set-cookie')).toBe(!!freshRes.headers.get('set-cookie'));

    // The owner's registered phone learns that an account exists, in the owner's language, with no code.
    const notice = await t.sms.waitFor(REGISTERED_MOBILE, intruderAt);
    expect(notice.text).toBe(identityTexts.ACCOUNT_EXISTS.en);
    expect(notice.locale).toBe('en');
    expect(notice.text).not.toMatch(/\d{6}/);
    await t.app.drain();
    expect(t.sms.messages.filter((m) => m.to === OTHER_MOBILE)).toEqual([]);

    // No code verifies the decoy: not the owner's last code, not a guess, not in five tries.
    const challengeId = repeat.challenge!.id;
    for (const code of [firstCode, '000000', '123456', '999999']) {
      const { verifyRegistration } = await intruder.ok(VerifyRegistrationDocument, { input: { challengeId, code } });
      expect(verifyRegistration.session).toBeNull();
      expect(verifyRegistration.errors.map((e) => e.code)).toEqual(['CODE_INVALID']);
    }
    const em = t.app.services.orm.em.fork();
    const decoy = await em.findOneOrFail(Challenge, challengeId);
    expect(decoy.decoy).toBe(true);
    expect(decoy.pending ?? null).toBeNull();
    expect(await em.count(Account, { person: MULTI_MOBILE.nationalId })).toBe(1);
    expect(await em.count(Account, { usernameKey: 'noura.twin' })).toBe(0);
  });

  it.skipIf(!enabled)('resends for the decoy like for a real challenge, and still sends nothing to the number typed', async () => {
    const intruder = t.client();
    const { register: repeat } = await intruder.ok(RegisterDocument, {
      input: await registrationInput(intruder, {
        nationalId: MULTI_MOBILE.nationalId,
        mobile: OTHER_MOBILE,
        username: 'noura.twin2',
        email: 'twin2@example.sa',
        emailConfirmation: 'twin2@example.sa',
      }),
    });
    const soon = await intruder.ok(ResendCodeDocument, { input: { challengeId: repeat.challenge!.id } });
    expect(soon.resendCode.errors.map((e) => e.code)).toEqual(['RESEND_TOO_SOON']);
    t.clock.advance(61_000);
    const later = await intruder.ok(ResendCodeDocument, { input: { challengeId: repeat.challenge!.id } });
    expect(later.resendCode.errors).toEqual([]);
    expect(later.resendCode.challenge!.id).toBe(repeat.challenge!.id);
    await t.app.drain();
    expect(t.sms.messages.filter((m) => m.to === OTHER_MOBILE)).toEqual([]);
    const { verifyRegistration } = await intruder.ok(VerifyRegistrationDocument, { input: { challengeId: repeat.challenge!.id, code: firstCode } });
    // Wrong codes count per national ID across challenges, decoys included: after the four of the test
    // above this fifth one pauses the registration code step for this ID, exactly as for a real challenge.
    expect(verifyRegistration.errors.map((e) => e.code)).toEqual(['CODE_STEP_LOCKED']);
  });
});
