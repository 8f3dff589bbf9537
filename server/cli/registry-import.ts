import 'reflect-metadata';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../config';
import { openDatabase, pendingMigrations } from '../db/orm';
import { fileSize, importPersons } from '../modules/registry/registry-import';
import { riyadhDate } from '../shared/clock';

/**
 * `npm run registry:import -- --persons FILE.csv`: loads a registry export into the database that
 * DATABASE_URL names (the same one the server uses).
 */
async function main() {
  const args = process.argv.slice(2);
  const persons = args[args.indexOf('--persons') + 1];
  if (!args.includes('--persons') || !persons) {
    process.stderr.write('usage: npm run registry:import -- --persons FILE.csv\n');
    process.exit(2);
  }
  const config = loadConfig();
  const orm = await openDatabase(config.database);
  try {
    if ((await pendingMigrations(orm)).length) throw new Error('the database is not migrated: run `npm run db:migrate` (or start the server once) first');
    const total = fileSize(persons);
    const bar = process.stderr.isTTY ? new SingleBar({ format: 'persons |{bar}| {percentage}% · {imported} imported · {eta_formatted} left', stream: process.stderr }, Presets.shades_classic) : null;
    bar?.start(total, 0, { imported: 0 });
    const started = Date.now();
    const report = await importPersons(orm.em.fork(), persons, riyadhDate(new Date()), {
      onProgress: (bytes, imported) => bar?.update(bytes, { imported }),
    });
    bar?.update(total, { imported: report.imported });
    bar?.stop();
    for (const { line, reason } of report.rejected) process.stdout.write(`line ${line}: ${reason}\n`);
    process.stdout.write(`${report.imported} imported, ${report.rejected.length} rejected in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    process.exitCode = report.rejected.length ? 1 : 0;
  } finally {
    await orm.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`registry:import failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
