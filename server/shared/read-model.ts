import type { EntityManager } from '@mikro-orm/core';
import { readerOf } from './read-connections';

/**
 * What read models need to read plain rows straight into the GraphQL types, without entity
 * hydration: quoted names, parameters in the database's format, and rows read back the same way
 * on SQLite (datetimes as epoch milliseconds, JSON as text, booleans as 0/1) and PostgreSQL
 * (timestamps as text, JSON parsed, booleans as booleans).
 */
export class Sql {
  readonly q: (name: string) => string;

  constructor(private readonly em: EntityManager) {
    const platform = em.getPlatform();
    this.q = (name) => platform.quoteIdentifier(name);
  }

  /** The quoted table of an entity. */
  table(entity: abstract new (...args: never[]) => object): string {
    return this.q(this.em.getMetadata().get(entity.name).tableName);
  }

  /** A datetime as this database takes it in a parameter. */
  date(value: Date): unknown {
    return this.em.getPlatform().processDateProperty(value);
  }

  /**
   * Plain rows. Outside a transaction, on a SQLite file, from the app's read-only connection
   * (server/shared/read-connections.ts); inside one, on the transaction's own connection, so that
   * it sees its own writes; on PostgreSQL, from the pool.
   */
  rows<T = Record<string, unknown>>(sql: string, params: readonly unknown[]): Promise<T[]> {
    const transaction = this.em.getTransactionContext();
    const reader = transaction ? undefined : readerOf(this.em);
    if (reader) return reader.all(sql, params) as Promise<T[]>;
    // The transaction's own connection: without it the statement would take another of the pool's.
    return this.em.getConnection().execute<T[]>(sql, [...params], 'all', transaction);
  }
}

const PG_TIMESTAMP = /^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d:\d\d(?:\.\d+)?)([+-]\d\d)(?::?(\d\d))?$/;

/** A datetime column's value as a Date. */
export function readDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  const text = String(value);
  if (/^\d+$/.test(text)) return new Date(Number(text));
  const pg = PG_TIMESTAMP.exec(text);
  return new Date(pg ? `${pg[1]}T${pg[2]}${pg[3]}:${pg[4] ?? '00'}` : text);
}

export function readDateOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : readDate(value);
}

/** A JSON column's value, parsed. */
export function readJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export function readBool(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 't';
}

/** Per entity class, the prototype views are made from (see `view`). */
const viewPrototypes = new WeakMap<object, object>();

/**
 * An instance of a GraphQL object type (an entity class) made from a plain row without the ORM:
 * its getters (a full name) and class name (for the `Node` interface) work, nothing is tracked.
 *
 * Not made on the entity's own prototype: MikroORM puts a setter there for every property, which on
 * first assignment builds the entity's change-tracking helper and redefines the property — most of
 * a list's CPU once the SQL is cheap. Views inherit from a prototype of plain writable properties
 * that shadow those setters (and the entity's prototype behind it), so assigning is plain assigning.
 */
export function view<T extends object>(type: abstract new (...args: never[]) => T, values: Partial<T>): T {
  let prototype = viewPrototypes.get(type);
  if (!prototype) {
    prototype = Object.create(type.prototype, {
      // The entity's own toJSON serialises through the ORM's helper, which a view has not.
      toJSON: {
        value(this: object) {
          return { ...this };
        },
      },
    }) as object;
    viewPrototypes.set(type, prototype);
  }
  for (const key in values) {
    if (!Object.hasOwn(prototype, key)) Object.defineProperty(prototype, key, { value: undefined, writable: true, enumerable: false, configurable: true });
  }
  return Object.assign(Object.create(prototype) as T, values);
}
