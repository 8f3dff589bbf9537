import './shared/threadpool';
import 'reflect-metadata';
import cluster from 'node:cluster';
import { compose, createApp, prepareDatabase } from './app';
import { ConfigError, loadConfig, unsafeDefaultsWarning } from './config';
import { openDatabase } from './db/orm';
import { Bus } from './shared/bus';
import { systemClock } from './shared/clock';
import { createLogger } from './shared/logger';
import { secureRandom } from './shared/random';
import { devSsoProviderFor, type DevSsoProvider } from './dev/sso-provider';

/**
 * Reads the configuration and serves. With WORKERS=N the primary prepares the database once
 * (migrations, demo data) and forks N workers sharing the port; each stops gracefully on SIGTERM:
 * no new connections, in-flight requests finish, then the database closes.
 */
async function main() {
  let config = loadConfig();
  // Development without SSO_ISSUER: a development identity provider, so the national SSO works
  // out of the box (cluster workers get its settings from the primary's environment).
  const devSso = cluster.isPrimary ? await devSsoProviderFor(config, createLogger(config.logLevel)) : null;
  if (devSso) config = { ...config, sso: devSso.sso };
  // Once per start (the primary of a cluster speaks for its workers): a server run without
  // NODE_ENV=production says what makes it unfit for the public.
  const warning = cluster.isPrimary ? unsafeDefaultsWarning(config) : null;
  if (warning) createLogger(config.logLevel).warn(warning);
  if (config.workers > 1 && cluster.isPrimary) return runPrimary(config.workers, config, devSso);
  const app = await createApp(config, cluster.isWorker ? { migrate: false, seedDemoData: false } : {});
  const url = await app.listen();
  app.services.log.info({ url: `${url}/graphql`, env: config.env, database: config.database.kind, pid: process.pid }, 'Absher is serving');
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      app.services.log.info({ signal }, 'shutting down');
      app
        .stop()
        .then(() => devSso?.stop())
        .then(
          () => process.exit(0),
          () => process.exit(1),
        );
    });
  }
}

async function runPrimary(workers: number, config: ReturnType<typeof loadConfig>, devSso: DevSsoProvider | null) {
  const orm = await openDatabase(config.database);
  const log = createLogger(config.logLevel);
  try {
    // The modules are composed here only for their demo data; this process serves nothing, so it
    // needs no Redis. Development keys and secrets are made here once, not raced by the workers.
    const { seeds } = await compose(config, orm, { clock: systemClock, random: secureRandom, log, bus: await Bus.connect(undefined, log) });
    await prepareDatabase(orm, log, { migrate: config.autoMigrate, seeds: config.demoData ? seeds : null });
  } finally {
    await orm.close();
  }
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork(devSso?.env);
  cluster.on('exit', (worker, code) => {
    if (stopping) {
      // A worker can still be listed here when its 'exit' comes before its 'disconnect': ask
      // whether every worker is dead, not whether the list is empty, or the primary waits forever.
      if (Object.values(cluster.workers ?? {}).every((w) => !w || w.isDead())) process.exit(0);
      return;
    }
    process.stderr.write(`worker ${worker.process.pid} exited (${code}); starting another\n`);
    cluster.fork(devSso?.env);
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
