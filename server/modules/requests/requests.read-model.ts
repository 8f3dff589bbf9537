import type { EntityManager } from '@mikro-orm/core';
import { jsonCursor, keysetAfter, keysetOrder, PageRequest } from '../../shared/connection';
import { readDate, readDateOrNull, readJson, Sql, view } from '../../shared/read-model';
import { RequestStatus, ServiceRequest, StatusChange } from './service-request.entity';

/** Newest first; the id breaks ties between requests of the same millisecond. */
const ORDER = [
  { column: 'submitted_at', desc: true },
  { column: 'id', desc: true },
] as const;

/** A request's place in the list: when it was submitted (epoch ms) and its id (a UUID: no personal data). */
export type RequestPosition = [number, string];
export const requestCursor = jsonCursor<RequestPosition>(['number', 'string']);
export const requestPosition = (r: ServiceRequest): RequestPosition => [r.submittedAt.getTime(), r.id];

const COLUMNS = ['id', 'reference', 'service_code', 'applicant_account_id', 'applicant_id', 'beneficiary_id', 'status', 'history', 'result', 'pay_by', 'submitted_at'];

/**
 * Requests as the lists show them: plain rows read with keyset SQL, one statement per page, straight
 * into the GraphQL type — no entity hydration. Writes go through the entities (requests.service.ts).
 */
export class RequestsReadModel {
  /**
   * A page of an account's requests (`limit + 1` rows, in the direction asked), optionally of one
   * status, and in the same statement when the account's earliest time to pay of a request still
   * awaiting payment runs out (`pendingPayBy`, null when none awaits payment): one statement per
   * page. Unlike "is anything overdue now", that instant stays true until a write changes it, so a
   * page can be kept (`ReadCache`) and judged against the clock each time it is read.
   */
  async page(em: EntityManager, accountId: string, status: RequestStatus | null, page: PageRequest<RequestPosition>): Promise<RequestPage> {
    const sql = new Sql(em);
    const { q } = sql;
    const table = sql.table(ServiceRequest);
    const where = [`${q('applicant_account_id')} = ?`];
    const params: unknown[] = [accountId];
    if (status) {
      where.push(`${q('status')} = ?`);
      params.push(status);
    }
    for (const [position, direction] of [
      [page.from, page.direction],
      [page.to, page.direction === 'forward' ? 'backward' : 'forward'],
    ] as const) {
      if (!position) continue;
      const bound = keysetAfter(ORDER, [sql.date(new Date(position[0])), position[1]], direction, q);
      where.push(bound.sql);
      params.push(...bound.params);
    }
    const pending = `(${pendingPayBySql(q, table)}) as ${q('pending_pay_by')}`;
    const rows = await sql.rows(`select ${COLUMNS.map(q).join(', ')}, ${pending} from ${table} where ${where.join(' and ')} order by ${keysetOrder(ORDER, page.direction, q)} limit ?`, [
      accountId,
      RequestStatus.PENDING_PAYMENT,
      ...params,
      page.limit + 1,
    ]);
    // An empty page has no row to carry it: asked on its own.
    const pendingPayBy = rows.length ? readDateOrNull(rows[0].pending_pay_by) : await this.pendingPayBy(em, accountId);
    return { rows: rows.map((row) => Object.freeze(toView(row))), pendingPayBy };
  }

  /** When the earliest time to pay of an account's requests awaiting payment runs out; null when none awaits payment. */
  async pendingPayBy(em: EntityManager, accountId: string): Promise<Date | null> {
    const sql = new Sql(em);
    const [row] = await sql.rows(pendingPayBySql(sql.q, sql.table(ServiceRequest)), [accountId, RequestStatus.PENDING_PAYMENT]);
    return readDateOrNull(row?.pending_pay_by);
  }

  /** Requests by their ids (whoever asks must be allowed to see them). */
  async byIds(em: EntityManager, ids: readonly string[]): Promise<ServiceRequest[]> {
    if (!ids.length) return [];
    const sql = new Sql(em);
    const rows = await sql.rows(`select ${COLUMNS.map(sql.q).join(', ')} from ${sql.table(ServiceRequest)} where ${sql.q('id')} in (${ids.map(() => '?').join(', ')})`, ids);
    return rows.map(toView);
  }

  /** One of an account's requests by its reference, or null. */
  async byReference(em: EntityManager, accountId: string, reference: string): Promise<ServiceRequest | null> {
    const sql = new Sql(em);
    const [row] = await sql.rows(`select ${COLUMNS.map(sql.q).join(', ')} from ${sql.table(ServiceRequest)} where ${sql.q('reference')} = ? and ${sql.q('applicant_account_id')} = ?`, [
      reference,
      accountId,
    ]);
    return row ? toView(row) : null;
  }
}

/** When the first of an account's requests awaiting payment runs out of time to pay (parameters: account, status). */
const pendingPayBySql = (q: (name: string) => string, table: string) =>
  `select min(${q('pay_by')}) as ${q('pending_pay_by')} from ${table} where ${q('applicant_account_id')} = ? and ${q('status')} = ?`;

/** A page of requests as read, shared by every request that reads it again: frozen. */
export interface RequestPage {
  rows: readonly ServiceRequest[];
  /** When the earliest time to pay of the account's requests awaiting payment runs out; null when none awaits payment. */
  pendingPayBy: Date | null;
}

function toView(row: Record<string, unknown>): ServiceRequest {
  return view(ServiceRequest, {
    id: String(row.id),
    reference: String(row.reference),
    serviceCode: String(row.service_code),
    applicantAccountId: String(row.applicant_account_id),
    applicantId: String(row.applicant_id),
    beneficiaryId: String(row.beneficiary_id),
    status: row.status as RequestStatus,
    history: readJson<StatusChange[]>(row.history),
    result: row.result == null ? null : readJson<Record<string, string | number>>(row.result),
    payBy: readDateOrNull(row.pay_by),
    submittedAt: readDate(row.submitted_at),
  });
}
