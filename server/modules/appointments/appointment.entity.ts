import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/node';
import { Account } from '../identity';

export enum OfficeCategory {
  PASSPORTS = 'PASSPORTS',
  CIVIL_AFFAIRS = 'CIVIL_AFFAIRS',
  TRAFFIC = 'TRAFFIC',
}
registerEnumType(OfficeCategory, {
  name: 'OfficeCategory',
  description: 'Which directorate an office belongs to, and so which services it sees people for.',
  valuesConfig: {
    PASSPORTS: { description: 'General Directorate of Passports (Jawazat).' },
    CIVIL_AFFAIRS: { description: 'Civil Affairs (Ahwal): national IDs, family records, births.' },
    TRAFFIC: { description: 'General Department of Traffic (Muroor): licences, vehicles, violations.' },
  },
});

/**
 * The services people book office visits for (their names and offices: appointment-services.ts,
 * which registers this enum with the schema). A code once booked is never removed, only
 * deprecated, so every stored appointment keeps a service.
 */
export enum AppointmentServiceCode {
  PASSPORT_ISSUANCE = 'PASSPORT_ISSUANCE',
  RESIDENT_AFFAIRS = 'RESIDENT_AFFAIRS',
  NATIONAL_ID_ISSUANCE = 'NATIONAL_ID_ISSUANCE',
  FAMILY_RECORD = 'FAMILY_RECORD',
  DRIVING_LICENCE_ISSUANCE = 'DRIVING_LICENCE_ISSUANCE',
  VEHICLE_SERVICES = 'VEHICLE_SERVICES',
  VIOLATION_REVIEW = 'VIOLATION_REVIEW',
}

export enum AppointmentStatus {
  BOOKED = 'BOOKED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(AppointmentStatus, {
  name: 'AppointmentStatus',
  description: 'Where an appointment stands.',
  valuesConfig: {
    BOOKED: { description: 'Booked: the person is expected at the office at its time.' },
    CANCELLED: { description: 'Cancelled by the person; its seat was given back.' },
  },
});

/** An office that receives people by appointment. Its working hours are in the Kingdom's time (UTC+3). */
@ObjectType({ description: 'An office that receives people by appointment.', implements: Node })
@Entity({ tableName: 'offices' })
@Index({ properties: ['city', 'category'] })
export class Office {
  /** The office code (`code` in the schema; `id` there is the global ID). */
  @PrimaryKey({ type: 'string', length: 40 })
  id!: string;

  @Field(() => OfficeCategory, { description: 'Which directorate it belongs to.' })
  @Enum({ items: () => OfficeCategory })
  category!: OfficeCategory;

  @Field(() => String, { description: 'City, in English as the registry spells it (e.g. `Riyadh`): the value `offices(city:)` takes.' })
  @Property({ type: 'string', length: 60 })
  city!: string;

  @Field(() => String, { description: 'City in Arabic.' })
  @Property({ type: 'string', length: 60 })
  cityAr!: string;

  @Field(() => String, { description: 'Name in Arabic.' })
  @Property({ type: 'string' })
  nameAr!: string;

  @Field(() => String, { description: 'Name in English.' })
  @Property({ type: 'string' })
  nameEn!: string;

  @Field(() => String, { description: 'Address in Arabic.' })
  @Property({ type: 'string' })
  addressAr!: string;

  @Field(() => String, { description: 'Address in English.' })
  @Property({ type: 'string' })
  addressEn!: string;

  @Field(() => String, { description: 'Opening time, HH:MM in the Kingdom (UTC+3).' })
  @Property({ type: 'string', length: 5 })
  opensAt!: string;

  @Field(() => String, { description: 'Closing time, HH:MM in the Kingdom (UTC+3): the last slot ends then.' })
  @Property({ type: 'string', length: 5 })
  closesAt!: string;

  @Field(() => Int, { description: 'Length of a slot, in minutes.' })
  @Property({ type: 'integer' })
  slotMinutes!: number;

  @Field(() => Int, { description: 'How many people each slot receives.' })
  @Property({ type: 'integer' })
  slotCapacity!: number;

  /** Days of the week it opens, 0 = Sunday … 6 = Saturday. */
  @Field(() => [Int], { description: 'Days of the week it opens: 0 = Sunday … 6 = Saturday.' })
  @Property({ type: 'json' })
  workingDays!: number[];
}

/**
 * One slot of one office that somebody has booked at least once: its seats are counted here, and
 * a seat is taken only by an atomic conditional update (`booked < capacity`), so concurrent
 * bookings can never exceed the capacity on either database. Slots nobody booked have no row.
 */
@Entity({ tableName: 'appointment_slots' })
@Unique({ properties: ['office', 'startsAt'] })
export class AppointmentSlot {
  [OptionalProps]?: 'id' | 'booked';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Office, ref: true, deleteRule: 'cascade' })
  office!: Ref<Office>;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  /** Copied from the office when the slot is first booked, so a later change of the office's capacity does not over- or under-fill slots already taken. */
  @Property({ type: 'integer' })
  capacity!: number;

  @Property({ type: 'integer', default: 0 })
  booked: number = 0;
}

/** A person's appointment at an office for a service. */
@ObjectType({ description: 'An appointment at an office for a service.', implements: Node })
@Entity({ tableName: 'appointments' })
@Index({ properties: ['account', 'startsAt'] })
export class Appointment {
  [OptionalProps]?: 'id' | 'status' | 'cancelledAt' | 'rescheduledAt' | 'activeKey';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Who booked it (only they see and change it). */
  @ManyToOne({ entity: () => Account, ref: true, deleteRule: 'cascade' })
  account!: Ref<Account>;

  /** The person it is for (national ID or iqama). */
  @Property({ type: 'string', length: 10 })
  nationalId!: string;

  @ManyToOne({ entity: () => Office, ref: true, deleteRule: 'restrict' })
  office!: Ref<Office>;

  @ManyToOne({ entity: () => AppointmentSlot, ref: true, deleteRule: 'restrict' })
  slot!: Ref<AppointmentSlot>;

  @Field(() => AppointmentServiceCode, { description: 'The appointment service (see `service`).' })
  @Property({ type: 'string', length: 40 })
  serviceCode!: AppointmentServiceCode;

  @Field(() => Date, { description: 'When it starts.' })
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => Date, { description: 'When it ends.' })
  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Field(() => AppointmentStatus, { description: 'Booked or cancelled.' })
  @Enum({ items: () => AppointmentStatus })
  status: AppointmentStatus = AppointmentStatus.BOOKED;

  /**
   * `nationalId|serviceCode` while the appointment is booked, null once cancelled or past. Unique:
   * the database itself refuses a second active appointment of one person for one service, even
   * when two bookings race (NULLs never collide, on SQLite or PostgreSQL).
   */
  @Property({ type: 'string', length: 60, nullable: true, unique: true })
  activeKey?: string | null = null;

  @Field(() => Date, { description: 'When it was booked.' })
  @Property({ type: 'datetime' })
  bookedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last moved to another time, if ever.' })
  @Property({ type: 'datetime', nullable: true })
  rescheduledAt?: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled, if it was.' })
  @Property({ type: 'datetime', nullable: true })
  cancelledAt?: Date | null = null;
}
