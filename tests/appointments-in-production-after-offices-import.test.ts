import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importOffices, OFFICE_COLUMNS } from '../server/modules/appointments';
import { PERSON_COLUMNS } from '../server/modules/registry/person-row';
import { importPersons } from '../server/modules/registry/registry-import';
import { riyadhDate } from '../server/shared/clock';
import { AppointmentServicesDocument, AppointmentSlotsDocument, BookAppointmentDocument, MyAppointmentsDocument, OfficeSchedulesDocument } from './gql/graphql';
import { login, PASSWORD, register } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const DAY = 86_400_000;
const HORIZON = 60 * DAY;

/** What production requires and nobody may default: generated here, as an operator would. */
async function productionEnv(): Promise<Record<string, string>> {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), alg: 'EdDSA', kid: 'test-1' };
  const secret = () => createHash('sha256').update(String(Math.random())).digest('hex');
  return {
    NODE_ENV: 'production',
    JWT_PRIVATE_KEYS: JSON.stringify([jwk]),
    APP_SECRETS: secret(),
    PAYMENT_CALLBACK_SECRET: secret(),
    DB_AUTO_MIGRATE: 'true',
    CORS_ORIGINS: 'https://portal.example.sa',
  };
}

const PERSON = { nationalId: '1000000107', mobile: '+966501230001', local: '0501230001' };
const OFFICES = [
  OFFICE_COLUMNS.join(','),
  'TIF-CIVIL_AFFAIRS-1,CIVIL_AFFAIRS,Taif,الطائف,مكتب الأحوال المدنية — الطائف,Civil Affairs Office — Taif,حي الشهداء، الطائف,"Al Shuhada, Taif",08:00,11:00,30,1,sun;mon;tue;wed;thu',
  'TIF-TRAFFIC-1,TRAFFIC,Taif,الطائف,إدارة المرور — الطائف,Traffic Department — Taif,حي الشهداء، الطائف,"Al Shuhada, Taif",08:00,11:00,30,2,sun;mon;tue;wed;thu',
  '',
].join('\n');

describe.each(databases)('a production start without demo data serves appointments once offices are imported ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let api: GraphQLClient;
  let t0: number;
  const slots = (from?: Date, to?: Date) =>
    t.api.ok(AppointmentSlotsDocument, { officeId: 'TIF-CIVIL_AFFAIRS-1', serviceCode: 'NATIONAL_ID_ISSUANCE', from: from?.toISOString(), to: to?.toISOString() });

  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind, env: await productionEnv() });
    api = t.client();
    api.language = 'en';
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('starts with no office and no demo registry: nothing to book', async () => {
    expect(t.app.services.config.demoData).toBe(false);
    expect((await t.api.ok(OfficeSchedulesDocument, {})).offices.nodes).toEqual([]);
    expect((await slots()).appointmentSlots.nodes).toEqual([]);
    // The services themselves are code, not data: they are there from the start.
    expect((await t.api.ok(AppointmentServicesDocument, { category: 'CIVIL_AFFAIRS' })).appointmentServices.nodes.map((s) => s.code)).toEqual(['NATIONAL_ID_ISSUANCE', 'FAMILY_RECORD']);
  });

  it.skipIf(!enabled)('after the registry and the offices are imported, a person registers, sees the offices and their slots, and books', async () => {
    const today = riyadhDate(t.clock.now());
    const person = [PERSON.nationalId, 'خالد', 'سعد', 'علي', 'الحربي', 'Khalid', 'Saad', 'Ali', 'Alharbi', '1985-03-10', 'M', 'SAU', PERSON.local, 'false', 'Taif', 'Al Shuhada', '26513', ''].join(
      ',',
    );
    expect(await importPersons(t.app.services.orm.em.fork(), Readable.from([`${PERSON_COLUMNS.join(',')}\n${person}\n`]), today)).toEqual({ imported: 1, rejected: [] });
    // The function `npm run offices:import` runs (the command itself: offices-import-command.test.ts).
    expect(await importOffices(t.app.services.orm.em.fork(), Readable.from([OFFICES]))).toEqual({ imported: 2, added: 2, updated: 0, rejected: [] });
    t0 = t.clock.now().getTime();

    await register(t, { nationalId: PERSON.nationalId, mobile: PERSON.local, username: 'khalid.h', email: 'khalid@example.sa', emailConfirmation: 'khalid@example.sa', preferredLanguage: 'EN' }, api);
    expect((await api.ok(OfficeSchedulesDocument, { city: 'Taif' })).offices.nodes.map((o) => o.code)).toEqual(['TIF-CIVIL_AFFAIRS-1', 'TIF-TRAFFIC-1']);
    const offered = (await slots()).appointmentSlots.nodes;
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.every((s) => s.capacity === 1 && s.available)).toBe(true);

    const { bookAppointment } = await api.ok(BookAppointmentDocument, { input: { officeId: 'TIF-CIVIL_AFFAIRS-1', serviceCode: 'NATIONAL_ID_ISSUANCE', slotStart: offered[0].startsAt } });
    expect(bookAppointment.errors).toEqual([]);
    expect(bookAppointment.appointment).toMatchObject({ status: 'BOOKED', startsAt: offered[0].startsAt, office: { code: 'TIF-CIVIL_AFFAIRS-1', nameEn: 'Civil Affairs Office — Taif' } });
    // One seat: the slot is now full for everyone.
    expect((await slots()).appointmentSlots.nodes.find((s) => s.startsAt === offered[0].startsAt)).toMatchObject({ remaining: 0, available: false });
    expect((await api.ok(MyAppointmentsDocument, {})).myAppointments.nodes.map((a) => a.startsAt)).toEqual([offered[0].startsAt]);
  });

  it.skipIf(!enabled)('the calendar rolls forward with the clock: no job, no re-import, the 60-day horizon moves with today', async () => {
    // A 14-day window that straddles today's horizon: nothing is offered past it yet.
    const window = () => slots(new Date(t0 + 55 * DAY), new Date(t0 + 69 * DAY));
    const before = (await window()).appointmentSlots.nodes;
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((s) => Date.parse(s.startsAt) <= t.clock.now().getTime() + HORIZON)).toBe(true);

    t.clock.advance(30 * DAY);
    const after = (await window()).appointmentSlots.nodes;
    expect(after.some((s) => Date.parse(s.startsAt) > t0 + HORIZON + DAY)).toBe(true);

    // And one of those new days can be booked (a new sign-in: the old access token has long expired).
    await login(t, PERSON.nationalId, PERSON.mobile, PASSWORD, api);
    const late = after.find((s) => Date.parse(s.startsAt) > t0 + HORIZON + DAY)!;
    const { bookAppointment } = await api.ok(BookAppointmentDocument, { input: { officeId: 'TIF-TRAFFIC-1', serviceCode: 'VEHICLE_SERVICES', slotStart: late.startsAt } });
    expect(bookAppointment.errors).toEqual([]);
    expect(bookAppointment.appointment).toMatchObject({ status: 'BOOKED', startsAt: late.startsAt, office: { code: 'TIF-TRAFFIC-1' } });
  });
});
