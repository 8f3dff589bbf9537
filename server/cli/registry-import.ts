import 'reflect-metadata';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../config';
import { prepareDatabase } from '../app';
import { openDatabase } from '../db/orm';
import { fileSize, importDocuments, importPersons, importVehicles, importViolations, ImportReport } from '../modules/registry';
import { riyadhDate } from '../shared/clock';
import { createLogger } from '../shared/logger';

const FILES = [
  ['--persons', 'persons', importPersons],
  ['--documents', 'documents', importDocuments],
  ['--vehicles', 'vehicles', importVehicles],
  ['--violations', 'violations', importViolations],
] as const;

/**
 * `npm run registry:import -- --persons P.csv --documents D.csv --vehicles V.csv --violations X.csv`
 * (any of them, at least one): loads a registry export into the database that DATABASE_URL names
 * (the same one the server uses). People first, then their holdings. Each bad row is reported as
 * `FILE line N: reason`; the exit code is 1 when any row was refused.
 */
async function main() {
  const args = process.argv.slice(2);
  const chosen = FILES.map(([flag, name, run]) => ({ flag, name, run, file: args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined })).filter((f) => f.file !== undefined);
  const unknown = args.filter((a, i) => a.startsWith('--') && !FILES.some(([flag]) => flag === a) && i % 2 === 0);
  if (!chosen.length || chosen.some((f) => !f.file || f.file.startsWith('--')) || unknown.length) {
    process.stderr.write('usage: npm run registry:import -- --persons FILE.csv --documents FILE.csv --vehicles FILE.csv --violations FILE.csv (any of them, at least one)\n');
    process.exit(2);
  }
  const config = loadConfig();
  const orm = await openDatabase(config.database);
  let rejected = 0;
  try {
    // The server's rule at start: pending migrations are applied where DB_AUTO_MIGRATE allows it
    // (by default everywhere but production), and refused with how to apply them otherwise.
    await prepareDatabase(orm, createLogger(config.logLevel), { migrate: config.autoMigrate, seeds: null });
    const today = riyadhDate(new Date());
    for (const { name, run, file } of chosen) {
      const total = fileSize(file!);
      const bar = process.stderr.isTTY ? new SingleBar({ format: `${name} |{bar}| {percentage}% · {imported} imported · {eta_formatted} left`, stream: process.stderr }, Presets.shades_classic) : null;
      bar?.start(total, 0, { imported: 0 });
      const started = Date.now();
      const report: ImportReport = await run(orm.em.fork(), file!, today, { onProgress: (bytes, imported) => bar?.update(bytes, { imported }) });
      bar?.update(total, { imported: report.imported });
      bar?.stop();
      // Persons-only runs keep the historical `line N:` output; with several files each line names its file.
      const prefix = chosen.length > 1 || name !== 'persons' ? `${name} ` : '';
      for (const { line, reason } of report.rejected) process.stdout.write(`${prefix}line ${line}: ${reason}\n`);
      process.stdout.write(`${prefix}${report.imported} imported, ${report.rejected.length} rejected in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      rejected += report.rejected.length;
    }
    process.exitCode = rejected ? 1 : 0;
  } finally {
    await orm.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`registry:import failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
