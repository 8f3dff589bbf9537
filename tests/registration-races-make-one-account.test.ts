import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../server/modules/identity/account.entity';
import { RegisterDocument, VerifyRegistrationDocument } from './gql/graphql';
import { MULTI_MOBILE, registrationInput, RESIDENT } from './helpers/flows';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const RATE_LIMITS = ['captcha-address', 'register-address', 'sms-number', 'sms-address'].map((n) => `${n}=100000/3600`).join(',');

describe.each(databases)('parallel registrations ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (enabled) t = await startTestApp({ database: kind, env: { RATE_LIMITS } });
  });
  afterAll(async () => t?.stop());

  /** A moment after every message sent so far has arrived: whatever arrives from now on is new. */
  async function settled(): Promise<number> {
    await t.app.drain();
    await new Promise((resolve) => setTimeout(resolve, 2));
    return Date.now();
  }

  /** Step 1 for `overrides`; the challenge id and the code its SMS carried. */
  async function started(overrides: Parameters<typeof registrationInput>[1], to: string) {
    const api = t.client();
    const since = await settled();
    const { register } = await api.ok(RegisterDocument, { input: await registrationInput(api, overrides) });
    expect(register.errors).toEqual([]);
    return { challengeId: register.challenge!.id, code: await t.sms.codeFor(to, since) };
  }

  it.skipIf(!enabled)('makes one account when two codes for the same ID are verified at the same moment', async () => {
    const base = { nationalId: MULTI_MOBILE.nationalId, email: 'noura@example.sa', emailConfirmation: 'noura@example.sa' };
    const a = await started({ ...base, mobile: MULTI_MOBILE.mobiles[0], username: 'noura.a' }, MULTI_MOBILE.mobiles[0]);
    const b = await started({ ...base, mobile: MULTI_MOBILE.mobiles[1], username: 'noura.b' }, MULTI_MOBILE.mobiles[1]);
    const answers = await Promise.all([a, b].map((input) => t.client().request(VerifyRegistrationDocument, { input })));
    for (const answer of answers) expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    const winners = answers.filter((x) => x.data!.verifyRegistration.session);
    expect(winners).toHaveLength(1);
    const loser = answers.find((x) => !x.data!.verifyRegistration.session)!;
    expect(loser.data!.verifyRegistration.errors.map((e) => e.code)).toEqual(['CHALLENGE_NOT_FOUND']);
    expect(await t.app.services.orm.em.fork().count(Account, { person: MULTI_MOBILE.nationalId })).toBe(1);
  });

  it.skipIf(!enabled)('gives a user name to one of two people who verify at the same moment, and USERNAME_TAKEN to the other', async () => {
    const a = await started({ nationalId: RESIDENT.nationalId, mobile: RESIDENT.mobile, username: 'falcon', email: 'rajesh@example.com', emailConfirmation: 'rajesh@example.com' }, RESIDENT.mobile);
    const b = await started({ username: 'Falcon' }, '+966500000001');
    const answers = await Promise.all([a, b].map((input) => t.client().request(VerifyRegistrationDocument, { input })));
    for (const answer of answers) expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    expect(answers.filter((x) => x.data!.verifyRegistration.session)).toHaveLength(1);
    const loser = answers.find((x) => !x.data!.verifyRegistration.session)!;
    expect(loser.data!.verifyRegistration.errors).toEqual([expect.objectContaining({ field: 'username', code: 'USERNAME_TAKEN' })]);
    expect(await t.app.services.orm.em.fork().count(Account, { usernameKey: 'falcon' })).toBe(1);
  });
});
