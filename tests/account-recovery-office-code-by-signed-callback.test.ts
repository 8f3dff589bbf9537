import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, AuditEventType } from '../server/modules/audit/audit-event.entity';
import { OutboxMessage } from '../server/modules/messaging';
import { Account } from '../server/modules/identity';
import { signCallback } from '../server/shared/signed-callback';
import {
  AccountRecoveryOptionsDocument,
  AppointmentSlotsDocument,
  BookAppointmentDocument,
  CompleteAccountRecoveryDocument,
  ConfirmEmailDocument,
  IssueOfficeRecoveryCodeInDevelopmentDocument,
  LoginDocument,
  MeDocument,
  StartOfficeAccountRecoveryDocument,
  VerifyLoginDocument,
} from './gql/graphql';
import { ADULTS, signUp } from './helpers/demo-people';
import { captcha, DEMO, login, PASSWORD } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

// Two keys: an office signs with either while one is rotated out.
const SECRET = 'civil-affairs-offices-recovery-key-0123456789';
const PREVIOUS = 'civil-affairs-offices-previous-key-9876543210';
const CIVIL = 'RUH-CIVIL_AFFAIRS-1';
const TRAFFIC = 'RUH-TRAFFIC-1';
const NOURA = ADULTS.noura;
/** Two more numbers the registry links to Noura's ID (the demo MULTI_MOBILE person). */
const NOURA_SECOND = '+966550000005';
const NOURA_THIRD = '+966590000005';
/** A valid ID of the demo registry that has no account in these tests. */
const NO_ACCOUNT_ID = DEMO.KHALID.nationalId;

/**
 * Losing the phone, office path, over real HTTP: the office's signed callback issues a one-time code
 * (answered once, kept as an HMAC), the person enters it with a new mobile that the registry links to
 * their ID and the SMS code sent to that mobile; then the mobile changes, every session ends, the old
 * number is told by SMS (the real webhook receiver) and the confirmed e-mail by e-mail.
 */
