import { EntityManager } from '@mikro-orm/core';
import { decodeProtectedHeader, errors as joseErrors } from 'jose';
import QRCode from 'qrcode';
import type { Clock } from '../../shared/clock';
import { riyadhDate } from '../../shared/clock';
import type { GlobalIds } from '../../shared/global-id';
import type { SigningKeys } from '../../shared/keys';
import type { Sealer } from '../../shared/sealed';
import { DocumentStatus, Person, PersonDocument, Vehicle, type Holdings } from '../registry';
import { QR_ERROR_CORRECTION } from '../digital-id/digital-id.service';
import {
  cardInForce,
  type CardFacts,
  type CardReference,
  decodeReference,
  documentCard,
  encodeReference,
  sameCard,
  vehicleCard,
  WALLET_AUDIENCE,
  WALLET_CARD_OFFLINE_TYPE,
  WALLET_CARD_TYPE,
} from './wallet-card';
import { WalletErrors, type WalletErrorCode } from './wallet.errors';

/** A card with the person it belongs to and its global ID (the document's or the vehicle's `Node.id`). */
export interface Card extends CardFacts {
  cardId: string;
  holder: Person;
}

export interface IssuedCard {
  token: string;
  qrSvg: string;
  issuedAt: Date;
  expiresAt: Date;
  offlineCopy: boolean;
  card: Card;
}

export enum WalletCardRefusal {
  MALFORMED = 'MALFORMED',
  WRONG_TYPE = 'WRONG_TYPE',
  BAD_SIGNATURE = 'BAD_SIGNATURE',
  EXPIRED = 'EXPIRED',
  NOT_FOR_US = 'NOT_FOR_US',
  UNKNOWN_CARD = 'UNKNOWN_CARD',
  NOT_IN_FORCE = 'NOT_IN_FORCE',
}

export interface CardCheck {
  valid: boolean;
  reason: WalletCardRefusal | null;
  /** Present once the token is genuine and the card known, valid or not (a LOST card is shown as LOST). */
  card: Card | null;
  offlineCopy: boolean | null;
  issuedAt: Date | null;
  expiresAt: Date | null;
}

/** Why a card that is not in force gets no offline copy. */
const NOT_IN_FORCE: Partial<Record<DocumentStatus, WalletErrorCode>> = {
  [DocumentStatus.EXPIRED]: 'CARD_EXPIRED',
  [DocumentStatus.LOST]: 'CARD_LOST',
  [DocumentStatus.REPLACED]: 'CARD_REPLACED',
  [DocumentStatus.CANCELLED]: 'CARD_CANCELLED',
};

const refused = (reason: WalletCardRefusal): CardCheck => ({ valid: false, reason, card: null, offlineCopy: null, issuedAt: null, expiresAt: null });

/**
 * The document wallet (issue 16): every document a person holds, and those of the people they act
 * for (their living dependents, as `myDocuments` shows them), plus the registrations of their
 * vehicles, each as a card with a signed QR like the digital ID's: the same keys and JWKS, a type of
 * its own (`wallet-card+jwt`, minutes; `wallet-card-offline+jwt`, a day), audience `absher-wallet`,
 * and a sealed reference as its only claim. An online check answers from the registry as it is now,
 * so a card reported lost, replaced, cancelled or expired is refused even though its signature holds.
 */
export class WalletService {
  constructor(
    private readonly keys: SigningKeys,
    private readonly clock: Clock,
    private readonly ids: GlobalIds,
    private readonly holdings: Holdings,
    private readonly issuer: string,
    /** Seals the card reference into the token's `jti`; its own purpose, so a digital ID's `jti` never opens as a card's. */
    private readonly sealer: Sealer,
    private readonly ttlSeconds: number,
    private readonly offlineTtlSeconds: number,
  ) {}

