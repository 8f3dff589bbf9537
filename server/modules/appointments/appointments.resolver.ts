import DataLoader from 'dataloader';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { arrayConnection, type Connection, ConnectionType, PageArgs, pageRequest, toConnection } from '../../shared/connection';
import { requestScoped } from '../../shared/request-scoped';
import { Access, Actor } from '../../shared/access';
import type { Context } from '../../shared/context';
import { Cost, COST } from '../../shared/cost';
import { Language, localize } from '../../shared/i18n';
import type { Deps } from '../../shared/module';
import { AppointmentErrors } from './appointments.errors';
import { appointmentCursor, appointmentPosition } from './appointments.read-model';
import { Appointment, AppointmentServiceCode, Office, OfficeCategory } from './appointment.entity';
import { appointmentService, AppointmentServiceDefinition } from './appointment-services';
import { AppointmentPayload, AppointmentServiceType, AppointmentSlotAvailability, BookAppointmentInput, CancelAppointmentInput, RescheduleAppointmentInput } from './appointments.types';

function serviceView(s: AppointmentServiceDefinition, lang: Language): AppointmentServiceType {
  return {
    code: s.code,
    category: s.category,
    name: localize(s.name, lang),
    nameAr: s.name.ar,
    nameEn: s.name.en,
    description: localize(s.description, lang),
    descriptionAr: s.description.ar,
    descriptionEn: s.description.en,
  };
}

export const OfficeConnection = ConnectionType(Office, 'Office', 'office');
export const AppointmentConnection = ConnectionType(Appointment, 'Appointment', 'appointment');
export const AppointmentServiceTypeConnection = ConnectionType(AppointmentServiceType, 'AppointmentService', 'appointment service');
export const AppointmentSlotConnection = ConnectionType(AppointmentSlotAvailability, 'AppointmentSlot', 'slot');

@Resolver(() => Appointment)
export class AppointmentsResolver {
  private readonly offices_: (ctx: Context) => DataLoader<string, Office | null>;

  constructor(private readonly deps: Deps<'appointments' | 'ids'>) {
    this.offices_ = (ctx) => new DataLoader((ids) => deps.appointments.officesByIds(ctx.work.em, ids));
  }

  /** An office or appointment named in an input: its global ID, or (as before global IDs) its code or UUID. */
  private key(type: 'Office' | 'Appointment', id: string): string {
    const decoded = this.deps.ids.decode(id);
    return decoded?.type === type ? decoded.key : id;
  }

