import { DocumentStatus, documentStatusOn, DocumentType, type PersonDocument, type Vehicle } from '../registry';

/** The kinds of card the wallet holds: every document type, and the vehicle registration (istimara). */
export enum WalletCardType {
  NATIONAL_ID = 'NATIONAL_ID',
  IQAMA = 'IQAMA',
  PASSPORT = 'PASSPORT',
  DRIVING_LICENCE = 'DRIVING_LICENCE',
  EXIT_REENTRY_VISA = 'EXIT_REENTRY_VISA',
  FINAL_EXIT_VISA = 'FINAL_EXIT_VISA',
  VEHICLE_REGISTRATION = 'VEHICLE_REGISTRATION',
}

export const WALLET_CARD_TYPE = 'wallet-card+jwt';
/** The offline copy's type: same keys and claims, a day's life; a checker expecting one never accepts the other. */
export const WALLET_CARD_OFFLINE_TYPE = 'wallet-card-offline+jwt';
export const WALLET_AUDIENCE = 'absher-wallet';

/**
 * What a card's token refers to, sealed into its `jti` (the token carries nothing readable): a
 * document by its row ID, or a vehicle registration by plate and the owner it was issued to, each
 * with the card's date of issue. A replacement or a renewal issues a new card on the same row (same
 * number, a new date of issue), and a sale moves the vehicle to another owner: a token of the card
 * before then refers to a card that is no longer the one in force, and verifies as REPLACED.
 */
export type CardReference = { kind: 'document'; documentId: string; issuedOn: string } | { kind: 'vehicle'; plate: string; ownerId: string; issuedOn: string | null };

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const DAY = '\\d{4}-\\d{2}-\\d{2}';

export function encodeReference(ref: CardReference): string {
  return ref.kind === 'document' ? `D:${ref.documentId}:${ref.issuedOn}` : `V:${ref.plate}:${ref.ownerId}:${ref.issuedOn ?? '-'}`;
}

/** The reference an opened `jti` names; null for anything of another shape. */
export function decodeReference(value: string): CardReference | null {
  const document = new RegExp(`^D:(${UUID}):(${DAY})$`).exec(value);
  if (document) return { kind: 'document', documentId: document[1], issuedOn: document[2] };
  const vehicle = new RegExp(`^V:([A-Z0-9]{2,12}):(\\d{10}):(${DAY}|-)$`).exec(value);
  return vehicle ? { kind: 'vehicle', plate: vehicle[1], ownerId: vehicle[2], issuedOn: vehicle[3] === '-' ? null : vehicle[3] } : null;
}

/** Whether the card a token refers to is still the card in force on its row: same date of issue (and, for a vehicle, same owner). */
export function sameCard(token: CardReference, now: CardReference): boolean {
  if (token.kind === 'document' && now.kind === 'document') return token.documentId === now.documentId && token.issuedOn === now.issuedOn;
  if (token.kind === 'vehicle' && now.kind === 'vehicle') return token.plate === now.plate && token.ownerId === now.ownerId && token.issuedOn === now.issuedOn;
  return false;
}

/** A card as the registry states it today. */
export interface CardFacts {
  reference: CardReference;
  type: WalletCardType;
  /** Null only for a vehicle registration whose number the registry has not given. */
  number: string | null;
  issuedOn: string | null;
  expiresOn: string;
  status: DocumentStatus;
  holderId: string;
  plate: string | null;
}

export function documentCard(doc: PersonDocument, today: string): CardFacts {
  return {
    reference: { kind: 'document', documentId: doc.id, issuedOn: doc.issuedOn },
    type: WalletCardType[doc.type as DocumentType],
    number: doc.number,
    issuedOn: doc.issuedOn,
    expiresOn: doc.expiresOn,
    status: documentStatusOn(doc.status, doc.expiresOn, today),
    holderId: doc.nationalId,
    plate: null,
  };
}

/** A vehicle's registration: its status follows from its dates only (the traffic registry records no loss of it). */
export function vehicleCard(vehicle: Vehicle, today: string): CardFacts {
  return {
    reference: { kind: 'vehicle', plate: vehicle.plate, ownerId: vehicle.ownerId, issuedOn: vehicle.registrationIssuedOn ?? null },
    type: WalletCardType.VEHICLE_REGISTRATION,
    number: vehicle.registrationNumber ?? null,
    issuedOn: vehicle.registrationIssuedOn ?? null,
    expiresOn: vehicle.registrationExpiresOn,
    status: documentStatusOn(DocumentStatus.VALID, vehicle.registrationExpiresOn, today),
    holderId: vehicle.ownerId,
    plate: vehicle.plate,
  };
}

/** Whether a card proves what it says today. */
export function cardInForce(card: Pick<CardFacts, 'status'>): boolean {
  return card.status === DocumentStatus.VALID || card.status === DocumentStatus.EXPIRING;
}
