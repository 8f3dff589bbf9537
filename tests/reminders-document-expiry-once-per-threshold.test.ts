import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app';
import { Notification, NotificationKind } from '../server/modules/notifications';
import { DocumentType, PersonDocument } from '../server/modules/registry/holdings.entity';
import { riyadhDate } from '../server/shared/clock';
import { addDays } from '../server/shared/dates';
import { ADULTS, signUp } from './helpers/demo-people';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const DAY = 86_400_000;
const SARA = '1000000016'; // a minor with no account; Mohammed is her head of family

describe.each(databases)('expiry reminders: 30 and 7 days before, once each ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  const docs: Record<'mohammedId' | 'fahdLicence' | 'saraPassport', string> = { mohammedId: '', fahdLicence: '', saraPassport: '' };

  /** Reminders (in-app) about one document, oldest first. */
  async function remindersAbout(documentId: string) {
    const em = t.app.services.orm.em.fork();
    return em.find(Notification, { reference: t.app.services.ids.plain('PersonDocument', documentId), kind: NotificationKind.DOCUMENT_EXPIRING }, { orderBy: { id: 'asc' }, populate: ['account'] });
  }
  const run = async () => {
    const sent = await t.app.services.reminders.runOnce();
    await t.app.drain();
    return sent;
  };

  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind });
    await signUp(t, 'mohammed', 'AR');
    await signUp(t, 'fahd', 'EN');
    const today = riyadhDate(t.clock.now());
    const em = t.app.services.orm.em.fork();
    const add = (nationalId: string, type: DocumentType, number: string, inDays: number) =>
      em.create(PersonDocument, { nationalId, type, number, issuedOn: addDays(today, -1000), expiresOn: addDays(today, inDays) });
    docs.mohammedId = add(ADULTS.mohammed.nationalId, DocumentType.NATIONAL_ID, 'T-REMIND-1', 40).id;
    docs.fahdLicence = add(ADULTS.fahd.nationalId, DocumentType.DRIVING_LICENCE, 'T-REMIND-2', 12).id;
    docs.saraPassport = add(SARA, DocumentType.PASSPORT, 'T-REMIND-3', 20).id;
    await em.flush();
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('reminds at 30 days, in-app and by SMS in the account language; a dependent through the head of family', async () => {
    expect(await run()).toBeGreaterThanOrEqual(2);
    expect(await remindersAbout(docs.mohammedId)).toHaveLength(0);

    const [fahd] = await remindersAbout(docs.fahdLicence);
    expect(fahd.titleEn).toBe('Document expiring soon');
    expect(fahd.bodyEn).toBe(`Your driving licence expires in 12 days, on ${addDays(riyadhDate(t.clock.now()), 12)}. Renew it on Absher before then.`);
    expect(fahd.bodyAr).toContain('رخصة القيادة');
    const fahdSms = t.sms.messages.filter((m) => m.to === ADULTS.fahd.mobile && m.text.includes('driving licence'));
    expect(fahdSms).toHaveLength(1);
    expect(fahdSms[0].locale).toBe('en');

    const [sara] = await remindersAbout(docs.saraPassport);
    expect(sara.account.getEntity().mobile).toBe(ADULTS.mohammed.mobile);
    expect(sara.bodyAr).toBe(`ينتهي سريان جواز السفر لـسارة في ${addDays(riyadhDate(t.clock.now()), 20)} (بعد 20 يوم). جدّدها عبر أبشر قبل ذلك.`);
    const mohammedSms = t.sms.messages.filter((m) => m.to === ADULTS.mohammed.mobile && m.text.includes('سارة'));
    expect(mohammedSms).toHaveLength(1);
    expect(mohammedSms[0].locale).toBe('ar');
  });

  it.skipIf(!enabled)('does not remind again when the job runs twice, or runs concurrently', async () => {
    const smsBefore = t.sms.messages.length;
    expect(await run()).toBe(0);
    expect(await Promise.all([run(), run(), run()])).toEqual([0, 0, 0]);
    expect(await remindersAbout(docs.fahdLicence)).toHaveLength(1);
    expect(await remindersAbout(docs.saraPassport)).toHaveLength(1);
    expect(t.sms.messages.length).toBe(smsBefore);
  });

  it.skipIf(!enabled)('does not remind again after a restart: what was sent is in the database', async () => {
    const logs = new Writable({ write: (_c, _e, done) => done() });
    const restarted = await createApp(t.app.services.config, { clock: t.clock, logDestination: logs });
    try {
      expect(await restarted.services.reminders.runOnce()).toBe(0);
      // Two instances racing over the same due reminder still send it once.
      t.clock.advance(6 * DAY); // Fahd's licence: 6 days left, the 7-day reminder is due.
      const [a, b] = await Promise.all([restarted.services.reminders.runOnce(), t.app.services.reminders.runOnce()]);
      expect(a + b).toBe(1);
    } finally {
      await restarted.stop();
    }
    await t.app.drain();
    const fahd = await remindersAbout(docs.fahdLicence);
    expect(fahd.map((n) => n.bodyEn)).toEqual([expect.stringContaining('in 12 days'), expect.stringContaining('in 6 days')]);
    expect(t.sms.messages.filter((m) => m.to === ADULTS.fahd.mobile && m.text.includes('driving licence'))).toHaveLength(2);
  });

  it.skipIf(!enabled)('sends each threshold once as the days pass, and nothing after expiry', async () => {
    t.clock.advance(5 * DAY); // day 11: Mohammed's ID at 29 days
    await run();
    expect((await remindersAbout(docs.mohammedId)).map((n) => n.bodyEn)).toEqual([expect.stringContaining('national ID expires in 29 days')]);
    t.clock.advance(3 * DAY); // day 14: Sara's passport at 6 days
    await run();
    expect((await remindersAbout(docs.saraPassport)).map((n) => n.bodyEn)).toEqual([expect.stringContaining('in 20 days'), expect.stringContaining('in 6 days')]);
    t.clock.advance(20 * DAY); // day 34: Fahd's and Sara's have expired, Mohammed's has 6 days left
    await run();
    expect(await remindersAbout(docs.fahdLicence)).toHaveLength(2);
    expect(await remindersAbout(docs.saraPassport)).toHaveLength(2);
    expect((await remindersAbout(docs.mohammedId)).map((n) => n.bodyEn)).toEqual([expect.stringContaining('in 29 days'), expect.stringContaining('in 6 days')]);
    expect(await run()).toBe(0);
  });

  it.skipIf(!enabled)('reminds again after a renewal moves the expiry date', async () => {
    const em = t.app.services.orm.em.fork();
    const licence = await em.findOneOrFail(PersonDocument, docs.fahdLicence);
    licence.expiresOn = addDays(riyadhDate(t.clock.now()), 25);
    await em.flush();
    await run();
    expect((await remindersAbout(docs.fahdLicence)).map((n) => n.bodyEn).at(-1)).toContain('in 25 days');
  });
});
