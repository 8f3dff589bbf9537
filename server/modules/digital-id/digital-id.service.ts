import { EntityManager } from '@mikro-orm/core';
import { decodeProtectedHeader, errors as joseErrors } from 'jose';
import QRCode from 'qrcode';
import type { Clock } from '../../shared/clock';
import { riyadhDate } from '../../shared/clock';
import type { SigningKeys } from '../../shared/keys';
import type { Sealer } from '../../shared/sealed';
import { DocumentStatus, documentStatusOn, DocumentType, Person, PersonDocument, PersonKind } from '../registry';
import { DIGITAL_ID_AUDIENCE, DIGITAL_ID_OFFLINE_TYPE, DIGITAL_ID_TYPE, nationalIdMatches, readClaims } from './digital-id-claims';
import { DigitalIdErrorCode, DigitalIdErrors } from './digital-id.errors';

/** The holder as the registry knows them now, with the identity document the card stands for. */
export interface DigitalIdHolderFacts {
  person: Person;
  /** Their latest NATIONAL_ID (citizens) or IQAMA (residents); null when the registry holds none. */
  document: PersonDocument | null;
}

export interface IssuedDigitalId {
  token: string;
  qrSvg: string;
  issuedAt: Date;
  expiresAt: Date;
  holder: DigitalIdHolderFacts;
}

/**
 * The QR code's error correction: L (7 % of the code may be unreadable). The code is shown on a
 * screen, not printed and worn, and L keeps it a version or two smaller (larger modules) than M.
 */
export const QR_ERROR_CORRECTION = 'L';

export enum DigitalIdRefusal {
  MALFORMED = 'MALFORMED',
  WRONG_TYPE = 'WRONG_TYPE',
  BAD_SIGNATURE = 'BAD_SIGNATURE',
  EXPIRED = 'EXPIRED',
  NOT_FOR_US = 'NOT_FOR_US',
}

export type DigitalIdCheck =
  | {
      valid: true;
      holder: DigitalIdHolderFacts;
      issuedAt: Date;
      expiresAt: Date;
      /** Whether it is an offline copy (`digital-id-offline+jwt`) rather than the card's short-lived code. */
      offlineCopy: boolean;
      documentValid: boolean | null;
      documentStatus: DocumentStatus | null;
      nationalIdMatches: boolean | null;
      /** Set when the number was not checked because this token had its share of checks: retry after so many seconds (never, in practice: it expires first). */
      checksExhaustedFor: number | null;
    }
  | { valid: false; reason: DigitalIdRefusal };

/** Number checks allowed per token: enough for a checker's typo, far too few to guess a number. */
export const NATIONAL_ID_CHECKS_PER_TOKEN = 5;
/** Tokens whose number checks are remembered, per instance. */
const CHECKED_TOKENS_KEPT = 10_000;

/** Why an identity document that is not in force gets no offline copy. */
const NOT_IN_FORCE: Partial<Record<DocumentStatus, DigitalIdErrorCode>> = {
  [DocumentStatus.EXPIRED]: 'DOCUMENT_EXPIRED',
  [DocumentStatus.LOST]: 'DOCUMENT_LOST',
  [DocumentStatus.REPLACED]: 'DOCUMENT_REPLACED',
  [DocumentStatus.CANCELLED]: 'DOCUMENT_CANCELLED',
};

/**
 * The digital ID (SPEC §5): a short-lived JWS of its own type (`digital-id+jwt`, audience
 * `absher-digital-id`) signed with the server's keys, so anyone holding the JWKS can check it
 * offline, and an access token can never pass for one (nor one for an access token).
 *
 * Its offline copy (issue 16) is the same claims signed separately as `digital-id-offline+jwt`,
 * living `DIGITAL_ID_OFFLINE_TTL_SECONDS` (a day), for a device to keep and show without a
 * network. It is issued only while the holder's identity document is in force; once the registry
 * says the document is lost, replaced or cancelled, an online check answers `documentValid: false`
 * (an offline checker cannot know: the copy's short day bounds that).
 */
export class DigitalIdService {
  /** Number checks made per token (by `jti`), until the token expires. Per instance: a few more tries per added instance still leave a million candidates out of reach. */
  private readonly checks = new Map<string, { count: number; until: number }>();

  constructor(
    private readonly keys: SigningKeys,
    private readonly clock: Clock,
    private readonly issuer: string,
    /** Seals the national ID into the token's `jti` (see digital-id-claims.ts). */
    private readonly sealer: Sealer,
    private readonly ttlSeconds: number,
    private readonly offlineTtlSeconds: number,
  ) {}

  async issue(em: EntityManager, nationalId: string): Promise<IssuedDigitalId> {
    const holder = await this.holder(em, nationalId);
    if (!holder) throw new Error('a signed-in person is missing from the registry');
    return this.sign(holder, DIGITAL_ID_TYPE, this.ttlSeconds);
  }

  /** The offline copy; refused (`DigitalIdErrors`) when the holder's identity document is missing or not in force. */
  async issueOfflineCopy(em: EntityManager, nationalId: string): Promise<IssuedDigitalId> {
    const holder = await this.holder(em, nationalId);
    if (!holder) throw new Error('a signed-in person is missing from the registry');
    const document = holder.document;
    if (!document) return DigitalIdErrors.refuse('', 'NO_IDENTITY_DOCUMENT');
    const status = documentStatusOn(document.status, document.expiresOn, riyadhDate(this.clock.now()));
    const refusal = NOT_IN_FORCE[status];
    if (refusal) DigitalIdErrors.refuse('', refusal, { status });
    return this.sign(holder, DIGITAL_ID_OFFLINE_TYPE, this.offlineTtlSeconds);
  }

