import { createLocalJWKSet, decodeProtectedHeader, errors, exportJWK, generateKeyPair, JSONWebKeySet, jwtVerify, SignJWT } from 'jose';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentType, PersonDocument } from '../server/modules/registry/holdings.entity';
import { DigitalIdDocument, NotificationsDocument, VerifyDigitalIdDocument } from './gql/graphql';
import { CITIZEN, DEMO, register, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const PUBLIC_URL = 'https://absher.example.test';
const VERIFY = { typ: 'digital-id+jwt', issuer: PUBLIC_URL, audience: 'absher-digital-id' };

/** The same token with one claim changed and the original signature kept: what a forger would try. */
function tamper(token: string, claims: Record<string, unknown>): string {
  const [header, payload, signature] = token.split('.');
  const changed = { ...JSON.parse(Buffer.from(payload, 'base64url').toString()), ...claims };
  return [header, Buffer.from(JSON.stringify(changed)).toString('base64url'), signature].join('.');
}

describe.each(databases)('digital ID: issued signed, verified online and offline ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let me: GraphQLClient;
  let accessToken: string;
  let jwks: JSONWebKeySet;
  let expiresOn: string;

  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind, env: { PUBLIC_URL } });
    me = t.client();
    accessToken = (await register(t, {}, me)).session!.accessToken;
    // The identity document the card shows: the registry's, or one put there for this test.
    const em = t.app.services.orm.em.fork();
    const [existing] = await em.find(PersonDocument, { nationalId: CITIZEN.nationalId, type: DocumentType.NATIONAL_ID }, { orderBy: { expiresOn: 'desc' } });
    if (existing) expiresOn = existing.expiresOn;
    else {
      expiresOn = '2031-04-30';
      em.create(PersonDocument, { nationalId: CITIZEN.nationalId, type: DocumentType.NATIONAL_ID, number: 'T-DIGITAL-ID-1', issuedOn: '2021-05-01', expiresOn });
      await em.flush();
    }
    // What an offline checker keeps: the published keys, fetched once.
    jwks = (await (await fetch(`${t.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('gives the signed-in person a short-lived token of its own type, the same as a QR code, and their photo beside it', async () => {
    const { digitalId } = await me.ok(DigitalIdDocument);
    expect(digitalId!.holder).toEqual({
      fullNameAr: CITIZEN.nameAr,
      fullNameEn: CITIZEN.nameEn,
      maskedNationalId: '1•••••••08',
      kind: 'CITIZEN',
      nationality: 'SAU',
      dateOfBirth: '1985-03-12',
      gender: 'MALE',
      documentType: 'NATIONAL_ID',
      documentIssuedOn: expect.any(String),
      documentExpiresOn: expiresOn,
    });
    expect(digitalId!.photo).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Date.parse(digitalId!.expiresAt) - Date.parse(digitalId!.issuedAt)).toBe(5 * 60_000);
    expect(decodeProtectedHeader(digitalId!.token)).toMatchObject({ typ: 'digital-id+jwt', kid: jwks.keys[0].kid });
    // The QR code is exactly the token's (the encoding is deterministic).
    expect(digitalId!.qrSvg.startsWith('<svg')).toBe(true);
    expect(digitalId!.qrSvg).toBe(await QRCode.toString(digitalId!.token, { type: 'svg', errorCorrectionLevel: 'L', margin: 2 }));
  });

  it.skipIf(!enabled)('carries only what verification needs, small enough for a QR code that scans from a phone', async () => {
    const { digitalId } = await me.ok(DigitalIdDocument);
    const token = digitalId!.token;
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    // Issuer, audience, times, and a sealed reference: no name, no number, no photo.
    expect(Object.keys(payload).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'jti']);
    expect(payload.jti).toMatch(/^[A-Za-z0-9_-]{51}$/);
    const readable = Buffer.from(token.split('.').slice(0, 2).join(''), 'base64url').toString('latin1') + Buffer.from(String(payload.jti), 'base64url').toString('latin1');
    for (const secret of [CITIZEN.nationalId, CITIZEN.nameEn, 'Alqahtani', '1985-03-12']) expect(readable).not.toContain(secret);
    // Each token's reference is its own: two tokens of one person cannot be linked by it.
    const again = (await me.ok(DigitalIdDocument)).digitalId!.token;
    expect(JSON.parse(Buffer.from(again.split('.')[1], 'base64url').toString()).jti).not.toBe(payload.jti);
    // Was ~900 characters, a version 25 code; now about 420 with this issuer (of 27 characters), a
    // version 13 (69 modules: at 3 pixels each, a 219 px wide image with its quiet zone).
    expect(token.length).toBeLessThanOrEqual(428);
    const qr = QRCode.create(token, { errorCorrectionLevel: 'L' });
    expect(qr.version).toBeLessThanOrEqual(13);
    expect(qr.modules.size).toBe(17 + 4 * qr.version);
    expect(digitalId!.qrSvg).toContain(`viewBox="0 0 ${qr.modules.size + 4} ${qr.modules.size + 4}"`);
  });

  it.skipIf(!enabled)('verifies offline with an independent jose verifier and the published JWKS only', async () => {
    const { digitalId } = await me.ok(DigitalIdDocument);
    const { payload, protectedHeader } = await jwtVerify(digitalId!.token, createLocalJWKSet(jwks), { ...VERIFY, currentDate: t.clock.now() });
    expect(protectedHeader.typ).toBe('digital-id+jwt');
    expect(payload).toMatchObject({ iss: PUBLIC_URL, aud: 'absher-digital-id', jti: expect.any(String) });
    expect(payload.exp! - payload.iat!).toBe(300);
  });

  it.skipIf(!enabled)('verifies online without a session, and confirms a stated ID number', async () => {
    const { digitalId } = await me.ok(DigitalIdDocument);
    const checker = t.client();
    const { verifyDigitalId } = await checker.ok(VerifyDigitalIdDocument, { token: digitalId!.token });
    expect(verifyDigitalId).toMatchObject({
      valid: true,
      reason: null,
      nationalIdMatches: null,
      documentValid: expiresOn >= new Date().toISOString().slice(0, 10),
      holder: { fullNameEn: CITIZEN.nameEn, maskedNationalId: '1•••••••08' },
    });
    expect((await checker.ok(VerifyDigitalIdDocument, { token: digitalId!.token, nationalId: '١٠٠٠٠٠٠٠٠٨' })).verifyDigitalId.nationalIdMatches).toBe(true);
    expect((await checker.ok(VerifyDigitalIdDocument, { token: digitalId!.token, nationalId: '1000000016' })).verifyDigitalId.nationalIdMatches).toBe(false);
  });

  it.skipIf(!enabled)('allows only a few number checks per token, so a number cannot be guessed through it', async () => {
    const { digitalId } = await me.ok(DigitalIdDocument);
    const checker = t.client();
    checker.language = 'en';
    for (let i = 0; i < 4; i++) {
      expect((await checker.ok(VerifyDigitalIdDocument, { token: digitalId!.token, nationalId: `100000${i}016` })).verifyDigitalId.nationalIdMatches).toBe(false);
    }
    expect((await checker.ok(VerifyDigitalIdDocument, { token: digitalId!.token, nationalId: CITIZEN.nationalId })).verifyDigitalId.nationalIdMatches).toBe(true);
    const sixth = await checker.request(VerifyDigitalIdDocument, { token: digitalId!.token, nationalId: CITIZEN.nationalId });
    expect(sixth.status).toBe(200);
    expect(sixth.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(sixth.errors?.[0].message).toMatch(/^Too many attempts/);
    // The token itself still verifies; a fresh token has its own checks.
    expect((await checker.ok(VerifyDigitalIdDocument, { token: digitalId!.token })).verifyDigitalId.valid).toBe(true);
    const fresh = (await me.ok(DigitalIdDocument)).digitalId!.token;
    expect((await checker.ok(VerifyDigitalIdDocument, { token: fresh, nationalId: CITIZEN.nationalId })).verifyDigitalId.nationalIdMatches).toBe(true);
  });

  it.skipIf(!enabled)('refuses a tampered token, online and offline', async () => {
    const { digitalId } = await me.ok(DigitalIdDocument);
    // Someone else's reference (another person's token) under this token's signature.
    const other = (await (await signedInAs(t, DEMO.FAHD)).ok(DigitalIdDocument)).digitalId!.token;
    const forged = tamper(digitalId!.token, { jti: JSON.parse(Buffer.from(other.split('.')[1], 'base64url').toString()).jti });
    await expect(jwtVerify(forged, createLocalJWKSet(jwks), { ...VERIFY, currentDate: t.clock.now() })).rejects.toBeInstanceOf(errors.JWSSignatureVerificationFailed);
    const { verifyDigitalId } = await t.client().ok(VerifyDigitalIdDocument, { token: forged });
    expect(verifyDigitalId).toEqual({
      valid: false,
      reason: 'BAD_SIGNATURE',
      holder: null,
      offlineCopy: null,
      issuedAt: null,
      expiresAt: null,
      documentValid: null,
      documentStatus: null,
      nationalIdMatches: null,
    });
    // Longer validity is a change like any other.
    const extended = tamper(digitalId!.token, { exp: Math.floor(Date.now() / 1000) + 86_400 * 365 });
    expect((await t.client().ok(VerifyDigitalIdDocument, { token: extended })).verifyDigitalId.reason).toBe('BAD_SIGNATURE');
  });

  it.skipIf(!enabled)('refuses a token signed with another key, even with the right type and claims', async () => {
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const { digitalId } = await me.ok(DigitalIdDocument);
    const claims = JSON.parse(Buffer.from(digitalId!.token.split('.')[1], 'base64url').toString());
    for (const kid of [jwks.keys[0].kid, 'someone-elses-key']) {
      const foreign = await new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', typ: 'digital-id+jwt', kid }).sign(privateKey);
      expect((await t.client().ok(VerifyDigitalIdDocument, { token: foreign })).verifyDigitalId.reason).toBe('BAD_SIGNATURE');
      await expect(jwtVerify(foreign, createLocalJWKSet(jwks), { ...VERIFY, currentDate: t.clock.now() })).rejects.toThrow();
    }
    expect(await exportJWK(publicKey)).not.toEqual(jwks.keys[0]);
  });

  it.skipIf(!enabled)('refuses a token of another type: an access token is not a digital ID, nor the reverse', async () => {
    const online = await t.client().ok(VerifyDigitalIdDocument, { token: accessToken });
    expect(online.verifyDigitalId).toMatchObject({ valid: false, reason: 'WRONG_TYPE', holder: null });
    await expect(jwtVerify(accessToken, createLocalJWKSet(jwks), { ...VERIFY, currentDate: t.clock.now() })).rejects.toBeInstanceOf(errors.JWTClaimValidationFailed);

    const { digitalId } = await me.ok(DigitalIdDocument);
    const asSession = t.client();
    asSession.token = digitalId!.token;
    const res = await asSession.request(NotificationsDocument, {});
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.skipIf(!enabled)('refuses a token signed by these keys whose reference this portal cannot open', async () => {
    const now = t.clock.now();
    const later = new Date(now.getTime() + 60_000);
    const claims = { iss: PUBLIC_URL, aud: 'absher-digital-id' };
    for (const jti of ['not-a-sealed-reference', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA']) {
      const token = await t.app.services.keys.sign({ ...claims, jti }, 'digital-id+jwt', later, now);
      const { verifyDigitalId } = await t.client().ok(VerifyDigitalIdDocument, { token, nationalId: CITIZEN.nationalId });
      expect(verifyDigitalId).toMatchObject({ valid: false, reason: 'NOT_FOR_US', holder: null, nationalIdMatches: null });
    }
  });

  it.skipIf(!enabled)('refuses garbage without an error', async () => {
    for (const token of ['', 'not-a-token', 'a.b.c', 'x'.repeat(10_000)]) {
      const { verifyDigitalId } = await t.client().ok(VerifyDigitalIdDocument, { token });
      expect(verifyDigitalId).toMatchObject({ valid: false, reason: 'MALFORMED' });
    }
  });

  it.skipIf(!enabled)('expires after five minutes, online and offline', async () => {
    const { digitalId } = await me.ok(DigitalIdDocument);
    t.clock.advance(5 * 60_000 + 1_000);
    const { verifyDigitalId } = await t.client().ok(VerifyDigitalIdDocument, { token: digitalId!.token });
    expect(verifyDigitalId).toMatchObject({ valid: false, reason: 'EXPIRED', holder: null });
    await expect(jwtVerify(digitalId!.token, createLocalJWKSet(jwks), { ...VERIFY, currentDate: t.clock.now() })).rejects.toBeInstanceOf(errors.JWTExpired);
  });

  it.skipIf(!enabled)('is issued only to a signed-in person', async () => {
    const res = await t.client().request(DigitalIdDocument);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
