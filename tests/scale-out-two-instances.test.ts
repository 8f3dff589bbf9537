import { MikroORM } from '@mikro-orm/core';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormOptions } from '../server/db/orm';
import { CaptchaCode } from '../server/modules/identity/challenge.entity';
import {
  AppointmentSlotsDocument,
  BookAppointmentDocument,
  CancelServiceRequestDocument,
  ChangePreferredLanguageDocument,
  MeDocument,
  MyRequestsDocument,
  NewCaptchaDocument,
  RefreshSessionDocument,
  RenewPassportDocument,
  type AppointmentServiceCode,
} from './gql/graphql';
import { GraphQLClient } from './helpers/graphql-client';
import { CITIZEN, login, register } from './helpers/flows';
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
      TRUST_PROXY: 'loopback',
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

  it('a session from one instance works on the other; a refresh on one and again on the other within 10 s agree; a reuse after that ends the family', async () => {
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

    // A second tab whose request reaches B a moment later gets the same pair: B read what A kept.
    const secondTab = await onB.ok(RefreshSessionDocument, { input: { refreshToken: first } });
    expect(secondTab.refreshSession.errors).toEqual([]);
    expect(secondTab.refreshSession.session).toEqual(rotated.refreshSession.session);
    // Both at once, one on each instance, with the next token: one trade, one pair for both.
    const next = rotated.refreshSession.session!.refreshToken!;
    const both = await Promise.all([onA, onB].map((api) => api.ok(RefreshSessionDocument, { input: { refreshToken: next } })));
    for (const answer of both) expect(answer.refreshSession.errors).toEqual([]);
    expect(both[0].refreshSession.session).toEqual(both[1].refreshSession.session);

    // The old token replayed on B once the 10 seconds have passed (real time: these are processes):
    // the whole family ends, on both instances, at once.
    await new Promise((resolve) => setTimeout(resolve, 10_500));
    const replay = await onB.ok(RefreshSessionDocument, { input: { refreshToken: first } });
    expect(replay.refreshSession.errors.map((e) => e.code)).toEqual(['SESSION_EXPIRED']);
    const newest = await onA.ok(RefreshSessionDocument, { input: { refreshToken: both[0].refreshSession.session!.refreshToken! } });
    expect(newest.refreshSession.errors.map((e) => e.code)).toEqual(['SESSION_EXPIRED']);
    for (const api of [onA, onB]) {
      api.token = both[0].refreshSession.session!.accessToken;
      expect((await api.request(MeDocument)).errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    }
  }, 30_000);

  it("an account changed on one instance is seen on the other within a second (the current accounts' caches hear it through Redis)", async () => {
    const onA = clientOf(a);
    const maria = { nationalId: '2000000014', mobile: '0500000007', username: 'maria.r', preferredLanguage: 'EN' as const };
    await register(asTestApp(onA), { ...maria, email: 'maria.r@example.sa', emailConfirmation: 'maria.r@example.sa' }, onA);
    const onB = clientOf(b);
    onB.token = onA.token;
    // B holds her account now (a warm cache that would answer EN for 15 s if nobody told it).
    expect((await onB.ok(MeDocument)).me?.preferredLanguage).toBe('EN');
    expect((await onA.ok(ChangePreferredLanguageDocument, { input: { language: 'AR' } })).changePreferredLanguage.errors).toEqual([]);
    await expect.poll(async () => (await onB.ok(MeDocument)).me?.preferredLanguage, { timeout: 1000, interval: 50 }).toBe('AR');
  });

  it('a request cancelled on one instance shows cancelled on the other within a second (the read caches hear it through Redis)', async () => {
    // Mohammed registered in the first test (his sessions ended there): he logs in again.
    const onA = clientOf(a);
    await login(asTestApp(onA), CITIZEN.nationalId, CITIZEN.mobile, undefined, onA);
    const { renewPassport } = await onA.ok(RenewPassportDocument, { input: { beneficiaryNationalId: '1000000016', years: 5 } });
    expect(renewPassport.errors).toEqual([]);
    const reference = renewPassport.request!.reference;
    const onB = clientOf(b);
    onB.token = onA.token;
    const statusOnB = async () => (await onB.ok(MyRequestsDocument, { first: 20 })).myRequests.edges.find((e) => e.node.reference === reference)?.node.status;
    // B holds his page now (read again, it would answer from its cache until told).
    expect(await statusOnB()).toBe('PENDING_PAYMENT');
    expect(await statusOnB()).toBe('PENDING_PAYMENT');
    expect((await onA.ok(CancelServiceRequestDocument, { input: { reference } })).cancelServiceRequest.errors).toEqual([]);
    await expect.poll(statusOnB, { timeout: 1000, interval: 50 }).toBe('CANCELLED');
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
    const services: AppointmentServiceCode[] = ['DRIVING_LICENCE_ISSUANCE', 'VEHICLE_SERVICES', 'VIOLATION_REVIEW'];
    const { appointmentSlots } = await clients[0].ok(AppointmentSlotsDocument, { officeId: office, serviceCode: services[0] });
    const slotStart = appointmentSlots.nodes[0].startsAt;
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => clients[i % clients.length].request(BookAppointmentDocument, { input: { officeId: office, serviceCode: services[i % 3], slotStart } })),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => r.data?.bookAppointment.appointment)).toHaveLength(3);
    const codes = new Set(results.flatMap((r) => r.data?.bookAppointment.errors.map((e) => e.code) ?? ['NO_DATA']));
    expect([...codes].every((c) => c === 'SLOT_FULL' || c === 'ALREADY_BOOKED')).toBe(true);
    const after = await clients[1].ok(AppointmentSlotsDocument, { officeId: office, serviceCode: services[0] });
    expect(after.appointmentSlots.nodes.find((s) => s.startsAt === slotStart)?.remaining).toBe(0);
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
