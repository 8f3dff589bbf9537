import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../server/modules/identity/account.entity';
import { OutboxMessage } from '../server/modules/messaging';
import { MINUTE } from '../server/shared/clock';
import {
  ChangeEmailDocument,
  ChangeMobileDocument,
  ConfirmEmailChangeDocument,
  MeDocument,
  ReauthenticateDocument,
  RefreshSessionDocument,
  VerifyMobileChangeDocument,
  VerifyReauthenticationDocument,
} from './gql/graphql';
import { CITIZEN, MULTI_MOBILE, PASSWORD, login, register } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const NOURA = { nationalId: MULTI_MOBILE.nationalId, mobile: '0500000005', username: 'noura.k', email: 'noura@example.sa', emailConfirmation: 'noura@example.sa' };

describe.each(databases)('account care: e-mail and mobile changes need a recent re-authentication ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (enabled) t = await startTestApp({ database: kind });
  });
  afterAll(async () => t?.stop());

  const reauthenticate = async (api: GraphQLClient, mobile: string) => {
    const since = Date.now();
    const step1 = await api.ok(ReauthenticateDocument, { input: { password: PASSWORD } });
    expect(step1.reauthenticate.errors).toEqual([]);
    const code = await t.sms.codeFor(mobile, since);
    const step2 = await api.ok(VerifyReauthenticationDocument, { input: { challengeId: step1.reauthenticate.challenge!.id, code } });
    expect(step2.verifyReauthentication.errors).toEqual([]);
    return step2.verifyReauthentication.reauthenticatedUntil!;
  };
  const changeEmail = (api: GraphQLClient, email: string) => api.ok(ChangeEmailDocument, { input: { newEmail: email, newEmailConfirmation: email } });
  const emails = (to: string) => t.app.services.orm.em.fork().find(OutboxMessage, { recipient: to }, { orderBy: { id: 'asc' } });

  it.skipIf(!enabled)('refuses without re-authentication; password and SMS code open a 10-minute window for this session only', async () => {
    await register(t, NOURA);
    const other = t.client();
    await login(t, 'noura.k', MULTI_MOBILE.mobiles[0], PASSWORD, other);

    const refused = await changeEmail(t.api, 'noura.new@example.sa');
    expect(refused.changeEmail).toMatchObject({ confirmationSent: false, errors: [{ field: null, code: 'REAUTHENTICATION_REQUIRED' }] });
    expect((await t.api.ok(ChangeMobileDocument, { input: { newMobile: '0550000005' } })).changeMobile.errors[0].code).toBe('REAUTHENTICATION_REQUIRED');

    const wrong = await t.api.ok(ReauthenticateDocument, { input: { password: 'not my password' } });
    expect(wrong.reauthenticate).toMatchObject({ challenge: null, errors: [{ field: 'password', code: 'CURRENT_PASSWORD_WRONG' }] });

    const until = await reauthenticate(t.api, MULTI_MOBILE.mobiles[0]);
    expect(Date.parse(until) - t.clock.now().getTime()).toBeGreaterThan(9 * MINUTE);
    // The other session did not re-authenticate.
    expect((await changeEmail(other, 'noura.other@example.sa')).changeEmail.errors[0].code).toBe('REAUTHENTICATION_REQUIRED');

    // Someone else's re-authentication challenge is not ours to answer.
    const citizen = t.client();
    await register(t, {}, citizen);
    const theirs = await citizen.ok(ReauthenticateDocument, { input: { password: PASSWORD } });
    const stolen = await t.api.ok(VerifyReauthenticationDocument, { input: { challengeId: theirs.reauthenticate.challenge!.id, code: await t.sms.codeFor(CITIZEN.mobile) } });
    expect(stolen.verifyReauthentication.errors[0].code).toBe('CHALLENGE_NOT_FOUND');
  });

  it.skipIf(!enabled)('changes the e-mail through a link sent to the new address, telling the old one; the link works once', async () => {
    expect((await t.api.ok(ChangeEmailDocument, { input: { newEmail: 'a@example.sa', newEmailConfirmation: 'b@example.sa' } })).changeEmail.errors[0]).toMatchObject({
      field: 'newEmailConfirmation',
      code: 'EMAIL_MISMATCH',
    });
    expect((await changeEmail(t.api, 'not an address')).changeEmail.errors[0]).toMatchObject({ field: 'newEmail', code: 'EMAIL_INVALID' });
    expect((await changeEmail(t.api, 'NOURA@example.sa')).changeEmail.errors[0]).toMatchObject({ field: 'newEmail', code: 'SAME_EMAIL' });

    const sent = await changeEmail(t.api, 'Noura.New@Example.sa');
    expect(sent.changeEmail).toEqual({ confirmationSent: true, errors: [] });
    await t.app.drain();
    const [link] = await emails('noura.new@example.sa');
    const token = /confirm-email-change\?token=([\w.-]+)/.exec(link.body)![1];
    expect((await emails('noura@example.sa')).some((m) => m.body.includes('noura.new@example.sa'))).toBe(true);
    // Nothing changes until the link is opened (from any browser: it needs no session).
    expect((await t.api.ok(MeDocument)).me?.email).toBe('noura@example.sa');

    expect((await t.client().ok(ConfirmEmailChangeDocument, { input: { token: `${token}x` } })).confirmEmailChange.errors[0].code).toBe('LINK_INVALID');
    expect((await t.client().ok(ConfirmEmailChangeDocument, { input: { token } })).confirmEmailChange).toEqual({ changed: true, errors: [] });
    expect((await t.api.ok(MeDocument)).me).toMatchObject({ email: 'noura.new@example.sa', emailVerified: true });
    expect((await t.client().ok(ConfirmEmailChangeDocument, { input: { token } })).confirmEmailChange.errors[0].code).toBe('LINK_INVALID');
  });

  it.skipIf(!enabled)('changes the mobile only to a number the registry links to the ID, proven by a code sent to it', async () => {
    const change = async (newMobile: string) => (await t.api.ok(ChangeMobileDocument, { input: { newMobile } })).changeMobile;
    expect((await change('0500000001')).errors[0]).toMatchObject({ field: 'newMobile', code: 'MOBILE_NOT_LINKED' });
    expect((await change('05')).errors[0]).toMatchObject({ field: 'newMobile', code: 'MOBILE_INVALID' });
    expect((await change('+966500000005')).errors[0]).toMatchObject({ field: 'newMobile', code: 'SAME_MOBILE' });

    const since = Date.now();
    const started = await change('٠٥٥٠٠٠٠٠٠٥');
    expect(started.errors).toEqual([]);
    const code = await t.sms.codeFor('+966550000005', since);
    const wrong = await t.api.ok(VerifyMobileChangeDocument, { input: { challengeId: started.challenge!.id, code: code === '000000' ? '111111' : '000000' } });
    expect(wrong.verifyMobileChange.errors[0].code).toBe('CODE_INVALID');
    const done = await t.api.ok(VerifyMobileChangeDocument, { input: { challengeId: started.challenge!.id, code } });
    expect(done.verifyMobileChange.errors).toEqual([]);
    const account = await t.app.services.orm.em.fork().findOneOrFail(Account, { person: MULTI_MOBILE.nationalId });
    expect(account.mobile).toBe('+966550000005');
    await expect.poll(() => t.sms.messages.some((m) => m.to === '+966500000005' && m.text.includes('تم تغيير رقم الجوال'))).toBe(true);
    // Log-in codes now go to the new number.
    await login(t, 'noura.k', '+966550000005', PASSWORD, t.client());
  });

  it.skipIf(!enabled)('the window closes after 10 minutes', async () => {
    t.clock.advance(9 * MINUTE);
    expect((await changeEmail(t.api, 'noura.third@example.sa')).changeEmail.confirmationSent).toBe(true);
    // Renewing the tokens does not renew the re-authentication.
    const renewed = await t.api.ok(RefreshSessionDocument, { input: {} });
    t.api.token = renewed.refreshSession.session!.accessToken;
    t.clock.advance(2 * MINUTE);
    expect((await changeEmail(t.api, 'noura.fourth@example.sa')).changeEmail.errors[0].code).toBe('REAUTHENTICATION_REQUIRED');
  });
});
