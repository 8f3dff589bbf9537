import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestPasswordResetDocument } from './gql/graphql';
import { CITIZEN, register } from './helpers/flows';
import { GraphQLClient } from './helpers/graphql-client';
import { sharedSecrets, startServerProcess, type ServerProcess } from './helpers/server-process';
import { SmsReceiver } from './helpers/sms-receiver';
import type { TestApp } from './helpers/test-app';

/**
 * The attack (security round two, medium 4): `requestPasswordReset` answered alike in words whether
 * or not the national ID and mobile matched an account, but a match answered 1–4 ms slower — enough,
 * over many tries, to tell which mobile is a person's registered one. Both paths now do the same
 * work before answering.
 */
const RATE_LIMITS = ['captcha-address', 'reset-address', 'sms-number', 'sms-address'].map((n) => `${n}=100000/3600`).join(',');
const PAIRS = 300;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.ceil((sorted.length - 1) / 2)]) / 2;
};

describe('password reset takes the same time whether or not the ID and mobile match an account', () => {
  // The server runs in its own process, as an attacker meets it: what it does after answering (the
  // SMS to the owner) is not in the time the client sees, as it would be with the client in-process.
  const sms = new SmsReceiver('reset-timing-webhook-secret-0123');
  let server: ServerProcess;
  let api: GraphQLClient;
  beforeAll(async () => {
    await sms.start();
    server = await startServerProcess({
      ...(await sharedSecrets()),
      DATABASE_URL: 'sqlite::memory:',
      SMS_GATEWAY: 'webhook',
      SMS_WEBHOOK_URL: sms.url,
      SMS_WEBHOOK_SECRET: sms.secret,
      CAPTCHA: 'off',
      RATE_LIMITS,
    });
    api = new GraphQLClient(`${server.url}/graphql`);
    await register({ api, sms } as unknown as TestApp, {}, api);
    api.token = null;
  }, 90_000);
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    await sms.stop();
  });

  async function timedReset(mobile: string) {
    const since = Date.now();
    const started = performance.now();
    const res = await api.request(RequestPasswordResetDocument, { input: { nationalId: CITIZEN.nationalId, mobile, captchaId: '', captchaCode: '' } });
    const ms = performance.now() - started;
    expect(res.data?.requestPasswordReset.errors).toEqual([]);
    // The owner's SMS has left before the next request, so it weighs on neither.
    if (mobile === CITIZEN.mobile) await sms.waitFor(CITIZEN.mobile, since);
    return ms;
  }

  it(`over ${PAIRS} interleaved pairs, the median difference is under three quarters of a millisecond`, async () => {
    const matching: number[] = [];
    const other: number[] = [];
    // Warm-up first, so neither series pays for first-use costs; then pairs, so that whatever else
    // loads the machine weighs on both members of a pair alike and cancels in their difference.
    for (let i = 0; i < 10; i++) {
      await timedReset(CITIZEN.mobile);
      await timedReset(`+96659${String(1000000 + i).slice(-7)}`);
    }
    for (let i = 0; i < PAIRS; i++) {
      // Alternate which goes first, so that an order effect cannot pass for a difference.
      const wrongMobile = `+96659${String(2000000 + i).slice(-7)}`;
      if (i % 2) {
        other.push(await timedReset(wrongMobile));
        matching.push(await timedReset(CITIZEN.mobile));
      } else {
        matching.push(await timedReset(CITIZEN.mobile));
        other.push(await timedReset(wrongMobile));
      }
    }
    const difference = median(matching.map((m, i) => m - other[i]));
    expect(Math.abs(difference), `matching ${median(matching).toFixed(2)} ms, other ${median(other).toFixed(2)} ms, paired difference ${difference.toFixed(2)} ms`).toBeLessThan(0.75);
  }, 180_000);
});
