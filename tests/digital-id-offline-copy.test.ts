import { createLocalJWKSet, decodeProtectedHeader, errors, JSONWebKeySet, jwtVerify } from 'jose';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentStatus, type RecordedDocumentStatus } from '../server/modules/registry/document-status';
import { DocumentType, PersonDocument } from '../server/modules/registry/holdings.entity';
import { riyadhDate } from '../server/shared/clock';
import { addDays } from '../server/shared/dates';
import { DigitalIdDocument, DigitalIdOfflineCopyDocument, NotificationsDocument, VerifyDigitalIdDocument } from './gql/graphql';
import { CITIZEN, DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const PUBLIC_URL = 'https://absher.example.test';
const OFFLINE = { typ: 'digital-id-offline+jwt', issuer: PUBLIC_URL, audience: 'absher-digital-id' };
const SHORT = { ...OFFLINE, typ: 'digital-id+jwt' };
const DAY_MS = 86_400_000;

const payloadOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

/** The same token under another header (its signature kept): what relabelling one kind as the other would look like. */
function relabel(token: string, typ: string): string {
  const [header, payload, signature] = token.split('.');
  const changed = { ...JSON.parse(Buffer.from(header, 'base64url').toString()), typ };
  return [Buffer.from(JSON.stringify(changed)).toString('base64url'), payload, signature].join('.');
}

describe.each(databases)("digital ID's offline copy: a day-long card of its own type, refused once its document is not in force ($kind)", ({ kind, enabled }) => {
  let t: TestApp;
  let mohammed: GraphQLClient;
  let fahd: GraphQLClient;
  let jwks: JSONWebKeySet;

  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind, env: { PUBLIC_URL } });
    mohammed = await signedInAs(t, DEMO.MOHAMMED);
    fahd = await signedInAs(t, DEMO.FAHD);
    jwks = (await (await fetch(`${t.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
  });
  afterAll(async () => t?.stop());

  const setStatus = (nationalId: string, type: DocumentType, status: RecordedDocumentStatus) => t.app.services.orm.em.fork().nativeUpdate(PersonDocument, { nationalId, type }, { status });
  const offlineCopyOf = async (api: GraphQLClient) => {
    const { digitalIdOfflineCopy } = await api.ok(DigitalIdOfflineCopyDocument);
    expect(digitalIdOfflineCopy.errors).toEqual([]);
    return digitalIdOfflineCopy.offlineCopy!;
  };

  it.skipIf(!enabled)('is issued to the signed-in person: its own type, a day long, the same sealed reference and nothing readable, as a QR code', async () => {
    const copy = await offlineCopyOf(mohammed);
    expect(Date.parse(copy.expiresAt) - Date.parse(copy.issuedAt)).toBe(DAY_MS);
    expect(decodeProtectedHeader(copy.token)).toMatchObject({ typ: 'digital-id-offline+jwt', kid: jwks.keys[0].kid });
    const payload = payloadOf(copy.token);
    expect(Object.keys(payload).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'jti']);
    expect(payload.jti).toMatch(/^[A-Za-z0-9_-]{51}$/);
    expect(copy.token).not.toContain(DEMO.MOHAMMED.nationalId);
    expect(Buffer.from(String(payload.jti), 'base64url').toString('latin1')).not.toContain(DEMO.MOHAMMED.nationalId);
    expect(copy.qrSvg).toBe(await QRCode.toString(copy.token, { type: 'svg', errorCorrectionLevel: 'L', margin: 2 }));
    // What the card shows offline, kept with the token.
    expect(copy.holder).toMatchObject({ fullNameEn: CITIZEN.nameEn, maskedNationalId: '1•••••••08', documentType: 'NATIONAL_ID' });
    expect(copy.photo).toMatch(/^data:image\//);
    // Each copy is its own: a new reference every time.
    expect(payloadOf((await offlineCopyOf(mohammed)).token).jti).not.toBe(payload.jti);
  });

  it.skipIf(!enabled)('verifies online without a session, saying it is an offline copy and when it was issued; the short-lived code says it is not', async () => {
    const copy = await offlineCopyOf(mohammed);
    const { verifyDigitalId } = await t.client().ok(VerifyDigitalIdDocument, { token: copy.token });
    expect(verifyDigitalId).toMatchObject({
      valid: true,
      reason: null,
      offlineCopy: true,
      issuedAt: copy.issuedAt,
      expiresAt: copy.expiresAt,
      documentValid: true,
      documentStatus: 'VALID',
      holder: { maskedNationalId: '1•••••••08' },
    });
    const short = (await mohammed.ok(DigitalIdDocument)).digitalId!.token;
    expect((await t.client().ok(VerifyDigitalIdDocument, { token: short })).verifyDigitalId).toMatchObject({ valid: true, offlineCopy: false });
  });

  it.skipIf(!enabled)('verifies offline with jose and the published JWKS only, for a day', async () => {
    const copy = await offlineCopyOf(mohammed);
    const { payload, protectedHeader } = await jwtVerify(copy.token, createLocalJWKSet(jwks), { ...OFFLINE, currentDate: t.clock.now() });
    expect(protectedHeader.typ).toBe('digital-id-offline+jwt');
    expect(payload.exp! - payload.iat!).toBe(86_400);
    // A second before its end it still verifies (the clock of an offline checker, not the server's).
    await expect(jwtVerify(copy.token, createLocalJWKSet(jwks), { ...OFFLINE, currentDate: new Date(Date.parse(copy.expiresAt) - 1000) })).resolves.toBeTruthy();
  });

  it.skipIf(!enabled)('and the short-lived code never pass for each other, nor for an access token', async () => {
    const copy = await offlineCopyOf(mohammed);
    const short = (await mohammed.ok(DigitalIdDocument)).digitalId!.token;
    const keys = createLocalJWKSet(jwks);
    // A checker expecting one kind refuses the other.
    await expect(jwtVerify(short, keys, { ...OFFLINE, currentDate: t.clock.now() })).rejects.toBeInstanceOf(errors.JWTClaimValidationFailed);
    await expect(jwtVerify(copy.token, keys, { ...SHORT, currentDate: t.clock.now() })).rejects.toBeInstanceOf(errors.JWTClaimValidationFailed);
    // The type is signed: relabelling one as the other breaks the signature, online and offline.
    const shortAsCopy = relabel(short, 'digital-id-offline+jwt');
    const copyAsShort = relabel(copy.token, 'digital-id+jwt');
    for (const forged of [shortAsCopy, copyAsShort]) {
      expect((await t.client().ok(VerifyDigitalIdDocument, { token: forged })).verifyDigitalId).toMatchObject({ valid: false, reason: 'BAD_SIGNATURE', offlineCopy: null, holder: null });
    }
    await expect(jwtVerify(shortAsCopy, keys, { ...OFFLINE, currentDate: t.clock.now() })).rejects.toBeInstanceOf(errors.JWSSignatureVerificationFailed);
    // Not a session either.
    const asSession = t.client();
    asSession.token = copy.token;
    expect((await asSession.request(NotificationsDocument, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.skipIf(!enabled)('allows only a few number checks per copy, like the short-lived code', async () => {
    const copy = await offlineCopyOf(mohammed);
    const checker = t.client();
    checker.language = 'en';
    for (let i = 0; i < 4; i++) {
      expect((await checker.ok(VerifyDigitalIdDocument, { token: copy.token, nationalId: `100000${i}016` })).verifyDigitalId.nationalIdMatches).toBe(false);
    }
    expect((await checker.ok(VerifyDigitalIdDocument, { token: copy.token, nationalId: DEMO.MOHAMMED.nationalId })).verifyDigitalId.nationalIdMatches).toBe(true);
    const sixth = await checker.request(VerifyDigitalIdDocument, { token: copy.token, nationalId: DEMO.MOHAMMED.nationalId });
    expect(sixth.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect((await checker.ok(VerifyDigitalIdDocument, { token: copy.token })).verifyDigitalId).toMatchObject({ valid: true, offlineCopy: true });
  });

  it.skipIf(!enabled)("is issued to each person for themself only: another person's copy is theirs", async () => {
    const copy = await offlineCopyOf(fahd);
    expect(copy.holder.maskedNationalId).toBe('1•••••••40');
    const { verifyDigitalId } = await t.client().ok(VerifyDigitalIdDocument, { token: copy.token, nationalId: DEMO.FAHD.nationalId });
    expect(verifyDigitalId).toMatchObject({ valid: true, offlineCopy: true, nationalIdMatches: true, holder: { maskedNationalId: '1•••••••40' } });
  });

  it.skipIf(!enabled)('of a national ID reported lost is refused by an online checker (genuine, but the document is LOST), and no new one is issued', async () => {
    const copy = await offlineCopyOf(fahd);
    await setStatus(DEMO.FAHD.nationalId, DocumentType.NATIONAL_ID, DocumentStatus.LOST);
    try {
      const { verifyDigitalId } = await t.client().ok(VerifyDigitalIdDocument, { token: copy.token });
      expect(verifyDigitalId).toMatchObject({ valid: true, offlineCopy: true, documentValid: false, documentStatus: 'LOST' });
      // In the account's language (Fahd's is English).
      const refused = (await fahd.ok(DigitalIdOfflineCopyDocument)).digitalIdOfflineCopy;
      expect(refused.offlineCopy).toBeNull();
      expect(refused.errors).toEqual([
        { code: 'DOCUMENT_LOST', message: 'Your ID or iqama has been reported lost, so no offline copy is issued for it. Request a replacement.', params: [{ name: 'status', value: 'LOST' }] },
      ]);
      // Cancelled and replaced documents likewise.
      for (const status of [DocumentStatus.CANCELLED, DocumentStatus.REPLACED] as const) {
        await setStatus(DEMO.FAHD.nationalId, DocumentType.NATIONAL_ID, status);
        expect((await t.client().ok(VerifyDigitalIdDocument, { token: copy.token })).verifyDigitalId).toMatchObject({ valid: true, offlineCopy: true, documentValid: false, documentStatus: status });
        expect((await fahd.ok(DigitalIdOfflineCopyDocument)).digitalIdOfflineCopy.errors.map((e) => e.code)).toEqual([`DOCUMENT_${status}`]);
      }
    } finally {
      await setStatus(DEMO.FAHD.nationalId, DocumentType.NATIONAL_ID, DocumentStatus.VALID);
    }
    // In force again (a report withdrawn by the registry): issued again.
    expect((await offlineCopyOf(fahd)).token).toBeTruthy();
  });

  it.skipIf(!enabled)('is not issued for an expired national ID', async () => {
    // The demo registry: Noura's ID expired 30 days ago.
    const noura = await signedInAs(t, DEMO.NOURA, 'AR');
    const { digitalIdOfflineCopy } = await noura.ok(DigitalIdOfflineCopyDocument);
    expect(digitalIdOfflineCopy.offlineCopy).toBeNull();
    // In her account's language, Arabic.
    expect(digitalIdOfflineCopy.errors).toEqual([
      { code: 'DOCUMENT_EXPIRED', message: 'انتهت صلاحية هويتك أو إقامتك، لذلك لا تُصدر لها نسخة دون اتصال. جدّدها ثم عد إلى هذه الصفحة.', params: [{ name: 'status', value: 'EXPIRED' }] },
    ]);
    // The short-lived card is still shown (a checker online reads the document as EXPIRED).
    expect((await noura.ok(DigitalIdDocument)).digitalId!.token).toBeTruthy();
  });

  it.skipIf(!enabled)('is issued through the last day of the ID (EXPIRING included), not the day after, nor without an ID in the registry', async () => {
    const em = () => t.app.services.orm.em.fork();
    const where = { nationalId: DEMO.FAHD.nationalId, type: DocumentType.NATIONAL_ID };
    const { expiresOn } = await em().findOneOrFail(PersonDocument, where);
    const today = riyadhDate(t.clock.now());
    const codes = async () => (await fahd.ok(DigitalIdOfflineCopyDocument)).digitalIdOfflineCopy.errors.map((e) => e.code);
    try {
      await em().nativeUpdate(PersonDocument, where, { expiresOn: today });
      expect(await codes()).toEqual([]);
      await em().nativeUpdate(PersonDocument, where, { expiresOn: addDays(today, -1) });
      expect(await codes()).toEqual(['DOCUMENT_EXPIRED']);
      // No ID at all (the only identity document turned into something else for the test).
      await em().nativeUpdate(PersonDocument, where, { expiresOn, type: DocumentType.DRIVING_LICENCE, number: 'T-OFFLINE-NO-ID' });
      expect(await codes()).toEqual(['NO_IDENTITY_DOCUMENT']);
    } finally {
      await em().nativeUpdate(PersonDocument, { nationalId: DEMO.FAHD.nationalId, number: 'T-OFFLINE-NO-ID' }, { type: DocumentType.NATIONAL_ID, number: DEMO.FAHD.nationalId });
      await em().nativeUpdate(PersonDocument, where, { expiresOn });
    }
    expect(await codes()).toEqual([]);
  });

  it.skipIf(!enabled)('is issued only to a signed-in person', async () => {
    const res = await t.client().request(DigitalIdOfflineCopyDocument);
    expect(res.data?.digitalIdOfflineCopy ?? null).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  // Last: it moves the clock a day on.
  it.skipIf(!enabled)('still verifies a second before its day is over, and is refused after it, online and offline', async () => {
    const copy = await offlineCopyOf(mohammed);
    const short = (await mohammed.ok(DigitalIdDocument)).digitalId!.token;
    // Relative to its end (whole seconds), not to now: the test clock also runs with real time.
    t.clock.advance(Date.parse(copy.expiresAt) - t.clock.now().getTime() - 1500);
    expect((await t.client().ok(VerifyDigitalIdDocument, { token: copy.token })).verifyDigitalId).toMatchObject({ valid: true, offlineCopy: true });
    expect((await t.client().ok(VerifyDigitalIdDocument, { token: short })).verifyDigitalId.reason).toBe('EXPIRED');
    t.clock.advance(2000);
    expect((await t.client().ok(VerifyDigitalIdDocument, { token: copy.token })).verifyDigitalId).toMatchObject({ valid: false, reason: 'EXPIRED', offlineCopy: null, holder: null });
    await expect(jwtVerify(copy.token, createLocalJWKSet(jwks), { ...OFFLINE, currentDate: t.clock.now() })).rejects.toBeInstanceOf(errors.JWTExpired);
  });
});
