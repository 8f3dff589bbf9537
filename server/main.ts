import 'reflect-metadata';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';

/** Reads the configuration, starts the app, stops it cleanly on SIGTERM/SIGINT. Nothing else. */
async function main() {
  const config = loadConfig();
  const app = await createApp(config);
  const url = await app.listen();
  app.services.log.info({ url: `${url}/graphql`, env: config.env, database: config.database.kind }, 'Absher is serving');
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

main().catch((error: unknown) => {
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `Absher failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
