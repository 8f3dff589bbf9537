import 'reflect-metadata';
import { loadConfig } from '../config';
import { sqliteBackup } from '../db/backup';

/**
 * `npm run db:backup -- FILE` copies the embedded database while the server runs;
 * `npm run db:backup -- --restore FILE` copies a backup back (stop the server first, or expect
 * its open transactions to be retried).
 */
async function main() {
  const args = process.argv.slice(2);
  const restore = args.includes('--restore');
  const file = args.filter((a) => a !== '--restore')[0];
  if (!file) {
    process.stderr.write('usage: npm run db:backup -- FILE   |   npm run db:backup -- --restore FILE\n');
    process.exit(2);
  }
  const { database } = loadConfig();
  if (database.kind !== 'sqlite') throw new Error('db:backup is for the embedded SQLite database; back PostgreSQL up with pg_dump');
  const started = Date.now();
  await sqliteBackup(database.path, file, restore ? 'restore' : 'backup');
  process.stdout.write(`${restore ? 'restored from' : 'backed up to'} ${file} in ${Date.now() - started} ms\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`db:backup failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
