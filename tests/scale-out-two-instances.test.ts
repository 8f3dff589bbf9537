import { MikroORM } from '@mikro-orm/core';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormOptions } from '../server/db/orm';
import { CaptchaCode } from '../server/modules/identity/challenge.entity';
import { AppointmentSlotsDocument, BookAppointmentDocument, MeDocument, NewCaptchaDocument, RefreshSessionDocument } from './gql/graphql';
import { GraphQLClient } from './helpers/graphql-client';
import { CITIZEN, register } from './helpers/flows';
import { sharedSecrets, startServerProcess, ServerProcess } from './helpers/server-process';
import { SmsReceiver } from './helpers/sms-receiver';
import type { TestApp } from './helpers/test-app';

const postgres = process.env.TEST_POSTGRES_URL;
const redisUrl = process.env.REDIS_URL_FOR_TESTS;

/**
 * Two server processes on one PostgreSQL and one Redis, as an operator runs the portal at scale:
 * whatever one instance issues or counts, the other honours.
 */
describe.skipIf(!postgres || !redisUrl)('two instances on PostgreSQL and Redis', () => {
  const sms = new SmsReceiver('two-instances-webhook-secret-0123');
  let a: ServerProcess;
  let b: ServerProcess;
  let dbUrl: string;
  let dbName: string;
  let admin: MikroORM;

  beforeAll(async () => {
    await sms.start();
    admin = await MikroORM.init({ ...ormOptions({ kind: 'postgresql', url: postgres! }), entities: [], discovery: { warnWhenNoEntities: false } });
    dbName = `absher_two_${process.pid}`;
    await admin.em.getConnection().execute(`create database ${dbName}`);
    const url = new URL(postgres!);
    url.pathname = `/${dbName}`;
    dbUrl = url.toString();
    const redis = new Redis(redisUrl!);
    const keys = await redis.keys('absher-rl:*');
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    const env = {
      ...(await sharedSecrets()),
      DATABASE_URL: dbUrl,
      REDIS_URL: redisUrl!,
      SMS_GATEWAY: 'webhook',
      SMS_WEBHOOK_URL: sms.url,
      SMS_WEBHOOK_SECRET: sms.secret,
      CAPTCHA: 'off',
      PUBLIC_URL: 'http://absher.test',
      RATE_LIMITS: 'captcha-address=20/600',
      // Client addresses come from X-Forwarded-For, as behind the operator's load balancer.
      TRUST_PROXY: 'true',
    };
    a = await startServerProcess(env);
    b = await startServerProcess({ ...env, DB_AUTO_MIGRATE: 'false', DEMO_DATA: 'false' });
  }, 90_000);

  afterAll(async () => {
    for (const p of [a, b]) if (p && p.child.exitCode === null) p.child.kill('SIGTERM');
    await Promise.all([a?.exited, b?.exited]);
    await admin?.em.getConnection().execute(`drop database if exists ${dbName} with (force)`);
    await admin?.close();
    await sms.stop();
  });

  const clientOf = (p: ServerProcess) => new GraphQLClient(`${p.url}/graphql`);
  const asTestApp = (api: GraphQLClient) => ({ api, sms }) as unknown as TestApp;

  it('a session from one instance works on the other; a refresh rotated on one and reused on the other ends the family', async () => {
    const onA = clientOf(a);
    const signedIn = await register(asTestApp(onA), {}, onA);
    const onB = clientOf(b);
    onB.token = onA.token;
    expect((await onB.ok(MeDocument)).me?.person.nationalId).toBe(CITIZEN.nationalId);

    const first = signedIn.session!.refreshToken!;
    const rotated = await onA.ok(RefreshSessionDocument, { input: { refreshToken: first } });
    expect(rotated.refreshSession.errors).toEqual([]);
    onB.token = rotated.refreshSession.session!.accessToken;
    expect((await onB.ok(MeDocument)).me).not.toBeNull();

    // The old token replayed on B: the whole family ends, on both instances, at once.
    const replay = await onB.ok(RefreshSessionDocument, { input: { refreshToken: first } });
    expect(replay.refreshSession.errors.map((e) => e.code)).toEqual(['SESSION_EXPIRED']);
    const newest = await onA.ok(RefreshSessionDocument, { input: { refreshToken: rotated.refreshSession.session!.refreshToken! } });
    expect(newest.refreshSession.errors.map((e) => e.code)).toEqual(['SESSION_EXPIRED']);
    for (const api of [onA, onB]) {
      api.token = rotated.refreshSession.session!.accessToken;
      expect((await api.ok(MeDocument)).me).toBeNull();
    }
  });

  it('shares rate limits: the budget of one address is spent across both instances', async () => {
    const onA = clientOf(a);
    const onB = clientOf(b);
    const answers: string[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await (i % 2 ? onB : onA).request(NewCaptchaDocument, undefined, { 'x-forwarded-for': '198.51.100.7' });
      answers.push(res.errors?.[0]?.extensions?.code === 'RATE_LIMITED' ? 'limited' : res.data?.newCaptcha.id ? 'ok' : 'other');
    }
    // 20 per 10 minutes for the address, counted once for both instances (each saw only 15).
    expect(answers.slice(0, 20).every((x) => x === 'ok')).toBe(true);
    expect(answers.slice(20).every((x) => x === 'limited')).toBe(true);
  });

  it('100 parallel bookings spread over both instances never exceed a slot of capacity 3', async () => {
    const people = [
      { nationalId: '1000000040', mobile: '0500000006', username: 'fahd.s' },
      { nationalId: '1000000032', mobile: '0500000005', username: 'noura.o' },
      { nationalId: '2000000006', mobile: '0500000002', username: 'rajesh.n' },
    ];
    const clients: GraphQLClient[] = [];
    for (const [i, person] of people.entries()) {
      const api = clientOf(i % 2 ? b : a);
      await register(asTestApp(api), { ...person, email: `${person.username}@example.sa`, emailConfirmation: `${person.username}@example.sa` }, api);
      // Each person's session is used on both instances.
      const other = clientOf(i % 2 ? a : b);
      other.token = api.token;
      clients.push(api, other);
    }
    const office = 'RUH-TRAFFIC-1';
    const services = ['DRIVING_LICENCE_ISSUANCE', 'VEHICLE_SERVICES', 'VIOLATION_REVIEW'];
    const { appointmentSlots } = await clients[0].ok(AppointmentSlotsDocument, { officeId: office, serviceCode: services[0] });
    const slotStart = appointmentSlots[0].startsAt;
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        clients[i % clients.length].request(BookAppointmentDocument, { input: { officeId: office, serviceCode: services[i % 3], slotStart } }),
      ),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => r.data?.bookAppointment.appointment)).toHaveLength(3);
    const codes = new Set(results.flatMap((r) => r.data?.bookAppointment.errors.map((e) => e.code) ?? ['NO_DATA']));
    expect([...codes].every((c) => c === 'SLOT_FULL' || c === 'ALREADY_BOOKED')).toBe(true);
    const after = await clients[1].ok(AppointmentSlotsDocument, { officeId: office, serviceCode: services[0] });
    expect(after.appointmentSlots.find((s) => s.startsAt === slotStart)?.remaining).toBe(0);
  });

  it('loses no acknowledged write when an instance is killed mid-load', async () => {
    const onA = clientOf(a);
    const acknowledged: string[] = [];
    let killed = false;
    let n = 0;
    const load = Array.from({ length: 8 }, async () => {
      while (!killed) {
        try {
          const res = await onA.request(NewCaptchaDocument, undefined, { 'x-forwarded-for': `203.0.113.${n++ % 250}` });
          if (res.data?.newCaptcha.id) acknowledged.push(res.data.newCaptcha.id);
        } catch {
          return;
        }
      }
    });
    await new Promise((r) => setTimeout(r, 500));
    a.child.kill('SIGKILL');
    killed = true;
    await Promise.all(load);
    await a.exited;
    expect(acknowledged.length).toBeGreaterThan(0);
    const orm = await MikroORM.init(ormOptions({ kind: 'postgresql', url: dbUrl }));
    try {
      const stored = await orm.em.fork().count(CaptchaCode, { id: { $in: acknowledged } });
      expect(stored).toBe(acknowledged.length);
    } finally {
      await orm.close();
    }
    // The surviving instance still serves.
    expect((await clientOf(b).request(MeDocument)).status).toBe(200);
  });
});
