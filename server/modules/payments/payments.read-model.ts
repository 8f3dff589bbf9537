import type { EntityManager } from '@mikro-orm/core';
import { jsonCursor, keysetAfter, keysetOrder, PageRequest } from '../../shared/connection';
import { readDate, readDateOrNull, readJson, Sql, view } from '../../shared/read-model';
import { Bill, BillItem, BillStatus } from './bill.entity';

/** Newest first; the bill number breaks ties. */
const ORDER = [
  { column: 'issued_at', desc: true },
  { column: 'number', desc: true },
] as const;

/** A bill's place in the list: when it was issued (epoch ms) and its number (no personal data). */
export type BillPosition = [number, string];
export const billCursor = jsonCursor<BillPosition>(['number', 'string']);
export const billPosition = (b: Bill): BillPosition => [b.issuedAt.getTime(), b.number];

const COLUMNS = ['number', 'request_id', 'account_id', 'amount_halalas', 'items', 'status', 'issued_at', 'due_at', 'paid_at', 'reference', 'link'];

/** Bills as lists and requests show them: plain rows, one statement per page or per batch, no hydration. */
export class BillsReadModel {
  /** A page of an account's bills; with a status, as the bill reads now (an unpaid bill past its due time is EXPIRED). */
  async page(em: EntityManager, accountId: string, status: BillStatus | null, now: Date, page: PageRequest<BillPosition>): Promise<Bill[]> {
    const sql = new Sql(em);
    const { q } = sql;
    const where = [`${q('account_id')} = ?`];
    const params: unknown[] = [accountId];
    if (status === BillStatus.EXPIRED) {
      where.push(`(${q('status')} = ? or (${q('status')} = ? and ${q('due_at')} < ?))`);
      params.push(BillStatus.EXPIRED, BillStatus.UNPAID, sql.date(now));
    } else if (status === BillStatus.UNPAID) {
      where.push(`${q('status')} = ? and ${q('due_at')} >= ?`);
      params.push(BillStatus.UNPAID, sql.date(now));
    } else if (status) {
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
    const rows = await sql.rows(`select ${COLUMNS.map(q).join(', ')} from ${sql.table(Bill)} where ${where.join(' and ')} order by ${keysetOrder(ORDER, page.direction, q)} limit ?`, [
      ...params,
      page.limit + 1,
    ]);
    return rows.map(toView);
  }

  /** The bills of some requests (one each at most). */
  async byRequestIds(em: EntityManager, requestIds: readonly string[]): Promise<Bill[]> {
    if (!requestIds.length) return [];
    const sql = new Sql(em);
    const rows = await sql.rows(`select ${COLUMNS.map(sql.q).join(', ')} from ${sql.table(Bill)} where ${sql.q('request_id')} in (${requestIds.map(() => '?').join(', ')})`, requestIds);
    return rows.map(toView);
  }

  /** Bills by number. */
  async byNumbers(em: EntityManager, numbers: readonly string[]): Promise<Bill[]> {
    if (!numbers.length) return [];
    const sql = new Sql(em);
    const rows = await sql.rows(`select ${COLUMNS.map(sql.q).join(', ')} from ${sql.table(Bill)} where ${sql.q('number')} in (${numbers.map(() => '?').join(', ')})`, numbers);
    return rows.map(toView);
  }
}

function toView(row: Record<string, unknown>): Bill {
  return view(Bill, {
    number: String(row.number),
    requestId: String(row.request_id),
    accountId: String(row.account_id),
    amountHalalas: Number(row.amount_halalas),
    items: readJson<BillItem[]>(row.items),
    status: row.status as BillStatus,
    issuedAt: readDate(row.issued_at),
    dueAt: readDate(row.due_at),
    paidAt: readDateOrNull(row.paid_at),
    reference: row.reference == null ? null : String(row.reference),
    link: row.link == null ? null : String(row.link),
  });
}
