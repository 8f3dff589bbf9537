import type { MikroORM } from '@mikro-orm/core';

/** Plain rows of a read-only statement, and a way to see each one run (tests, bench:cpu count them). */
export interface Reader {
  all(sql: string, params: readonly unknown[]): Promise<Record<string, unknown>[]>;
  /** Calls `listener` with every statement this reader runs; returns the way to stop. */
  observe(listener: (sql: string) => void): () => void;
  close(): Promise<void>;
}

interface StatementSync {
  all(...params: unknown[]): Record<string, unknown>[];
}
interface DatabaseSync {
  prepare(sql: string): StatementSync;
  exec(sql: string): void;
  close(): void;
}
interface NodeSqlite {
  DatabaseSync: new (path: string, options: { readOnly: boolean }) => DatabaseSync;
}

/**
 * A parameter as MikroORM writes it to SQLite, so that a read compares like with like: datetimes are
 * epoch milliseconds (`BaseSqlitePlatform.processDateProperty`), booleans 0/1, nothing is null.
 */
function sqliteParam(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.getTime();
  return value;
}

/** Prepared statements kept per text: the read models' texts are few (a handful per list). */
const MAX_PREPARED = 500;

class Observers {
  private readonly listeners = new Set<(sql: string) => void>();
  observe(listener: (sql: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  tell(sql: string): void {
    for (const listener of this.listeners) listener(sql);
  }
}

/**
 * A read-only connection of its own on a SQLite file, for the read models' plain statements. On
 * Node 24 it is the built-in `node:sqlite` (synchronous: a 2-row read costs ~6 µs of CPU, against
 * ~47 µs through `sqlite3`'s thread pool, ~135 µs through MikroORM's `execute` and ~570 µs for an
 * `em.find`); an older Node, which has no `node:sqlite`, gets a read-only `sqlite3` connection.
 *
 * In WAL mode (server/db/orm.ts) a reader never waits for the writer and each statement sees every
 * transaction committed before it began: a read after a commit sees that commit. It must never read
 * for a write transaction, which must see its own uncommitted writes: `Sql.rows` keeps those on the
 * transaction's connection. Only for a file: an in-memory database is private to its connection.
 */
export function sqliteReaders(path: string): Reader {
  const sqlite = process.getBuiltinModule?.('node:sqlite') as NodeSqlite | undefined;
  return sqlite ? nodeSqliteReader(sqlite, path) : sqlite3Reader(path);
}

function nodeSqliteReader(sqlite: NodeSqlite, path: string): Reader {
  const db = new sqlite.DatabaseSync(path, { readOnly: true });
  // A checkpoint resetting the WAL can hold readers for an instant: wait, as the writers do.
  db.exec('PRAGMA busy_timeout = 10000');
  const prepared = new Map<string, StatementSync>();
  const observers = new Observers();
  return {
    all(sql, params) {
      let statement = prepared.get(sql);
      if (!statement) {
        if (prepared.size >= MAX_PREPARED) prepared.clear();
        statement = db.prepare(sql);
        prepared.set(sql, statement);
      }
      observers.tell(sql);
      try {
        return Promise.resolve(statement.all(...params.map(sqliteParam)));
      } catch (error) {
        return Promise.reject(error as Error);
      }
    },
    observe: (listener) => observers.observe(listener),
    async close() {
      prepared.clear();
      db.close();
    },
  };
}

function sqlite3Reader(path: string): Reader {
  // Loaded only here: on Node 24 the process never opens this second driver.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sqlite3 = require('sqlite3') as typeof import('sqlite3');
  const db = new sqlite3.Database(path, sqlite3.OPEN_READONLY);
  db.configure('busyTimeout', 10_000);
  const observers = new Observers();
  return {
    all(sql, params) {
      observers.tell(sql);
      return new Promise((resolve, reject) => db.all(sql, params.map(sqliteParam), (error, rows: Record<string, unknown>[]) => (error ? reject(error) : resolve(rows))));
    },
    observe: (listener) => observers.observe(listener),
    close: () => new Promise((resolve, reject) => db.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** Each ORM's reader, by the driver its EntityManagers (the global one and every fork) share. */
const readers = new WeakMap<object, Reader>();

/** From now on, reads outside transactions on `orm` go through `reader`. */
export function useReader(orm: MikroORM, reader: Reader): void {
  readers.set(orm.em.getDriver(), reader);
}

/** The reader of the ORM an EntityManager belongs to, if it has one. */
export function readerOf(em: { getDriver(): object }): Reader | undefined {
  return readers.get(em.getDriver());
}
