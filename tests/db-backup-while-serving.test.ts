import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteBackup } from '../server/db/backup';
import { MeDocument, AuthOptionsDocument } from './gql/graphql';
import { CITIZEN, register } from './helpers/flows';
import { startTestApp, TestApp } from './helpers/test-app';
import { MikroORM } from '@mikro-orm/core';
import { ormOptions } from '../server/db/orm';
import { Account } from '../server/modules/identity/account.entity';

describe('online backup and restore of the embedded database', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await startTestApp();
    dir = mkdtempSync(path.join(tmpdir(), 'absher-backup-'));
  });
  afterAll(async () => {
    await t?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies a consistent database while requests keep being served, and restores it', async () => {
    await register(t);
    const database = t.app.services.config.database;
    if (database.kind !== 'sqlite') throw new Error('expected SQLite');
    const file = path.join(dir, 'backup.sqlite');

    // Keep the server busy while the backup runs: every request must still succeed.
    let serving = true;
    const load = (async () => {
      let served = 0;
      while (serving) {
        await t.api.ok(AuthOptionsDocument);
        await t.api.ok(MeDocument);
        served += 2;
      }
      return served;
    })();
    await sqliteBackup(database.path, file);
    serving = false;
    expect(await load).toBeGreaterThan(0);
    expect(existsSync(file)).toBe(true);

    const count = async (dbPath: string) => {
      const orm = await MikroORM.init(ormOptions({ kind: 'sqlite', path: dbPath }));
      try {
        return await orm.em.fork().count(Account, {});
      } finally {
        await orm.close();
      }
    };
    expect(await count(file)).toBe(1);

    // Restore into a fresh file: the account registered before the backup is there.
    const restored = path.join(dir, 'restored.sqlite');
    await sqliteBackup(restored, file, 'restore');
    expect(await count(restored)).toBe(1);
    const { me } = await t.api.ok(MeDocument);
    expect(me?.person.nationalId).toBe(CITIZEN.nationalId);
  });
});
