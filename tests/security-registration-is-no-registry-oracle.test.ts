import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../server/modules/identity/account.entity';
import { identityMessages } from '../server/modules/identity/identity.errors';
import { withCheckDigit } from '../server/shared/normalize';
import { RegisterDocument, VerifyRegistrationDocument, type RegisterInput } from './gql/graphql';
import { CITIZEN, DECEASED, DEMO, MINOR, RESIDENT, register, registrationInput } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

/**
 * The attack (security round two, medium 4): with a solved image code, `register` answered for any
 * ID whether it was in the registry, deceased or under 17, whether a user name was taken, and —
 * through MOBILE_NOT_LINKED — which mobile belongs to which ID. Now every well-formed registration
 * is answered alike and the code goes to the mobile typed; the registry speaks only after the code,
 * and only to a holder of a mobile it links to that ID. Here the attacker holds one mobile of his own.
 */
const RATE_LIMITS = ['captcha-address', 'register-address', 'sms-number', 'sms-address'].map((n) => `${n}=100000/3600`).join(',');
const ATTACKER_MOBILE = '+966599999990';

describe.each(databases)('registration is no oracle for the civil registry ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind, env: { RATE_LIMITS } });
    // An ID that has an account, and a user name that is taken.
    await register(t, { nationalId: RESIDENT.nationalId, mobile: RESIDENT.mobile, username: 'rajesh.k', email: 'rajesh@example.com', emailConfirmation: 'rajesh@example.com' }, t.client());
  });
  afterAll(async () => t?.stop());

  const settled = async () => {
    await t.app.drain();
    await new Promise((r) => setTimeout(r, 2));
    return Date.now();
  };

  /** The answer with what differs by nature (the challenge's id, the masked mobile, times) taken out. */
  const comparable = (data: unknown) => JSON.stringify(data, (key, value: unknown) => (['id', 'maskedMobile', 'expiresAt', 'resendAvailableAt'].includes(key) ? typeof value : value));

  async function probe(api: GraphQLClient, overrides: Partial<RegisterInput>) {
    const since = await settled();
    const res = await api.request(RegisterDocument, { input: await registrationInput(api, { email: 'probe@example.sa', emailConfirmation: 'probe@example.sa', ...overrides }) });
    return { res, since, body: comparable(res.data), headers: [...res.headers.keys()].sort() };
  }

  it.skipIf(!enabled)('every probe of an ID gets the same answer, the code goes to the mobile typed, and after it only MOBILE_NOT_LINKED', async () => {
    const attacker = t.client();
    attacker.language = 'en';
    const probes: Record<string, Partial<RegisterInput>> = {
      'a citizen without an account': { nationalId: CITIZEN.nationalId, username: 'probe.a' },
      'an ID nobody holds': { nationalId: withCheckDigit('123456789'), username: 'probe.b' },
      'a deceased person': { nationalId: DECEASED.nationalId, username: 'probe.c' },
      'a 16-year-old': { nationalId: MINOR.nationalId, username: 'probe.d' },
      'an ID that has an account': { nationalId: RESIDENT.nationalId, username: 'probe.e' },
      'a user name that is taken': { nationalId: DEMO.FAHD.nationalId, username: 'Rajesh.K' },
    };
    const answers: Record<string, Awaited<ReturnType<typeof probe>> & { code: string }> = {};
    for (const [what, overrides] of Object.entries(probes)) {
      const answer = await probe(attacker, { ...overrides, mobile: ATTACKER_MOBILE });
      // Each one sends a working code to the attacker's own phone — even for the ID that has an account.
      answers[what] = { ...answer, code: await t.sms.codeFor(ATTACKER_MOBILE, answer.since) };
    }

    const reference = answers['a citizen without an account'];
    expect(reference.res.data!.register.errors).toEqual([]);
    for (const [what, answer] of Object.entries(answers)) {
      expect(answer.res.status, what).toBe(reference.res.status);
      expect(answer.res.errors, what).toBeUndefined();
      expect(answer.body, what).toBe(reference.body);
      expect(answer.headers, what).toEqual(reference.headers);
      expect(answer.res.data!.register.challenge!.maskedMobile, what).toBe('+966 5• ••• ••90');
    }

    // Once typed, each code gets exactly the same answer, which names no fact about the ID.
    const verdicts = new Set<string>();
    for (const [what, answer] of Object.entries(answers)) {
      const { verifyRegistration } = await attacker.ok(VerifyRegistrationDocument, { input: { challengeId: answer.res.data!.register.challenge!.id, code: answer.code } });
      expect(verifyRegistration.errors, what).toEqual([{ field: 'mobile', code: 'MOBILE_NOT_LINKED', message: identityMessages.MOBILE_NOT_LINKED.en }]);
      verdicts.add(JSON.stringify(verifyRegistration));
    }
    expect(verdicts.size).toBe(1);

    // Nobody else's phone was written to, and nothing was opened.
    await t.app.drain();
    for (const mobile of [CITIZEN.mobile, DECEASED.mobile, MINOR.mobile, RESIDENT.mobile, `+966${DEMO.FAHD.mobile.slice(1)}`]) {
      expect(
        t.sms.messages.filter((m) => m.to === mobile && m.receivedAt >= reference.since),
        mobile,
      ).toEqual([]);
    }
    expect(await t.app.services.orm.em.fork().count(Account, {})).toBe(1);
  });

  it.skipIf(!enabled)('which mobile belongs to an ID cannot be read from the answer: a linked and an unlinked mobile are answered alike', async () => {
    const attacker = t.client();
    const linked = await probe(attacker, { nationalId: CITIZEN.nationalId, mobile: CITIZEN.mobile, username: 'probe.f' });
    const unlinked = await probe(attacker, { nationalId: CITIZEN.nationalId, mobile: '0599999991', username: 'probe.g' });
    const othersMobile = await probe(attacker, { nationalId: CITIZEN.nationalId, mobile: RESIDENT.mobile, username: 'probe.h' });
    for (const answer of [unlinked, othersMobile]) {
      expect(answer.res.status).toBe(linked.res.status);
      expect(answer.body).toBe(linked.body);
      expect(answer.headers).toEqual(linked.headers);
    }
    expect(linked.res.data!.register.errors).toEqual([]);
    // The code for the linked mobile went to its holder, whom the attacker is not.
    expect(await t.sms.codeFor(CITIZEN.mobile, linked.since)).toMatch(/^\d{6}$/);
  });
});
