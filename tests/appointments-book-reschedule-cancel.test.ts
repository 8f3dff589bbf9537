import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AppointmentServicesDocument,
  AppointmentSlotsDocument,
  BookAppointmentDocument,
  CancelAppointmentDocument,
  MyAppointmentsDocument,
  NotificationsDocument,
  OfficesDocument,
  RescheduleAppointmentDocument,
  type AppointmentServiceCode,
} from './gql/graphql';
import { ADULTS, signUp } from './helpers/demo-people';
import { login, PASSWORD } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const PASSPORTS = 'RUH-PASSPORTS-1';
const CIVIL = 'RUH-CIVIL_AFFAIRS-1';
const DAY = 86_400_000;

describe.each(databases)('appointments: book, reschedule, cancel ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let mohammed: GraphQLClient;
  let fahd: GraphQLClient;
  let noura: GraphQLClient;
  let maria: GraphQLClient;
  let slots: { startsAt: string; remaining: number }[];

  const slotsOf = async (office = PASSPORTS, serviceCode: AppointmentServiceCode = 'PASSPORT_ISSUANCE', api = mohammed) =>
    (await api.ok(AppointmentSlotsDocument, { officeId: office, serviceCode })).appointmentSlots.nodes;
  const remainingAt = async (startsAt: string) => (await slotsOf()).find((s) => s.startsAt === startsAt)!.remaining;

  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind });
    mohammed = await signUp(t, 'mohammed', 'AR');
    fahd = await signUp(t, 'fahd', 'EN');
    noura = await signUp(t, 'noura', 'AR');
    maria = await signUp(t, 'maria', 'EN');
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('lists the demo offices by city and kind, and the services each kind offers', async () => {
    const { offices } = await mohammed.ok(OfficesDocument, { city: 'Riyadh', category: 'PASSPORTS' });
    expect(offices.nodes).toEqual([expect.objectContaining({ code: PASSPORTS, category: 'PASSPORTS', city: 'Riyadh', cityAr: 'الرياض', slotCapacity: 3, slotMinutes: 30 })]);
    expect((await mohammed.ok(OfficesDocument, {})).offices.nodes).toHaveLength(9);
    expect((await mohammed.ok(OfficesDocument, { city: 'Jeddah' })).offices.nodes.map((o) => o.category).sort()).toEqual(['CIVIL_AFFAIRS', 'PASSPORTS', 'TRAFFIC']);
    const { appointmentServices } = await fahd.ok(AppointmentServicesDocument, { category: 'PASSPORTS' });
    expect(appointmentServices.nodes.map((s) => s.code)).toEqual(['PASSPORT_ISSUANCE', 'RESIDENT_AFFAIRS']);
    expect(appointmentServices.nodes[0].name).toBe('Passport issue or renewal (in person)');
  });

  it.skipIf(!enabled)('offers future slots only, each with its free seats; none for a service the office does not offer', async () => {
    slots = await slotsOf();
    expect(slots.length).toBeGreaterThan(10);
    const now = t.clock.now().getTime();
    for (const s of slots) {
      expect(Date.parse(s.startsAt)).toBeGreaterThan(now);
      expect(s.remaining).toBe(3);
    }
    expect(Date.parse(slots.at(-1)!.startsAt) - now).toBeLessThanOrEqual(14 * DAY);
    expect(await slotsOf(PASSPORTS, 'DRIVING_LICENCE_ISSUANCE')).toEqual([]);
    expect(await slotsOf('NO-SUCH-OFFICE', 'PASSPORT_ISSUANCE')).toEqual([]);
  });

  it.skipIf(!enabled)('books a slot, takes one seat, and tells the person in-app and by SMS in their language', async () => {
    const since = Date.now();
    const { bookAppointment } = await mohammed.ok(BookAppointmentDocument, { input: { officeId: PASSPORTS, serviceCode: 'PASSPORT_ISSUANCE', slotStart: slots[0].startsAt } });
    expect(bookAppointment.errors).toEqual([]);
    expect(bookAppointment.appointment).toMatchObject({
      status: 'BOOKED',
      serviceCode: 'PASSPORT_ISSUANCE',
      startsAt: slots[0].startsAt,
      endsAt: new Date(Date.parse(slots[0].startsAt) + 30 * 60_000).toISOString(),
      service: { code: 'PASSPORT_ISSUANCE', name: 'إصدار جواز سفر أو تجديده (حضورياً)' },
      office: { code: PASSPORTS, city: 'Riyadh' },
      rescheduledAt: null,
      cancelledAt: null,
    });
    expect(await remainingAt(slots[0].startsAt)).toBe(2);
    const { myAppointments } = await mohammed.ok(MyAppointmentsDocument, {});
    expect(myAppointments.nodes.map((a) => a.id)).toEqual([bookAppointment.appointment!.id]);

    const sms = await t.sms.waitFor(ADULTS.mohammed.mobile, since);
    expect(sms.locale).toBe('ar');
    expect(sms.text).toContain('تم حجز موعدك');
    expect(sms.text).toContain('إدارة الجوازات — الرياض');
    const { notifications } = await mohammed.ok(NotificationsDocument, { first: 1 });
    expect(notifications.edges[0].node).toMatchObject({ kind: 'APPOINTMENT_BOOKED', reference: bookAppointment.appointment!.id, read: false });
  });

  it.skipIf(!enabled)('refuses a second upcoming appointment for the same service (ALREADY_BOOKED, in ar and en), but not for another service', async () => {
    const again = await mohammed.ok(BookAppointmentDocument, { input: { officeId: PASSPORTS, serviceCode: 'PASSPORT_ISSUANCE', slotStart: slots[5].startsAt } });
    expect(again.bookAppointment).toEqual({
      appointment: null,
      errors: [{ field: 'serviceCode', code: 'ALREADY_BOOKED', message: 'لديك موعد قائم لهذه الخدمة. غيّر موعدك الحالي أو ألغه قبل حجز موعد جديد.' }],
    });
    expect(await remainingAt(slots[5].startsAt)).toBe(3);

    const first = await fahd.ok(BookAppointmentDocument, { input: { officeId: PASSPORTS, serviceCode: 'RESIDENT_AFFAIRS', slotStart: slots[2].startsAt } });
    expect(first.bookAppointment.errors).toEqual([]);
    const second = await fahd.ok(BookAppointmentDocument, { input: { officeId: PASSPORTS, serviceCode: 'RESIDENT_AFFAIRS', slotStart: slots[3].startsAt } });
    expect(second.bookAppointment.errors).toEqual([
      { field: 'serviceCode', code: 'ALREADY_BOOKED', message: 'You already have an appointment for this service. Change or cancel it before booking another.' },
    ]);

    const civilSlots = await slotsOf(CIVIL, 'NATIONAL_ID_ISSUANCE');
    const other = await mohammed.ok(BookAppointmentDocument, { input: { officeId: CIVIL, serviceCode: 'NATIONAL_ID_ISSUANCE', slotStart: civilSlots[0].startsAt } });
    expect(other.bookAppointment.errors).toEqual([]);
    expect((await mohammed.ok(MyAppointmentsDocument, {})).myAppointments.nodes).toHaveLength(2);
  });

  it.skipIf(!enabled)('refuses a full slot (SLOT_FULL, in ar and en) and leaves its count at capacity', async () => {
    const slot = slots[4].startsAt;
    for (const [api, service] of [
      [mohammed, 'RESIDENT_AFFAIRS'],
      [noura, 'PASSPORT_ISSUANCE'],
      [maria, 'PASSPORT_ISSUANCE'],
    ] as const) {
      const { bookAppointment } = await api.ok(BookAppointmentDocument, { input: { officeId: PASSPORTS, serviceCode: service, slotStart: slot } });
      expect(bookAppointment.errors).toEqual([]);
    }
    expect(await remainingAt(slot)).toBe(0);
    expect((await slotsOf()).find((s) => s.startsAt === slot)).toMatchObject({ remaining: 0, capacity: 3 });
    const ar = await fahd.ok(BookAppointmentDocument, { input: { officeId: PASSPORTS, serviceCode: 'PASSPORT_ISSUANCE', slotStart: slot } });
    expect(ar.bookAppointment.errors).toEqual([{ field: 'slotStart', code: 'SLOT_FULL', message: 'This time is fully booked. Choose another time.' }]);
    const rajesh = await signUp(t, 'rajesh', 'AR');
    const en = await rajesh.ok(BookAppointmentDocument, { input: { officeId: PASSPORTS, serviceCode: 'PASSPORT_ISSUANCE', slotStart: slot } });
    expect(en.bookAppointment.errors).toEqual([{ field: 'slotStart', code: 'SLOT_FULL', message: 'اكتمل هذا الموعد. اختر موعداً آخر.' }]);
  });

  it.skipIf(!enabled)('moves an appointment to another slot: the old seat is freed, the new one taken, the person told', async () => {
    const mine = (await mohammed.ok(MyAppointmentsDocument, {})).myAppointments.nodes.find((a) => a.serviceCode === 'PASSPORT_ISSUANCE')!;
    const { rescheduleAppointment } = await mohammed.ok(RescheduleAppointmentDocument, { input: { appointmentId: mine.id, slotStart: slots[1].startsAt } });
    expect(rescheduleAppointment.errors).toEqual([]);
    expect(rescheduleAppointment.appointment).toMatchObject({ id: mine.id, status: 'BOOKED', startsAt: slots[1].startsAt, rescheduledAt: expect.any(String) });
    expect(await remainingAt(slots[0].startsAt)).toBe(3);
    expect(await remainingAt(slots[1].startsAt)).toBe(2);
    const { notifications } = await mohammed.ok(NotificationsDocument, { first: 1 });
    expect(notifications.edges[0].node.kind).toBe('APPOINTMENT_RESCHEDULED');

    // Into a full slot: refused, and nothing moves.
    const full = await mohammed.ok(RescheduleAppointmentDocument, { input: { appointmentId: mine.id, slotStart: slots[4].startsAt } });
    expect(full.rescheduleAppointment.errors.map((e) => e.code)).toEqual(['SLOT_FULL']);
    expect(await remainingAt(slots[1].startsAt)).toBe(2);
    expect((await mohammed.ok(MyAppointmentsDocument, {})).myAppointments.nodes.find((a) => a.id === mine.id)!.startsAt).toBe(slots[1].startsAt);
  });

  it.skipIf(!enabled)("gives nothing for someone else's appointment: not listed, not moved, not cancelled", async () => {
    const mine = (await mohammed.ok(MyAppointmentsDocument, {})).myAppointments.nodes[0];
    expect((await fahd.ok(MyAppointmentsDocument, { includePast: true })).myAppointments.nodes.map((a) => a.id)).not.toContain(mine.id);
    const cancel = await fahd.ok(CancelAppointmentDocument, { input: { appointmentId: mine.id } });
    expect(cancel.cancelAppointment).toEqual({
      appointment: null,
      errors: [{ field: 'appointmentId', code: 'APPOINTMENT_NOT_FOUND', message: 'We found no upcoming appointment with this number in your account. Refresh your appointments.' }],
    });
    const move = await fahd.ok(RescheduleAppointmentDocument, { input: { appointmentId: mine.id, slotStart: slots[6].startsAt } });
    expect(move.rescheduleAppointment.errors.map((e) => e.code)).toEqual(['APPOINTMENT_NOT_FOUND']);
    const garbage = await fahd.ok(CancelAppointmentDocument, { input: { appointmentId: "'; drop table appointments; --" } });
    expect(garbage.cancelAppointment.errors.map((e) => e.code)).toEqual(['APPOINTMENT_NOT_FOUND']);
    const still = (await mohammed.ok(MyAppointmentsDocument, {})).myAppointments.nodes.find((a) => a.id === mine.id)!;
    expect(still).toMatchObject({ status: 'BOOKED', startsAt: mine.startsAt });
    expect(await remainingAt(slots[6].startsAt)).toBe(3);
  });

  it.skipIf(!enabled)('refuses an unknown office, a service the office does not offer, and a time that is not one of its slots', async () => {
    const at = slots[7].startsAt;
    const office = await noura.ok(BookAppointmentDocument, { input: { officeId: 'XXX-1', serviceCode: 'FAMILY_RECORD', slotStart: at } });
    expect(office.bookAppointment.errors).toEqual([{ field: 'officeId', code: 'OFFICE_NOT_FOUND', message: 'لم نجد هذا المكتب. اختر مكتباً من القائمة.' }]);
    const service = await noura.ok(BookAppointmentDocument, { input: { officeId: PASSPORTS, serviceCode: 'VIOLATION_REVIEW', slotStart: at } });
    expect(service.bookAppointment.errors.map((e) => [e.field, e.code])).toEqual([['serviceCode', 'SERVICE_NOT_OFFERED']]);
    // A service that does not exist is not even a value of the enum: GraphQL refuses it before anything runs.
    const unknown = await noura.request(BookAppointmentDocument, { input: { officeId: PASSPORTS, serviceCode: 'NOPE' as AppointmentServiceCode, slotStart: at } });
    expect(unknown.data ?? null).toBeNull();
    expect(unknown.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors![0].message).toMatch(/AppointmentServiceCode/);
    const offGrid = await maria.ok(BookAppointmentDocument, { input: { officeId: CIVIL, serviceCode: 'FAMILY_RECORD', slotStart: new Date(Date.parse(at) + 7 * 60_000).toISOString() } });
    expect(offGrid.bookAppointment.errors).toEqual([
      { field: 'slotStart', code: 'SLOT_NOT_AVAILABLE', message: 'This time cannot be booked. Choose one of the times offered within the next 60 days.' },
    ]);
    const past = await maria.ok(BookAppointmentDocument, { input: { officeId: CIVIL, serviceCode: 'FAMILY_RECORD', slotStart: new Date(Date.parse(at) - 21 * DAY).toISOString() } });
    expect(past.bookAppointment.errors.map((e) => e.code)).toEqual(['SLOT_NOT_AVAILABLE']);
    const far = await maria.ok(BookAppointmentDocument, { input: { officeId: CIVIL, serviceCode: 'FAMILY_RECORD', slotStart: new Date(Date.parse(at) + 70 * DAY).toISOString() } });
    expect(far.bookAppointment.errors.map((e) => e.code)).toEqual(['SLOT_NOT_AVAILABLE']);
    // Not a time at all: refused by the schema (a client error, never a 500).
    const garbled = await maria.request(BookAppointmentDocument, { input: { officeId: CIVIL, serviceCode: 'FAMILY_RECORD', slotStart: 'tomorrow morning' } });
    expect(garbled.status).toBeLessThan(500);
    expect(garbled.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });

  it.skipIf(!enabled)('cancels: the seat is freed, the appointment leaves the upcoming list, and the service can be booked again', async () => {
    const mine = (await mohammed.ok(MyAppointmentsDocument, {})).myAppointments.nodes.find((a) => a.serviceCode === 'PASSPORT_ISSUANCE')!;
    const { cancelAppointment } = await mohammed.ok(CancelAppointmentDocument, { input: { appointmentId: mine.id } });
    expect(cancelAppointment.errors).toEqual([]);
    expect(cancelAppointment.appointment).toMatchObject({ id: mine.id, status: 'CANCELLED', cancelledAt: expect.any(String) });
    expect(await remainingAt(mine.startsAt)).toBe(3);
    expect((await mohammed.ok(MyAppointmentsDocument, {})).myAppointments.nodes.map((a) => a.id)).not.toContain(mine.id);
    const all = await mohammed.ok(MyAppointmentsDocument, { includePast: true });
    expect(all.myAppointments.nodes.find((a) => a.id === mine.id)!.status).toBe('CANCELLED');
    expect((await mohammed.ok(NotificationsDocument, { first: 1 })).notifications.edges[0].node.kind).toBe('APPOINTMENT_CANCELLED');

    const twice = await mohammed.ok(CancelAppointmentDocument, { input: { appointmentId: mine.id } });
    expect(twice.cancelAppointment.errors.map((e) => e.code)).toEqual(['APPOINTMENT_NOT_FOUND']);
    expect(await remainingAt(mine.startsAt)).toBe(3);

    const rebook = await mohammed.ok(BookAppointmentDocument, { input: { officeId: PASSPORTS, serviceCode: 'PASSPORT_ISSUANCE', slotStart: slots[8].startsAt } });
    expect(rebook.bookAppointment.errors).toEqual([]);
  });

  it.skipIf(!enabled)('stops counting an appointment as upcoming once its time has passed', async () => {
    const mine = (await fahd.ok(MyAppointmentsDocument, {})).myAppointments.nodes.find((a) => a.serviceCode === 'RESIDENT_AFFAIRS')!;
    t.clock.advance(Date.parse(mine.endsAt) - t.clock.now().getTime() + 60_000);
    // Days may have passed: the access token has expired, so log in again.
    await login(t, 'fahd.demo', ADULTS.fahd.mobile, PASSWORD, fahd);
    expect((await fahd.ok(MyAppointmentsDocument, {})).myAppointments.nodes.map((a) => a.id)).not.toContain(mine.id);
    const cancel = await fahd.ok(CancelAppointmentDocument, { input: { appointmentId: mine.id } });
    expect(cancel.cancelAppointment.errors.map((e) => e.code)).toEqual(['APPOINTMENT_NOT_FOUND']);
    const next = (await slotsOf(PASSPORTS, 'RESIDENT_AFFAIRS', fahd)).find((s) => s.available)!;
    const again = await fahd.ok(BookAppointmentDocument, { input: { officeId: PASSPORTS, serviceCode: 'RESIDENT_AFFAIRS', slotStart: next.startsAt } });
    expect(again.bookAppointment.errors).toEqual([]);
  });

  it.skipIf(!enabled)('is not there for anonymous callers', async () => {
    const res = await t.client().request(BookAppointmentDocument, { input: { officeId: PASSPORTS, serviceCode: 'PASSPORT_ISSUANCE', slotStart: slots[9].startsAt } });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
