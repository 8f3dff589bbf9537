import { EntityManager, FilterQuery, raw, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { UserInputError } from '../../shared/errors';
import type { Localized } from '../../shared/i18n';
import type { Deps } from '../../shared/module';
import type { Transaction, UnitOfWork } from '../../shared/unit-of-work';
import { Account } from '../identity';
import { NotificationKind } from '../notifications';
import { Appointment, AppointmentSlot, AppointmentStatus, Office, OfficeCategory } from './appointment.entity';
import { appointmentService, APPOINTMENT_SERVICES, AppointmentServiceDefinition } from './appointment-services';
import type { AppointmentErrorCode } from './appointments.errors';
import { AppointmentPosition, AppointmentsReadModel } from './appointments.read-model';
import { appointmentTexts } from './appointments.texts';
import type { PageRequest } from '../../shared/connection';
import { BOOKING_HORIZON_DAYS, listingWindow, slotProblem, slotStartsBetween } from './schedule';

export interface SlotAvailability {
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  remaining: number;
}

export interface Booker {
  accountId: string;
  /** The person the appointment is for. */
  nationalId: string;
}

const refuse = (field: string, code: AppointmentErrorCode, params?: Record<string, string | number>): never => {
  throw new UserInputError<AppointmentErrorCode>([{ field, code, params }]);
};

/** Both supported databases are SQL ones: the query builder is always there. */
const sqlOf = (em: EntityManager) => em as SqlEntityManager;

const activeKey = (nationalId: string, serviceCode: string) => `${nationalId}|${serviceCode}`;

/** An instant as people read it at the office: the Kingdom's local time, in both languages. */
export function localTime(at: Date): Localized {
  const options: Intl.DateTimeFormatOptions = { timeZone: 'Asia/Riyadh', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' };
  return {
    ar: new Intl.DateTimeFormat('ar-SA-u-ca-gregory-nu-latn', options).format(at),
    en: new Intl.DateTimeFormat('en-GB', { ...options, hour12: false }).format(at),
  };
}

/**
 * Offices, their free slots, and people's appointments (SPEC §4). Seats are counted per slot and
 * taken with one conditional UPDATE, never read-then-write; one active appointment per person and
 * service is a unique key in the database.
 */
export class AppointmentsService {
  private readonly reads = new AppointmentsReadModel();

  constructor(private readonly deps: Deps<'clock' | 'notifier' | 'ids'>) {}

  private get clock() {
    return this.deps.clock;
  }

  services(category?: OfficeCategory | null): readonly AppointmentServiceDefinition[] {
    return category ? APPOINTMENT_SERVICES.filter((s) => s.category === category) : APPOINTMENT_SERVICES;
  }

  offices(em: EntityManager, city?: string | null, category?: OfficeCategory | null): Promise<Office[]> {
    const where: FilterQuery<Office> = {};
    if (city?.trim()) where.city = city.trim();
    if (category) where.category = category;
    return em.find(Office, where, { orderBy: { city: 'asc', category: 'asc', id: 'asc' } });
  }

  /** Free and full slots of an office for a service, with the seats left; empty for an unknown office or a service it does not offer. */
  async slots(em: EntityManager, officeId: string, serviceCode: string, from?: Date | null, to?: Date | null): Promise<SlotAvailability[]> {
    const office = await em.findOne(Office, { id: officeId });
    const service = appointmentService(serviceCode);
    if (!office || !service || service.category !== office.category) return [];
    const window = listingWindow(this.clock.now(), from, to);
    const starts = slotStartsBetween(office, window.from, window.to);
    if (!starts.length) return [];
    const taken = await em.find(AppointmentSlot, { office: office.id, startsAt: { $gte: starts[0], $lte: starts[starts.length - 1] } });
    const byTime = new Map(taken.map((s) => [s.startsAt.getTime(), s]));
    return starts.map((startsAt) => {
      const slot = byTime.get(startsAt.getTime());
      const capacity = slot?.capacity ?? office.slotCapacity;
      return { startsAt, endsAt: new Date(startsAt.getTime() + office.slotMinutes * 60_000), capacity, remaining: Math.max(0, capacity - (slot?.booked ?? 0)) };
    });
  }

  /** A page of the account's appointments: upcoming booked ones soonest first, or (with `includePast`) all of them, latest first. */
  mine(em: EntityManager, accountId: string, includePast: boolean, page: PageRequest<AppointmentPosition>): Promise<Appointment[]> {
    return this.reads.page(em, accountId, includePast, this.clock.now(), page);
  }

  /** The caller's appointments among `ids` (what `node(id:)` may show them). */
  mineByIds(em: EntityManager, accountId: string, ids: readonly string[]): Promise<(Appointment | null)[]> {
    return this.reads.mineByIds(em, accountId, ids);
  }

  /** Offices by code (anyone may see an office). */
  async officesByIds(em: EntityManager, ids: readonly string[]): Promise<(Office | null)[]> {
    const found = await em.find(Office, { id: { $in: [...ids] } });
    return ids.map((id) => found.find((o) => o.id === id) ?? null);
  }

  async book(work: UnitOfWork, who: Booker, input: { officeId: string; serviceCode: string; slotStart: Date }): Promise<Appointment> {
    return work.transaction(async (t) => {
      const tx = t.em;
      const now = this.clock.now();
      const { office, service } = await this.check(tx, input.officeId, input.serviceCode, input.slotStart, now);
      const key = activeKey(who.nationalId, service.code);
      // An appointment whose time has passed no longer counts as active: free its key first.
      await tx.nativeUpdate(Appointment, { activeKey: key, startsAt: { $lte: now } }, { activeKey: null });
      if (await tx.count(Appointment, { activeKey: key })) refuse('serviceCode', 'ALREADY_BOOKED');
      const slot = await this.takeSeat(tx, office, input.slotStart);
      const appointment = tx.create(Appointment, {
        account: tx.getReference(Account, who.accountId),
        nationalId: who.nationalId,
        office: tx.getReference(Office, office.id),
        slot: tx.getReference(AppointmentSlot, slot),
        serviceCode: service.code,
        startsAt: input.slotStart,
        endsAt: new Date(input.slotStart.getTime() + office.slotMinutes * 60_000),
        activeKey: key,
        bookedAt: now,
      });
      try {
        await tx.flush();
      } catch (error) {
        // Two bookings of one person for one service raced past the count above: the unique key decides.
        if (error instanceof UniqueConstraintViolationException) refuse('serviceCode', 'ALREADY_BOOKED');
        throw error;
      }
      await this.tell(t, who.accountId, appointment, office, service, 'BOOKED', now);
      return appointment;
    });
  }

  async reschedule(work: UnitOfWork, accountId: string, input: { appointmentId: string; slotStart: Date; officeId?: string | null }): Promise<Appointment> {
    return work.transaction(async (t) => {
      const tx = t.em;
      const now = this.clock.now();
      const appointment = await this.upcoming(tx, accountId, input.appointmentId, now);
      const oldSlot = appointment.slot.id;
      const { office, service } = await this.check(tx, input.officeId ?? appointment.office.id, appointment.serviceCode, input.slotStart, now);
      if (office.id === appointment.office.id && input.slotStart.getTime() === appointment.startsAt.getTime()) return appointment;
      const slot = await this.takeSeat(tx, office, input.slotStart);
      // Moved only if it is still booked in the slot it was read in: a concurrent cancel or move wins.
      const moved = await tx.nativeUpdate(
        Appointment,
        { id: appointment.id, slot: oldSlot, status: AppointmentStatus.BOOKED },
        { slot, office: office.id, startsAt: input.slotStart, endsAt: new Date(input.slotStart.getTime() + office.slotMinutes * 60_000), rescheduledAt: now },
      );
      if (moved !== 1) refuse('appointmentId', 'APPOINTMENT_NOT_FOUND');
      await this.releaseSeat(tx, oldSlot);
      const updated = await tx.refreshOrFail(appointment, { populate: ['office'] });
      await this.tell(t, accountId, updated, office, service, 'RESCHEDULED', now);
      return updated;
    });
  }

  async cancel(work: UnitOfWork, accountId: string, appointmentId: string): Promise<Appointment> {
    return work.transaction(async (t) => {
      const tx = t.em;
      const now = this.clock.now();
      const appointment = await this.upcoming(tx, accountId, appointmentId, now);
      const cancelled = await tx.nativeUpdate(Appointment, { id: appointment.id, status: AppointmentStatus.BOOKED }, { status: AppointmentStatus.CANCELLED, activeKey: null, cancelledAt: now });
      if (cancelled !== 1) refuse('appointmentId', 'APPOINTMENT_NOT_FOUND');
      await this.releaseSeat(tx, appointment.slot.id);
      const updated = await tx.refreshOrFail(appointment, { populate: ['office'] });
      const service = appointmentService(updated.serviceCode);
      if (service) await this.tell(t, accountId, updated, updated.office.getEntity(), service, 'CANCELLED', now);
      return updated;
    });
  }

  /** Someone else's appointment, a cancelled or a past one: all the same "not found", so ids reveal nothing. */
  private async upcoming(tx: EntityManager, accountId: string, id: string, now: Date): Promise<Appointment> {
    const appointment = /^[0-9a-f-]{36}$/i.test(id)
      ? await tx.findOne(Appointment, { id, account: accountId, status: AppointmentStatus.BOOKED, startsAt: { $gt: now } }, { populate: ['office'] })
      : null;
    return appointment ?? refuse('appointmentId', 'APPOINTMENT_NOT_FOUND');
  }

  private async check(tx: EntityManager, officeId: string, serviceCode: string, at: Date, now: Date) {
    const office = (await tx.findOne(Office, { id: officeId })) ?? refuse('officeId', 'OFFICE_NOT_FOUND');
    const service = appointmentService(serviceCode);
    if (!service || service.category !== office.category) refuse('serviceCode', 'SERVICE_NOT_OFFERED');
    if (Number.isNaN(at.getTime()) || slotProblem(office, at, now)) refuse('slotStart', 'SLOT_NOT_AVAILABLE', { days: BOOKING_HORIZON_DAYS });
    return { office, service: service! };
  }

  /**
   * Takes one seat of the slot or refuses SLOT_FULL. The slot row is created on first use (an
   * insert that ignores a concurrent twin), then one `UPDATE … SET booked = booked + 1 WHERE
   * booked < capacity`: the database serialises it on the row, so the count never passes capacity.
   */
  private async takeSeat(tx: EntityManager, office: Office, startsAt: Date): Promise<number> {
    await sqlOf(tx).createQueryBuilder(AppointmentSlot).insert({ office: office.id, startsAt, capacity: office.slotCapacity, booked: 0 }).onConflict(['office', 'startsAt']).ignore().execute();
    const slot = await tx.findOneOrFail(AppointmentSlot, { office: office.id, startsAt }, { fields: ['id'], disableIdentityMap: true });
    const result = await sqlOf(tx)
      .createQueryBuilder(AppointmentSlot)
      .update({ booked: raw('booked + 1') })
      .where({ id: slot.id })
      .andWhere('booked < capacity')
      .execute('run');
    if (result.affectedRows !== 1) refuse('slotStart', 'SLOT_FULL');
    return slot.id;
  }

  private async releaseSeat(tx: EntityManager, slotId: number): Promise<void> {
    await sqlOf(tx)
      .createQueryBuilder(AppointmentSlot)
      .update({ booked: raw('booked - 1') })
      .where({ id: slotId })
      .andWhere('booked > 0')
      .execute('run');
  }

  private async tell(
    tx: Transaction,
    accountId: string,
    appointment: Appointment,
    office: Office,
    service: AppointmentServiceDefinition,
    what: 'BOOKED' | 'RESCHEDULED' | 'CANCELLED',
    now: Date,
  ): Promise<void> {
    const account = await tx.em.findOneOrFail(Account, { id: accountId });
    await this.deps.notifier.notify(tx, account, {
      kind: NotificationKind[`APPOINTMENT_${what}`],
      title: appointmentTexts[`${what}_TITLE`],
      body: appointmentTexts[`${what}_BODY`],
      localizedParams: { service: service.name, office: { ar: office.nameAr, en: office.nameEn }, when: localTime(appointment.startsAt) },
      link: '/appointments',
      // The appointment's global ID: what `node(id:)` and `cancelAppointment` take.
      reference: this.deps.ids.plain('Appointment', appointment.id),
      at: now,
    });
  }
}
