import 'reflect-metadata';
import { loadConfig } from '../config';
import { prepareDatabase } from '../app';
import { openDatabase } from '../db/orm';
import { importOffices } from '../modules/appointments';
import { createLogger } from '../shared/logger';

/**
 * `npm run offices:import -- offices.csv`: loads the offices that receive people by appointment
 * (README, "Offices") into the database that DATABASE_URL names, the server's. The whole file is
 * checked first: each problem is reported as `line N, COLUMN: reason`, and a file with any bad row
 * writes nothing and exits 1. A good file is written in one transaction (upsert by office id).
 */
async function main() {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0].startsWith('-')) {
    process.stderr.write('usage: npm run offices:import -- FILE.csv\n');
    process.exit(2);
  }
  const config = loadConfig();
  const orm = await openDatabase(config.database);
  try {
    // The server's rule at start: pending migrations are applied where DB_AUTO_MIGRATE allows it
    // (by default everywhere but production), and refused with how to apply them otherwise.
    await prepareDatabase(orm, createLogger(config.logLevel), { migrate: config.autoMigrate, seeds: null });
    const started = Date.now();
    const report = await importOffices(orm.em.fork(), args[0]);
    for (const { line, field, reason } of report.rejected) process.stdout.write(`line ${line}${field ? `, ${field}` : ''}: ${reason}\n`);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (report.rejected.length)
      process.stdout.write(`nothing imported: ${report.rejected.length} problem(s) in ${new Set(report.rejected.map((r) => r.line)).size} row(s); fix them and import the file again\n`);
    else process.stdout.write(`${report.imported} offices imported (${report.added} added, ${report.updated} updated) in ${seconds} s\n`);
    process.exitCode = report.rejected.length ? 1 : 0;
  } finally {
    await orm.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`offices:import failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
