import { LocalDate } from '../../shared/scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DocumentType } from '../registry/holdings.entity';
import { DocumentStatus } from '../registry/document-status';
import { Gender, PersonKind } from '../registry/person.entity';
import { DigitalIdErrors, type DigitalIdError } from './digital-id.errors';
import { DigitalIdRefusal } from './digital-id.service';

registerEnumType(DigitalIdRefusal, {
  name: 'DigitalIdRefusal',
  description: 'Why a digital ID did not verify.',
  valuesConfig: {
    MALFORMED: { description: 'Not a digital ID token at all (damaged or incomplete scan).' },
    WRONG_TYPE: { description: 'A token of another kind (for example an access token), not a digital ID or its offline copy.' },
    BAD_SIGNATURE: { description: 'Not signed by this portal’s keys: forged or altered.' },
    EXPIRED: { description: 'Genuine but expired (a short-lived code after minutes, an offline copy after a day): ask the holder to show a fresh one.' },
    NOT_FOR_US: { description: 'Signed by these keys but issued by another portal instance or for another audience.' },
  },
});

@ObjectType({ description: 'Who a digital ID belongs to, as the registry states it (the token carries only a sealed reference to them).' })
export class DigitalIdHolder {
  @Field(() => String, { description: 'Full name in Arabic.' })
  fullNameAr!: string;

  @Field(() => String, { description: 'Full name in English.' })
  fullNameEn!: string;

  @Field(() => String, { description: 'National ID or iqama number, masked (`1•••••••08`). The number is not readable from the token: pass it to `verifyDigitalId(nationalId:)` to confirm it.' })
  maskedNationalId!: string;

  @Field(() => PersonKind, { description: 'Citizen or resident.' })
  kind!: PersonKind;

  @Field(() => String, { description: 'Nationality, ISO 3166-1 alpha-3.' })
  nationality!: string;

  @Field(() => LocalDate, { description: 'Date of birth.' })
  dateOfBirth!: string;

  @Field(() => Gender, { description: 'Gender.' })
  gender!: Gender;

  @Field(() => DocumentType, { nullable: true, description: 'The identity document behind it: NATIONAL_ID or IQAMA; null when the registry holds none.' })
  documentType!: DocumentType | null;

  @Field(() => LocalDate, { nullable: true, description: 'When that document was issued.' })
  documentIssuedOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'When that document expires.' })
  documentExpiresOn!: string | null;
}

@ObjectType({ description: "The signed-in person's digital ID: a signed token, and the same as a QR code to show." })
export class DigitalId {
  @Field(() => String, {
    description:
      'A compact JWS (`typ: digital-id+jwt`, audience `absher-digital-id`) signed with the keys published at `/.well-known/jwks.json`; its only other claim, `jti`, is a sealed reference to the holder that `verifyDigitalId` resolves. Valid a few minutes (`expiresAt`), so fetch a new one before then.',
  })
  token!: string;

  @Field(() => String, { description: 'The token as a QR code, an SVG document.' })
  qrSvg!: string;

  @Field(() => Date, { description: 'When it was issued.' })
  issuedAt!: Date;

  @Field(() => Date, { description: 'When it stops verifying.' })
  expiresAt!: Date;

  @Field(() => DigitalIdHolder, { description: 'Who holds it, as the registry states it.' })
  holder!: DigitalIdHolder;

  @Field(() => String, { nullable: true, description: "The holder's registry photo as a `data:image/…;base64,` URL (never in the token); null when the registry has none." })
  photo!: string | null;
}

@ObjectType({
  description: "The signed-in person's offline copy of their digital ID: the same card signed separately for a day, for the device to keep (IndexedDB) and show when it has no network.",
})
export class DigitalIdOfflineCopy {
  @Field(() => String, {
    description:
      'A compact JWS of its own type (`typ: digital-id-offline+jwt`, audience `absher-digital-id`), signed with the keys at `/.well-known/jwks.json`, carrying only a sealed reference to the holder (`jti`) like the short-lived `digitalId.token`. Neither passes for the other: a checker verifies the `typ` it expects. Valid `DIGITAL_ID_OFFLINE_TTL_SECONDS` (a day by default).',
  })
  token!: string;

  @Field(() => String, { description: 'The token as a QR code, an SVG document.' })
  qrSvg!: string;

  @Field(() => Date, { description: 'When it was issued: the card shows "offline copy, issued at …", and so does `verifyDigitalId`.' })
  issuedAt!: Date;

  @Field(() => Date, { description: 'When it stops verifying.' })
  expiresAt!: Date;

  @Field(() => DigitalIdHolder, { description: 'Who holds it, as the registry states it at issue (to show on the card offline).' })
  holder!: DigitalIdHolder;

  @Field(() => String, { nullable: true, description: "The holder's registry photo as a `data:image/…;base64,` URL (never in the token); null when the registry has none." })
  photo!: string | null;
}

@ObjectType({ description: 'An offline copy, or why none is issued.' })
export class DigitalIdOfflineCopyResult {
  @Field(() => DigitalIdOfflineCopy, { nullable: true, description: 'The offline copy; null when refused.' })
  offlineCopy?: DigitalIdOfflineCopy | null;

  @Field(() => [DigitalIdErrors.type], {
    description: "Why none is issued: the holder's ID or iqama is missing from the registry, expired, reported lost, replaced or cancelled. Empty when issued.",
  })
  errors!: DigitalIdError[];
}

@ObjectType({ description: 'The result of checking a scanned digital ID.' })
export class DigitalIdVerification {
  @Field(() => Boolean, { description: 'Whether the token is a genuine, unexpired digital ID of this portal.' })
  valid!: boolean;

  @Field(() => DigitalIdRefusal, { nullable: true, description: 'Why it is not valid; null when valid.' })
  reason!: DigitalIdRefusal | null;

  @Field(() => DigitalIdHolder, { nullable: true, description: 'The holder, only when valid.' })
  holder!: DigitalIdHolder | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether it is an offline copy (`digital-id-offline+jwt`, valid a day) rather than the card\'s short-lived code: a checker says "offline copy, issued at" `issuedAt`. Null when not valid.',
  })
  offlineCopy!: boolean | null;

  @Field(() => Date, { nullable: true, description: 'When it was issued (valid tokens only).' })
  issuedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it stops verifying (valid tokens only).' })
  expiresAt!: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether the holder's identity document is in force today (unexpired, and not reported lost, replaced or cancelled); null when unknown. An offline copy issued before its document was reported lost still has a good signature (`valid`), and this says false: refuse it.",
  })
  documentValid!: boolean | null;

  @Field(() => DocumentStatus, { nullable: true, description: "Where the holder's identity document stands today (the registry's word, as of this check); null when unknown." })
  documentStatus!: DocumentStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the `nationalId` given is the holder’s; null when none was given.' })
  nationalIdMatches!: boolean | null;
}