describe.each(databases)('account recovery at an office: a signed callback issues a one-time code ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let phone: GraphQLClient;
  let laptop: GraphQLClient;
  let fahd: GraphQLClient;
  let callbacks = 0;

  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({
      database: kind,
      env: {
        OFFICE_RECOVERY: 'office',
        OFFICE_CALLBACK_SECRETS: `${SECRET},${PREVIOUS}`,
        // The per-ID limit is tested on its own below; here many tries at one ID are the point.
        RATE_LIMITS: 'recovery-id=1000/3600,recovery-address=1000/3600',
      },
    });
    phone = await signUp(t, 'noura', 'EN');
    fahd = await signUp(t, 'fahd', 'EN');
    // A second session of Noura's, on another device.
    laptop = t.client();
    await login(t, NOURA.nationalId, NOURA.mobile, PASSWORD, laptop);
    // Her e-mail confirmed, so that it is told of the recovery.
    const [link] = await emails('noura@example.sa');
    const token = /confirm-email\?token=([\w.-]+)/.exec(link.body)![1];
    expect((await t.client().ok(ConfirmEmailDocument, { input: { token } })).confirmEmail.confirmed).toBe(true);
  });
  afterAll(async () => t?.stop());

  const emails = (to: string) => t.app.services.orm.em.fork().find(OutboxMessage, { recipient: to }, { orderBy: { id: 'asc' } });
  const now = () => Math.floor(t.clock.now().getTime() / 1000);
  const quiet = async () => {
    await t.app.drain();
    await new Promise((r) => setTimeout(r, 2));
    return Date.now();
  };
  const post = async (body: string, options: { secret?: string; timestamp?: number } = {}) => {
    const timestamp = String(options.timestamp ?? now());
    const res = await fetch(`${t.url}/agency/offices/account-recovery-codes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-agency-timestamp': timestamp, 'x-agency-signature': `sha256=${signCallback(options.secret ?? SECRET, timestamp, body)}` },
      body,
    });
    return { status: res.status, body: (await res.json()) as { status: string; code?: string; expiresAt?: string } };
  };
  const notice = (fields: { nationalId: string; officeId?: string; appointmentId?: string; callbackId?: string }) =>
    JSON.stringify({
      callbackId: fields.callbackId ?? `office-call-${++callbacks}`,
      nationalId: fields.nationalId,
      officeId: fields.officeId ?? CIVIL,
      officer: 'EMP-20417',
      ...(fields.appointmentId ? { appointmentId: fields.appointmentId } : {}),
    });
  const issue = async (nationalId: string) => {
    const res = await post(notice({ nationalId }));
    expect(res.status).toBe(201);
    return res.body.code!;
  };
  const start = (nationalId: string, recoveryCode: string, newMobile: string, api = t.client()) =>
    api.ok(StartOfficeAccountRecoveryDocument, { input: { nationalId, recoveryCode, newMobile } }).then((r) => r.startOfficeAccountRecovery);
  const refusal = (result: { errors: { field?: string | null; code: string; message: string }[] }) => result.errors.map((e) => [e.field, e.code, e.message]);

  it.skipIf(!enabled)('refuses forged, stale and malformed callbacks; answers the code once per callback; the development button is off', async () => {
    const body = notice({ nationalId: NOURA.nationalId, callbackId: 'office-call-once' });
    expect(await post(body, { secret: 'not-an-office-key-at-all-0123456789abcdef' })).toEqual({ status: 401, body: { status: 'BAD_SIGNATURE' } });
    expect(await post(body, { timestamp: now() - 301 })).toEqual({ status: 401, body: { status: 'BAD_SIGNATURE' } });
    const unsigned = await fetch(`${t.url}/agency/offices/account-recovery-codes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBe(401);
    expect(await post(JSON.stringify({ callbackId: 'office-call-bad', nationalId: '1000000000', officeId: CIVIL, officer: 'EMP-1' }))).toEqual({ status: 400, body: { status: 'MALFORMED' } });
    // Only an office where identity is checked; only an ID with an account.
    expect(await post(notice({ nationalId: NOURA.nationalId, officeId: TRAFFIC }))).toEqual({ status: 422, body: { status: 'OFFICE_UNKNOWN' } });
    expect(await post(notice({ nationalId: NO_ACCOUNT_ID }))).toEqual({ status: 404, body: { status: 'NOT_FOUND' } });

    const issued = await post(body, { secret: PREVIOUS });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ status: 'ISSUED', code: expect.stringMatching(/^\d{8}$/) });
    expect(Date.parse(issued.body.expiresAt!) - t.clock.now().getTime()).toBeGreaterThan(29 * 60_000);
    // The same callback again (a retry, a replay inside the window): nothing more, and never the code again.
    expect(await post(body)).toEqual({ status: 200, body: { status: 'ALREADY_ISSUED' } });
    // Only its HMAC is stored.
    const rows = await t.app.services.orm.em.fork().getConnection().execute('select code_hash from office_recovery_codes');
    expect(JSON.stringify(rows)).not.toContain(issued.body.code!);

    const options = (await t.client().ok(AccountRecoveryOptionsDocument)).accountRecoveryOptions;
    expect(options).toEqual({ ssoUrl: null, officeCodeInDevelopment: false, officeCodeMinutes: 30 });
    const button = await t.client().request(IssueOfficeRecoveryCodeInDevelopmentDocument, { input: { nationalId: NOURA.nationalId } });
    expect(button.errors?.[0].extensions?.code).toBe('NOT_ENABLED');
  });

  it.skipIf(!enabled)('code, registry-linked new mobile and its SMS code recover the account: every session ends, the old number and the e-mail are told', async () => {
    const code = await issue(NOURA.nationalId);
    const wrong = code === '12345678' ? '87654321' : '12345678';
    // The same words for a wrong code, another person's code, and an ID without an account.
    const answers = [await start(NOURA.nationalId, wrong, NOURA_SECOND), await start(DEMO.FAHD.nationalId, code, NOURA_SECOND), await start(NO_ACCOUNT_ID, code, NOURA_SECOND)];
    for (const answer of answers) {
      expect(answer.challenge).toBeNull();
      expect(refusal(answer)).toEqual(refusal(answers[0]));
    }
    expect(answers[0].errors.map((e) => [e.field, e.code])).toEqual([['recoveryCode', 'RECOVERY_CODE_INVALID']]);

    // The new mobile must be one the registry links to her ID, and a new one.
    expect((await start(NOURA.nationalId, code, DEMO.FAHD.mobile)).errors.map((e) => [e.field, e.code])).toEqual([['newMobile', 'MOBILE_NOT_LINKED']]);
    expect((await start(NOURA.nationalId, code, NOURA.local)).errors.map((e) => e.code)).toEqual(['SAME_MOBILE']);

    const since = await quiet();
    const started = await start(NOURA.nationalId, `  ${code.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)])} `, '0550000005');
    expect(started.errors).toEqual([]);
    expect(started.challenge!.maskedMobile.slice(-2)).toBe('05');
    const sms = await t.sms.codeFor(NOURA_SECOND, since);
    const api = t.client();
    const badSms = sms === '000000' ? '111111' : '000000';
    expect((await api.ok(CompleteAccountRecoveryDocument, { input: { challengeId: started.challenge!.id, code: badSms } })).completeAccountRecovery).toMatchObject({
      recovered: false,
      errors: [{ code: 'CODE_INVALID' }],
    });
    // Her sessions still work until the recovery completes.
    expect((await phone.ok(MeDocument)).me?.username).toBe('noura.demo');

    const beforeDone = await quiet();
    const done = (await api.ok(CompleteAccountRecoveryDocument, { input: { challengeId: started.challenge!.id, code: sms } })).completeAccountRecovery;
    expect(done).toMatchObject({ recovered: true, errors: [] });
    expect(done.maskedMobile!.slice(-2)).toBe('05');

    // Every session ended: the phone's and the laptop's.
    for (const device of [phone, laptop]) {
      const denied = await device.request(MeDocument);
      expect(denied.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    }
    // The old number is told, through the real SMS webhook; the confirmed e-mail too.
    const told = await t.sms.waitFor(NOURA.mobile, beforeDone);
    expect(told.text).toMatch(/recovered/);
    expect(told.text).toContain('+966 5');
    await t.app.drain();
    const mail = (await emails('noura@example.sa')).at(-1)!;
    expect(mail.subject).toBe('Absher: your account was recovered with a new mobile');
    expect(mail.body).toMatch(/in person at an office/);
    const events = await t.app.services.orm.em.fork().find(AuditEvent, { type: AuditEventType.ACCOUNT_RECOVERED });
    expect(events).toHaveLength(1);
    expect(events[0].detail).toMatchObject({ via: 'office', sessionsEnded: 2 });
    expect(JSON.stringify(events[0].detail)).not.toContain(NOURA.nationalId);

    // The code is spent, the challenge too.
    expect((await start(NOURA.nationalId, code, NOURA_THIRD)).errors.map((e) => e.code)).toEqual(['RECOVERY_CODE_INVALID']);
    expect((await api.ok(CompleteAccountRecoveryDocument, { input: { challengeId: started.challenge!.id, code: sms } })).completeAccountRecovery.recovered).toBe(false);

    // From now on the log-in code goes to the new mobile.
    const again = t.client();
    await login(t, NOURA.nationalId, NOURA_SECOND, PASSWORD, again);
    expect((await again.ok(MeDocument)).me?.maskedMobile.slice(-2)).toBe('05');
    phone = again;
  });

  it.skipIf(!enabled)('a newer code voids the older; five wrong tries void a code; the code opens only its own account', async () => {
    const first = await issue(DEMO.FAHD.nationalId);
    const second = await issue(DEMO.FAHD.nationalId);
    // Fahd's registry has one number: the code is right, the new mobile cannot be.
    expect((await start(DEMO.FAHD.nationalId, first, NOURA_THIRD)).errors.map((e) => e.code)).toEqual(['RECOVERY_CODE_INVALID']);
    expect((await start(DEMO.FAHD.nationalId, second, NOURA_THIRD)).errors.map((e) => e.code)).toEqual(['MOBILE_NOT_LINKED']);
    // Being signed in as someone changes nothing: Fahd's session cannot use Noura's code, nor the other way round.
    const nouraCode = await issue(NOURA.nationalId);
    expect((await start(DEMO.FAHD.nationalId, nouraCode, NOURA_THIRD, fahd)).errors.map((e) => e.code)).toEqual(['RECOVERY_CODE_INVALID']);
    const wrong = nouraCode === '12345678' ? '87654321' : '12345678';
    for (let i = 0; i < 3; i++) expect((await start(NOURA.nationalId, wrong, NOURA_THIRD, fahd)).errors.map((e) => e.code)).toEqual(['RECOVERY_CODE_INVALID']);
    // Five wrong tries: the right code is refused after them.
    expect((await start(NOURA.nationalId, wrong, NOURA_THIRD)).errors.map((e) => e.code)).toEqual(['RECOVERY_CODE_INVALID']);
    expect((await start(NOURA.nationalId, wrong, NOURA_THIRD)).errors.map((e) => e.code)).toEqual(['RECOVERY_CODE_INVALID']);
    expect((await start(NOURA.nationalId, nouraCode, NOURA_THIRD)).errors.map((e) => e.code)).toEqual(['RECOVERY_CODE_INVALID']);
  });

  it.skipIf(!enabled)('a recovery challenge opens nothing else, and no other challenge completes a recovery', async () => {
    const code = await issue(NOURA.nationalId);
    const since = await quiet();
    const started = await start(NOURA.nationalId, code, NOURA_THIRD);
    expect(started.errors).toEqual([]);
    const firstSms = await t.sms.codeFor(NOURA_THIRD, since);
    // The same office code again (the SMS went astray): only the newest challenge it opened can complete.
    const resent = await quiet();
    const restarted = await start(NOURA.nationalId, code, NOURA_THIRD);
    expect(restarted.errors).toEqual([]);
    const sms = await t.sms.codeFor(NOURA_THIRD, resent);
    const stale = await t.client().ok(CompleteAccountRecoveryDocument, { input: { challengeId: started.challenge!.id, code: firstSms } });
    expect(stale.completeAccountRecovery).toMatchObject({ recovered: false, errors: [{ code: 'CHALLENGE_NOT_FOUND' }] });
    started.challenge = restarted.challenge;
    // Its code is no log-in code…
    const asLogin = await t.client().ok(VerifyLoginDocument, { input: { challengeId: started.challenge!.id, code: sms } });
    expect(asLogin.verifyLogin.errors.map((e) => e.code)).toEqual(['CHALLENGE_NOT_FOUND']);
    // …and a log-in challenge (Fahd's, with its right code) recovers nothing.
    const api = t.client();
    const loginSince = await quiet();
    const { login: first } = await api.ok(LoginDocument, { input: { identifier: DEMO.FAHD.nationalId, password: PASSWORD, ...(await captcha(api)) } });
    const loginCode = await t.sms.codeFor(ADULTS.fahd.mobile, loginSince);
    const crossed = await fahd.ok(CompleteAccountRecoveryDocument, { input: { challengeId: first.challenge!.id, code: loginCode } });
    expect(crossed.completeAccountRecovery).toMatchObject({ recovered: false, errors: [{ code: 'CHALLENGE_NOT_FOUND' }] });
    // A newer office code voids the challenge the older one opened.
    await issue(NOURA.nationalId);
    const voided = await t.client().ok(CompleteAccountRecoveryDocument, { input: { challengeId: started.challenge!.id, code: sms } });
    expect(voided.completeAccountRecovery).toMatchObject({ recovered: false, errors: [{ code: 'CHALLENGE_NOT_FOUND' }] });
    expect((await t.app.services.orm.em.fork().findOneOrFail(Account, { person: NOURA.nationalId })).mobile).toBe(NOURA_SECOND);
  });

  it.skipIf(!enabled)('an appointment the callback names must be the person’s own, at that office, today', async () => {
    const slots = (await fahd.ok(AppointmentSlotsDocument, { officeId: CIVIL, serviceCode: 'NATIONAL_ID_ISSUANCE' })).appointmentSlots.nodes;
    const riyadhDay = (ms: number) => new Date(ms + 3 * 3_600_000).toISOString().slice(0, 10);
    const slot = slots.find((s) => s.available && riyadhDay(Date.parse(s.startsAt)) !== riyadhDay(t.clock.now().getTime()))!;
    const { bookAppointment } = await fahd.ok(BookAppointmentDocument, { input: { officeId: CIVIL, serviceCode: 'NATIONAL_ID_ISSUANCE', slotStart: slot.startsAt } });
    expect(bookAppointment.errors).toEqual([]);
    const appointmentId = t.keyOf(bookAppointment.appointment!.id);
    // Not on its day yet; another person's; another office.
    expect((await post(notice({ nationalId: DEMO.FAHD.nationalId, appointmentId }))).body.status).toBe('APPOINTMENT_MISMATCH');
    // The officer's morning: a minute before the appointment.
    t.clock.advance(Date.parse(slot.startsAt) - t.clock.now().getTime() - 60_000);
    expect((await post(notice({ nationalId: NOURA.nationalId, appointmentId }))).body.status).toBe('APPOINTMENT_MISMATCH');
    expect((await post(notice({ nationalId: DEMO.FAHD.nationalId, appointmentId, officeId: 'RUH-PASSPORTS-1' }))).body.status).toBe('APPOINTMENT_MISMATCH');
    const issued = await post(notice({ nationalId: DEMO.FAHD.nationalId, appointmentId }));
    expect(issued).toMatchObject({ status: 201, body: { status: 'ISSUED' } });
  });
});

