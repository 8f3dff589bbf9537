import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_AUDIO_PLAYS } from '../server/modules/identity/captcha';
import { CAPTCHA_AUDIO_SAMPLE_RATE, parseWav } from '../server/modules/identity/captcha-audio';
import { identityMessages } from '../server/modules/identity/identity.errors';
import { withCheckDigit } from '../server/shared/normalize';
import { LoginDocument, NewCaptchaDocument, RegisterDocument, RequestPasswordResetDocument } from './gql/graphql';
import { captcha, CITIZEN, PASSWORD, register, registrationInput, RESIDENT, solveProofOfWork } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TEST_CAPTCHA, TestApp } from './helpers/test-app';

const RATE_LIMITS = [
  'captcha-address=100000/900',
  'login-address=100000/900',
  'login-failure-address=100000/900',
  'register-address=100000/3600',
  'reset-address=100000/3600',
  'sms-number=100000/3600',
  'sms-address=100000/3600',
  'captcha-audio-address=100000/900',
].join(',');

/**
 * A fetch that reads the whole body. A WAV left unread fills the socket's buffers, so the server
 * never finishes that response and its graceful stop waits for it (the suite's hook timed out).
 */
async function fetchWhole(url: string, init?: RequestInit): Promise<Response> {
  const res = await fetch(url, init);
  return new Response(await res.arrayBuffer(), { status: res.status, headers: res.headers });
}

