import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../server/modules/identity';
import { Channel, OutboxMessage } from '../server/modules/messaging';
import { NotificationKind } from '../server/modules/notifications';
import { MyNotificationPreferencesDocument, UpdateNotificationPreferencesDocument } from './gql/graphql';
import { CITIZEN, login, PASSWORD, register, RESIDENT } from './helpers/flows';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const DEFAULTS = ['REQUESTS', 'PAYMENTS', 'APPOINTMENTS', 'DOCUMENT_EXPIRY', 'VIOLATIONS'].map((topic) => ({ topic, sms: true, email: false }));

describe.each(databases)('notification preferences: each person chooses SMS and e-mail per topic, and the notifier follows ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (enabled) t = await startTestApp({ database: kind });
  });
  afterAll(async () => t?.stop());

  /** What a module does inside its transaction: a notification of `kind` for the citizen. */
  async function notifyCitizen(kind: NotificationKind, n: number) {
    const { work, notifier, clock } = t.app.services;
    await work.begin().transaction(async (tx) => {
      const account = await tx.em.findOneOrFail(Account, { person: CITIZEN.nationalId });
      await notifier.notify(tx, account, { kind, title: { ar: 'خبر {n}', en: 'News {n}' }, body: { ar: 'نص {n}', en: 'Text {n}' }, params: { n }, link: '/requests', at: clock.now() });
    });
    await t.app.drain();
  }
  const smsTexts = () => t.sms.messages.filter((m) => m.to === CITIZEN.mobile).map((m) => m.text);
  const emailSubjects = async () => (await t.app.services.orm.em.fork().find(OutboxMessage, { channel: Channel.EMAIL, recipient: 'mohammed@example.sa' })).map((m) => m.subject);

  it.skipIf(!enabled)('answers the defaults, stores a choice for its own account only, and refuses a topic given twice or none', async () => {
    expect((await t.client().request(MyNotificationPreferencesDocument)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const anonymous = await t.client().request(UpdateNotificationPreferencesDocument, { input: { preferences: [{ topic: 'REQUESTS', sms: false, email: false }] } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    await register(t);
    const rajesh = t.client();
    await register(t, { nationalId: RESIDENT.nationalId, mobile: RESIDENT.mobile, username: 'rajesh.n', email: 'rajesh@example.sa', emailConfirmation: 'rajesh@example.sa' }, rajesh);
    expect((await t.api.ok(MyNotificationPreferencesDocument)).myNotificationPreferences.topics).toEqual(DEFAULTS);

    const saved = await t.api.ok(UpdateNotificationPreferencesDocument, {
      input: {
        preferences: [
          { topic: 'REQUESTS', sms: false, email: true },
          { topic: 'PAYMENTS', sms: true, email: true },
        ],
      },
    });
    expect(saved.updateNotificationPreferences.errors).toEqual([]);
    const chosen = DEFAULTS.map((d) => (d.topic === 'REQUESTS' ? { ...d, sms: false, email: true } : d.topic === 'PAYMENTS' ? { ...d, email: true } : d));
    expect(saved.updateNotificationPreferences.preferences!.topics).toEqual(chosen);
    expect((await t.api.ok(MyNotificationPreferencesDocument)).myNotificationPreferences.topics).toEqual(chosen);
    // Another person's preferences are theirs: untouched, and nobody can name an account to change.
    expect((await rajesh.ok(MyNotificationPreferencesDocument)).myNotificationPreferences.topics).toEqual(DEFAULTS);

    const twice = await t.api.ok(UpdateNotificationPreferencesDocument, {
      input: {
        preferences: [
          { topic: 'VIOLATIONS', sms: false, email: false },
          { topic: 'VIOLATIONS', sms: true, email: true },
        ],
      },
    });
    expect(twice.updateNotificationPreferences).toMatchObject({ preferences: null, errors: [{ field: 'preferences.1.topic', code: 'TOPIC_TWICE' }] });
    const none = await t.api.ok(UpdateNotificationPreferencesDocument, { input: { preferences: [] } });
    expect(none.updateNotificationPreferences.errors).toMatchObject([{ field: 'preferences', code: 'NOTHING_TO_SAVE' }]);
    expect((await t.api.ok(MyNotificationPreferencesDocument)).myNotificationPreferences.topics).toEqual(chosen);
  });

  it.skipIf(!enabled)('sends each notification as its topic says: e-mail only once the address is confirmed, and log-in codes by SMS whatever is chosen', async () => {
    const smsBefore = smsTexts().length;
    await notifyCitizen(NotificationKind.REQUEST_COMPLETED, 1);
    // Requests: no SMS (chosen), no e-mail yet (the address is not confirmed).
    expect(smsTexts()).toHaveLength(smsBefore);
    expect(await emailSubjects()).not.toContain('خبر 1');

    await t.app.services.orm.em.fork().nativeUpdate(Account, { person: CITIZEN.nationalId }, { emailVerified: true });
    await notifyCitizen(NotificationKind.REQUEST_COMPLETED, 2);
    expect(smsTexts()).toHaveLength(smsBefore);
    const mail = (await t.app.services.orm.em.fork().find(OutboxMessage, { channel: Channel.EMAIL, recipient: 'mohammed@example.sa', subject: 'خبر 2' }))[0];
    expect(mail.body).toBe(`نص 2\n\n${t.app.services.config.publicUrl}/requests`);

    // Document expiry keeps the defaults: by SMS, not by e-mail.
    await notifyCitizen(NotificationKind.DOCUMENT_EXPIRING, 3);
    await t.sms.waitFor(CITIZEN.mobile);
    expect(smsTexts().slice(smsBefore)).toEqual(['خبر 3\nنص 3']);
    expect(await emailSubjects()).not.toContain('خبر 3');

    // Every topic off by SMS: the log-in code still arrives by SMS.
    const off = ['REQUESTS', 'PAYMENTS', 'APPOINTMENTS', 'DOCUMENT_EXPIRY', 'VIOLATIONS'] as const;
    await t.api.ok(UpdateNotificationPreferencesDocument, { input: { preferences: off.map((topic) => ({ topic, sms: false, email: false })) } });
    await notifyCitizen(NotificationKind.DOCUMENT_EXPIRING, 4);
    expect(smsTexts().slice(smsBefore)).toEqual(['خبر 3\nنص 3']);
    await login(t, 'mohammed.q', CITIZEN.mobile, PASSWORD, t.client());
  });
});
