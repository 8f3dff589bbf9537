import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Channel, OutboxMessage } from '../server/modules/messaging';
import { ConfirmEmailDocument, MeDocument, ResendEmailConfirmationDocument } from './gql/graphql';
import { MULTI_MOBILE, register } from './helpers/flows';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const NOURA = { nationalId: MULTI_MOBILE.nationalId, mobile: MULTI_MOBILE.mobiles[0], username: 'noura.k', email: 'noura@example.sa', emailConfirmation: 'noura@example.sa' };

describe.each(databases)('the e-mail confirmation link sent again: to the caller’s own address, limited, until confirmed ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (enabled) t = await startTestApp({ database: kind });
  });
  afterAll(async () => t?.stop());

  const mails = async (to: string) => {
    await t.app.drain();
    return t.app.services.orm.em.fork().find(OutboxMessage, { channel: Channel.EMAIL, recipient: to }, { orderBy: { id: 'asc' } });
  };
  const tokenIn = (body: string) => /confirm-email\?token=([\w.-]+)/.exec(body)![1];

  it.skipIf(!enabled)('needs a signed-in caller, sends a working link to that account’s address only, and is refused once it is confirmed', async () => {
    const anonymous = await t.client().request(ResendEmailConfirmationDocument);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    await register(t);
    const noura = t.client();
    await register(t, NOURA, noura);
    expect(await mails('mohammed@example.sa')).toHaveLength(1);

    const { resendEmailConfirmation } = await t.api.ok(ResendEmailConfirmationDocument);
    expect(resendEmailConfirmation).toEqual({ sent: true, errors: [] });
    const [welcome, again] = await mails('mohammed@example.sa');
    expect(again.subject).toBe('أبشر — أكّد بريدك الإلكتروني');
    expect(again.body).toContain('طلبتَ رابطاً جديداً');
    expect(tokenIn(again.body)).not.toBe(tokenIn(welcome.body));
    // Nobody else's inbox got anything.
    expect(await mails('noura@example.sa')).toHaveLength(1);

    expect((await t.client().ok(ConfirmEmailDocument, { input: { token: tokenIn(again.body) } })).confirmEmail).toEqual({ confirmed: true, errors: [] });
    expect((await t.api.ok(MeDocument)).me!.emailVerified).toBe(true);
    // Noura's address is still hers to confirm: the citizen's link confirmed only his own.
    expect((await noura.ok(MeDocument)).me!.emailVerified).toBe(false);

    const refused = await t.api.ok(ResendEmailConfirmationDocument);
    expect(refused.resendEmailConfirmation).toMatchObject({ sent: false, errors: [{ field: null, code: 'EMAIL_ALREADY_CONFIRMED' }] });
    expect(await mails('mohammed@example.sa')).toHaveLength(2);
  });

  it.skipIf(!enabled)('sends at most 5 an hour to one address, then says when to try again', async () => {
    const fahd = t.client();
    await register(t, { ...NOURA, nationalId: '1000000040', mobile: '0500000006', username: 'fahd.s', email: 'fahd@example.sa', emailConfirmation: 'fahd@example.sa' }, fahd);
    for (let i = 0; i < 5; i++) expect((await fahd.ok(ResendEmailConfirmationDocument)).resendEmailConfirmation.sent).toBe(true);
    const limited = await fahd.request(ResendEmailConfirmationDocument);
    expect(limited.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    expect(await mails('fahd@example.sa')).toHaveLength(1 + 5);
  });
});
