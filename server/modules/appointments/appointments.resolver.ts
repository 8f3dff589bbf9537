import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Language, localize } from '../../shared/i18n';
import { attempt } from '../../shared/user-error';
import { Appointment, Office, OfficeCategory } from './appointment.entity';
import { appointmentService, AppointmentServiceDefinition } from './appointment-services';
import {
  AppointmentPayload,
  AppointmentServiceType,
  AppointmentSlotAvailability,
  BookAppointmentInput,
  CancelAppointmentInput,
  RescheduleAppointmentInput,
} from './appointments.types';

function serviceView(s: AppointmentServiceDefinition, lang: Language): AppointmentServiceType {
  return { code: s.code, category: s.category, name: localize(s.name, lang), nameAr: s.name.ar, nameEn: s.name.en, description: localize(s.description, lang) };
}

@Resolver(() => Appointment)
export class AppointmentsResolver {
  @Query(() => [Office], { description: 'Offices that receive people by appointment, by city and kind.' })
  offices(
    @Arg('city', () => String, { nullable: true, description: 'City in English as in `Office.city` (e.g. `Riyadh`); all cities when omitted.' }) city: string | null,
    @Arg('category', () => OfficeCategory, { nullable: true, description: 'Kind of office; all kinds when omitted.' }) category: OfficeCategory | null,
    @Ctx() ctx: Context,
  ): Promise<Office[]> {
    return ctx.services.appointments.offices(ctx.em, city, category);
  }

  @Query(() => [AppointmentServiceType], { description: 'The services people book office visits for.' })
  appointmentServices(
    @Arg('category', () => OfficeCategory, { nullable: true, description: 'Only the services of this kind of office.' }) category: OfficeCategory | null,
    @Ctx() ctx: Context,
  ): AppointmentServiceType[] {
    return ctx.services.appointments.services(category).map((s) => serviceView(s, ctx.lang));
  }

  @Query(() => [AppointmentSlotAvailability], {
    description: 'The slots of an office for a service between two times (at most 14 days, none in the past, none past the 60-day horizon), with seats left. Empty for an unknown office or a service it does not offer.',
  })
  async appointmentSlots(
    @Arg('officeId', () => ID, { description: 'The office.' }) officeId: string,
    @Arg('serviceCode', () => String, { description: 'The service.' }) serviceCode: string,
    @Arg('from', () => Date, { nullable: true, description: 'From this time (default: now).' }) from: Date | null,
    @Arg('to', () => Date, { nullable: true, description: 'Until this time (default: 14 days after `from`).' }) to: Date | null,
    @Ctx() ctx: Context,
  ): Promise<AppointmentSlotAvailability[]> {
    const slots = await ctx.services.appointments.slots(ctx.em, officeId, serviceCode, from, to);
    return slots.map((s) => ({ ...s, available: s.remaining > 0 }));
  }

  @Query(() => [Appointment], { description: "The signed-in person's appointments: upcoming ones, soonest first; with `includePast`, all of them, latest first." })
  myAppointments(
    @Arg('includePast', () => Boolean, { nullable: true, description: 'Also past and cancelled appointments.' }) includePast: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<Appointment[]> {
    return ctx.services.appointments.mine(ctx.em, ctx.auth!.accountId, includePast ?? false);
  }

  @Mutation(() => AppointmentPayload, { description: 'Books a slot at an office for a service. One upcoming appointment per person per service; a full slot is refused.' })
  bookAppointment(@Arg('input', () => BookAppointmentInput) input: BookAppointmentInput, @Ctx() ctx: Context): Promise<AppointmentPayload> {
    const who = { accountId: ctx.auth!.accountId, nationalId: ctx.account!.person.unwrap().nationalId };
    return attempt(ctx.lang, async () => ({ appointment: await ctx.services.appointments.book(ctx.em, who, input) }));
  }

  @Mutation(() => AppointmentPayload, { description: 'Moves one of your upcoming appointments to another slot; the old seat is given back.' })
  rescheduleAppointment(@Arg('input', () => RescheduleAppointmentInput) input: RescheduleAppointmentInput, @Ctx() ctx: Context): Promise<AppointmentPayload> {
    return attempt(ctx.lang, async () => ({ appointment: await ctx.services.appointments.reschedule(ctx.em, ctx.auth!.accountId, input) }));
  }

  @Mutation(() => AppointmentPayload, { description: 'Cancels one of your upcoming appointments; its seat is given back.' })
  cancelAppointment(@Arg('input', () => CancelAppointmentInput) input: CancelAppointmentInput, @Ctx() ctx: Context): Promise<AppointmentPayload> {
    return attempt(ctx.lang, async () => ({ appointment: await ctx.services.appointments.cancel(ctx.em, ctx.auth!.accountId, input.appointmentId) }));
  }

  @FieldResolver(() => Office, { description: 'Where it is.' })
  office(@Root() appointment: Appointment): Promise<Office> {
    // Lists populate the office, so this only queries for a lone appointment.
    return appointment.office.loadOrFail();
  }

  @FieldResolver(() => AppointmentServiceType, { description: 'What it is for.' })
  async service(@Root() appointment: Appointment, @Ctx() ctx: Context): Promise<AppointmentServiceType> {
    const s = appointmentService(appointment.serviceCode);
    if (s) return serviceView(s, ctx.lang);
    // A code since retired from the list still shows, by its code.
    const code = appointment.serviceCode;
    return { code, category: (await appointment.office.loadOrFail()).category, name: code, nameAr: code, nameEn: code, description: '' };
  }
}
