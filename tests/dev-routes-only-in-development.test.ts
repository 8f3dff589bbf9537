import { createHash } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegisterDocument, VerifyRegistrationDocument } from './gql/graphql';
import { CITIZEN, registrationInput } from './helpers/flows';
import { startTestApp, type TestApp } from './helpers/test-app';

/**
 * The development stand-ins: `/dev/outbox` (outside production, with the SMS outbox) and the
 * explorer's `/dev/demo-people` (development with the SMS outbox only). Production has neither.
 */

interface OutboxEntry {
  id: number;
  channel: string;
  to: string;
  body: string;
}

interface DemoPersonEntry {
  nationalId: string;
  nameAr: string;
  nameEn: string;
  mobile: string | null;
  account: { username: string; mobile: string } | null;
}

async function json<T>(url: string): Promise<T> {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  return (await res.json()) as T;
}

describe('development with the SMS outbox', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { NODE_ENV: 'development', SMS_GATEWAY: 'outbox' } });
  });
  afterAll(async () => t?.stop());

  it('lists the demo registry’s people and which of them have an account', async () => {
    const people = await json<DemoPersonEntry[]>(`${t.url}/dev/demo-people`);
    expect(people).toHaveLength(18);
    expect(people[0]).toEqual({ nationalId: CITIZEN.nationalId, nameAr: CITIZEN.nameAr, nameEn: CITIZEN.nameEn, mobile: CITIZEN.mobile, account: null });
    // Several mobiles: the first; none: null.
    expect(people.find((p) => p.nationalId === '1000000032')!.mobile).toBe('+966500000005');
    expect(people.find((p) => p.nationalId === '2000000048')!.mobile).toBeNull();
    expect(people.every((p) => p.account === null)).toBe(true);
  });

  it('reads /dev/outbox?to= with the plus typed as is (it arrives as a space) or encoded, and then lists the new account', async () => {
    const before = await json<OutboxEntry[]>(`${t.url}/dev/outbox?to=%2B966500000001`);
    const input = await registrationInput(t.api);
    const { register } = await t.api.ok(RegisterDocument, { input });
    expect(register.errors).toEqual([]);
    await t.app.drain();

    // As a developer types it in an address bar: `+` unencoded.
    const typed = await json<OutboxEntry[]>(`${t.url}/dev/outbox?to=+966500000001`);
    expect(typed.length).toBe(before.length + 1);
    expect(typed[0]).toMatchObject({ channel: 'SMS', to: CITIZEN.mobile });
    expect(await json<OutboxEntry[]>(`${t.url}/dev/outbox?to=%2B966500000001`)).toEqual(typed);
    // An e-mail address is taken as it is.
    expect(await json<OutboxEntry[]>(`${t.url}/dev/outbox?to=nobody%40example.sa`)).toEqual([]);

    const code = /\b(\d{6})\b/.exec(typed[0].body)![1];
    const { verifyRegistration } = await t.api.ok(VerifyRegistrationDocument, { input: { challengeId: register.challenge!.id, code } });
    expect(verifyRegistration.errors).toEqual([]);
    const people = await json<DemoPersonEntry[]>(`${t.url}/dev/demo-people`);
    expect(people.find((p) => p.nationalId === CITIZEN.nationalId)!.account).toEqual({ username: input.username, mobile: CITIZEN.mobile });
  });
});

describe('the test environment (outbox, not development)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { SMS_GATEWAY: 'outbox' } });
  });
  afterAll(async () => t?.stop());

  it('has /dev/outbox but not the explorer’s demo people', async () => {
    expect((await fetch(`${t.url}/dev/outbox`)).status).toBe(200);
    expect((await fetch(`${t.url}/dev/demo-people`)).status).toBe(404);
  });

  it('answers a recipient with NUL or control characters with 400, never a server error with the SQL (security round two, low)', async () => {
    for (const to of ['%00', '%2B966500000001%00', '966500000001%00', 'a%00%40example.sa', '%0A', '%1B%5B31m']) {
      const res = await fetch(`${t.url}/dev/outbox?to=${to}`);
      const body = await res.text();
      expect(res.status, to).toBe(400);
      expect(body, to).not.toMatch(/select|from|where|sqlite|outbox_messages/i);
    }
  });
});

describe('production, even with the SMS outbox', () => {
  let t: TestApp;
  beforeAll(async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    t = await startTestApp({
      env: {
        NODE_ENV: 'production',
        SMS_GATEWAY: 'outbox',
        JWT_PRIVATE_KEYS: JSON.stringify([{ ...(await exportJWK(privateKey)), alg: 'EdDSA', kid: 'test-1' }]),
        APP_SECRETS: createHash('sha256').update(String(Math.random())).digest('hex'),
        PAYMENT_CALLBACK_SECRET: createHash('sha256').update(String(Math.random())).digest('hex'),
        DB_AUTO_MIGRATE: 'true',
      },
    });
  });
  afterAll(async () => t?.stop());

  it('has no development route', async () => {
    for (const route of ['/dev/outbox', '/dev/outbox?to=+966500000001', '/dev/demo-people']) {
      expect((await fetch(`${t.url}${route}`)).status, route).toBe(404);
    }
  });
});
