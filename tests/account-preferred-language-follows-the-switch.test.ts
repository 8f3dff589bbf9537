import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangePreferredLanguageDocument, MeDocument, ReauthenticateDocument, RevokeSessionDocument } from './gql/graphql';
import { CITIZEN, PASSWORD, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

/**
 * The language switch of a signed-in person changes what the server answers in, not only the
 * screen: after `changePreferredLanguage` the account's language is the new one and refused
 * inputs are explained in it, whatever language the request headers ask for.
 */
describe.each(databases)('changePreferredLanguage ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let api: GraphQLClient;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind });
    // An English account whose requests also say Accept-Language: en.
    api = await signedInAs(t, { nationalId: CITIZEN.nationalId, mobile: CITIZEN.mobile }, 'EN');
  });
  afterAll(async () => t?.stop());

  /** A refused input with no side effect: ending a session that does not exist. */
  const refusal = async () => (await api.ok(RevokeSessionDocument, { input: { id: 'not-a-session' } })).revokeSession.errors;

  it.skipIf(!enabled)('switching to Arabic makes me and refused inputs Arabic; switching back makes them English', async () => {
    expect((await api.ok(MeDocument)).me?.preferredLanguage).toBe('EN');
    expect(await refusal()).toEqual([{ field: 'id', code: 'SESSION_NOT_FOUND', message: 'This session does not exist or has already ended.' }]);

    const toArabic = await api.ok(ChangePreferredLanguageDocument, { input: { language: 'AR' } });
    expect(toArabic.changePreferredLanguage.errors).toEqual([]);
    expect(toArabic.changePreferredLanguage.account?.preferredLanguage).toBe('AR');
    expect((await api.ok(MeDocument)).me?.preferredLanguage).toBe('AR');
    expect(await refusal()).toEqual([{ field: 'id', code: 'SESSION_NOT_FOUND', message: 'هذه الجلسة غير موجودة أو انتهت.' }]);

    const toEnglish = await api.ok(ChangePreferredLanguageDocument, { input: { language: 'EN' } });
    expect(toEnglish.changePreferredLanguage.account?.preferredLanguage).toBe('EN');
    expect((await api.ok(MeDocument)).me?.preferredLanguage).toBe('EN');
    expect((await refusal())[0].message).toBe('This session does not exist or has already ended.');
  });

  it.skipIf(!enabled)('the SMS sent afterwards are in the new language', async () => {
    await api.ok(ChangePreferredLanguageDocument, { input: { language: 'AR' } });
    const since = Date.now();
    expect((await api.ok(ReauthenticateDocument, { input: { password: PASSWORD } })).reauthenticate.challenge).not.toBeNull();
    await t.sms.codeFor(CITIZEN.mobile, since);
    const sms = t.sms.messages.filter((m) => m.to === CITIZEN.mobile && m.receivedAt >= since);
    expect(sms).toHaveLength(1);
    expect(sms[0].text).toMatch(/[\u0600-\u06FF]/);
    expect(sms[0].text).not.toMatch(/code/i);
    await api.ok(ChangePreferredLanguageDocument, { input: { language: 'EN' } });
  });

  it.skipIf(!enabled)('needs a session; an unknown language is refused by the schema and changes nothing', async () => {
    const anonymous = await t.client().request(ChangePreferredLanguageDocument, { input: { language: 'AR' } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await api.raw({ query: 'mutation { changePreferredLanguage(input: { language: FR }) { errors { code } } }' });
    expect(bad.errors?.length).toBeGreaterThan(0);
    expect((await api.ok(MeDocument)).me?.preferredLanguage).toBe('EN');
  });
});
