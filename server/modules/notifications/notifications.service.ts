import { EntityManager, FilterQuery } from '@mikro-orm/core';
import { UserInputError } from '../../shared/errors';
import { decodeIdCursor, encodeCursor, pageSize, parseIntId } from '../../shared/pagination';
import { Notification } from './notification.entity';
import type { NotificationErrorCode } from './notifications.errors';

export const MAX_MARK_IDS = 100;

export interface NotificationPage {
  items: Notification[];
  cursors: string[];
  hasNextPage: boolean;
  unreadCount: number;
}

/** One account's notifications, newest first, a page after `after`; always with the unread count. */
export async function listNotifications(
  em: EntityManager,
  accountId: string,
  options: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
): Promise<NotificationPage> {
  const limit = pageSize(options.first);
  const before = decodeIdCursor(options.after);
  const where: FilterQuery<Notification> = { account: accountId };
  if (options.unreadOnly) where.readAt = null;
  if (before !== null) where.id = { $lt: before };
  // One row more than asked tells whether another page follows, without a count query.
  const [rows, unreadCount] = await Promise.all([
    em.find(Notification, where, { orderBy: { id: 'desc' }, limit: limit + 1 }),
    em.count(Notification, { account: accountId, readAt: null }),
  ]);
  const items = rows.slice(0, limit);
  return { items, cursors: items.map((n) => encodeCursor(n.id)), hasNextPage: rows.length > limit, unreadCount };
}

/**
 * Marks the given notifications (or all) of one account read. Ids of other accounts' notifications
 * or ids that do not exist change nothing: the update is filtered by the owner, so nobody learns
 * whether someone else's id exists.
 */
export async function markNotificationsRead(
  em: EntityManager,
  accountId: string,
  input: { ids?: readonly string[] | null; all?: boolean | null },
  now: Date,
): Promise<{ marked: number; unreadCount: number }> {
  const ids = [...new Set(input.ids ?? [])];
  if (!input.all && ids.length === 0) throw new UserInputError<NotificationErrorCode>([{ field: 'ids', code: 'NOTHING_TO_MARK' }]);
  if (!input.all && ids.length > MAX_MARK_IDS) {
    throw new UserInputError<NotificationErrorCode>([{ field: 'ids', code: 'TOO_MANY_NOTIFICATIONS', params: { max: MAX_MARK_IDS } }]);
  }
  const where: FilterQuery<Notification> = { account: accountId, readAt: null };
  if (!input.all) where.id = { $in: ids.map(parseIntId).filter((id): id is number => id !== null) };
  const marked = await em.nativeUpdate(Notification, where, { readAt: now });
  const unreadCount = await em.count(Notification, { account: accountId, readAt: null });
  return { marked, unreadCount };
}
