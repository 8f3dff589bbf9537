import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OperationDefinitionNode, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../server/schema';
import { REPO_ROOT } from '../server/shared/paths';
import { signUp } from './helpers/demo-people';
import type { GraphQLClient } from './helpers/graphql-client';
import { startTestApp, TestApp } from './helpers/test-app';

const DOC = path.join(REPO_ROOT, 'docs', 'appointments-and-digital-id-examples.md');

/** The operations of the document's ```graphql blocks, by name. */
function operations(): Map<string, string> {
  const blocks = [...readFileSync(DOC, 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
  const byName = new Map<string, string>();
  for (const text of blocks) {
    const op = parse(text).definitions[0] as OperationDefinitionNode;
    byName.set(op.name!.value, text);
  }
  return byName;
}

describe('docs/appointments-and-digital-id-examples.md', () => {
  let t: TestApp;
  let api: GraphQLClient;
  const ops = operations();
  /** Runs one of the document's operations as written; `T` is the part of the answer a step reads. */
  const run = async <T>(client: GraphQLClient, name: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await client.raw<T>({ query: ops.get(name), variables });
    expect(res.errors).toBeUndefined();
    return res.data as T;
  };
  type Payload<K extends string, A> = Record<K, { errors: unknown[]; appointment: A }>;

  beforeAll(async () => {
    t = await startTestApp();
    api = await signUp(t, 'mohammed', 'EN');
  });
  afterAll(async () => t?.stop());

  it('holds only operations that are valid against the schema', async () => {
    const schema = await buildAppSchema();
    expect([...ops.keys()].sort()).toEqual(
      [
        'AppointmentServices',
        'AppointmentSlots',
        'BookAppointment',
        'CancelAppointment',
        'DigitalId',
        'DigitalIdOfflineCopy',
        'MarkNotificationsRead',
        'MyAppointments',
        'Notifications',
        'Offices',
        'RescheduleAppointment',
        'VerifyDigitalId',
      ].sort(),
    );
    for (const [name, text] of ops) expect(validate(schema, parse(text)), name).toEqual([]);
  });

  it('lets a newcomer book, move and cancel an appointment and verify their digital ID, as written', async () => {
    const { offices } = await run<{ offices: { nodes: { id: string; code: string }[] } }>(api, 'Offices', { city: 'Riyadh', category: 'PASSPORTS' });
    expect(offices.nodes[0].code).toBe('RUH-PASSPORTS-1');
    const { appointmentServices } = await run<{ appointmentServices: { nodes: { code: string }[] } }>(api, 'AppointmentServices', { category: 'PASSPORTS' });
    expect(appointmentServices.nodes.map((s) => s.code)).toContain('PASSPORT_ISSUANCE');
    const { appointmentSlots } = await run<{ appointmentSlots: { nodes: { startsAt: string }[] } }>(api, 'AppointmentSlots', { officeId: offices.nodes[0].id, serviceCode: 'PASSPORT_ISSUANCE' });
    const [first, second] = appointmentSlots.nodes;

    const { bookAppointment } = await run<Payload<'bookAppointment', { id: string }>>(api, 'BookAppointment', {
      input: { officeId: 'RUH-PASSPORTS-1', serviceCode: 'PASSPORT_ISSUANCE', slotStart: first.startsAt },
    });
    expect(bookAppointment).toMatchObject({ errors: [], appointment: { status: 'BOOKED', startsAt: first.startsAt } });
    const id = bookAppointment.appointment.id;
    expect((await run<{ myAppointments: { nodes: { id: string }[] } }>(api, 'MyAppointments', {})).myAppointments.nodes.map((a) => a.id)).toEqual([id]);
    const { rescheduleAppointment } = await run<Payload<'rescheduleAppointment', unknown>>(api, 'RescheduleAppointment', { input: { appointmentId: id, slotStart: second.startsAt } });
    expect(rescheduleAppointment).toMatchObject({ errors: [], appointment: { startsAt: second.startsAt } });
    const { cancelAppointment } = await run<Payload<'cancelAppointment', unknown>>(api, 'CancelAppointment', { input: { appointmentId: id } });
    expect(cancelAppointment).toMatchObject({ errors: [], appointment: { status: 'CANCELLED' } });

    const { digitalId } = await run<{ digitalId: { token: string } }>(api, 'DigitalId');
    const { verifyDigitalId } = await run<{ verifyDigitalId: unknown }>(t.client(), 'VerifyDigitalId', { token: digitalId.token, nationalId: '1000000008' });
    expect(verifyDigitalId).toMatchObject({ valid: true, offlineCopy: false, nationalIdMatches: true, holder: { maskedNationalId: '1•••••••08' } });
    const { digitalIdOfflineCopy } = await run<{ digitalIdOfflineCopy: { offlineCopy: { token: string; issuedAt: string }; errors: unknown[] } }>(api, 'DigitalIdOfflineCopy');
    expect(digitalIdOfflineCopy.errors).toEqual([]);
    const offline = await run<{ verifyDigitalId: unknown }>(t.client(), 'VerifyDigitalId', { token: digitalIdOfflineCopy.offlineCopy.token });
    expect(offline.verifyDigitalId).toMatchObject({ valid: true, offlineCopy: true, issuedAt: digitalIdOfflineCopy.offlineCopy.issuedAt, documentValid: true });

    const { notifications } = await run<{ notifications: { edges: { node: { kind: string } }[] } }>(api, 'Notifications', { first: 10 });
    expect(notifications.edges.map((e) => e.node.kind)).toEqual(['APPOINTMENT_CANCELLED', 'APPOINTMENT_RESCHEDULED', 'APPOINTMENT_BOOKED']);
    const { markNotificationsRead } = await run<{ markNotificationsRead: unknown }>(api, 'MarkNotificationsRead', { input: { all: true } });
    expect(markNotificationsRead).toMatchObject({ marked: 3, unreadCount: 0, errors: [] });
  });
});
