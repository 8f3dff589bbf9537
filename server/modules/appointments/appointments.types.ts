import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AppointmentErrors, type AppointmentError } from './appointments.errors';
import { Appointment, AppointmentServiceCode, OfficeCategory } from './appointment.entity';

@ObjectType({ description: 'A service people book an office visit for.' })
export class AppointmentServiceType {
  @Field(() => AppointmentServiceCode, { description: 'Stable code, the `serviceCode` of `bookAppointment`.' })
  code!: AppointmentServiceCode;

  @Field(() => OfficeCategory, { description: 'The kind of office that offers it.' })
  category!: OfficeCategory;

  @Field(() => String, { description: "Name in the caller's language." })
  name!: string;

  @Field(() => String, { description: 'Name in Arabic.' })
  nameAr!: string;

  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;

  @Field(() => String, { description: "What the visit is for, in the caller's language." })
  description!: string;

  @Field(() => String, { description: 'What the visit is for, in Arabic.' })
  descriptionAr!: string;

  @Field(() => String, { description: 'What the visit is for, in English.' })
  descriptionEn!: string;
}

@ObjectType('AppointmentSlot', { description: 'A time an office receives people, with the seats left.' })
export class AppointmentSlotAvailability {
  @Field(() => Date, { description: 'When it starts: the `slotStart` to book it.' })
  startsAt!: Date;

  @Field(() => Date, { description: 'When it ends.' })
  endsAt!: Date;

  @Field(() => Int, { description: 'How many people it receives.' })
  capacity!: number;

  @Field(() => Int, { description: 'How many seats are still free.' })
  remaining!: number;

  @Field(() => Boolean, { description: 'Whether at least one seat is free.' })
  available!: boolean;
}

@InputType({ description: 'An office, a service and one of its free slots.' })
export class BookAppointmentInput {
  @Field(() => ID, { description: 'The office (from `offices`).' })
  officeId!: string;

  @Field(() => AppointmentServiceCode, { description: 'The service (from `appointmentServices`); the office must offer it.' })
  serviceCode!: AppointmentServiceCode;

  @Field(() => Date, { description: 'The start of a slot (from `appointmentSlots`).' })
  slotStart!: Date;
}

@InputType({ description: 'Moves an upcoming appointment to another slot (of the same office, unless another is given).' })
export class RescheduleAppointmentInput {
  @Field(() => ID, { description: 'The appointment to move.' })
  appointmentId!: string;

  @Field(() => Date, { description: 'The start of the new slot.' })
  slotStart!: Date;

  @Field(() => ID, { nullable: true, description: 'Another office offering the same service; by default the same office.' })
  officeId?: string | null;
}

@InputType({ description: 'The upcoming appointment to cancel.' })
export class CancelAppointmentInput {
  @Field(() => ID, { description: 'The appointment to cancel.' })
  appointmentId!: string;
}

@ObjectType({ description: 'The outcome of booking, moving or cancelling an appointment.' })
export class AppointmentPayload {
  @Field(() => Appointment, { nullable: true, description: 'The appointment as it now stands; null when refused.' })
  appointment?: Appointment;

  @Field(() => [AppointmentErrors.type], { description: 'Why it was refused (SLOT_FULL, ALREADY_BOOKED, …); empty on success.' })
  errors!: AppointmentError[];
}