  /** The caller's cards and their dependents' (or only `holderId`'s among them): the caller first, then each holder's by expiry. */
  async cards(em: EntityManager, callerId: string, holderId: string | null = null): Promise<Card[]> {
    const today = riyadhDate(this.clock.now());
    const documents = await this.holdings.documentsOf(em, callerId);
    const vehicles = await this.holdings.vehiclesOf(em, callerId);
    const facts = [...documents.map((d) => documentCard(d, today)), ...vehicles.map((v) => vehicleCard(v, today))].filter((c) => holderId === null || c.holderId === holderId);
    const people = await this.people(
      em,
      facts.map((c) => c.holderId),
    );
    return facts
      .map((c) => this.withHolder(c, people))
      .sort(
        (a, b) => Number(b.holderId === callerId) - Number(a.holderId === callerId) || a.holderId.localeCompare(b.holderId) || a.expiresOn.localeCompare(b.expiresOn) || a.type.localeCompare(b.type),
      );
  }

  /** One card the caller may see, by its global ID; null for anyone else's and for IDs of anything else. */
  async card(em: EntityManager, callerId: string, cardId: string): Promise<Card | null> {
    const today = riyadhDate(this.clock.now());
    const decoded = this.ids.decode(cardId);
    let facts: CardFacts | null = null;
    if (decoded?.type === 'PersonDocument') {
      const [doc] = await this.holdings.visibleDocuments(em, callerId, [decoded.key]);
      facts = doc ? documentCard(doc, today) : null;
    } else if (decoded?.type === 'Vehicle') {
      const [vehicle] = await this.holdings.visibleVehicles(em, callerId, [decoded.key]);
      facts = vehicle ? vehicleCard(vehicle, today) : null;
    }
    return facts ? this.withHolder(facts, await this.people(em, [facts.holderId])) : null;
  }

  /**
   * A card's code: short-lived for the live QR (issued whatever the card's status: a checker reads
   * the status), or its offline copy (refused unless the card is in force). `WalletErrors` when
   * the card is not the caller's to show.
   */
  async issue(em: EntityManager, callerId: string, cardId: string, offlineCopy: boolean): Promise<IssuedCard> {
    const card = await this.card(em, callerId, cardId);
    if (!card) return WalletErrors.refuse('cardId', 'CARD_NOT_FOUND');
    if (offlineCopy) {
      const refusal = NOT_IN_FORCE[card.status];
      if (refusal) WalletErrors.refuse('cardId', refusal, { status: card.status });
    }
    return this.sign(card, offlineCopy);
  }

  /** Offline copies of every card in force the caller may show, for the device to keep (a card not in force gets none). */
  async offlineCopies(em: EntityManager, callerId: string): Promise<IssuedCard[]> {
    const cards = (await this.cards(em, callerId)).filter(cardInForce);
    const issued: IssuedCard[] = [];
    for (const card of cards) issued.push(await this.sign(card, true));
    return issued;
  }

  private async sign(card: Card, offlineCopy: boolean): Promise<IssuedCard> {
    // Whole seconds, as the token carries them, so the card and a checker show the same times.
    const issuedAt = new Date(Math.floor(this.clock.now().getTime() / 1000) * 1000);
    const expiresAt = new Date(issuedAt.getTime() + (offlineCopy ? this.offlineTtlSeconds : this.ttlSeconds) * 1000);
    const jti = this.sealer.sealValue(encodeReference(card.reference));
    const token = await this.keys.sign({ jti, iss: this.issuer, aud: WALLET_AUDIENCE }, offlineCopy ? WALLET_CARD_OFFLINE_TYPE : WALLET_CARD_TYPE, expiresAt, issuedAt);
    const qrSvg = await QRCode.toString(token, { type: 'svg', errorCorrectionLevel: QR_ERROR_CORRECTION, margin: 2 });
    return { token, qrSvg, issuedAt, expiresAt, offlineCopy, card };
  }

