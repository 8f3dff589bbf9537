import { createRequire } from 'node:module';
import { MikroORM, Options, ReflectMetadataProvider } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { SqliteDriver } from '@mikro-orm/sqlite';
import type { Config } from '../config';
import { modules } from '../modules';
import { entitiesOf } from '../shared/module';
import { postgresqlMigrations } from './migrations/postgresql';
import { sqliteMigrations } from './migrations/sqlite';

/**
 * SQLite as a server database: WAL so readers never wait for the writer and a busy timeout under
 * which writers (BEGIN IMMEDIATE, above) queue for the lock — from this process's other
 * connections, another worker or the import command alike.
 */
/**
 * knex begins SQLite transactions DEFERRED: a transaction that reads and then writes must upgrade
 * its lock, and when another process wrote in between SQLite answers SQLITE_BUSY at once, without
 * waiting (the busy timeout cannot help a deadlock). Every transaction here is a write transaction,
 * so take the write lock up front: BEGIN IMMEDIATE waits its turn under the busy timeout instead.
 */
function beginSqliteTransactionsImmediately(): void {
  const knexRequire = createRequire(require.resolve('@mikro-orm/knex'));
  const SqliteTransaction = knexRequire('knex/lib/dialects/sqlite3/execution/sqlite-transaction') as {
    prototype: { begin(conn: unknown): Promise<unknown>; query(conn: unknown, sql: string): Promise<unknown> };
  };
  SqliteTransaction.prototype.begin = function (this: { query(conn: unknown, sql: string): Promise<unknown> }, conn: unknown) {
    return this.query(conn, 'BEGIN IMMEDIATE;');
  };
}
beginSqliteTransactionsImmediately();

const SQLITE_CONNECTIONS = 4;

const SQLITE_PRAGMAS = 'PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;';

export function ormOptions(database: Config['database']): Options {
  const common = {
    entities: entitiesOf(modules),
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    allowGlobalContext: false,
    forceUtcTimezone: true,
    discovery: { warnWhenNoEntities: true },
    debug: false,
  } satisfies Options;
  if (database.kind === 'sqlite') {
    return {
      ...common,
      driver: SqliteDriver,
      dbName: database.path,
      // Several connections, so reads run side by side on libuv's threads instead of queueing
      // behind one connection (an in-memory database is per connection, so it keeps one).
      pool: {
        min: 1,
        max: database.path === ':memory:' ? 1 : SQLITE_CONNECTIONS,
        afterCreate: (conn: { exec(sql: string, cb: (err: Error | null) => void): void }, done: (err: Error | null, conn: unknown) => void) => conn.exec(SQLITE_PRAGMAS, (err) => done(err, conn)),
      },
      migrations: { migrationsList: sqliteMigrations, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    };
  }
  return {
    ...common,
    driver: PostgreSqlDriver,
    clientUrl: database.url,
    pool: { min: 0, max: 10 },
    migrations: { migrationsList: postgresqlMigrations, transactional: true, allOrNothing: true, snapshot: false, silent: true },
  };
}

export async function openDatabase(database: Config['database']): Promise<MikroORM> {
  return MikroORM.init(ormOptions(database));
}

export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  return (await orm.getMigrator().getPendingMigrations()).map((m) => m.name);
}

export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}
