import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/node';
import { LocalDate } from '../../shared/scalars';
import { ServiceCode } from '../catalogue';

/** What an authorisation lets its delegate do. */
export enum AuthorisationKind {
  SERVICES = 'SERVICES',
  VEHICLE_DRIVER = 'VEHICLE_DRIVER',
}
registerEnumType(AuthorisationKind, {
  name: 'AuthorisationKind',
  description: 'What an authorisation lets its delegate do.',
  valuesConfig: {
    SERVICES: { description: 'Do the named e-services for the grantor (`actingFor` on their mutations), once accepted.' },
    VEHICLE_DRIVER: { description: "Drive one of the grantor's vehicles (`plate`): issued by the `authorizeDriver` e-service, in force at once." },
  },
});

/** Where an authorisation stands. EXPIRED is never stored: it follows from `endsOn` on the day asked. */
export enum AuthorisationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(AuthorisationStatus, {
  name: 'AuthorisationStatus',
  description: 'Where an authorisation stands.',
  valuesConfig: {
    PENDING: { description: 'Given; waiting for the delegate to accept or decline.' },
    ACCEPTED: { description: 'Accepted (a driver authorisation: issued): in force from `startsOn` to `endsOn`.' },
    DECLINED: { description: 'Declined by the delegate: it never comes into force (a new authorisation is needed).' },
    REVOKED: { description: 'Ended by the grantor (or, for a driver, by a newer authorisation or the sale of the vehicle).' },
    EXPIRED: { description: 'Its last day (`endsOn`) has passed while pending or accepted.' },
  },
});

export enum AuthorisationRole {
  GRANTOR = 'GRANTOR',
  DELEGATE = 'DELEGATE',
}
registerEnumType(AuthorisationRole, {
  name: 'AuthorisationRole',
  description: 'Your side of an authorisation.',
  valuesConfig: { GRANTOR: { description: 'You gave it.' }, DELEGATE: { description: 'It was given to you.' } },
});

/**
 * A person (the grantor) authorising another registered person (the delegate) to do named
 * e-services for them between two dates, or, for a vehicle, to drive it. The stored status moves
 * only by conditional updates (PENDING to ACCEPTED or DECLINED; PENDING or ACCEPTED to REVOKED), so
 * two actions at the same moment decide once. Names are kept as the registry had them when given.
 */
@ObjectType({ description: 'An authorisation (delegation) from one person to another: named e-services between two dates, or driving a vehicle.', implements: Node })
@Entity({ tableName: 'authorisations' })
@Index({ properties: ['delegateId', 'status'] })
@Index({ properties: ['grantorId', 'status'] })
export class Authorisation {
  [OptionalProps]?: 'id' | 'plate' | 'decidedAt' | 'revokedAt' | 'requestReference';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => AuthorisationKind, { description: 'E-services, or driving a vehicle.' })
  @Enum({ items: () => AuthorisationKind })
  kind!: AuthorisationKind;

  @Field(() => String, { description: 'National ID or iqama number of the person who gave it.' })
  @Property({ type: 'string', length: 10 })
  grantorId!: string;

  @Property({ type: 'string', length: 80 })
  grantorNameAr!: string;

  @Property({ type: 'string', length: 80 })
  grantorNameEn!: string;

  @Field(() => String, { description: 'National ID or iqama number of the person it was given to.' })
  @Property({ type: 'string', length: 10 })
  delegateId!: string;

  @Property({ type: 'string', length: 80 })
  delegateNameAr!: string;

  @Property({ type: 'string', length: 80 })
  delegateNameEn!: string;

  @Field(() => [ServiceCode], { description: 'The e-services the delegate may do for the grantor (empty for a driver authorisation).' })
  @Property({ type: 'json' })
  services!: ServiceCode[];

  @Field(() => String, { nullable: true, description: 'The vehicle a driver authorisation is for; null otherwise.' })
  @Index()
  @Property({ type: 'string', length: 12, nullable: true })
  plate?: string | null;

  @Field(() => LocalDate, { description: 'First day it is in force.' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => LocalDate, { description: 'Last day it is in force.' })
  @Property({ type: 'date' })
  endsOn!: string;

  /** As stored: PENDING, ACCEPTED, DECLINED or REVOKED (`status` on the API adds EXPIRED). */
  @Enum({ items: () => AuthorisationStatus })
  status!: AuthorisationStatus;

  @Field(() => Date, { description: 'When it was given.' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the delegate accepted or declined it; null before.' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null otherwise.' })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  /** The `authorizeDriver` request that issued a driver authorisation. */
  @Field(() => String, { nullable: true, description: 'The request that issued a driver authorisation; null otherwise.' })
  @Property({ type: 'string', length: 20, nullable: true })
  requestReference?: string | null;
}