describe('account recovery: the development button, and the limit per ID', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMITS: 'recovery-id=3/3600' } });
    await signUp(t, 'maria', 'EN');
  });
  afterAll(async () => t?.stop());

  it('stands in for the officer outside production, answering alike for an ID without an account; tries per ID are limited', async () => {
    expect((await t.client().ok(AccountRecoveryOptionsDocument)).accountRecoveryOptions.officeCodeInDevelopment).toBe(true);
    const button = (nationalId: string) =>
      t
        .client()
        .ok(IssueOfficeRecoveryCodeInDevelopmentDocument, { input: { nationalId } })
        .then((r) => r.issueOfficeRecoveryCodeInDevelopment);
    const real = await button(ADULTS.maria.nationalId);
    const decoy = await button(NO_ACCOUNT_ID);
    for (const answer of [real, decoy]) expect(answer).toMatchObject({ code: expect.stringMatching(/^\d{8}$/), errors: [] });
    expect((await button('1000000000')).errors.map((e) => e.code)).toEqual(['INVALID_NATIONAL_ID']);

    const start = (recoveryCode: string) => t.client().ok(StartOfficeAccountRecoveryDocument, { input: { nationalId: ADULTS.maria.nationalId, recoveryCode, newMobile: '0500000099' } });
    // Maria's registry has one number: the right code reaches the mobile check.
    expect((await start(real.code!)).startOfficeAccountRecovery.errors.map((e) => e.code)).toEqual(['MOBILE_NOT_LINKED']);
    await start('11111111');
    await start('22222222');
    const limited = await t.client().request(StartOfficeAccountRecoveryDocument, { input: { nationalId: ADULTS.maria.nationalId, recoveryCode: real.code!, newMobile: '0500000099' } });
    expect(limited.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});
