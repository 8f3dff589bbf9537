import 'reflect-metadata';
import { openDatabase } from '../../server/db/orm';
import { sqliteReaders } from '../../server/shared/read-connections';

/**
 * Run as its own process by tests/sqlite-one-copy-in-the-process.test.ts, so that a crash is the
 * child's and not the test runner's: the ORM's four connections write on libuv's threads while the
 * main thread keeps opening a read-only connection, reading through it and closing it again, as
 * every start and stop of the app does. Prints what it did; exits 0 if nothing failed.
 */
async function main(path: string, seconds: number): Promise<void> {
  const orm = await openDatabase({ kind: 'sqlite', path });
  await orm.em.getConnection().execute('CREATE TABLE churn (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const until = Date.now() + seconds * 1000;
  let writes = 0;
  let reads = 0;
  const write = async () => {
    while (Date.now() < until) {
      await orm.em.fork().transactional((em) => em.getConnection().execute('INSERT INTO churn (body) VALUES (?)', ['x'.repeat(200)], 'run', em.getTransactionContext()));
      writes++;
    }
  };
  const read = async () => {
    while (Date.now() < until) {
      const reader = sqliteReaders(path);
      const [row] = await reader.all('SELECT count(*) AS n FROM churn', []);
      if (typeof row?.n !== 'number') throw new Error(`unexpected row ${JSON.stringify(row)}`);
      await reader.close();
      reads++;
    }
  };
  await Promise.all([write(), write(), write(), write(), read()]);
  await orm.close();
  process.stdout.write(JSON.stringify({ writes, reads }));
}

main(process.argv[2], Number(process.argv[3])).catch((error: unknown) => {
  process.stderr.write(String(error instanceof Error ? error.stack : error));
  process.exit(1);
});
