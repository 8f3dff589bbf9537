import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../server/modules/identity';
import { Person } from '../server/modules/registry';
import { ChangePreferredLanguageDocument, MeDocument } from './gql/graphql';
import { CITIZEN, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { countStatements } from './helpers/statements';
import { databases, startTestApp, TestApp } from './helpers/test-app';

/**
 * The signed-in account and its person come from a cache of plain rows on every signed-in request:
 * a warm `me` runs no SQL at all. The cache must never show what is no longer true: a change through
 * the app is seen by the very next request, a change that rolled back never reaches it, and a write
 * the app did not make (the registry's import, a hand-made UPDATE) is seen within 15 seconds.
 */
describe.each(databases)('the current account cache ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let api: GraphQLClient;
  let accountId: string;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind });
    api = await signedInAs(t, { nationalId: CITIZEN.nationalId, mobile: CITIZEN.mobile }, 'EN');
    accountId = t.keyOf((await api.ok(MeDocument)).me!.id);
  });
  afterAll(async () => t?.stop());

  /** What the bus carried on the cache's channel (this instance hears its own messages too). */
  const published: string[] = [];
  beforeAll(() => {
    if (enabled) t.app.services.bus.subscribe('current-account-changed', (message) => published.push(message));
  });

  const me = async () => (await api.ok(MeDocument)).me!;

  it.skipIf(!enabled)('a warm me { username person { … } } runs no SQL statement', async () => {
    await me();
    const { statements, result } = await countStatements(t.app, me);
    expect(result.username).toBe(`p${CITIZEN.nationalId}`);
    expect(result.person.fullNameEn).toBe(CITIZEN.nameEn);
    expect(statements).toBe(0);
  });

  it.skipIf(!enabled)('changePreferredLanguage is seen by the next request, here and on the bus', async () => {
    expect((await me()).preferredLanguage).toBe('EN');
    expect((await api.ok(ChangePreferredLanguageDocument, { input: { language: 'AR' } })).changePreferredLanguage.errors).toEqual([]);
    expect((await me()).preferredLanguage).toBe('AR');
    expect(published.some((m) => (JSON.parse(m) as { accounts: string[] }).accounts.includes(accountId))).toBe(true);
    await api.ok(ChangePreferredLanguageDocument, { input: { language: 'EN' } });
    expect((await me()).preferredLanguage).toBe('EN');
  });

  it.skipIf(!enabled)('a change of contact committed through the unit of work is seen at once; one that rolls back is never published nor seen', async () => {
    const { work } = t.app.services;
    const before = await me();
    const failure = new Error('the action failed after its writes');
    published.length = 0;
    await expect(
      work.begin().transaction(async (tx) => {
        const account = await tx.em.findOneOrFail(Account, accountId);
        account.email = 'rolled.back@example.sa';
        await tx.em.flush();
        throw failure;
      }),
    ).rejects.toBe(failure);
    await t.app.drain();
    expect(published).toEqual([]);
    expect((await me()).email).toBe(before.email);

    await work.begin().transaction(async (tx) => {
      const account = await tx.em.findOneOrFail(Account, accountId);
      account.email = 'new.address@example.sa';
    });
    await t.app.drain();
    expect((await me()).email).toBe('new.address@example.sa');
  });

  it.skipIf(!enabled)("a change of the registry's person through the ORM is seen at once", async () => {
    const { work } = t.app.services;
    await me();
    await work.begin().transaction(async (tx) => {
      (await tx.em.findOneOrFail(Person, CITIZEN.nationalId)).firstNameEn = 'Muhammad';
    });
    await t.app.drain();
    expect((await me()).person.firstNameEn).toBe('Muhammad');
    await work.begin().transaction(async (tx) => {
      (await tx.em.findOneOrFail(Person, CITIZEN.nationalId)).firstNameEn = 'Mohammed';
    });
    await t.app.drain();
    expect((await me()).person.firstNameEn).toBe('Mohammed');
  });

  it.skipIf(!enabled)('a write outside the app (raw SQL, as the registry import) is trusted away within 15 seconds of the clock', async () => {
    const { orm } = t.app.services;
    const before = await me();
    await orm.em.getConnection().execute('update persons set first_name_en = ? where national_id = ?', ['Hamad', CITIZEN.nationalId]);
    // Nobody told the cache: it still answers what it read, for at most 15 seconds.
    expect((await me()).person.firstNameEn).toBe(before.person.firstNameEn);
    t.clock.advance(15_001);
    expect((await me()).person.firstNameEn).toBe('Hamad');
    await orm.em.getConnection().execute('update persons set first_name_en = ? where national_id = ?', [before.person.firstNameEn, CITIZEN.nationalId]);
    t.clock.advance(15_001);
    expect((await me()).person.firstNameEn).toBe(before.person.firstNameEn);
  });

  it.skipIf(!enabled)('holds no password hash', async () => {
    await me();
    const [{ password_hash: hash }] = await t.app.services.orm.em.getConnection().execute<{ password_hash: string }[]>('select password_hash from accounts where id = ?', [accountId]);
    const entry = await t.app.services.currentAccounts.get(t.app.services.orm.em.fork(), accountId);
    expect(entry!.account.passwordHash).toBeUndefined();
    expect(JSON.stringify(entry)).not.toContain(hash);
    expect(JSON.stringify(entry)).not.toMatch(/argon2/);
  });
});
