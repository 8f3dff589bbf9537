import { Field, ObjectType } from 'type-graphql';

/**
 * Relay-style page information, shared by every cursor connection (one GraphQL type, whatever
 * the list). Cursors are opaque to clients: base64url of a position the list understands.
 */
@ObjectType({ description: 'Where a page of a list stands: whether there is more, and the cursor to ask for it.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether items follow this page (ask again with `after: endCursor`).' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the last item of this page; null when the page is empty.' })
  endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 100;

/** The page size asked for, held to 1..MAX_PAGE_SIZE (a missing or silly `first` is not an error). */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  if (first == null || !Number.isFinite(first)) return fallback;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(first)));
}

export function encodeCursor(position: string | number): string {
  return Buffer.from(String(position), 'utf8').toString('base64url');
}

/** The position inside a cursor, or null for a cursor this server did not make. */
export function decodeCursor(cursor: string | null | undefined): string | null {
  if (!cursor || !/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null;
  return Buffer.from(cursor, 'base64url').toString('utf8');
}

/** The largest id an `integer` column holds on either database: a bigger number in a query is an error on PostgreSQL. */
export const MAX_INT_ID = 2_147_483_647;

/** An integer id from client input (an `ID` argument, a cursor), or null when it cannot be one of ours. */
export function parseIntId(raw: string | null | undefined): number | null {
  if (raw == null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= MAX_INT_ID ? id : null;
}

/** A numeric position (an increasing id) from a cursor, or null when absent or not one of ours. */
export function decodeIdCursor(cursor: string | null | undefined): number | null {
  return parseIntId(decodeCursor(cursor));
}
