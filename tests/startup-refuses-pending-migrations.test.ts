import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../server/app';
import { loadConfig } from '../server/config';

describe('startup and migrations', () => {
  it('refuses to serve a database with pending migrations unless told to apply them', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'absher-pending-'));
    const env = { NODE_ENV: 'test', DATA_DIR: dir, DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent' };
    try {
      await expect(createApp(loadConfig({ ...env, DB_AUTO_MIGRATE: 'false' }))).rejects.toThrow(/pending migration\(s\); run `npm run db:migrate`/);
      const app = await createApp(loadConfig({ ...env, DB_AUTO_MIGRATE: 'true' }));
      const url = await app.listen();
      expect((await fetch(`${url.replace('0.0.0.0', '127.0.0.1')}/readyz`)).status).toBe(200);
      await app.stop();
      // Migrated now: the same refusal setting serves.
      const again = await createApp(loadConfig({ ...env, DB_AUTO_MIGRATE: 'false' }));
      await again.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is on by default outside production and off in production', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).autoMigrate).toBe(true);
    const production = { NODE_ENV: 'production', JWT_PRIVATE_KEYS: '[]', APP_SECRETS: 'x'.repeat(32), PAYMENT_CALLBACK_SECRET: 'y'.repeat(32) };
    expect(loadConfig(production).autoMigrate).toBe(false);
    expect(loadConfig({ ...production, DB_AUTO_MIGRATE: 'true' }).autoMigrate).toBe(true);
  });
});
