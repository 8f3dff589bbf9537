import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDigitClips, parseWav } from '../server/modules/identity/captcha-audio';
import { secureRandom, type Random } from '../server/shared/random';
import { LoginDocument, NewCaptchaDocument } from './gql/graphql';
import { matchClips } from './helpers/audio-matchers';
import { SvgSignatureSolver, TemplateSolver } from './helpers/captcha-solvers';
import { solveProofOfWork } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { startTestApp, TestApp } from './helpers/test-app';

/**
 * The attack (security round two, medium 3), end to end against the running server: a script read
 * the image code offline (the SVG's fixed path signatures, 25 of 25 accepted by the production
 * server) and ran the whole flow unattended. Here the script asks the server for image codes, reads
 * each PNG with the strongest structural solver we have (`TemplateSolver`), or the spoken digits
 * with the committed clips (`matchClips`), solves the proof of work, and sends the reading in a
 * log-in. The server draws its codes as in production; the test only notes which digits it drew,
 * to show that a right reading would have been accepted.
 */
const RATE_LIMITS = ['captcha-address', 'login-address', 'login-failure-address', 'captcha-audio-address'].map((n) => `${n}=100000/900`).join(',');
const IMAGES = 60;

describe('scripts reading the human check, against the running server', () => {
  let t: TestApp;
  const drawn: string[] = [];
  const noting: Random = {
    digits(length) {
      const digits = secureRandom.digits(length);
      if (length === 4) drawn.push(digits);
      return digits;
    },
    token: secureRandom.token,
  };
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMITS }, random: noting });
  });
  afterAll(async () => t?.stop());

  /** A new image code: its id, PNG, audio address, solved proof of work, and (for the test only) its digits. */
  async function fetchCaptcha(api: GraphQLClient) {
    const { newCaptcha } = await api.ok(NewCaptchaDocument);
    const truth = drawn.at(-1)!;
    const png = Buffer.from(newCaptcha.image.replace(/^data:image\/png;base64,/, ''), 'base64');
    return { id: newCaptcha.id, png, audioUrl: newCaptcha.audioUrl, proofOfWork: await solveProofOfWork(newCaptcha.proofOfWork!), truth };
  }

  /** Sends `code` as the image code of a log-in; true when the server took it (the refusal is then about the password). */
  async function accepted(api: GraphQLClient, captcha: { id: string; proofOfWork: string }, code: string): Promise<boolean> {
    const { login } = await api.ok(LoginDocument, { input: { identifier: 'nobody.here', password: 'a wrong password 1', captchaId: captcha.id, captchaCode: code, proofOfWork: captcha.proofOfWork } });
    expect(login.captchaSpent).toBe(true);
    const codes = login.errors.map((e) => e.code);
    if (codes.includes('CAPTCHA_INVALID')) return false;
    expect(codes).toEqual(['INVALID_CREDENTIALS']);
    return true;
  }

  it('a right reading is accepted: what the script sends is judged', async () => {
    const api = t.client();
    for (let i = 0; i < 3; i++) {
      const captcha = await fetchCaptcha(api);
      expect(await accepted(api, captcha, captcha.truth)).toBe(true);
    }
  });

  it('the image codes the structural solver reads are accepted at most a fifth of the time (it was every one)', async () => {
    const api = t.client();
    const svgSolver = new SvgSignatureSolver();
    const solver = new TemplateSolver();
    let read = 0;
    let digits = 0;
    let taken = 0;
    for (let i = 0; i < IMAGES; i++) {
      const captcha = await fetchCaptcha(api);
      expect(captcha.png.subarray(1, 4).toString()).toBe('PNG');
      // The attack that read every SVG finds no glyph path in what the server sends now.
      expect(svgSolver.solve(captcha.png.toString('latin1'))).toBe('');
      const answer = await solver.solve(captcha.png);
      if (answer === captcha.truth) read++;
      for (let d = 0; d < 4; d++) if (answer[d] === captcha.truth[d]) digits++;
      if (await accepted(api, captcha, answer)) taken++;
    }
    // The server accepts exactly the right readings.
    expect(taken).toBe(read);
    // Measured on seeded renders: 2–5% of codes, about a third of single digits (chance is a tenth).
    // The bound leaves room for chance over 60 unseeded server renders; the SVG gave 100%.
    expect(taken / IMAGES).toBeLessThanOrEqual(0.2);
    expect(digits / (4 * IMAGES)).toBeLessThan(0.5);
  }, 120_000);

  it('the spoken codes the clip matcher reads are not accepted, in Arabic or English', async () => {
    const api = t.client();
    const clips = loadDigitClips();
    let taken = 0;
    for (const lang of ['ar', 'en'] as const) {
      for (let i = 0; i < 4; i++) {
        const captcha = await fetchCaptcha(api);
        const res = await fetch(`${t.url}${captcha.audioUrl}?lang=${lang}`);
        expect(res.status).toBe(200);
        const reading = matchClips(parseWav(Buffer.from(await res.arrayBuffer())), clips[lang], 4);
        // No committed clip is found in what the server plays: a clip played as it is scores above
        // 0.99. These renders are unseeded; over 800 of them the best match was 0.78 at most (median
        // 0.39), so the bound sits between that tail and a copy rather than at the seeded test's 0.75.
        expect(Math.max(...reading.scores)).toBeLessThan(0.9);
        const right = reading.code === captcha.truth;
        expect(await accepted(api, captcha, reading.code)).toBe(right);
        if (right) taken++;
      }
    }
    // …and its readings are not taken: it read no code of the seeded renders; a whole code read by
    // chance (four digits at 10–30% each) stays possible over unseeded ones, two in eight is not.
    expect(taken).toBeLessThanOrEqual(1);
  }, 120_000);
});
