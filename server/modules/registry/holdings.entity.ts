import { Entity, Enum, Index, OptionalProps, PrimaryKey, PrimaryKeyProp, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { LocalDate } from '../../shared/scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/node';
import { DocumentStatus, RECORDED_DOCUMENT_STATUSES, type RecordedDocumentStatus } from './document-status';

/** The kinds of document the registry holds for a person. Visas are issued by the portal itself. */
export enum DocumentType {
  NATIONAL_ID = 'NATIONAL_ID',
  IQAMA = 'IQAMA',
  PASSPORT = 'PASSPORT',
  DRIVING_LICENCE = 'DRIVING_LICENCE',
  EXIT_REENTRY_VISA = 'EXIT_REENTRY_VISA',
  FINAL_EXIT_VISA = 'FINAL_EXIT_VISA',
}
registerEnumType(DocumentType, {
  name: 'DocumentType',
  description: 'What a document is.',
  valuesConfig: {
    NATIONAL_ID: { description: 'National ID card (citizens).' },
    IQAMA: { description: 'Residence permit (residents).' },
    PASSPORT: { description: 'Saudi passport.' },
    DRIVING_LICENCE: { description: 'Driving licence.' },
    EXIT_REENTRY_VISA: { description: 'Exit re-entry visa issued to a resident.' },
    FINAL_EXIT_VISA: { description: 'Final exit visa issued to a resident.' },
  },
});

/** How many times an exit re-entry visa may be used (the visas the portal issues record it in `details`). */
export enum EntryType {
  SINGLE = 'SINGLE',
  MULTIPLE = 'MULTIPLE',
}
registerEnumType(EntryType, {
  name: 'EntryType',
  description: 'How many times an exit re-entry visa may be used.',
  valuesConfig: { SINGLE: { description: 'One exit and one return.' }, MULTIPLE: { description: 'Any number of exits and returns while valid.' } },
});

/** The document types a registry import may bring (visas are only ever issued by the portal). */
export const IMPORTABLE_DOCUMENT_TYPES = [DocumentType.NATIONAL_ID, DocumentType.IQAMA, DocumentType.PASSPORT, DocumentType.DRIVING_LICENCE] as const;

/**
 * A document a person holds. One row per (type, number): a renewal that keeps the number (ID card,
 * iqama, licence) updates its dates; a new passport or a visa is a new row. The newest row of a type
 * is the person's current document of that type.
 */
@ObjectType({ description: 'A document held by you or a dependent.', implements: Node })
@Entity({ tableName: 'documents' })
@Unique({ properties: ['type', 'number'] })
export class PersonDocument {
  [OptionalProps]?: 'id' | 'details' | 'status';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'The ID of the person who holds it (you or a dependent).' })
  @Index()
  @Property({ type: 'string', length: 10 })
  nationalId!: string;

  @Field(() => DocumentType, { description: 'What the document is.' })
  @Enum({ items: () => DocumentType })
  type!: DocumentType;

  @Field(() => String, { description: 'Its number (for an ID card or iqama, the ID number itself).' })
  @Property({ type: 'string', length: 20 })
  number!: string;

  @Field(() => LocalDate, { description: 'Date of issue.' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => LocalDate, { description: 'Date of expiry.' })
  @Property({ type: 'date' })
  expiresOn!: string;

  /** What only some types carry (a visa's entry type and months), as issued. */
  @Property({ type: 'json', nullable: true })
  details?: Record<string, string | number> | null;

  /** What happened to it, as recorded (the API's `status` adds EXPIRING and EXPIRED from the dates). */
  @Enum({ items: [...RECORDED_DOCUMENT_STATUSES], default: DocumentStatus.VALID })
  status: RecordedDocumentStatus = DocumentStatus.VALID;
}

/**
 * A vehicle in the traffic registry. The plate is its identity (normalised: upper case, no spaces).
 * One authorised driver at most, until a date.
 */
/** What the traffic registry records about a vehicle beyond its dates. */
export enum VehicleStatus {
  ACTIVE = 'ACTIVE',
  REPORTED = 'REPORTED',
}
registerEnumType(VehicleStatus, {
  name: 'VehicleStatus',
  description: 'What the traffic registry records about a vehicle beyond its dates.',
  valuesConfig: {
    ACTIVE: { description: 'Nothing reported.' },
    REPORTED: { description: 'Reported stolen or wanted: nobody can be authorised to drive it.' },
  },
});

@ObjectType({ description: 'A vehicle registered in your name.', implements: Node })
@Entity({ tableName: 'vehicles' })
export class Vehicle {
  [PrimaryKeyProp]?: 'plate';
  [OptionalProps]?: 'authorizedDriverId' | 'authorizedUntil' | 'registrationNumber' | 'registrationIssuedOn' | 'status';

  @Field(() => String, { description: 'Plate number (upper case, no spaces).' })
  @PrimaryKey({ type: 'string', length: 12 })
  plate!: string;

  @Index()
  @Property({ type: 'string', length: 10 })
  ownerId!: string;

  @Field(() => String, { description: 'Make.' })
  @Property({ type: 'string', length: 40 })
  make!: string;

  @Field(() => String, { description: 'Model.' })
  @Property({ type: 'string', length: 40 })
  model!: string;

