import { randomBytes } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { decodeProtectedHeader, errors as joseErrors } from 'jose';
import QRCode from 'qrcode';
import type { Clock } from '../../shared/clock';
import { riyadhDate } from '../../shared/clock';
import type { SigningKeys } from '../identity/tokens';
import { DocumentType, PersonDocument } from '../registry/holdings.entity';
import { Person, PersonKind } from '../registry/person.entity';
import {
  DIGITAL_ID_AUDIENCE,
  DIGITAL_ID_TTL_SECONDS,
  DIGITAL_ID_TYPE,
  DigitalIdClaims,
  digitalIdClaims,
  IdHasher,
  nationalIdMatches,
  readClaims,
} from './digital-id-claims';

export interface IssuedDigitalId {
  token: string;
  qrSvg: string;
  issuedAt: Date;
  expiresAt: Date;
  claims: DigitalIdClaims;
}

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
      claims: DigitalIdClaims;
      issuedAt: Date;
      expiresAt: Date;
      documentValid: boolean | null;
      nationalIdMatches: boolean | null;
      /** Set when the number was not checked because this token had its share of checks: retry after so many seconds (never, in practice: it expires first). */
      checksExhaustedFor: number | null;
    }
  | { valid: false; reason: DigitalIdRefusal };

/** Number checks allowed per token: enough for a checker's typo, far too few to guess a number. */
export const NATIONAL_ID_CHECKS_PER_TOKEN = 5;

/**
 * The digital ID (SPEC §5): a short-lived JWS of its own type (`digital-id+jwt`, audience
 * `absher-digital-id`) signed with the server's keys, so anyone holding the JWKS can check it
 * offline, and an access token can never pass for one (nor one for an access token).
 */
export class DigitalIdService {
  /** Number checks made per token (by `jti`), until the token expires. Per instance: a few more tries per added instance still leave a million candidates out of reach. */
  private readonly checks = new Map<string, { count: number; until: number }>();

  constructor(
    private readonly keys: SigningKeys,
    private readonly clock: Clock,
    private readonly issuer: string,
    private readonly hasher: IdHasher,
  ) {}

  async issue(em: EntityManager, nationalId: string): Promise<IssuedDigitalId> {
    const person = await em.findOneOrFail(Person, { nationalId });
    const type = person.kind === PersonKind.CITIZEN ? DocumentType.NATIONAL_ID : DocumentType.IQAMA;
    const [document] = await em.find(PersonDocument, { nationalId, type }, { orderBy: { expiresOn: 'desc' }, limit: 1 });
    const issuedAt = this.clock.now();
    const expiresAt = new Date(issuedAt.getTime() + DIGITAL_ID_TTL_SECONDS * 1000);
    const claims = digitalIdClaims(
      {
        nationalId,
        nameAr: person.fullNameAr,
        nameEn: person.fullNameEn,
        kind: person.kind,
        nationality: person.nationality,
        dateOfBirth: person.dateOfBirth,
        gender: person.gender,
        document: document ? { type: document.type, issuedOn: document.issuedOn, expiresOn: document.expiresOn } : null,
      },
      randomBytes(16).toString('base64url'),
      this.hasher,
    );
    const token = await this.keys.sign({ ...claims, iss: this.issuer, aud: DIGITAL_ID_AUDIENCE }, DIGITAL_ID_TYPE, expiresAt, issuedAt);
    const qrSvg = await QRCode.toString(token, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { token, qrSvg, issuedAt, expiresAt, claims };
  }

  /** Checks a scanned token; never throws for a bad one. `nationalId`, if given, is compared with the holder's. */
  async verify(token: string, nationalId?: string | null): Promise<DigitalIdCheck> {
    let typ: string | undefined;
    try {
      typ = decodeProtectedHeader(token.trim()).typ;
    } catch {
      return { valid: false, reason: DigitalIdRefusal.MALFORMED };
    }
    if (typ !== DIGITAL_ID_TYPE) return { valid: false, reason: DigitalIdRefusal.WRONG_TYPE };
    const now = this.clock.now();
    let payload: Record<string, unknown>;
    try {
      payload = await this.keys.verify(token.trim(), { typ: DIGITAL_ID_TYPE, issuer: this.issuer, audience: DIGITAL_ID_AUDIENCE, currentDate: now });
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) return { valid: false, reason: DigitalIdRefusal.EXPIRED };
      if (error instanceof joseErrors.JWTClaimValidationFailed) return { valid: false, reason: DigitalIdRefusal.NOT_FOR_US };
      if (error instanceof joseErrors.JWSInvalid || error instanceof joseErrors.JWTInvalid) return { valid: false, reason: DigitalIdRefusal.MALFORMED };
      return { valid: false, reason: DigitalIdRefusal.BAD_SIGNATURE };
    }
    const claims = readClaims(payload);
    if (!claims || typeof payload.iat !== 'number' || typeof payload.exp !== 'number' || typeof payload.jti !== 'string') {
      return { valid: false, reason: DigitalIdRefusal.MALFORMED };
    }
    const expiresAtMs = payload.exp * 1000;
    let matches: boolean | null = null;
    let checksExhaustedFor: number | null = null;
    if (nationalId) {
      if (this.countCheck(payload.jti, expiresAtMs, now.getTime())) matches = nationalIdMatches(claims, nationalId, this.hasher);
      else checksExhaustedFor = Math.max(1, Math.ceil((expiresAtMs - now.getTime()) / 1000));
    }
    return {
      valid: true,
      claims,
      issuedAt: new Date(payload.iat * 1000),
      expiresAt: new Date(payload.exp * 1000),
      documentValid: claims.doc_expires_on ? claims.doc_expires_on >= riyadhDate(now) : null,
      nationalIdMatches: matches,
      checksExhaustedFor,
    };
  }

  /** Counts one number check against a token; false once it has had its share. */
  private countCheck(jti: string, until: number, now: number): boolean {
    if (this.checks.size > 10_000) for (const [k, v] of this.checks) if (v.until <= now) this.checks.delete(k);
    const entry = this.checks.get(jti) ?? { count: 0, until };
    if (entry.count >= NATIONAL_ID_CHECKS_PER_TOKEN) return false;
    entry.count += 1;
    this.checks.set(jti, entry);
    return true;
  }
}
