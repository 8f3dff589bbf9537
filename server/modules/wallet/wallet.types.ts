import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../shared/scalars';
import { DocumentStatus } from '../registry/document-status';
import { WalletCardType } from './wallet-card';
import { WalletErrors, type WalletError } from './wallet.errors';
import { WalletCardRefusal } from './wallet.service';

registerEnumType(WalletCardType, {
  name: 'WalletCardType',
  description: 'What a wallet card is: a document the registry holds, or a vehicle registration.',
  valuesConfig: {
    NATIONAL_ID: { description: 'National ID card (citizens).' },
    IQAMA: { description: 'Residence permit (residents).' },
    PASSPORT: { description: 'Saudi passport.' },
    DRIVING_LICENCE: { description: 'Driving licence.' },
    EXIT_REENTRY_VISA: { description: 'Exit re-entry visa.' },
    FINAL_EXIT_VISA: { description: 'Final exit visa.' },
    VEHICLE_REGISTRATION: { description: 'Vehicle registration (istimara) of a vehicle registered in the holder’s name.' },
  },
});

registerEnumType(WalletCardRefusal, {
  name: 'WalletCardRefusal',
  description: 'Why a scanned wallet card is not valid.',
  valuesConfig: {
    MALFORMED: { description: 'Not a wallet card token at all (damaged or incomplete scan).' },
    WRONG_TYPE: { description: 'A token of another kind (a digital ID, an access token), not a wallet card or its offline copy.' },
    BAD_SIGNATURE: { description: 'Not signed by this portal’s keys: forged or altered.' },
    EXPIRED: { description: 'Genuine but expired (a live code after minutes, an offline copy after a day): ask the holder to show a fresh one.' },
    NOT_FOR_US: { description: 'Signed by these keys but issued by another portal instance or for another audience.' },
    UNKNOWN_CARD: { description: 'Genuine, but the registry no longer holds the document it stands for.' },
    NOT_IN_FORCE: { description: 'Genuine, but the document is not in force today: `card.status` says whether it is EXPIRED, LOST, REPLACED or CANCELLED. Refuse it.' },
  },
});

@ObjectType({ description: 'A document as a wallet card: what it is, its number and dates, where it stands, and whose it is.' })
export class WalletCard {
  @Field(() => ID, { description: "The card: its document's `PersonDocument.id`, or for a vehicle registration its vehicle's `Vehicle.id`." })
  cardId!: string;

  @Field(() => WalletCardType, { description: 'What the card is.' })
  type!: WalletCardType;

  @Field(() => String, { nullable: true, description: 'Its number (for a vehicle registration, the istimara number); null only for a vehicle registration whose number the registry has not given.' })
  number!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date of issue (Gregorian); null only for a vehicle registration whose issue date the registry has not given.' })
  issuedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Date of issue in the Umm al-Qura (Hijri) calendar, YYYY-MM-DD in Latin digits; null with `issuedOn`.' })
  issuedOnHijri!: string | null;

  @Field(() => LocalDate, { description: 'Date of expiry (Gregorian).' })
  expiresOn!: string;

  @Field(() => String, { description: 'Date of expiry in the Umm al-Qura (Hijri) calendar, YYYY-MM-DD in Latin digits.' })
  expiresOnHijri!: string;

  @Field(() => DocumentStatus, { description: 'Where it stands today (Riyadh): VALID, EXPIRING, EXPIRED, or LOST, REPLACED, CANCELLED.' })
  status!: DocumentStatus;

  @Field(() => String, { description: "The holder's full name in Arabic." })
  holderNameAr!: string;

  @Field(() => String, { description: "The holder's full name in English." })
  holderNameEn!: string;

  @Field(() => String, { description: "The holder's national ID or iqama number, masked (`1•••••••08`)." })
  holderMaskedNationalId!: string;

  @Field(() => String, { nullable: true, description: 'For a vehicle registration: the plate (upper case, no spaces); null for other cards.' })
  plate!: string | null;
}

@ObjectType({ description: "A wallet card's code: a signed token and the same as a QR code, live (minutes) or an offline copy (a day)." })
export class WalletCardCode {
  @Field(() => String, {
    description:
      'A compact JWS signed with the keys at `/.well-known/jwks.json`, audience `absher-wallet`, of type `wallet-card+jwt` (the live code, valid minutes) or `wallet-card-offline+jwt` (the offline copy, valid a day); its only other claim, `jti`, is a sealed reference to the card that `verifyWalletCard` resolves.',
  })
  token!: string;

  @Field(() => String, { description: 'The token as a QR code, an SVG document.' })
  qrSvg!: string;

  @Field(() => Date, { description: 'When it was issued: an offline copy is shown as "offline copy, issued at …".' })
  issuedAt!: Date;

  @Field(() => Date, { description: 'When it stops verifying.' })
  expiresAt!: Date;

  @Field(() => Boolean, { description: 'Whether it is an offline copy (a day) rather than the live code (minutes).' })
  offlineCopy!: boolean;

  @Field(() => WalletCard, { description: 'The card as the registry states it at issue (to show with the code, also offline).' })
  card!: WalletCard;
}

@ObjectType({ description: "A card's code, or why none is issued." })
export class WalletCardCodeResult {
  @Field(() => WalletCardCode, { nullable: true, description: 'The code; null when refused.' })
  code?: WalletCardCode | null;

  @Field(() => [WalletErrors.type], { description: 'Why none is issued: not a card of yours or of someone you act for; for an offline copy, a card not in force. Empty when issued.' })
  errors!: WalletError[];
}

@ObjectType({ description: 'The result of checking a scanned wallet card.' })
export class WalletCardVerification {
  @Field(() => Boolean, { description: 'Whether the token is a genuine, unexpired wallet card of this portal whose document is in force today.' })
  valid!: boolean;

  @Field(() => WalletCardRefusal, { nullable: true, description: 'Why it is not valid; null when valid.' })
  reason!: WalletCardRefusal | null;

  @Field(() => WalletCard, {
    nullable: true,
    description: 'The card as the registry states it now: when the token is genuine and the card known, also when it is not in force (to show LOST, for example); null otherwise.',
  })
  card!: WalletCard | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it is an offline copy (valid a day): a checker says "offline copy, issued at" `issuedAt`. Null when the token is not genuine.' })
  offlineCopy!: boolean | null;

  @Field(() => Date, { nullable: true, description: 'When the token was issued; null when it is not genuine.' })
  issuedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the token stops verifying; null when it is not genuine.' })
  expiresAt!: Date | null;
}
