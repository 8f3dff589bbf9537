import { createLocalJWKSet, decodeProtectedHeader, errors, JSONWebKeySet, jwtVerify } from 'jose';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentStatus } from '../server/modules/registry/document-status';
import { PersonDocument, Vehicle } from '../server/modules/registry/holdings.entity';
import { riyadhDate } from '../server/shared/clock';
import { addDays, hijriDate } from '../server/shared/dates';
import {
  DigitalIdDocument,
  ReportDocumentLostDocument,
  VerifyDigitalIdDocument,
  VerifyWalletCardDocument,
  WalletCardCodeDocument,
  WalletCardsDocument,
  WalletOfflineCopiesDocument,
} from './gql/graphql';
import { CITIZEN, DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const PUBLIC_URL = 'https://absher.example.test';
const LIVE = { typ: 'wallet-card+jwt', issuer: PUBLIC_URL, audience: 'absher-wallet' };
const OFFLINE = { ...LIVE, typ: 'wallet-card-offline+jwt' };
const DAY_MS = 86_400_000;

const payloadOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
function relabel(token: string, typ: string): string {
  const [header, payload, signature] = token.split('.');
  return [Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(header, 'base64url').toString()), typ })).toString('base64url'), payload, signature].join('.');
}

describe.each(databases)('wallet cards: every document as a signed card, verified against the registry as it is now ($kind)', ({ kind, enabled }) => {
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

  const em = () => t.app.services.orm.em.fork();
  const cardsOf = async (api: GraphQLClient, holderNationalId?: string) => (await api.ok(WalletCardsDocument, { holderNationalId })).walletCards;
  const cardOf = async (api: GraphQLClient, type: string, holder: string = DEMO.MOHAMMED.nationalId) => (await cardsOf(api, holder)).find((c) => c.type === type)!;
  const codeOf = async (api: GraphQLClient, cardId: string, offlineCopy = false) => {
    const { walletCardCode } = await api.ok(WalletCardCodeDocument, { cardId, offlineCopy });
    expect(walletCardCode.errors).toEqual([]);
    return walletCardCode.code!;
  };
  const verify = async (token: string) => (await t.client().ok(VerifyWalletCardDocument, { token })).verifyWalletCard;

  it.skipIf(!enabled)("lists the caller's documents, their dependents' and their vehicle registrations, theirs first, with Gregorian and Hijri dates", async () => {
    const cards = await cardsOf(mohammed);
    const today = riyadhDate(t.clock.now());
    const own = cards.filter((c) => c.holderMaskedNationalId === '1•••••••08');
    expect(cards.slice(0, own.length)).toEqual(own);
    expect(own.map((c) => c.type).sort()).toEqual(['DRIVING_LICENCE', 'NATIONAL_ID', 'PASSPORT', 'VEHICLE_REGISTRATION']);
    const istimara = own.find((c) => c.type === 'VEHICLE_REGISTRATION')!;
    expect(istimara).toMatchObject({
      number: '730104521',
      plate: 'ABC1234',
      issuedOn: addDays(today, -700),
      expiresOn: addDays(today, 30),
      expiresOnHijri: hijriDate(addDays(today, 30)),
      status: 'EXPIRING',
      holderNameEn: CITIZEN.nameEn,
      holderNameAr: CITIZEN.nameAr,
    });
    expect(istimara.expiresOnHijri).toMatch(/^14\d\d-\d\d-\d\d$/);
    // His daughter's passport, as his documents list shows it.
    expect(cards.find((c) => c.type === 'PASSPORT' && c.number === 'W23456789')).toMatchObject({ holderNameEn: 'Sara Mohammed Abdullah Alqahtani', status: 'EXPIRING' });
    // One holder at a time: his daughter's only; a stranger's or a malformed number: nothing.
    expect(new Set((await cardsOf(mohammed, DEMO.SARA.nationalId)).map((c) => c.holderMaskedNationalId))).toEqual(new Set(['1•••••••16']));
    expect(await cardsOf(mohammed, DEMO.FAHD.nationalId)).toEqual([]);
    expect(await cardsOf(mohammed, '12')).toEqual([]);
    // Fahd's wallet: his two vehicles, soonest expiry first, and none of Mohammed's cards.
    const fahds = await cardsOf(fahd);
    expect(fahds.filter((c) => c.type === 'VEHICLE_REGISTRATION').map((c) => c.plate)).toEqual(['XYZ5678', 'KSA2024']);
    expect(fahds.some((c) => c.holderMaskedNationalId === '1•••••••08' || c.plate === 'ABC1234')).toBe(false);
  });

  it.skipIf(!enabled)('gives a live code (minutes) that verifies without a session, online and offline with the JWKS, revealing nothing readable', async () => {
    const card = await cardOf(mohammed, 'VEHICLE_REGISTRATION');
    const code = await codeOf(mohammed, card.cardId);
    expect(code.offlineCopy).toBe(false);
    expect(Date.parse(code.expiresAt) - Date.parse(code.issuedAt)).toBe(300_000);
    expect(decodeProtectedHeader(code.token)).toMatchObject({ typ: 'wallet-card+jwt', kid: jwks.keys[0].kid });
    expect(Object.keys(payloadOf(code.token)).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'jti']);
    expect(code.token).not.toContain('ABC1234');
    expect(code.qrSvg).toBe(await QRCode.toString(code.token, { type: 'svg', errorCorrectionLevel: 'L', margin: 2 }));
    expect(await verify(code.token)).toEqual({ valid: true, reason: null, offlineCopy: false, issuedAt: code.issuedAt, expiresAt: code.expiresAt, card });
    await expect(jwtVerify(code.token, createLocalJWKSet(jwks), { ...LIVE, currentDate: t.clock.now() })).resolves.toBeTruthy();
  });

  it.skipIf(!enabled)('gives an offline copy of a day, marked as one with its time of issue, for every card in force', async () => {
    const card = await cardOf(mohammed, 'NATIONAL_ID');
    const copy = await codeOf(mohammed, card.cardId, true);
    expect(copy.offlineCopy).toBe(true);
    expect(Date.parse(copy.expiresAt) - Date.parse(copy.issuedAt)).toBe(DAY_MS);
    expect(decodeProtectedHeader(copy.token).typ).toBe('wallet-card-offline+jwt');
    expect(await verify(copy.token)).toMatchObject({ valid: true, offlineCopy: true, issuedAt: copy.issuedAt, card: { cardId: card.cardId, status: 'VALID' } });
    await expect(jwtVerify(copy.token, createLocalJWKSet(jwks), { ...OFFLINE, currentDate: t.clock.now() })).resolves.toBeTruthy();
    // A checker expecting the live code refuses the copy, and the reverse.
    await expect(jwtVerify(copy.token, createLocalJWKSet(jwks), { ...LIVE, currentDate: t.clock.now() })).rejects.toBeInstanceOf(errors.JWTClaimValidationFailed);
    const all = (await mohammed.ok(WalletOfflineCopiesDocument)).walletOfflineCopies;
    const cards = await cardsOf(mohammed);
    expect(all.map((c) => c.card.cardId).sort()).toEqual(
      cards
        .filter((c) => c.status === 'VALID' || c.status === 'EXPIRING')
        .map((c) => c.cardId)
        .sort(),
    );
    expect(all.every((c) => c.offlineCopy && Date.parse(c.expiresAt) - Date.parse(c.issuedAt) === DAY_MS)).toBe(true);
  });

  it.skipIf(!enabled)('refuses a tampered, relabelled, foreign or malformed token, and a wallet card never passes for a digital ID (nor the reverse)', async () => {
    const card = await cardOf(mohammed, 'PASSPORT');
    const code = await codeOf(mohammed, card.cardId);
    const [header, payload, signature] = code.token.split('.');
    const altered = JSON.stringify({ ...payloadOf(code.token), exp: (payloadOf(code.token).exp as number) + 86_400 });
    const notValid = { valid: false, card: null, offlineCopy: null, issuedAt: null, expiresAt: null };
    expect(await verify([header, Buffer.from(altered).toString('base64url'), signature].join('.'))).toEqual({ ...notValid, reason: 'BAD_SIGNATURE' });
    expect(await verify(relabel(code.token, 'wallet-card-offline+jwt'))).toEqual({ ...notValid, reason: 'BAD_SIGNATURE' });
    expect(await verify(`${header}.${payload}.${signature.slice(0, -4)}AAAA`)).toEqual({ ...notValid, reason: 'BAD_SIGNATURE' });
    expect(await verify('not a token')).toEqual({ ...notValid, reason: 'MALFORMED' });
    expect(await verify('x'.repeat(9000))).toEqual({ ...notValid, reason: 'MALFORMED' });
    const digitalId = (await mohammed.ok(DigitalIdDocument)).digitalId!.token;
    expect(await verify(digitalId)).toEqual({ ...notValid, reason: 'WRONG_TYPE' });
    expect((await t.client().ok(VerifyDigitalIdDocument, { token: code.token })).verifyDigitalId).toMatchObject({ valid: false, reason: 'WRONG_TYPE' });
  });

  it.skipIf(!enabled)("is issued only for the caller's own cards and their dependents': another person's card is not found, an anonymous caller gets nothing", async () => {
    const mine = await cardOf(mohammed, 'NATIONAL_ID');
    const car = await cardOf(mohammed, 'VEHICLE_REGISTRATION');
    fahd.language = 'en';
    for (const cardId of [mine.cardId, car.cardId, 'bm90LWFuLWlk']) {
      for (const offlineCopy of [false, true]) {
        const { walletCardCode } = await fahd.ok(WalletCardCodeDocument, { cardId, offlineCopy });
        expect(walletCardCode).toEqual({
          code: null,
          errors: [{ code: 'CARD_NOT_FOUND', field: 'cardId', message: 'This card is not among your documents or those of the people you act for.', params: [] }],
        });
      }
    }
    // His daughter's card is his to show.
    const sara = await cardOf(mohammed, 'PASSPORT', DEMO.SARA.nationalId);
    expect((await codeOf(mohammed, sara.cardId)).card.holderNameEn).toBe('Sara Mohammed Abdullah Alqahtani');
    const anonymous = t.client();
    for (const res of [
      await anonymous.request(WalletCardsDocument, {}),
      await anonymous.request(WalletCardCodeDocument, { cardId: mine.cardId }),
      await anonymous.request(WalletOfflineCopiesDocument, {}),
    ]) {
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it.skipIf(!enabled)('reported lost: at once its live code and offline copy stop verifying as valid, and no new offline copy is issued', async () => {
    const sara = await cardOf(mohammed, 'PASSPORT', DEMO.SARA.nationalId);
    const live = await codeOf(mohammed, sara.cardId);
    const copy = await codeOf(mohammed, sara.cardId, true);
    expect((await verify(copy.token)).valid).toBe(true);
    const { reportDocumentLost } = await mohammed.ok(ReportDocumentLostDocument, { input: { documentId: sara.cardId, circumstance: 'LOST' } });
    expect(reportDocumentLost.errors).toEqual([]);
    try {
      for (const token of [live.token, copy.token]) {
        expect(await verify(token)).toMatchObject({ valid: false, reason: 'NOT_IN_FORCE', card: { cardId: sara.cardId, status: 'LOST' } });
      }
      expect((await verify(copy.token)).offlineCopy).toBe(true);
      mohammed.language = 'en';
      const { walletCardCode } = await mohammed.ok(WalletCardCodeDocument, { cardId: sara.cardId, offlineCopy: true });
      expect(walletCardCode.errors.map((e) => [e.code, e.message])).toEqual([['CARD_LOST', 'This document has been reported lost, so no offline copy is issued for it. Request a replacement.']]);
      expect((await mohammed.ok(WalletOfflineCopiesDocument)).walletOfflineCopies.some((c) => c.card.cardId === sara.cardId)).toBe(false);
      // The live code is still shown (a checker reads LOST from it).
      expect((await codeOf(mohammed, sara.cardId)).card.status).toBe('LOST');
      for (const status of [DocumentStatus.REPLACED, DocumentStatus.CANCELLED] as const) {
        await em().nativeUpdate(PersonDocument, { number: 'W23456789' }, { status });
        expect(await verify(copy.token)).toMatchObject({ valid: false, reason: 'NOT_IN_FORCE', card: { status } });
      }
    } finally {
      await em().nativeUpdate(PersonDocument, { number: 'W23456789' }, { status: DocumentStatus.VALID });
    }
    // The loss withdrawn by the registry (the same card, VALID again): it verifies again.
    expect((await verify(copy.token)).valid).toBe(true);
    // Replaced instead (as replaceDocument does: the same row and number, VALID, a new date of issue):
    // the lost card's tokens stay refused, the new card's verify.
    const { issuedOn } = await em().findOneOrFail(PersonDocument, { number: 'W23456789' });
    try {
      await em().nativeUpdate(PersonDocument, { number: 'W23456789' }, { issuedOn: riyadhDate(t.clock.now()) });
      for (const token of [live.token, copy.token]) {
        expect(await verify(token)).toMatchObject({ valid: false, reason: 'NOT_IN_FORCE', card: { cardId: sara.cardId, status: 'REPLACED', issuedOn } });
      }
      const fresh = await codeOf(mohammed, sara.cardId, true);
      expect(await verify(fresh.token)).toMatchObject({ valid: true, card: { status: 'EXPIRING', issuedOn: riyadhDate(t.clock.now()) } });
    } finally {
      await em().nativeUpdate(PersonDocument, { number: 'W23456789' }, { issuedOn });
    }
  });

  it.skipIf(!enabled)('verifies through the last day of the document, not the day after; a vehicle sold since is REPLACED for its former owner', async () => {
    const car = await cardOf(mohammed, 'VEHICLE_REGISTRATION');
    const copy = await codeOf(mohammed, car.cardId, true);
    const today = riyadhDate(t.clock.now());
    const { registrationExpiresOn } = await em().findOneOrFail(Vehicle, 'ABC1234');
    try {
      await em().nativeUpdate(Vehicle, 'ABC1234', { registrationExpiresOn: today });
      expect(await verify(copy.token)).toMatchObject({ valid: true, card: { status: 'EXPIRING' } });
      expect((await mohammed.ok(WalletCardCodeDocument, { cardId: car.cardId, offlineCopy: true })).walletCardCode.errors).toEqual([]);
      await em().nativeUpdate(Vehicle, 'ABC1234', { registrationExpiresOn: addDays(today, -1) });
      expect(await verify(copy.token)).toMatchObject({ valid: false, reason: 'NOT_IN_FORCE', card: { status: 'EXPIRED' } });
      expect((await mohammed.ok(WalletCardCodeDocument, { cardId: car.cardId, offlineCopy: true })).walletCardCode.errors.map((e) => e.code)).toEqual(['CARD_EXPIRED']);
      await em().nativeUpdate(Vehicle, 'ABC1234', { registrationExpiresOn, ownerId: DEMO.FAHD.nationalId });
      expect(await verify(copy.token)).toMatchObject({ valid: false, reason: 'NOT_IN_FORCE', card: { status: 'REPLACED', holderMaskedNationalId: '1•••••••08' } });
    } finally {
      await em().nativeUpdate(Vehicle, 'ABC1234', { registrationExpiresOn, ownerId: DEMO.MOHAMMED.nationalId });
    }
    expect((await verify(copy.token)).valid).toBe(true);
  });

  // Last: it moves the clock a day on.
  it.skipIf(!enabled)('a live code ends after minutes and an offline copy after its day, online and offline', async () => {
    const card = await cardOf(mohammed, 'NATIONAL_ID');
    const copy = await codeOf(mohammed, card.cardId, true);
    const live = await codeOf(mohammed, card.cardId);
    t.clock.advance(Date.parse(copy.expiresAt) - t.clock.now().getTime() - 1500);
    expect(await verify(copy.token)).toMatchObject({ valid: true, offlineCopy: true });
    expect((await verify(live.token)).reason).toBe('EXPIRED');
    t.clock.advance(2000);
    expect(await verify(copy.token)).toMatchObject({ valid: false, reason: 'EXPIRED', card: null });
    await expect(jwtVerify(copy.token, createLocalJWKSet(jwks), { ...OFFLINE, currentDate: t.clock.now() })).rejects.toBeInstanceOf(errors.JWTExpired);
  });
});
