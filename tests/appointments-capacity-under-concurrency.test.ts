import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Appointment, AppointmentSlot, AppointmentStatus } from '../server/modules/appointments/appointment.entity';
import { Account } from '../server/modules/identity/account.entity';
import { UserInputError } from '../server/shared/errors';
import { AppointmentSlotsDocument, BookAppointmentDocument, CancelAppointmentDocument, RescheduleAppointmentDocument, type AppointmentServiceCode } from './gql/graphql';
import { ADULTS, signUp } from './helpers/demo-people';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const TRAFFIC = 'RUH-TRAFFIC-1';
const SERVICES: AppointmentServiceCode[] = ['DRIVING_LICENCE_ISSUANCE', 'VEHICLE_SERVICES', 'VIOLATION_REVIEW'];

describe.each(databases)('appointments: a slot never takes more than its capacity ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let people: GraphQLClient[];
  let slots: { startsAt: string }[];

  async function countAt(startsAt: string, office = TRAFFIC) {
    const em = t.app.services.orm.em.fork();
    const slot = await em.findOne(AppointmentSlot, { office, startsAt: new Date(startsAt) });
    const appointments = await em.count(Appointment, { office, startsAt: new Date(startsAt), status: AppointmentStatus.BOOKED });
    return { booked: slot?.booked ?? 0, appointments };
  }

  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind });
    people = [await signUp(t, 'mohammed'), await signUp(t, 'fahd', 'EN'), await signUp(t, 'noura'), await signUp(t, 'maria', 'EN')];
    slots = (await people[0].ok(AppointmentSlotsDocument, { officeId: TRAFFIC, serviceCode: SERVICES[0] })).appointmentSlots.nodes;
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('100 parallel bookAppointment calls over HTTP for a slot of capacity 3 → exactly 3 bookings', async () => {
    const slotStart = slots[0].startsAt;
    // 4 people × 3 services: 12 different (person, service) pairs compete, so capacity, not the
    // one-per-service rule, is what stops them; every call is a real HTTP request.
    const calls = Array.from({ length: 100 }, (_, i) => people[i % 4].request(BookAppointmentDocument, { input: { officeId: TRAFFIC, serviceCode: SERVICES[Math.floor(i / 4) % 3], slotStart } }));
    const results = await Promise.all(calls);
    for (const r of results) expect(r.status).toBe(200);
    const booked = results.filter((r) => r.data?.bookAppointment.appointment);
    const codes = results.flatMap((r) => r.data?.bookAppointment.errors.map((e) => e.code) ?? ['NO_DATA']);
    expect(booked).toHaveLength(3);
    expect(new Set(codes)).toEqual(new Set(codes.filter((c) => c === 'SLOT_FULL' || c === 'ALREADY_BOOKED')));
    expect(codes.filter((c) => c === 'SLOT_FULL').length).toBeGreaterThan(0);
    expect(await countAt(slotStart)).toEqual({ booked: 3, appointments: 3 });
    const listed = (await people[0].ok(AppointmentSlotsDocument, { officeId: TRAFFIC, serviceCode: SERVICES[0] })).appointmentSlots.nodes.find((s) => s.startsAt === slotStart);
    expect(listed).toMatchObject({ remaining: 0, available: false });
  });

  it.skipIf(!enabled)('100 different people booking one slot at once through the service → exactly 3, the rest SLOT_FULL', async () => {
    const { orm, appointments } = t.app.services;
    const account = await orm.em.fork().findOneOrFail(Account, { person: ADULTS.mohammed.nationalId });
    const slotStart = new Date(slots[1].startsAt);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) =>
        appointments.book(t.app.services.work.begin(), { accountId: account.id, nationalId: String(3_000_000_000 + i) }, { officeId: TRAFFIC, serviceCode: SERVICES[0], slotStart }),
      ),
    );
    const ok = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
    expect(ok).toHaveLength(3);
    expect(refused).toHaveLength(97);
    for (const reason of refused) {
      expect(reason).toBeInstanceOf(UserInputError);
      expect((reason as UserInputError).errors).toEqual([{ field: 'slotStart', code: 'SLOT_FULL', params: undefined }]);
    }
    expect(await countAt(slots[1].startsAt)).toEqual({ booked: 3, appointments: 3 });
  });

  it.skipIf(!enabled)('one person booking one service from many requests at once gets exactly one appointment', async () => {
    // Someone who took no part in the 100-call race above: its three winners are whichever calls
    // SQLite or PostgreSQL happened to serve first, and one of them may hold this very service.
    const rajesh = await signUp(t, 'rajesh', 'EN');
    const results = await Promise.all(slots.slice(2, 22).map((s) => rajesh.request(BookAppointmentDocument, { input: { officeId: TRAFFIC, serviceCode: SERVICES[2], slotStart: s.startsAt } })));
    const booked = results.filter((r) => r.data?.bookAppointment.appointment);
    expect(booked).toHaveLength(1);
    const codes = results.flatMap((r) => r.data?.bookAppointment.errors.map((e) => e.code) ?? []);
    expect(codes).toEqual(Array(19).fill('ALREADY_BOOKED'));
    // And the seats of the refused ones were given back (their transactions rolled back).
    const em = t.app.services.orm.em.fork();
    const seats = await em.find(AppointmentSlot, { office: TRAFFIC, startsAt: { $in: slots.slice(2, 22).map((s) => new Date(s.startsAt)) } });
    expect(seats.reduce((n, s) => n + s.booked, 0)).toBe(1);
  });

  it.skipIf(!enabled)('parallel moves of one appointment leave exactly one seat taken, where the appointment is', async () => {
    const me = people[2];
    // An office and service no earlier test books, so the random winners above cannot make this
    // person ALREADY_BOOKED here.
    const PASSPORTS = 'RUH-PASSPORTS-1';
    const passportSlots = (await me.ok(AppointmentSlotsDocument, { officeId: PASSPORTS, serviceCode: 'PASSPORT_ISSUANCE' })).appointmentSlots.nodes;
    const { bookAppointment } = await me.ok(BookAppointmentDocument, { input: { officeId: PASSPORTS, serviceCode: 'PASSPORT_ISSUANCE', slotStart: passportSlots[30].startsAt } });
    expect(bookAppointment.errors).toEqual([]);
    const id = bookAppointment.appointment!.id;
    const key = t.keyOf(id);
    const targets = passportSlots.slice(31, 41).map((s) => s.startsAt);
    const results = await Promise.all(targets.map((slotStart) => me.request(RescheduleAppointmentDocument, { input: { appointmentId: id, slotStart } })));
    for (const r of results) expect(r.status).toBe(200);
    // PostgreSQL lets the first commit win (the others find it moved); SQLite runs them one after
    // another, each moving it again. Either way the seats must add up.
    expect(results.filter((r) => r.data?.rescheduleAppointment.errors.length === 0).length).toBeGreaterThanOrEqual(1);
    for (const r of results) for (const e of r.data?.rescheduleAppointment.errors ?? []) expect(e.code).toBe('APPOINTMENT_NOT_FOUND');
    const em = t.app.services.orm.em.fork();
    const appointment = await em.findOneOrFail(Appointment, key, { populate: ['slot'] });
    const seats = await em.find(AppointmentSlot, { office: PASSPORTS, startsAt: { $in: [passportSlots[30].startsAt, ...targets].map((s) => new Date(s)) } });
    expect(seats.reduce((n, s) => n + s.booked, 0)).toBe(1);
    expect(appointment.slot.getEntity().booked).toBe(1);
    expect(appointment.slot.getEntity().startsAt.getTime()).toBe(appointment.startsAt.getTime());
  });

  it.skipIf(!enabled)('parallel cancels of one appointment give its seat back once', async () => {
    // Another office and service than the tests above, so nobody here already holds one.
    const CIVIL = 'RUH-CIVIL_AFFAIRS-1';
    const { appointmentSlots } = await people[0].ok(AppointmentSlotsDocument, { officeId: CIVIL, serviceCode: 'FAMILY_RECORD' });
    const slotStart = appointmentSlots.nodes[3].startsAt;
    const mine = await people[3].ok(BookAppointmentDocument, { input: { officeId: CIVIL, serviceCode: 'FAMILY_RECORD', slotStart } });
    const other = await people[0].ok(BookAppointmentDocument, { input: { officeId: CIVIL, serviceCode: 'FAMILY_RECORD', slotStart } });
    expect([mine.bookAppointment.errors, other.bookAppointment.errors]).toEqual([[], []]);
    expect(await countAt(slotStart, CIVIL)).toEqual({ booked: 2, appointments: 2 });
    const id = mine.bookAppointment.appointment!.id;
    const results = await Promise.all(Array.from({ length: 10 }, () => people[3].request(CancelAppointmentDocument, { input: { appointmentId: id } })));
    const codes = results.map((r) => r.data?.cancelAppointment.errors.map((e) => e.code).join() ?? 'NO_DATA');
    expect(codes.filter((c) => c === '')).toHaveLength(1);
    expect(codes.filter((c) => c === 'APPOINTMENT_NOT_FOUND')).toHaveLength(9);
    expect(await countAt(slotStart, CIVIL)).toEqual({ booked: 1, appointments: 1 });
  });
});