  @Access('anyone')
  @Query(() => OfficeConnection, { description: 'Offices that receive people by appointment, by city and kind.' })
  async offices(
    @Args(() => PageArgs) args: PageArgs,
    @Arg('city', () => String, { nullable: true, description: 'City in English as in `Office.city` (e.g. `Riyadh`); all cities when omitted.' }) city: string | null,
    @Arg('category', () => OfficeCategory, { nullable: true, description: 'Kind of office; all kinds when omitted.' }) category: OfficeCategory | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Office>> {
    return arrayConnection(await this.deps.appointments.offices(ctx.work.em, city, category), args, (o) => o.id, ctx.lang);
  }

  @Access('anyone')
  @Query(() => AppointmentServiceTypeConnection, { description: 'The services people book office visits for.' })
  appointmentServices(
    @Args(() => PageArgs) args: PageArgs,
    @Arg('category', () => OfficeCategory, { nullable: true, description: 'Only the services of this kind of office.' }) category: OfficeCategory | null,
    @Ctx() ctx: Context,
  ): Connection<AppointmentServiceType> {
    return arrayConnection(
      this.deps.appointments.services(category).map((s) => serviceView(s, ctx.lang)),
      args,
      (s) => s.code,
      ctx.lang,
    );
  }

  @Access('anyone')
  @Query(() => AppointmentSlotConnection, {
    description:
      'The slots of an office for a service between two times (at most 14 days, none in the past, none past the 60-day horizon), with seats left. Empty for an unknown office or a service it does not offer.',
  })
  async appointmentSlots(
    @Args(() => PageArgs) args: PageArgs,
    @Arg('officeId', () => ID, { description: 'The office (its `id`, or its `code`).' }) officeId: string,
    @Arg('serviceCode', () => AppointmentServiceCode, { description: 'The service.' }) serviceCode: AppointmentServiceCode,
    @Arg('from', () => Date, { nullable: true, description: 'From this time (default: now).' }) from: Date | null,
    @Arg('to', () => Date, { nullable: true, description: 'Until this time (default: 14 days after `from`).' }) to: Date | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<AppointmentSlotAvailability>> {
    const slots = await this.deps.appointments.slots(ctx.work.em, this.key('Office', officeId), serviceCode, from, to);
    return arrayConnection(
      slots.map((s) => ({ ...s, available: s.remaining > 0 })),
      args,
      (s) => s.startsAt.toISOString(),
      ctx.lang,
    );
  }

  @Access('signedIn')
  @Query(() => AppointmentConnection, { description: "The signed-in person's appointments: upcoming ones, soonest first; with `includePast`, all of them, latest first." })
  async myAppointments(
    @Actor() actor: Actor,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('includePast', () => Boolean, { nullable: true, description: 'Also past and cancelled appointments.' }) includePast: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Appointment>> {
    const page = pageRequest(args, appointmentCursor, ctx.lang);
    return toConnection(await this.deps.appointments.mine(ctx.work.em, actor.accountId, includePast ?? false, page), page, appointmentPosition, appointmentCursor);
  }

  @FieldResolver(() => ID, { description: 'The global ID (`Node`): what `rescheduleAppointment` and `cancelAppointment` take.' })
  id(@Root() appointment: Appointment): string {
    return this.deps.ids.plain('Appointment', appointment.id);
  }

  @Access('signedIn')
  @Mutation(() => AppointmentPayload, { description: 'Books a slot at an office for a service. One upcoming appointment per person per service; a full slot is refused.' })
  bookAppointment(@Actor() actor: Actor, @Arg('input', () => BookAppointmentInput) input: BookAppointmentInput, @Ctx() ctx: Context): Promise<AppointmentPayload> {
    const who = { accountId: actor.accountId, nationalId: actor.nationalId };
    return AppointmentErrors.attempt(ctx.lang, async () => ({ appointment: await this.deps.appointments.book(ctx.work, who, { ...input, officeId: this.key('Office', input.officeId) }) }));
  }

  @Access('signedIn')
  @Mutation(() => AppointmentPayload, { description: 'Moves one of your upcoming appointments to another slot; the old seat is given back.' })
  rescheduleAppointment(@Actor() actor: Actor, @Arg('input', () => RescheduleAppointmentInput) input: RescheduleAppointmentInput, @Ctx() ctx: Context): Promise<AppointmentPayload> {
    return AppointmentErrors.attempt(ctx.lang, async () => ({
      appointment: await this.deps.appointments.reschedule(ctx.work, actor.accountId, {
        ...input,
        appointmentId: this.key('Appointment', input.appointmentId),
        officeId: input.officeId ? this.key('Office', input.officeId) : input.officeId,
      }),
    }));
  }

  @Access('signedIn')
  @Mutation(() => AppointmentPayload, { description: 'Cancels one of your upcoming appointments; its seat is given back.' })
  cancelAppointment(@Actor() actor: Actor, @Arg('input', () => CancelAppointmentInput) input: CancelAppointmentInput, @Ctx() ctx: Context): Promise<AppointmentPayload> {
    return AppointmentErrors.attempt(ctx.lang, async () => ({ appointment: await this.deps.appointments.cancel(ctx.work, actor.accountId, this.key('Appointment', input.appointmentId)) }));
  }

  @Cost(COST.batched)
  @FieldResolver(() => Office, { description: 'Where it is.' })
  async office(@Root() appointment: Appointment, @Ctx() ctx: Context): Promise<Office> {
    // One statement for the offices of a whole page of appointments.
    return (await requestScoped(ctx, this.offices_).load(appointment.office.id))!;
  }

  @FieldResolver(() => AppointmentServiceType, { description: 'What it is for.' })
  service(@Root() appointment: Appointment, @Ctx() ctx: Context): AppointmentServiceType {
    // Every AppointmentServiceCode has its definition, and codes are deprecated, never removed.
    return serviceView(appointmentService(appointment.serviceCode)!, ctx.lang);
  }
}

@Resolver(() => Office)
export class OfficeResolver {
  constructor(private readonly deps: Deps<'ids'>) {}

  @FieldResolver(() => ID, { description: 'The global ID (`Node`).' })
  id(@Root() office: Office): string {
    return this.deps.ids.plain('Office', office.id);
  }

  @FieldResolver(() => String, { description: 'Office code, e.g. `RUH-PASSPORTS-1` (the `officeId` inputs also take it).' })
  code(@Root() office: Office): string {
    return office.id;
  }
}
