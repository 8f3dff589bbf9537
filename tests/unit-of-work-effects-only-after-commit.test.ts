import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account, LoginSession, SessionEndReason } from '../server/modules/identity';
import { Language } from '../server/shared/i18n';
import { MeDocument } from './gql/graphql';
import { CITIZEN, login, register } from './helpers/flows';
import { startTestApp, TestApp } from './helpers/test-app';

/**
 * The unit of work's promise: what a transaction leaves to do — an SMS, an e-mail, a session
 * revocation told to the other instances — happens only once it has committed, and never when it
 * rolls back. Checked on the real app: SMS at the real webhook receiver, revocations on the bus
 * (through Redis when REDIS_URL_FOR_TESTS is set, which is what another instance would hear).
 */
const redisUrl = process.env.REDIS_URL_FOR_TESTS;

describe('after-commit effects', () => {
  let t: TestApp;
  let listener: Redis | null = null;
  const heard: string[] = [];
  const published: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ env: redisUrl ? { REDIS_URL: redisUrl } : {} });
    // Whatever the bus publishes, recorded on the way out (and, with Redis, as another instance hears it).
    const bus = t.app.services.bus;
    const publish = bus.publishSessionEnded.bind(bus);
    bus.publishSessionEnded = (sessionId: string) => {
      published.push(sessionId);
      publish(sessionId);
    };
    if (redisUrl) {
      listener = new Redis(redisUrl);
      listener.on('message', (_channel: string, message: string) => heard.push(message));
      await listener.subscribe('absher:session-ended');
    }
    await register(t, {}, t.client());
  });
  afterAll(async () => {
    await listener?.quit();
    await t?.stop();
  });

  const rollback = new Error('the action failed after its writes');

  it('a session ended in a transaction that rolls back stays live, is not forgotten here and is told to no other instance', async () => {
    const api = t.client();
    await login(t, CITIZEN.nationalId, CITIZEN.mobile, undefined, api);
    const { work, sessions } = t.app.services;
    const session = await work.begin().em.findOneOrFail(LoginSession, { account: { person: CITIZEN.nationalId }, endedAt: null }, { orderBy: { createdAt: 'desc' } });

    await expect(
      work.begin().transaction(async (tx) => {
        expect(await sessions.end(tx, session.id, SessionEndReason.REVOKED)).toBe(true);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    await t.app.drain();
    await new Promise((r) => setTimeout(r, 200));
    expect(published).not.toContain(session.id);
    expect(heard).not.toContain(session.id);
    expect((await work.begin().em.findOneOrFail(LoginSession, session.id)).endedAt ?? null).toBeNull();
    expect((await api.ok(MeDocument)).me?.username).toBe('mohammed.q');

    // The same end, committed: told at once, and the session's tokens stop working.
    await work.begin().transaction(async (tx) => {
      await sessions.end(tx, session.id, SessionEndReason.REVOKED);
    });
    await t.app.drain();
    expect(published).toContain(session.id);
    if (listener) await expect.poll(() => heard.includes(session.id), { timeout: 2000 }).toBe(true);
    const me = await api.request(MeDocument);
    expect(me.data?.me ?? null).toBeNull();
    expect(me.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
  });

  it('an SMS and an e-mail queued in a transaction that rolls back are never sent', async () => {
    const { work, messenger } = t.app.services;
    const since = Date.now();
    const to = '+966500000999';
    await expect(
      work.begin().transaction(async (tx) => {
        messenger.sms(tx, { to, text: 'must never arrive', language: Language.AR });
        messenger.email(tx, { to: 'nobody@example.sa', subject: 's', text: 'must never arrive', language: Language.AR });
        await tx.em.nativeUpdate(Account, { person: CITIZEN.nationalId }, { emailVerified: true });
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    await t.app.drain();
    expect(t.sms.messages.filter((m) => m.to === to && m.receivedAt >= since)).toEqual([]);
    expect((await work.begin().em.findOneOrFail(Account, { person: CITIZEN.nationalId })).emailVerified).toBe(false);

    await work.begin().transaction(async (tx) => {
      messenger.sms(tx, { to, text: 'sent after commit', language: Language.AR });
    });
    await t.app.drain();
    expect((await t.sms.waitFor(to, since)).text).toBe('sent after commit');
  });
});
