import type { MikroORM } from '@mikro-orm/core';

/** Plain rows of a read-only statement, and a way to see each one run (tests, bench:cpu count them). */
export interface Reader {
  all(sql: string, params: readonly unknown[]): Promise<Record<string, unknown>[]>;
  /** Calls `listener` with every statement this reader runs; returns the way to stop. */
  observe(listener: (sql: string) => void): () => void;
  close(): Promise<void>;
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
 * A read-only connection of its own on a SQLite file, for the read models' plain statements, each
 * prepared once and kept: a `db.all` prepares, runs and finalizes a statement, three trips through
 * libuv's thread pool where a kept statement takes one.
 *
 * It is `sqlite3`'s, like the ORM's connections, and must stay so. Node 24's built-in `node:sqlite`
 * is faster for small reads, but it carries its own copy of SQLite, and two copies in one process
 * cannot see each other's locks (POSIX locks are per process; each copy tracks its own): opening a
 * `node:sqlite` connection truncated the `-shm` index that `sqlite3`'s connections had mapped, and a
 * writer touching it at that moment died of SIGBUS (tests/sqlite-one-copy-in-the-process.test.ts).
 * A checkpoint could likewise overwrite WAL frames such a reader was still reading.
 *
 * In WAL mode (server/db/orm.ts) a reader never waits for the writer and each statement sees every
 * transaction committed before it began: a read after a commit sees that commit. It must never read
 * for a write transaction, which must see its own uncommitted writes: `Sql.rows` keeps those on the
 * transaction's connection. Only for a file: an in-memory database is private to its connection.
 */
export function sqliteReaders(path: string): Reader {
  // Loaded here: a process on PostgreSQL never opens the SQLite driver.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sqlite3 = require('sqlite3') as typeof import('sqlite3');
  const db = new sqlite3.Database(path, sqlite3.OPEN_READONLY);
  // A checkpoint resetting the WAL can hold readers for an instant: wait, as the writers do.
  db.configure('busyTimeout', 10_000);
  type Statement = import('sqlite3').Statement;
  // A statement that fails to prepare answers its callback and drops every run queued behind it
  // without a word, so a run waits for its statement to be ready; a failed one is prepared afresh.
  const prepared = new Map<string, Promise<Statement>>();
  const prepare = (sql: string) => {
    const ready = new Promise<Statement>((resolve, reject) => {
      const statement = db.prepare(sql, (error) => (error ? reject(error) : resolve(statement)));
    });
    ready.catch(() => prepared.get(sql) === ready && prepared.delete(sql));
    return ready;
  };
  const finalize = (statements: Iterable<Promise<Statement>>) =>
    Promise.all(
      [...statements].map((ready) =>
        ready.then(
          (statement) => new Promise<void>((resolve) => statement.finalize(() => resolve())),
          () => undefined,
        ),
      ),
    );
  const observers = new Observers();
  return {
    async all(sql, params) {
      let ready = prepared.get(sql);
      if (!ready) {
        if (prepared.size >= MAX_PREPARED) {
          void finalize(prepared.values());
          prepared.clear();
        }
        ready = prepare(sql);
        prepared.set(sql, ready);
      }
      observers.tell(sql);
      const values = params.map(sqliteParam);
      const statement = await ready;
      return new Promise((resolve, reject) => statement.all(values, (error: Error | null, rows: Record<string, unknown>[]) => (error ? reject(error) : resolve(rows))));
    },
    observe: (listener) => observers.observe(listener),
    async close() {
      // Each statement finalizes after the runs queued on it; then the connection closes.
      const statements = [...prepared.values()];
      prepared.clear();
      await finalize(statements);
      await new Promise<void>((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
    },
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
