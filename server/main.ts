import './shared/threadpool';
import 'reflect-metadata';
import cluster from 'node:cluster';
import { createApp, prepareDatabase } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/orm';
import { createLogger } from './shared/logger';
import { loadAppSecrets, SigningKeys } from './modules/identity/tokens';

/**
 * Reads the configuration and serves. With WORKERS=N the primary prepares the database once
 * (migrations, demo data) and forks N workers sharing the port; each stops gracefully on SIGTERM:
 * no new connections, in-flight requests finish, then the database closes.
 */
async function main() {
  const config = loadConfig();
  if (config.workers > 1 && cluster.isPrimary) return runPrimary(config.workers, config);
  const app = await createApp(config, cluster.isWorker ? { migrate: false, seedDemoData: false } : {});
  const url = await app.listen();
  app.services.log.info({ url: `${url}/graphql`, env: config.env, database: config.database.kind, pid: process.pid }, 'Absher is serving');
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      app.services.log.info({ signal }, 'shutting down');
      app.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

async function runPrimary(workers: number, config: ReturnType<typeof loadConfig>) {
  const orm = await openDatabase(config.database);
  try {
    await prepareDatabase(orm, createLogger(config.logLevel), { migrate: config.autoMigrate, seed: config.demoData });
  } finally {
    await orm.close();
  }
  // Development keys and secrets are made once here, not raced by the workers.
  await SigningKeys.load(config);
  loadAppSecrets(config);
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('exit', (worker, code) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    process.stderr.write(`worker ${worker.process.pid} exited (${code}); starting another\n`);
    cluster.fork();
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `Absher failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
