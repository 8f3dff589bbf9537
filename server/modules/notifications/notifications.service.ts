import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { jsonCursor, keysetAfter, keysetOrder, PageRequest } from '../../shared/connection';
import { UserInputError } from '../../shared/errors';
import { readDate, readDateOrNull, Sql, view } from '../../shared/read-model';
import { NotificationKind } from './notification-kind';
import { Notification } from './notification.entity';
import type { NotificationErrorCode } from './notifications.errors';

export const MAX_MARK_IDS = 100;

const ORDER = [{ column: 'id', desc: true }] as const;
/** A notification's place in the list: its number (no personal data). */
export type NotificationPosition = [number];
export const notificationCursor = jsonCursor<NotificationPosition>(['number']);
export const notificationPosition = (n: Notification): NotificationPosition => [n.id];

const COLUMNS = ['id', 'kind', 'title_ar', 'title_en', 'body_ar', 'body_en', 'link', 'reference', 'created_at', 'read_at'];

/**
 * One account's notifications, newest first, as a keyset page (plain rows, one statement), and the
 * unread count for the badge (one more).
 */
export async function listNotifications(em: EntityManager, accountId: string, unreadOnly: boolean, page: PageRequest<NotificationPosition>): Promise<{ rows: Notification[]; unreadCount: number }> {
  const sql = new Sql(em);
  const { q } = sql;
  const table = sql.table(Notification);
  const where = [`${q('account_id')} = ?`];
  const params: unknown[] = [accountId];
  if (unreadOnly) where.push(`${q('read_at')} is null`);
  for (const [position, direction] of [
    [page.from, page.direction],
    [page.to, page.direction === 'forward' ? 'backward' : 'forward'],
  ] as const) {
    if (!position) continue;
    const bound = keysetAfter(ORDER, position, direction, q);
    where.push(bound.sql);
    params.push(...bound.params);
  }
  const [rows, [count]] = await Promise.all([
    sql.rows(`select ${COLUMNS.map(q).join(', ')} from ${table} where ${where.join(' and ')} order by ${keysetOrder(ORDER, page.direction, q)} limit ?`, [...params, page.limit + 1]),
    sql.rows<{ n: number | string }>(`select count(*) as n from ${table} where ${q('account_id')} = ? and ${q('read_at')} is null`, [accountId]),
  ]);
  return { rows: rows.map(toView), unreadCount: Number(count?.n ?? 0) };
}

/** The account's notifications among `ids` (what `node(id:)` may show them). */
export async function notificationsByIds(em: EntityManager, accountId: string, ids: readonly string[]): Promise<(Notification | null)[]> {
  const numbers = ids.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0 && n <= 2_147_483_647);
  if (!numbers.length) return ids.map(() => null);
  const sql = new Sql(em);
  const rows = (
    await sql.rows(`select ${COLUMNS.map(sql.q).join(', ')} from ${sql.table(Notification)} where ${sql.q('account_id')} = ? and ${sql.q('id')} in (${numbers.map(() => '?').join(', ')})`, [
      accountId,
      ...numbers,
    ])
  ).map(toView);
  return ids.map((id) => rows.find((n) => String(n.id) === id) ?? null);
}

/**
 * Marks the given notifications (or all) of one account read. Ids of other accounts' notifications
 * or ids that do not exist change nothing: the update is filtered by the owner, so nobody learns
 * whether someone else's id exists.
 */
export async function markNotificationsRead(
  em: EntityManager,
  accountId: string,
  input: { ids: readonly number[] | null; all?: boolean | null },
  now: Date,
): Promise<{ marked: number; unreadCount: number }> {
  const ids = [...new Set(input.ids ?? [])];
  if (!input.all && ids.length === 0) throw new UserInputError<NotificationErrorCode>([{ field: 'ids', code: 'NOTHING_TO_MARK' }]);
  if (!input.all && ids.length > MAX_MARK_IDS) {
    throw new UserInputError<NotificationErrorCode>([{ field: 'ids', code: 'TOO_MANY_NOTIFICATIONS', params: { max: MAX_MARK_IDS } }]);
  }
  const where: FilterQuery<Notification> = { account: accountId, readAt: null };
  if (!input.all) where.id = { $in: ids };
  const marked = await em.nativeUpdate(Notification, where, { readAt: now });
  const unreadCount = await em.count(Notification, { account: accountId, readAt: null });
  return { marked, unreadCount };
}

function toView(row: Record<string, unknown>): Notification {
  return view(Notification, {
    id: Number(row.id),
    kind: row.kind as NotificationKind,
    titleAr: String(row.title_ar),
    titleEn: String(row.title_en),
    bodyAr: String(row.body_ar),
    bodyEn: String(row.body_en),
    link: (row.link as string | null) ?? null,
    reference: (row.reference as string | null) ?? null,
    createdAt: readDate(row.created_at),
    readAt: readDateOrNull(row.read_at),
  });
}