  @Field(() => Int, { description: 'Model year.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => LocalDate, { description: 'Registration (istimara) expiry.' })
  @Property({ type: 'date' })
  registrationExpiresOn!: string;

  /** The istimara is a document of its own (issue 16: a wallet card); older registry files did not carry its number or issue date. */
  @Field(() => String, { nullable: true, description: 'Registration (istimara) number; null when the registry has not given it.' })
  @Property({ type: 'string', length: 20, nullable: true })
  registrationNumber?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'When the registration (istimara) was issued or last renewed; null when the registry has not given it.' })
  @Property({ type: 'date', nullable: true })
  registrationIssuedOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Insurance expiry; null when none is on file.' })
  @Property({ type: 'date', nullable: true })
  insuranceExpiresOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Periodic inspection expiry; null when none is on file.' })
  @Property({ type: 'date', nullable: true })
  inspectionExpiresOn?: string | null;

  @Field(() => VehicleStatus, { description: 'ACTIVE, or REPORTED (stolen or wanted), as the traffic registry records it.' })
  @Enum({ items: () => VehicleStatus, default: VehicleStatus.ACTIVE })
  status: VehicleStatus = VehicleStatus.ACTIVE;

  @Field(() => String, { nullable: true, description: 'The ID of the driver you authorised, if any (the authorisation itself is in `myAuthorisations`).' })
  @Property({ type: 'string', length: 10, nullable: true })
  authorizedDriverId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Until when that driver is authorised.' })
  @Property({ type: 'date', nullable: true })
  authorizedUntil?: string | null;
}

export enum DisputeStatus {
  NONE = 'NONE',
  OPEN = 'OPEN',
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
}
registerEnumType(DisputeStatus, {
  name: 'DisputeStatus',
  description: 'Where an objection to a violation stands.',
  valuesConfig: {
    NONE: { description: 'Not disputed.' },
    OPEN: { description: 'Disputed and waiting for review by the traffic department.' },
    UPHELD: { description: 'The dispute was accepted: the violation is cancelled.' },
    DISMISSED: { description: 'The dispute was refused: the violation stands.' },
  },
});

/** What a traffic violation was for, as the traffic registry records it. */
export enum ViolationType {
  SPEEDING = 'SPEEDING',
  RED_LIGHT = 'RED_LIGHT',
  MOBILE_PHONE = 'MOBILE_PHONE',
  NO_SEATBELT = 'NO_SEATBELT',
  PARKING = 'PARKING',
  EXPIRED_REGISTRATION = 'EXPIRED_REGISTRATION',
  OTHER = 'OTHER',
}
registerEnumType(ViolationType, {
  name: 'ViolationType',
  description: 'What a traffic violation was for.',
  valuesConfig: {
    SPEEDING: { description: 'Driving over the speed limit.' },
    RED_LIGHT: { description: 'Crossing a red traffic light.' },
    MOBILE_PHONE: { description: 'Holding a mobile phone while driving.' },
    NO_SEATBELT: { description: 'Not wearing a seat belt.' },
    PARKING: { description: 'Parking where it is not allowed.' },
    EXPIRED_REGISTRATION: { description: 'Driving a vehicle whose registration (istimara) has expired.' },
    OTHER: { description: 'Another violation of the traffic law.' },
  },
});

/** A traffic violation. Amounts are integer halalas. */
@ObjectType({ description: 'A traffic violation: yours as driver, or on a vehicle of yours.', implements: Node })
@Entity({ tableName: 'violations' })
export class Violation {
  [PrimaryKeyProp]?: 'number';
  [OptionalProps]?: 'paid' | 'disputeStatus' | 'pendingRequestId' | 'type' | 'placeAr' | 'placeEn';

  @Field(() => String, { description: 'Violation number.' })
  @PrimaryKey({ type: 'string', length: 20 })
  number!: string;

  @Index()
  @Property({ type: 'string', length: 10 })
  nationalId!: string;

  @Field(() => String, { nullable: true, description: 'The vehicle it was recorded on.' })
  @Index()
  @Property({ type: 'string', length: 12, nullable: true })
  plate?: string | null;

  @Field(() => LocalDate, { description: 'Date of the violation.' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => ViolationType, { nullable: true, description: 'What it was for; null when the registry did not say (older records).' })
  @Enum({ items: () => ViolationType, nullable: true })
  type?: ViolationType | null;

  @Field(() => String, { nullable: true, description: 'Where it happened, in Arabic (a road and a city); null when the registry did not say.' })
  @Property({ type: 'string', length: 120, nullable: true })
  placeAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it happened, in English (a road and a city); null when the registry did not say.' })
  @Property({ type: 'string', length: 120, nullable: true })
  placeEn?: string | null;

  @Property({ type: 'integer' })
  amountHalalas!: number;

  @Field(() => Boolean, { description: 'Whether it is paid.' })
  @Property({ type: 'boolean', default: false })
  paid: boolean = false;

  @Field(() => DisputeStatus, { description: 'Whether it is disputed, and how that stands.' })
  @Enum({ items: () => DisputeStatus, default: DisputeStatus.NONE })
  disputeStatus: DisputeStatus = DisputeStatus.NONE;

  @Property({ type: 'string', length: 500, nullable: true })
  disputeReason?: string | null;

  @Property({ type: 'datetime', nullable: true })
  disputedAt?: Date | null;

  /** When the traffic department decided the dispute (UPHELD or DISMISSED): counts toward the dismissals per Hijri year. */
  @Property({ type: 'datetime', nullable: true })
  disputeDecidedAt?: Date | null;

  /**
   * The open payment request (if any) this violation is billed on. Set by a conditional update so
   * that two bills can never carry the same violation (money never counted twice).
   */
  @Property({ type: 'uuid', nullable: true })
  pendingRequestId?: string | null;
}
