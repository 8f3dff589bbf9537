import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { MikroORM } from '@mikro-orm/core';
import { createApp, App } from '../../server/app';
import { loadConfig } from '../../server/config';
import { ormOptions } from '../../server/db/orm';
import { ManualClock } from '../../server/shared/clock';
import { Random, secureRandom } from '../../server/shared/random';
import { GraphQLClient } from './graphql-client';
import { SmsReceiver } from './sms-receiver';

/** The 4 digits every captcha shows in tests: the one randomness a test needs to know. */
export const TEST_CAPTCHA = '4721';

const testRandom: Random = {
  digits: (length) => (length === 4 ? TEST_CAPTCHA : secureRandom.digits(length)),
  token: secureRandom.token,
};

export type DatabaseKind = 'sqlite' | 'postgresql';

export interface TestApp {
  app: App;
  url: string;
  api: GraphQLClient;
  sms: SmsReceiver;
  clock: ManualClock;
  logs: string[];
  /** Another GraphQL client against the same server (a second browser, a second person). */
  client(): GraphQLClient;
  /** The database key behind a global ID the API answered (an account's UUID, an office's code). */
  keyOf(globalId: string): string;
  stop(): Promise<void>;
}

export interface TestAppOptions {
  database?: DatabaseKind;
  env?: Record<string, string>;
  /** The server's randomness; by default every captcha shows TEST_CAPTCHA (an attack on the image code needs real draws). */
  random?: Random;
}

/**
 * Boots the real app (`createApp`) on a fresh database — a temporary SQLite file, or a new
 * PostgreSQL database when asked — on a real port, with a real webhook receiver for SMS.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'absher-test-'));
  const sms = await new SmsReceiver('test-webhook-secret-0123456789').start();
  const database = options.database ?? 'sqlite';
  const pg = database === 'postgresql' ? await createPostgresDatabase() : null;
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dir,
    DATABASE_URL: pg ? pg.url : `sqlite:${path.join(dir, 'absher.sqlite')}`,
    SMS_GATEWAY: 'webhook',
    SMS_WEBHOOK_URL: sms.url,
    SMS_WEBHOOK_SECRET: sms.secret,
    LOG_LEVEL: 'info',
    // A proof of work of at most 10 attempts: every log-in in the suites solves one, in Node.
    PROOF_OF_WORK_MAX_NUMBER: '10',
    ...options.env,
  });
  const clock = new ManualClock();
  const logs: string[] = [];
  const logDestination = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const app = await createApp(config, { clock, random: options.random ?? testRandom, logDestination });
  const address = await app.listen();
  const url = address.replace('0.0.0.0', '127.0.0.1');
  const clients: GraphQLClient[] = [];
  const client = () => {
    const c = new GraphQLClient(`${url}/graphql`);
    clients.push(c);
    return c;
  };
  return {
    app,
    url,
    api: client(),
    sms,
    clock,
    logs,
    client,
    keyOf(globalId) {
      const decoded = app.services.ids.decode(globalId);
      if (!decoded) throw new Error(`not a global ID of this server: ${globalId}`);
      return decoded.key;
    },
    async stop() {
      await app.stop();
      await sms.stop();
      await pg?.drop();
      rmSync(dir, { recursive: true, force: true });
      const failures = clients.flatMap((c) => c.serverErrors);
      if (failures.length) throw new Error(`requests answered HTTP 5xx: ${failures.join('; ')}`);
    },
  };
}

async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = process.env.TEST_POSTGRES_URL;
  if (!admin) throw new Error('TEST_POSTGRES_URL is not set');
  const name = `absher_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const orm = await MikroORM.init({ ...ormOptions({ kind: 'postgresql', url: admin }), entities: [], discovery: { warnWhenNoEntities: false } });
  await orm.em.getConnection().execute(`create database ${name}`);
  await orm.close();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const o = await MikroORM.init({ ...ormOptions({ kind: 'postgresql', url: admin }), entities: [], discovery: { warnWhenNoEntities: false } });
      await o.em.getConnection().execute(`drop database if exists ${name} with (force)`);
      await o.close();
    },
  };
}

/** The databases every integration suite runs on: SQLite always, PostgreSQL when TEST_POSTGRES_URL is set. */
export const databases: { kind: DatabaseKind; enabled: boolean }[] = [
  { kind: 'sqlite', enabled: true },
  { kind: 'postgresql', enabled: !!process.env.TEST_POSTGRES_URL },
];
