import '../shared/threadpool';
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { readerOf } from '../shared/read-connections';
import { BENCH_RATE_LIMITS, BenchClient, citizenWithRequests, registerThroughApi, S1, S2, S3, S4 } from './scenarios';

/**
 * `npm run bench:cpu`: the server's CPU time per request, in process, for S1–S4 — a number the other
 * helpers' load on this machine does not move much, unlike req/s. The real app (`createApp`, as the
 * tests start it) on a SQLite file with the demo registry, requests sent through Fastify's `inject`
 * (no sockets, so no kernel time in the count), `process.cpuUsage()` over N requests after a
 * warm-up, and the SQL statements each request ran. `BENCH_CPU_ONLY=S4` runs one scenario;
 * `BENCH_CPU_REQUESTS` (default 2000) and `BENCH_CPU_CONCURRENCY` (default 8) shape the run. The
 * peak RSS column is the whole process's (server, bench and in-process requests) while a scenario
 * runs: with `BENCH_CPU_CONCURRENCY=50` it approximates what `npm run bench` sees, and unlike the
 * CPU figures it barely depends on other load on the machine.
 *
 * The npm script sets NODE_ENV=production in the process (graphql-js and others check it when
 * loaded), while the app's own configuration says `test`, so that CAPTCHA=off is allowed.
 */
const REQUESTS = Number(process.env.BENCH_CPU_REQUESTS ?? 2000);
const WARMUP = Math.max(200, REQUESTS / 4);
const CONCURRENCY = Number(process.env.BENCH_CPU_CONCURRENCY ?? 8);
const ONLY = process.env.BENCH_CPU_ONLY;

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'absher-bench-cpu-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dir,
    DATABASE_URL: `sqlite:${path.join(dir, 'bench.sqlite')}`,
    DB_AUTO_MIGRATE: 'true',
    DEMO_DATA: 'true',
    CAPTCHA: 'off',
    SMS_GATEWAY: 'outbox',
    LOG_LEVEL: 'warn',
    RATE_LIMITS: BENCH_RATE_LIMITS,
  });
  const sink = new Writable({ write: (_chunk, _enc, done) => done() });
  const app = await createApp(config, { logDestination: sink });
  try {
    const inject = async (body: string, token?: string) => {
      const res = await app.http.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        payload: body,
      });
      return res;
    };
    const outbox = async (mobile: string) => {
      // What committed actions left to send (the SMS) is sent after the answer: wait for it.
      await app.drain();
      const res = await app.http.inject({ method: 'GET', url: `/dev/outbox?to=${encodeURIComponent(mobile)}` });
      return res.json<{ body: string }[]>();
    };
    const client: BenchClient = {
      async post<T>(body: string, token?: string) {
        const json = (await inject(body, token)).json<{ data: T; errors?: unknown[] }>();
        if (json.errors) throw new Error(JSON.stringify(json.errors).slice(0, 400));
        return json.data;
      },
      captcha: async () => ({}),
      smsCount: async (mobile) => (await outbox(mobile)).length,
      async codeAfter(mobile, seen) {
        const messages = await outbox(mobile);
        if (messages.length <= seen) throw new Error(`no SMS for ${mobile}`);
        return /\b(\d{6})\b/.exec(messages[0].body)![1];
      },
    };
    const citizen = await citizenWithRequests(client);
    const member = await registerThroughApi(client, { nationalId: '1000000040', mobile: '+966500000006' }, 'benchmember');
    if (!member) throw new Error('the demo member could not register');

    const knex = (app.services.orm.em as SqlEntityManager).getKnex();
    let statements = 0;
    const count = () => statements++;
    knex.client.on('query', count);
    // The read models' own connection, when the app opened one.
    const stopReading = readerOf(app.services.orm.em)?.observe(count);

    const scenarios = [
      { name: 'S1 { __typename }', body: S1 },
      { name: 'S2 services (anonymous)', body: S2 },
      { name: 'S3 me { username person { fullNameEn } }', body: S3, token: member },
      { name: 'S4 myRequests(first: 20) + service, bill, beneficiary', body: S4, token: citizen },
    ].filter((s) => !ONLY || s.name.startsWith(ONLY));

    const rows: string[] = [];
    for (const s of scenarios) {
      const first = await inject(s.body, s.token);
      if (first.statusCode !== 200 || first.json<{ errors?: unknown }>().errors) throw new Error(`${s.name}: ${first.statusCode} ${first.body.slice(0, 400)}`);
      const run = async (n: number) => {
        let left = n;
        await Promise.all(
          Array.from({ length: CONCURRENCY }, async () => {
            while (left-- > 0) {
              const res = await inject(s.body, s.token);
              if (res.statusCode !== 200) throw new Error(`${s.name}: HTTP ${res.statusCode}`);
            }
          }),
        );
      };
      await run(WARMUP);
      statements = 0;
      // The process's peak resident memory while the scenario runs (the server is most of it here).
      let peakRss = process.memoryUsage.rss();
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 20);
      const cpu = process.cpuUsage();
      const started = process.hrtime.bigint();
      await run(REQUESTS);
      const used = process.cpuUsage(cpu);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      clearInterval(sampler);
      const line = `| ${s.name} | ${((used.user + used.system) / REQUESTS).toFixed(0)} | ${(used.user / REQUESTS).toFixed(0)} | ${(statements / REQUESTS).toFixed(2)} | ${((wallMs * 1000) / REQUESTS).toFixed(0)} | ${(peakRss / 2 ** 20).toFixed(0)} |`;
      rows.push(line);
      process.stderr.write(`${line}\n`);
    }
    knex.client.removeListener('query', count);
    stopReading?.();
    process.stdout.write(
      `\nbench:cpu on Node ${process.version}: ${REQUESTS} requests per scenario after ${WARMUP} of warm-up, ${CONCURRENCY} at a time, in process.\n\n` +
        '| scenario | CPU µs/req | of which user | SQL statements/req | wall µs/req | peak RSS MB |\n|---|---:|---:|---:|---:|---:|\n' +
        `${rows.join('\n')}\n`,
    );
  } finally {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:cpu failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
