import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { expect } from 'vitest';
import { LoginDocument, NewCaptchaDocument, RegisterDocument, RegisterInput, VerifyLoginDocument, VerifyRegistrationDocument } from '../gql/graphql';
import { parseMobile } from '../../server/shared/normalize';
import type { GraphQLClient } from './graphql-client';
import { TEST_CAPTCHA, TestApp } from './test-app';

/** The demo registry's adult citizen (README), who has no account until a test makes one. */
export const CITIZEN = { nationalId: '1000000008', mobile: '+966500000001', nameAr: 'محمد عبدالله سعد القحطاني', nameEn: 'Mohammed Abdullah Saad Alqahtani' };
export const RESIDENT = { nationalId: '2000000006', mobile: '+966500000002', nameEn: 'Rajesh Kumar Ramaswamy Nair' };
export const MINOR = { nationalId: '1000000016', mobile: '+966500000003' };
export const DECEASED = { nationalId: '1000000024', mobile: '+966500000004' };
export const MULTI_MOBILE = { nationalId: '1000000032', mobiles: ['+966500000005', '+966550000005', '+966590000005'] };

export const PASSWORD = 'Desert rose at dawn 1447';

/** What the ALTCHA widget does in a browser: solve the challenge, send challenge and solution as base64 JSON. */
export async function solveProofOfWork(challengeJson: string): Promise<string> {
  const challenge = JSON.parse(challengeJson) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

/** A new image code, answered as a person would: its digits (always TEST_CAPTCHA here) and its solved proof of work. */
export async function captcha(api: GraphQLClient, headers?: Record<string, string>): Promise<{ captchaId: string; captchaCode: string; proofOfWork: string | null }> {
  const { newCaptcha } = await api.ok(NewCaptchaDocument, {}, headers);
  return { captchaId: newCaptcha.id, captchaCode: TEST_CAPTCHA, proofOfWork: newCaptcha.proofOfWork ? await solveProofOfWork(newCaptcha.proofOfWork) : null };
}

export async function registrationInput(api: GraphQLClient, overrides: Partial<RegisterInput> = {}): Promise<RegisterInput> {
  return {
    nationalId: CITIZEN.nationalId,
    mobile: '0500000001',
    username: 'mohammed.q',
    password: PASSWORD,
    passwordConfirmation: PASSWORD,
    email: 'mohammed@example.sa',
    emailConfirmation: 'mohammed@example.sa',
    preferredLanguage: 'AR',
    acceptTerms: true,
    ...(await captcha(api)),
    ...overrides,
  };
}

/**
 * A time after which any SMS is new: the app has handed over every earlier message, and a
 * millisecond has passed, so an older SMS received in the same millisecond is not read as the new.
 */
async function quietMoment(t: TestApp): Promise<number> {
  await t.app?.drain();
  await new Promise((r) => setTimeout(r, 2));
  return Date.now();
}

/**
 * Registers through the API exactly as a person would, reading the code from the received SMS.
 * With `refused`, the registration is expected to be refused after the code (the registry's verdicts
 * come at `verifyRegistration`), and the refusal is returned instead of signing in.
 */
export async function register(t: TestApp, overrides: Partial<RegisterInput> = {}, api = t.api, { refused = false } = {}) {
  const input = await registrationInput(api, overrides);
  const since = await quietMoment(t);
  const { register } = await api.ok(RegisterDocument, { input });
  expect(register.errors).toEqual([]);
  const to = parseMobile(input.mobile)!;
  expect(register.challenge!.maskedMobile.slice(-2)).toBe(to.slice(-2));
  const code = await t.sms.codeFor(to, since);
  const { verifyRegistration } = await api.ok(VerifyRegistrationDocument, { input: { challengeId: register.challenge!.id, code } });
  if (refused) {
    expect(verifyRegistration.errors).not.toEqual([]);
    return verifyRegistration;
  }
  expect(verifyRegistration.errors).toEqual([]);
  api.token = verifyRegistration.session!.accessToken;
  return verifyRegistration;
}

/** Logs in with password and SMS code; returns the session. */
export async function login(t: TestApp, identifier: string, mobile: string, password = PASSWORD, api = t.api) {
  const since = await quietMoment(t);
  const { login } = await api.ok(LoginDocument, { input: { identifier, password, ...(await captcha(api)) } });
  expect(login.errors).toEqual([]);
  const code = await t.sms.codeFor(mobile, since);
  const { verifyLogin } = await api.ok(VerifyLoginDocument, { input: { challengeId: login.challenge!.id, code } });
  expect(verifyLogin.errors).toEqual([]);
  api.token = verifyLogin.session!.accessToken;
  return verifyLogin;
}

/** Demo people of the e-services (docs/demo-data.md): ID and linked mobile. */
export const DEMO = {
  MOHAMMED: { nationalId: '1000000008', mobile: '0500000001' },
  RAJESH: { nationalId: '2000000006', mobile: '0500000002' },
  SARA: { nationalId: '1000000016' },
  NOURA: { nationalId: '1000000032', mobile: '0500000005' },
  FAHD: { nationalId: '1000000040', mobile: '0500000006' },
  MARIA: { nationalId: '2000000014', mobile: '0500000007' },
  KHALID: { nationalId: '1000000057', mobile: '0500000101' },
  LAYLA: { nationalId: '1000000065', mobile: '0500000102' },
  OMAR: { nationalId: '2000000022', mobile: '0500000103' },
  FATIMA: { nationalId: '2000000030', mobile: '0500000104' },
  YOUSSEF: { nationalId: '2000000048' },
  ALI: { nationalId: '2000000055', mobile: '0500000105' },
  HIND: { nationalId: '1000000305', mobile: '0500000008' },
  ABDULAZIZ: { nationalId: '1000000313' },
  KARIM: { nationalId: '2000000303', mobile: '0500000106' },
  VIJAY: { nationalId: '2000000311', mobile: '0500000107' },
  TURKI: { nationalId: '1000000321', mobile: '0500000009' },
} as const;

/**
 * Registers a demo person on a GraphQL client of their own (English, user name from their ID) and
 * returns the signed-in client, so that several people can act side by side in one test.
 */
export async function signedInAs(t: TestApp, person: { nationalId: string; mobile: string }, language: 'AR' | 'EN' = 'EN'): Promise<GraphQLClient> {
  const api = t.client();
  api.language = language === 'EN' ? 'en' : 'ar';
  const email = `p${person.nationalId}@example.sa`;
  await register(t, { nationalId: person.nationalId, mobile: person.mobile, username: `p${person.nationalId}`, email, emailConfirmation: email, preferredLanguage: language }, api);
  return api;
}