describe.each(databases)('the human check: PNG, audio, proof of work ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind, env: { RATE_LIMITS, TRUST_PROXY: 'loopback' } });
    await register(t, { nationalId: RESIDENT.nationalId, mobile: '0500000002', username: 'rajesh.k', email: 'rajesh@example.com', emailConfirmation: 'rajesh@example.com' }, t.client());
  });
  afterAll(async () => t?.stop());

  const audio = (path: string, headers: Record<string, string> = {}) => fetchWhole(`${t.url}${path}`, { headers });

  it.skipIf(!enabled)('serves the image as a PNG data URL and the digits as WAV in Arabic and English, never the same twice', async () => {
    const { newCaptcha } = await t.api.ok(NewCaptchaDocument);
    expect(newCaptcha.image.startsWith('data:image/png;base64,')).toBe(true);
    expect(newCaptcha.audioUrl).toBe(`/captcha/${newCaptcha.id}/audio`);
    const bodies: Buffer[] = [];
    for (const lang of ['ar', 'en', 'ar']) {
      const res = await audio(`${newCaptcha.audioUrl}?lang=${lang}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('audio/wav');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('content-language')).toBe(lang);
      const body = Buffer.from(await res.arrayBuffer());
      const seconds = parseWav(body).length / CAPTCHA_AUDIO_SAMPLE_RATE;
      expect(seconds).toBeGreaterThan(2.5);
      expect(seconds).toBeLessThan(7);
      bodies.push(body);
    }
    expect(bodies[0]!.equals(bodies[2]!)).toBe(false);
    // Without ?lang, the Accept-Language decides.
    expect((await audio(newCaptcha.audioUrl, { 'accept-language': 'en-GB,en;q=0.8' })).headers.get('content-language')).toBe('en');
    expect((await audio(`${newCaptcha.audioUrl}?lang=fr`)).status).toBe(400);
  });

  it.skipIf(!enabled)('answers 404 for an unknown, malformed, used or expired code, and after the last allowed play', async () => {
    expect((await audio('/captcha/00000000-0000-4000-8000-000000000000/audio?lang=ar')).status).toBe(404);
    expect((await audio('/captcha/not-an-id/audio?lang=ar')).status).toBe(404);

    const used = await captcha(t.api);
    const { login } = await t.api.ok(LoginDocument, { input: { identifier: 'rajesh.k', password: PASSWORD, ...used } });
    expect(login.errors).toEqual([]);
    expect((await audio(`/captcha/${used.captchaId}/audio?lang=ar`)).status).toBe(404);

    const { newCaptcha: expiring } = await t.api.ok(NewCaptchaDocument);
    t.clock.advance(121_000);
    expect((await audio(`${expiring.audioUrl}?lang=en`)).status).toBe(404);

    const { newCaptcha: replayed } = await t.api.ok(NewCaptchaDocument);
    for (let i = 0; i < MAX_AUDIO_PLAYS; i++) expect((await audio(`${replayed.audioUrl}?lang=${i % 2 ? 'en' : 'ar'}`)).status).toBe(200);
    expect((await audio(`${replayed.audioUrl}?lang=ar`)).status).toBe(404);
  });

  it.skipIf(!enabled)('asks for a proof of work on register, log-in and password reset: missing and invalid are refused, the image code stays usable', async () => {
    const api = t.client();
    const english = t.client();
    english.language = 'en';
    const senders = {
      register: async (c: GraphQLClient, answer: Awaited<ReturnType<typeof captcha>>) =>
        (await c.ok(RegisterDocument, { input: await registrationInput(c, { ...answer, username: 'nobody.new', preferredLanguage: c.language === 'en' ? 'EN' : 'AR' }) })).register,
      login: async (c: GraphQLClient, answer: Awaited<ReturnType<typeof captcha>>) => (await c.ok(LoginDocument, { input: { identifier: 'rajesh.k', password: PASSWORD, ...answer } })).login,
      reset: async (c: GraphQLClient, answer: Awaited<ReturnType<typeof captcha>>) =>
        (await c.ok(RequestPasswordResetDocument, { input: { nationalId: RESIDENT.nationalId, mobile: RESIDENT.mobile, ...answer } })).requestPasswordReset,
    };
    for (const [name, send] of Object.entries(senders)) {
      const answer = await captcha(api);
      for (const [client, lang] of [
        [api, 'ar'],
        [english, 'en'],
      ] as const) {
        const missing = await send(client, { ...answer, proofOfWork: null });
        expect(missing, name).toMatchObject({ errors: [{ field: 'proofOfWork', code: 'PROOF_OF_WORK_MISSING', message: identityMessages.PROOF_OF_WORK_MISSING[lang] }], captchaSpent: false });
        const invalid = await send(client, { ...answer, proofOfWork: Buffer.from('{"challenge":{},"solution":{}}').toString('base64') });
        expect(invalid, name).toMatchObject({ errors: [{ field: 'proofOfWork', code: 'PROOF_OF_WORK_INVALID', message: identityMessages.PROOF_OF_WORK_INVALID[lang] }], captchaSpent: false });
      }
      // A proof of work solved for another image code does not count for this one.
      const other = await captcha(api);
      expect((await send(api, { ...answer, proofOfWork: other.proofOfWork })).errors, name).toMatchObject([{ field: 'proofOfWork', code: 'PROOF_OF_WORK_INVALID' }]);
      // The same image code, now with its own solved proof of work, is accepted.
      const accepted = await send(api, answer);
      expect(
        accepted.errors.filter((e) => e.field === 'proofOfWork' || e.field === 'captchaCode'),
        name,
      ).toEqual([]);
      expect(accepted.captchaSpent, name).toBe(true);
      // Replayed, with the same image code or another, it is refused.
      expect((await send(api, answer)).errors, name).toMatchObject([{ field: 'captchaCode', code: 'CAPTCHA_INVALID' }]);
      const fresh = await captcha(api);
      expect((await send(api, { ...fresh, proofOfWork: answer.proofOfWork })).errors, name).toMatchObject([{ field: 'proofOfWork', code: 'PROOF_OF_WORK_INVALID' }]);
    }
  });

  it.skipIf(!enabled)('keeps the image code valid when only the input’s own checks fail, and spends it once they pass', async () => {
    const api = t.client();
    // Registration: a mismatched confirmation and unaccepted terms; then corrected, the same code passes.
    const answer = await captcha(api);
    const refused = (await api.ok(RegisterDocument, { input: await registrationInput(api, { ...answer, passwordConfirmation: 'something else', acceptTerms: false }) })).register;
    expect(refused.errors.map((e) => e.field).sort()).toEqual(['acceptTerms', 'passwordConfirmation']);
    expect(refused.captchaSpent).toBe(false);
    const corrected = (await api.ok(RegisterDocument, { input: await registrationInput(api, answer) })).register;
    expect(corrected).toMatchObject({ errors: [], captchaSpent: true });
    expect(corrected.challenge).toBeTruthy();

    // A well-formed registration spends its image code whatever the registry holds (an ID not in it
    // is answered alike, and judged only after the SMS code).
    const another = await captcha(api);
    const unknownPerson = (await api.ok(RegisterDocument, { input: await registrationInput(api, { ...another, nationalId: withCheckDigit('123456789') }) })).register;
    expect(unknownPerson.errors).toEqual([]);
    expect(unknownPerson.captchaSpent).toBe(true);
    expect((await api.ok(RegisterDocument, { input: await registrationInput(api, another) })).register.errors).toMatchObject([{ field: 'captchaCode', code: 'CAPTCHA_INVALID' }]);

    // Password reset: a malformed mobile leaves the code for the corrected request.
    const reset = await captcha(api);
    const badMobile = (await api.ok(RequestPasswordResetDocument, { input: { nationalId: CITIZEN.nationalId, mobile: '05', ...reset } })).requestPasswordReset;
    expect(badMobile).toMatchObject({ errors: [{ field: 'mobile', code: 'MOBILE_INVALID' }], captchaSpent: false });
    const sent = (await api.ok(RequestPasswordResetDocument, { input: { nationalId: CITIZEN.nationalId, mobile: CITIZEN.mobile, ...reset } })).requestPasswordReset;
    expect(sent).toMatchObject({ errors: [], captchaSpent: true });

    // A wrong image code is still one guess: spent.
    const guessed = await captcha(api);
    const wrong = (await api.ok(LoginDocument, { input: { identifier: 'rajesh.k', password: PASSWORD, ...guessed, captchaCode: '0000' } })).login;
    expect(wrong).toMatchObject({ errors: [{ field: 'captchaCode', code: 'CAPTCHA_INVALID' }], captchaSpent: true });
    expect((await api.ok(LoginDocument, { input: { identifier: 'rajesh.k', password: PASSWORD, ...guessed, captchaCode: TEST_CAPTCHA } })).login.errors).toMatchObject([{ code: 'CAPTCHA_INVALID' }]);
  });

  it.skipIf(!enabled)('limits the audio per client address, with Retry-After', async () => {
    const limited = await startTestApp({ database: kind, env: { TRUST_PROXY: 'loopback', RATE_LIMITS: 'captcha-audio-address=3/900' } });
    try {
      const ids = await Promise.all([0, 1].map(async () => (await limited.api.ok(NewCaptchaDocument)).newCaptcha.audioUrl));
      const from = { 'x-forwarded-for': '198.51.100.77' };
      for (let i = 0; i < 3; i++) expect((await fetchWhole(`${limited.url}${ids[i % 2]}?lang=ar`, { headers: from })).status).toBe(200);
      const refused = await fetchWhole(`${limited.url}${ids[1]}?lang=en`, { headers: from });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refused.json()) as { error: string }).error).toMatch(/^Too many attempts/);
      // Another address is not affected.
      expect((await fetchWhole(`${limited.url}${ids[1]}?lang=en`, { headers: { 'x-forwarded-for': '198.51.100.78' } })).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });

  it.skipIf(!enabled)('solves in the test as the widget would: the payload is the challenge and a solution', async () => {
    const { newCaptcha } = await t.api.ok(NewCaptchaDocument);
    const payload = JSON.parse(Buffer.from(await solveProofOfWork(newCaptcha.proofOfWork!), 'base64').toString());
    expect(payload.challenge.parameters.data).toEqual({ captcha: newCaptcha.id });
    expect(payload.solution.counter).toBeLessThanOrEqual(10);
  });
});