  /** Checks a scanned card token; never throws for a bad one. */
  async verify(em: EntityManager, token: string): Promise<CardCheck> {
    const trimmed = token.trim();
    // A token is at most a few kilobytes; anything larger is not one of ours and is not parsed.
    if (trimmed.length > 8192) return refused(WalletCardRefusal.MALFORMED);
    let typ: string | undefined;
    try {
      typ = decodeProtectedHeader(trimmed).typ;
    } catch {
      return refused(WalletCardRefusal.MALFORMED);
    }
    if (typ !== WALLET_CARD_TYPE && typ !== WALLET_CARD_OFFLINE_TYPE) return refused(WalletCardRefusal.WRONG_TYPE);
    const now = this.clock.now();
    let payload: Record<string, unknown>;
    try {
      // The type is signed: a live code relabelled as an offline copy (or the reverse) fails the signature.
      payload = await this.keys.verify(trimmed, { typ, issuer: this.issuer, audience: WALLET_AUDIENCE, currentDate: now });
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) return refused(WalletCardRefusal.EXPIRED);
      if (error instanceof joseErrors.JWTClaimValidationFailed) return refused(WalletCardRefusal.NOT_FOR_US);
      if (error instanceof joseErrors.JWSInvalid || error instanceof joseErrors.JWTInvalid) return refused(WalletCardRefusal.MALFORMED);
      return refused(WalletCardRefusal.BAD_SIGNATURE);
    }
    const jti = payload.jti;
    if (typeof jti !== 'string' || jti.length === 0 || jti.length > 256 || typeof payload.iat !== 'number' || typeof payload.exp !== 'number') {
      return refused(WalletCardRefusal.MALFORMED);
    }
    // Signed by our keys but sealed under secrets this portal does not hold (another instance's).
    const opened = this.sealer.openValue(jti);
    const reference = opened ? decodeReference(opened) : null;
    if (!reference) return refused(WalletCardRefusal.NOT_FOR_US);
    const card = await this.resolve(em, reference);
    if (!card) return refused(WalletCardRefusal.UNKNOWN_CARD);
    // The registry's word now: a card reported lost (or replaced, cancelled, expired) stops proving anything at once.
    const inForce = cardInForce(card);
    return {
      valid: inForce,
      reason: inForce ? null : WalletCardRefusal.NOT_IN_FORCE,
      card,
      offlineCopy: typ === WALLET_CARD_OFFLINE_TYPE,
      issuedAt: new Date(payload.iat * 1000),
      expiresAt: new Date(payload.exp * 1000),
    };
  }

  /**
   * The card a reference names, as the registry states it now. A card replaced or renewed since the
   * token (a new date of issue on the row), or a vehicle sold since (another owner), is REPLACED for
   * the token's holder.
   */
  private async resolve(em: EntityManager, reference: CardReference): Promise<Card | null> {
    const today = riyadhDate(this.clock.now());
    const row = reference.kind === 'document' ? await em.findOne(PersonDocument, reference.documentId) : await em.findOne(Vehicle, reference.plate);
    if (!row) return null;
    let facts: CardFacts = row instanceof PersonDocument ? documentCard(row, today) : vehicleCard(row, today);
    if (!sameCard(reference, facts.reference)) {
      const holderId = reference.kind === 'vehicle' ? reference.ownerId : facts.holderId;
      facts = { ...facts, reference, holderId, issuedOn: reference.issuedOn, status: DocumentStatus.REPLACED };
    }
    const people = await this.people(em, [facts.holderId]);
    return people.has(facts.holderId) ? this.withHolder(facts, people) : null;
  }

  private async people(em: EntityManager, nationalIds: string[]): Promise<Map<string, Person>> {
    const unique = [...new Set(nationalIds)];
    if (!unique.length) return new Map();
    return new Map((await em.find(Person, { nationalId: { $in: unique } })).map((p) => [p.nationalId, p]));
  }

  private withHolder(facts: CardFacts, people: Map<string, Person>): Card {
    const holder = people.get(facts.holderId);
    if (!holder) throw new Error('a card holder is missing from the registry');
    const cardId = facts.reference.kind === 'document' ? this.ids.plain('PersonDocument', facts.reference.documentId) : this.ids.sealed('Vehicle', facts.reference.plate);
    return { ...facts, cardId, holder };
  }
}
