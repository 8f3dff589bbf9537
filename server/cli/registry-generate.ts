import 'reflect-metadata';
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../config';
import { migrate, openDatabase } from '../db/orm';
import { importPersons, syntheticPersons } from '../modules/registry';
import { riyadhDate } from '../shared/clock';

/**
 * `npm run registry:generate -- --count 1000000`: fills the registry that DATABASE_URL names with
 * deterministic synthetic people (for scale tests and the benchmark), through the same import
 * path as a real registry file.
 */
async function main() {
  const args = process.argv.slice(2);
  const count = Number(args[args.indexOf('--count') + 1] ?? NaN);
  if (!args.includes('--count') || !Number.isInteger(count) || count < 1) {
    process.stderr.write('usage: npm run registry:generate -- --count N\n');
    process.exit(2);
  }
  const orm = await openDatabase(loadConfig().database);
  try {
    await migrate(orm);
    const bar = new SingleBar(
      { format: 'generating |{bar}| {percentage}% · {value}/{total} people · {eta_formatted} left', stream: process.stderr, noTTYOutput: true, notTTYSchedule: 5000 },
      Presets.shades_classic,
    );
    bar.start(count, 0);
    const started = Date.now();
    const report = await importPersons(orm.em.fork(), syntheticPersons(count), riyadhDate(new Date()), {
      onProgress: (_bytes, imported) => bar.update(imported),
    });
    bar.update(report.imported);
    bar.stop();
    if (report.rejected.length) throw new Error(`generator produced invalid rows: ${JSON.stringify(report.rejected.slice(0, 3))}`);
    process.stdout.write(`${report.imported} people generated in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    await orm.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`registry:generate failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
