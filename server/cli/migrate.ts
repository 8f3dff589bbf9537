import 'reflect-metadata';
import { loadConfig } from '../config';
import { migrate, openDatabase, pendingMigrations } from '../db/orm';

/** `npm run db:migrate`: applies the committed migrations to the database DATABASE_URL names. */
async function main() {
  const orm = await openDatabase(loadConfig().database);
  try {
    const pending = await pendingMigrations(orm);
    await migrate(orm);
    process.stdout.write(pending.length ? `applied ${pending.join(', ')}\n` : 'the database is up to date\n');
  } finally {
    await orm.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
