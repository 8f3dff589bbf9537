import type { EntityManager, Ref } from '@mikro-orm/core';
import { jsonCursor, keysetAfter, keysetOrder, PageRequest } from '../../shared/connection';
import { readDate, readDateOrNull, Sql, view } from '../../shared/read-model';
import { Appointment, AppointmentServiceCode, AppointmentStatus, Office } from './appointment.entity';

/** An appointment's place in the list: its start (epoch ms) and its id (a UUID). */
export type AppointmentPosition = [number, string];
export const appointmentCursor = jsonCursor<AppointmentPosition>(['number', 'string']);
export const appointmentPosition = (a: Appointment): AppointmentPosition => [a.startsAt.getTime(), a.id];

const COLUMNS = ['id', 'national_id', 'office_id', 'service_code', 'starts_at', 'ends_at', 'status', 'booked_at', 'rescheduled_at', 'cancelled_at'];

/** An account's appointments as its list shows them: plain rows, keyset SQL, one statement per page. */
export class AppointmentsReadModel {
  /** Upcoming booked ones soonest first; with `includePast`, all of them, latest first. */
  async page(em: EntityManager, accountId: string, includePast: boolean, now: Date, page: PageRequest<AppointmentPosition>): Promise<Appointment[]> {
    const sql = new Sql(em);
    const { q } = sql;
    const order = includePast
      ? [
          { column: 'starts_at', desc: true },
          { column: 'id', desc: true },
        ]
      : [{ column: 'starts_at' }, { column: 'id' }];
    const where = [`${q('account_id')} = ?`];
    const params: unknown[] = [accountId];
    if (!includePast) {
      where.push(`${q('status')} = ? and ${q('starts_at')} > ?`);
      params.push(AppointmentStatus.BOOKED, sql.date(now));
    }
    for (const [position, direction] of [
      [page.from, page.direction],
      [page.to, page.direction === 'forward' ? 'backward' : 'forward'],
    ] as const) {
      if (!position) continue;
      const bound = keysetAfter(order, [sql.date(new Date(position[0])), position[1]], direction, q);
      where.push(bound.sql);
      params.push(...bound.params);
    }
    const rows = await sql.rows(`select ${COLUMNS.map(q).join(', ')} from ${sql.table(Appointment)} where ${where.join(' and ')} order by ${keysetOrder(order, page.direction, q)} limit ?`, [
      ...params,
      page.limit + 1,
    ]);
    return rows.map(toView);
  }

  /** The caller's appointments among `ids`. */
  async mineByIds(em: EntityManager, accountId: string, ids: readonly string[]): Promise<(Appointment | null)[]> {
    if (!ids.length) return [];
    const sql = new Sql(em);
    const rows = await sql.rows(`select ${COLUMNS.map(sql.q).join(', ')} from ${sql.table(Appointment)} where ${sql.q('account_id')} = ? and ${sql.q('id')} in (${ids.map(() => '?').join(', ')})`, [
      accountId,
      ...ids,
    ]);
    const found = rows.map(toView);
    return ids.map((id) => found.find((a) => a.id === id) ?? null);
  }
}

function toView(row: Record<string, unknown>): Appointment {
  return view(Appointment, {
    id: String(row.id),
    nationalId: String(row.national_id),
    // Only its id: the `office` field loads offices in one batch, for entities and views alike.
    office: { id: String(row.office_id) } as unknown as Ref<Office>,
    serviceCode: String(row.service_code) as AppointmentServiceCode,
    startsAt: readDate(row.starts_at),
    endsAt: readDate(row.ends_at),
    status: row.status as AppointmentStatus,
    bookedAt: readDate(row.booked_at),
    rescheduledAt: readDateOrNull(row.rescheduled_at),
    cancelledAt: readDateOrNull(row.cancelled_at),
  });
}