  private async sign(holder: DigitalIdHolderFacts, typ: string, ttlSeconds: number): Promise<IssuedDigitalId> {
    // Whole seconds, as the token carries them, so the card and a checker show the same times.
    const issuedAt = new Date(Math.floor(this.clock.now().getTime() / 1000) * 1000);
    const expiresAt = new Date(issuedAt.getTime() + ttlSeconds * 1000);
    const jti = this.sealer.sealValue(holder.person.nationalId);
    const token = await this.keys.sign({ jti, iss: this.issuer, aud: DIGITAL_ID_AUDIENCE }, typ, expiresAt, issuedAt);
    const qrSvg = await QRCode.toString(token, { type: 'svg', errorCorrectionLevel: QR_ERROR_CORRECTION, margin: 2 });
    return { token, qrSvg, issuedAt, expiresAt, holder };
  }

  private async holder(em: EntityManager, nationalId: string): Promise<DigitalIdHolderFacts | null> {
    const person = await em.findOne(Person, { nationalId });
    if (!person) return null;
    const type = person.kind === PersonKind.CITIZEN ? DocumentType.NATIONAL_ID : DocumentType.IQAMA;
    const [document] = await em.find(PersonDocument, { nationalId, type }, { orderBy: { expiresOn: 'desc' }, limit: 1 });
    return { person, document: document ?? null };
  }

  /** Checks a scanned token; never throws for a bad one. `nationalId`, if given, is compared with the holder's. */
  async verify(em: EntityManager, token: string, nationalId?: string | null): Promise<DigitalIdCheck> {
    let typ: string | undefined;
    try {
      typ = decodeProtectedHeader(token.trim()).typ;
    } catch {
      return { valid: false, reason: DigitalIdRefusal.MALFORMED };
    }
    if (typ !== DIGITAL_ID_TYPE && typ !== DIGITAL_ID_OFFLINE_TYPE) return { valid: false, reason: DigitalIdRefusal.WRONG_TYPE };
    const now = this.clock.now();
    let payload: Record<string, unknown>;
    try {
      // The type is part of what is signed: a short-lived code relabelled as an offline copy (or the reverse) fails the signature.
      payload = await this.keys.verify(token.trim(), { typ, issuer: this.issuer, audience: DIGITAL_ID_AUDIENCE, currentDate: now });
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) return { valid: false, reason: DigitalIdRefusal.EXPIRED };
      if (error instanceof joseErrors.JWTClaimValidationFailed) return { valid: false, reason: DigitalIdRefusal.NOT_FOR_US };
      if (error instanceof joseErrors.JWSInvalid || error instanceof joseErrors.JWTInvalid) return { valid: false, reason: DigitalIdRefusal.MALFORMED };
      return { valid: false, reason: DigitalIdRefusal.BAD_SIGNATURE };
    }
    const claims = readClaims(payload);
    if (!claims || typeof payload.iat !== 'number' || typeof payload.exp !== 'number') {
      return { valid: false, reason: DigitalIdRefusal.MALFORMED };
    }
    // Signed by our keys but sealed under secrets this portal does not hold (another instance's).
    const holderId = this.sealer.openValue(claims.jti);
    const holder = holderId ? await this.holder(em, holderId) : null;
    if (!holderId || !holder) return { valid: false, reason: DigitalIdRefusal.NOT_FOR_US };
    const expiresAtMs = payload.exp * 1000;
    // The registry's word now, so a card reported lost stops proving anything at once.
    const documentStatus = holder.document ? documentStatusOn(holder.document.status, holder.document.expiresOn, riyadhDate(now)) : null;
    let matches: boolean | null = null;
    let checksExhaustedFor: number | null = null;
    if (nationalId) {
      if (this.countCheck(claims.jti, expiresAtMs, now.getTime())) matches = nationalIdMatches(holderId, nationalId);
      else checksExhaustedFor = Math.max(1, Math.ceil((expiresAtMs - now.getTime()) / 1000));
    }
    return {
      valid: true,
      holder,
      issuedAt: new Date(payload.iat * 1000),
      expiresAt: new Date(expiresAtMs),
      offlineCopy: typ === DIGITAL_ID_OFFLINE_TYPE,
      documentValid: documentStatus ? documentStatus === DocumentStatus.VALID || documentStatus === DocumentStatus.EXPIRING : null,
      documentStatus,
      nationalIdMatches: matches,
      checksExhaustedFor,
    };
  }

  /** Counts one number check against a token; false once it has had its share. */
  private countCheck(jti: string, until: number, now: number): boolean {
    if (this.checks.size > CHECKED_TOKENS_KEPT) {
      for (const [k, v] of this.checks) if (v.until <= now) this.checks.delete(k);
      // Offline copies live a day, so unexpired entries can pile up: the oldest go first, down to
      // nine tenths (so the sweep runs once per thousand new tokens, not on every check). A token
      // forgotten this way gets its few checks again, still far too few to guess a number.
      for (const k of this.checks.keys()) {
        if (this.checks.size <= CHECKED_TOKENS_KEPT * 0.9) break;
        this.checks.delete(k);
      }
    }
    const entry = this.checks.get(jti) ?? { count: 0, until };
    if (entry.count >= NATIONAL_ID_CHECKS_PER_TOKEN) return false;
    entry.count += 1;
    this.checks.set(jti, entry);
    return true;
  }
}
