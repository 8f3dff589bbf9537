import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awaitOutboxMessage, redisForWorkers, startServerProcess, ServerProcess } from './helpers/server-process';

const SECONDS = Number(process.env.SQLITE_SOAK_SECONDS ?? 60);
const WRITERS = 50;

/** Two workers need Redis for what they share (limits, revocations): skipped without REDIS_URL_FOR_TESTS. */
const redisUrl = redisForWorkers(5);

/**
 * SQLite as a server database under write load from two processes (WORKERS=2 on one file): WAL,
 * a busy timeout, and write transactions that take the lock up front. 50 concurrent writers for a
 * minute, most requests transactions that read and then write: not one error answer.
 */
describe.skipIf(!redisUrl)('SQLite under 50 concurrent writers', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'absher-soak-'));
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({
      DATA_DIR: dir,
      DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`,
      WORKERS: '2',
      REDIS_URL: redisUrl!,
      CAPTCHA: 'off',
      RATE_LIMITS: 'register-address=1000000/60,captcha-address=1000000/60,sms-number=1000000/60,sms-address=1000000/60,cost-address=100000000/60,cost-account=100000000/60',
    });
  }, 60_000);
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  it(`ends ${SECONDS} s of writes with no error answer`, { timeout: (SECONDS + 60) * 1000 }, async () => {
    const failures: string[] = [];
    let writes = 0;
    type Payload = { errors?: { code: string }[]; appointment?: { id: string } | null; challenge?: { id: string } | null; session?: { accessToken: string } };
    const post = async (query: string, variables?: unknown, token?: string) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const json = (await res.json()) as { data?: Record<string, Payload>; errors?: unknown[] };
      if (res.status !== 200 || json.errors) failures.push(`${res.status} ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
      return json.data;
    };

    // Five demo adults sign up (codes from the development outbox); ten writers share each one.
    const adults = [
      ['1000000008', '+966500000001'],
      ['2000000006', '+966500000002'],
      ['1000000032', '+966500000005'],
      ['1000000040', '+966500000006'],
      ['2000000014', '+966500000007'],
    ];
    const tokens: string[] = [];
    for (const [i, [nationalId, mobile]] of adults.entries()) {
      const input = {
        nationalId,
        mobile,
        username: `soak${i}`,
        password: 'a passphrase nobody guesses',
        passwordConfirmation: 'a passphrase nobody guesses',
        email: `soak${i}@example.sa`,
        emailConfirmation: `soak${i}@example.sa`,
        captchaId: 'off',
        captchaCode: 'off',
        acceptTerms: true,
      };
      const registered = await post('mutation($input: RegisterInput!) { register(input: $input) { challenge { id } errors { code } } }', { input });
      const code = /\b(\d{6})\b/.exec((await awaitOutboxMessage(server.url, mobile)).body)![1];
      const verified = await post('mutation($input: VerifyCodeInput!) { verifyRegistration(input: $input) { session { accessToken } errors { code } } }', {
        input: { challengeId: registered!.register.challenge!.id, code },
      });
      tokens.push(verified!.verifyRegistration.session!.accessToken);
    }
    const slots = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[0]}` },
      body: JSON.stringify({ query: '{ appointmentSlots(officeId: "RUH-TRAFFIC-1", serviceCode: DRIVING_LICENCE_ISSUANCE) { nodes { startsAt } } }' }),
    });
    const slotsJson = (await slots.json()) as { data?: { appointmentSlots: { nodes: { startsAt: string }[] } }; errors?: unknown };
    expect(slotsJson.errors).toBeUndefined();
    const starts = slotsJson.data!.appointmentSlots.nodes.map((s) => s.startsAt);
    expect(starts.length).toBeGreaterThan(0);
    const services = ['DRIVING_LICENCE_ISSUANCE', 'VEHICLE_SERVICES', 'VIOLATION_REVIEW'];
    const expected = new Set(['ALREADY_BOOKED', 'SLOT_FULL']);

    const until = Date.now() + SECONDS * 1000;
    const writer = async (w: number) => {
      const token = tokens[w % tokens.length];
      while (Date.now() < until) {
        // Booking is a transaction that reads (office, slot, the person's active bookings) and then
        // writes (the seat counter, the appointment, a notification); so is cancelling.
        const booked = await post(
          'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id } errors { code } } }',
          { input: { officeId: 'RUH-TRAFFIC-1', serviceCode: services[w % 3], slotStart: starts[w % Math.min(8, starts.length)] } },
          token,
        );
        const unexpected = booked?.bookAppointment.errors?.filter((e) => !expected.has(e.code)) ?? [];
        if (unexpected.length) failures.push(JSON.stringify(unexpected));
        const id = booked?.bookAppointment.appointment?.id;
        if (id) {
          const cancelled = await post('mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { errors { code } } }', { input: { appointmentId: id } }, token);
          if (cancelled?.cancelAppointment.errors?.length) failures.push(JSON.stringify(cancelled.cancelAppointment.errors));
        }
        await post('mutation { newCaptcha { id } }');
        writes += id ? 3 : 2;
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    expect(failures.slice(0, 5)).toEqual([]);
    expect(writes).toBeGreaterThan(WRITERS * 2);
  });
});
