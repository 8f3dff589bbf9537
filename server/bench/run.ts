import 'reflect-metadata';
import { ChildProcess, spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { hash } from '@node-rs/argon2';
import autocannon from 'autocannon';
import { exportJWK, generateKeyPair } from 'jose';
import sqlite3 from 'sqlite3';
import { KeyedHasher } from '../shared/crypto';
import { withCheckDigit } from '../shared/normalize';
import { REPO_ROOT } from '../shared/paths';

/**
 * `npm run bench`: the numbers of issue 7, all in one run so that ratios hold on a noisy machine.
 * Baselines R (raw node:http) and B (Apollo standalone, `{ hello }`), then the real server in
 * production mode on 10,000 and on 1,000,000 people. Writes BENCHMARKS.md.
 */
const DIST = path.join(REPO_ROOT, 'dist', 'server');
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CONNECTIONS = 50;
const SMALL = 10_000;
const LARGE = Number(process.env.BENCH_LARGE ?? 1_000_000);
const ACCOUNTS = 10;

interface Row {
  name: string;
  people?: number;
  rps: number;
  p50: number;
  p99: number;
  rssMb: number;
  note?: string;
}

interface Running {
  url: string;
  child: ChildProcess;
  peakRss(): number;
  stop(): Promise<void>;
}

function start(script: string, env: Record<string, string> = {}): Promise<Running> {
  const child = spawn(process.execPath, [script], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let peak = 0;
  const sampler = setInterval(() => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
      peak = Math.max(peak, kb / 1024);
    } catch {
      /* the process has ended */
    }
  }, 100);
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      const ready = /READY (\d+)/.exec(output);
      const serving = /"url":"(http:\/\/[^"]+)\/graphql"/.exec(output);
      const url = ready ? `http://127.0.0.1:${ready[1]}` : serving ? serving[1].replace('0.0.0.0', '127.0.0.1') : null;
      if (url) {
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        child.stderr!.resume();
        resolve({
          url,
          child,
          peakRss: () => peak,
          stop: () =>
            new Promise((done) => {
              clearInterval(sampler);
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += String(c)));
    child.once('exit', (code) => reject(new Error(`${script} exited ${code}:\n${output.slice(-2000)}`)));
  });
}

async function cannon(url: string, options: Partial<autocannon.Options>): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const run = (duration: number) =>
    new Promise<autocannon.Result>((resolve, reject) =>
      autocannon({ url, connections: CONNECTIONS, duration, method: 'POST', headers: { 'content-type': 'application/json' }, ...options } as autocannon.Options, (error, result) =>
        error ? reject(error) : resolve(result),
      ),
    );
  await run(WARMUP);
  const result = await run(DURATION);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const gql = (query: string, variables?: unknown) => JSON.stringify({ query, variables });

/** A tiny SMS operator: the server posts codes here; the bench reads them back. */
function smsReceiver(): Promise<{ url: string; codes: Map<string, string[]>; server: Server }> {
  const codes = new Map<string, string[]>();
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c));
    req.on('end', () => {
      const { to, text } = JSON.parse(body) as { to: string; text: string };
      const code = /\b(\d{6})\b/.exec(text)?.[1];
      if (code) codes.set(to, [...(codes.get(to) ?? []), code]);
      res.writeHead(202).end();
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/sms`, codes, server })));
}

/** The bench holds the HMAC secret, so it can read a captcha the way a person reads the image. */
function captchaSolver(dbPath: string, secret: string) {
  const db = new sqlite3.Database(dbPath);
  const hasher = new KeyedHasher([secret]);
  const table = new Map<string, string>();
  for (let i = 0; i < 10_000; i++) {
    const code = String(i).padStart(4, '0');
    table.set(hasher.digest('captcha', code), code);
  }
  return {
    solve: (id: string) =>
      new Promise<string>((resolve, reject) =>
        db.get('select code_hash from captchas where id = ?', [id], (error, row: { code_hash: string } | undefined) =>
          error || !row ? reject(error ?? new Error('captcha not found')) : resolve(table.get(row.code_hash)!),
        ),
      ),
    close: () => db.close(),
  };
}

async function post<T>(url: string, body: string, token?: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body });
  const json = (await res.json()) as { data: T; errors?: unknown[] };
  if (json.errors) throw new Error(JSON.stringify(json.errors).slice(0, 400));
  return json.data;
}

async function waitForCode(codes: Map<string, string[]>, to: string, seen: number): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const list = codes.get(to) ?? [];
    if (list.length > seen) return list[list.length - 1];
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no SMS for ${to}`);
}

/** Synthetic person n of the generator (server/modules/registry/synthetic.ts). */
const synthetic = (n: number) => ({
  nationalId: withCheckDigit(`${n % 5 === 4 ? 2 : 1}${String(10_000_000 + n).padStart(8, '0')}`),
  mobile: `+9665${String(n % 100_000_000).padStart(8, '0')}`,
});

async function argon2PerSecond(): Promise<number> {
  const until = Date.now() + 5000;
  let count = 0;
  // As many in flight as the server's login path would keep busy: one per core.
  await Promise.all(
    Array.from({ length: cpus().length }, async () => {
      while (Date.now() < until) {
        await hash('bench password for argon2 rate', { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
        count++;
      }
    }),
  );
  return count / 5;
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'absher-bench-'));
  const rows: Row[] = [];
  const notes: string[] = [];
  try {
    // Baselines.
    for (const [name, script] of [['R raw node:http', 'baseline-raw.js'], ['B Apollo standalone { hello }', 'baseline-apollo.js']] as const) {
      const server = await start(path.join(DIST, 'bench', script));
      const r = await cannon(name.startsWith('R') ? server.url : `${server.url}/`, { body: gql('{ hello }') });
      rows.push({ name, ...r, rssMb: server.peakRss() });
      await server.stop();
      process.stderr.write(`${name}: ${r.rps.toFixed(0)} req/s\n`);
    }
    const hashesPerSecond = await argon2PerSecond();
    process.stderr.write(`argon2id hashes/s: ${hashesPerSecond.toFixed(1)}\n`);

    const sms = await smsReceiver();
    const secret = randomBytes(32).toString('base64url');
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const dbPath = path.join(dir, 'bench.sqlite');
    const env = {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      // info: the line that says where the server listens is an info line.
      LOG_LEVEL: 'info',
      DATA_DIR: dir,
      DATABASE_URL: `sqlite:${dbPath}`,
      JWT_PRIVATE_KEYS: JSON.stringify([{ ...(await exportJWK(privateKey)), alg: 'EdDSA', kid: 'bench' }]),
      APP_SECRETS: secret,
      PAYMENT_CALLBACK_SECRET: randomBytes(32).toString('base64url'),
      PAYMENTS: 'dev',
      SMS_GATEWAY: 'webhook',
      SMS_WEBHOOK_URL: sms.url,
      SMS_WEBHOOK_SECRET: 'bench-webhook-secret-0123456789',
      // The first start migrates and loads the demo registry (whose people have holdings, so they
      // can submit requests); the synthetic registry is added to it.
      DB_AUTO_MIGRATE: 'true',
      DEMO_DATA: 'true',
      // The bench is one client address sending thousands of log-ins: lift the abuse limits.
      RATE_LIMITS: 'login-address=1000000/60,captcha-address=1000000/60,sms-number=1000000/60,sms-address=1000000/60,register-address=1000000/60,resend-address=1000000/60',
    };
    const generate = (count: number) => {
      const started = Date.now();
      execFileSync(process.execPath, [path.join(DIST, 'cli', 'registry-generate.js'), '--count', String(count)], { env: { ...env, PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'ignore', 'inherit'] });
      return (Date.now() - started) / 1000;
    };
    await (await start(path.join(DIST, 'main.js'), env)).stop();
    notes.push(`registry:generate --count ${SMALL}: ${generate(SMALL).toFixed(1)} s`);

    let server = await start(path.join(DIST, 'main.js'), env);
    const solver = captchaSolver(dbPath, secret);

    // Accounts: registered through the API like people do.
    const tokens: string[] = [];
    const password = 'bench password that is long enough';
    const registerPerson = async (person: { nationalId: string; mobile: string }, username: string) => {
      const captcha = await post<{ newCaptcha: { id: string } }>(server.url, gql('mutation { newCaptcha { id } }'));
      const seen = sms.codes.get(person.mobile)?.length ?? 0;
      const reg = await post<{ register: { challenge: { id: string } | null } }>(
        server.url,
        gql('mutation($input: RegisterInput!) { register(input: $input) { challenge { id } errors { code } } }', {
          input: {
            nationalId: person.nationalId,
            mobile: person.mobile,
            username,
            password,
            passwordConfirmation: password,
            email: `${username}@example.sa`,
            emailConfirmation: `${username}@example.sa`,
            acceptTerms: true,
            captchaId: captcha.newCaptcha.id,
            captchaCode: await solver.solve(captcha.newCaptcha.id),
          },
        }),
      );
      if (!reg.register.challenge) return null;
      const code = await waitForCode(sms.codes, person.mobile, seen);
      const verified = await post<{ verifyRegistration: { session: { accessToken: string } } }>(
        server.url,
        gql('mutation($input: VerifyCodeInput!) { verifyRegistration(input: $input) { session { accessToken } } }', { input: { challengeId: reg.register.challenge.id, code } }),
      );
      return verified.verifyRegistration.session.accessToken;
    };

    const RENEW_PASSPORT = gql('mutation($input: RenewPassportInput!) { renewPassport(input: $input) { request { reference } errors { code } } }', {
      input: { beneficiaryNationalId: '1000000016', years: 5 },
    });
    // The demo citizen submits (and cancels) 20 requests, so S4 lists a full page of real ones.
    const citizen = (await registerPerson({ nationalId: '1000000008', mobile: '+966500000001' }, 'benchcitizen'))!;
    for (let i = 0; i < 20; i++) {
      // His daughter's passport: billed (so the request stays open until cancelled) and for a
      // beneficiary other than the applicant.
      const submitted = await post<{ renewPassport: { request: { reference: string } | null; errors: { code: string }[] } }>(
        server.url,
        RENEW_PASSPORT,
        citizen,
      );
      if (!submitted.renewPassport.request) throw new Error(`renewPassport refused: ${JSON.stringify(submitted.renewPassport.errors)}`);
      await post(server.url, gql('mutation($input: CancelServiceRequestInput!) { cancelServiceRequest(input: $input) { errors { code } } }', { input: { reference: submitted.renewPassport.request.reference } }), citizen);
    }

    for (let n = 0; tokens.length < ACCOUNTS; n++) {
      const person = synthetic(n * 4);
      const captcha = await post<{ newCaptcha: { id: string } }>(server.url, gql('mutation { newCaptcha { id } }'));
      const seen = sms.codes.get(person.mobile)?.length ?? 0;
      const reg = await post<{ register: { challenge: { id: string } | null; errors: { code: string }[] } }>(
        server.url,
        gql('mutation($input: RegisterInput!) { register(input: $input) { challenge { id } errors { code } } }', {
          input: {
            nationalId: person.nationalId,
            mobile: person.mobile,
            username: `bench${n}`,
            password,
            passwordConfirmation: password,
            email: `bench${n}@example.sa`,
            emailConfirmation: `bench${n}@example.sa`,
            acceptTerms: true,
            captchaId: captcha.newCaptcha.id,
            captchaCode: await solver.solve(captcha.newCaptcha.id),
          },
        }),
      );
      if (!reg.register.challenge) continue; // under 17 or otherwise refused: take the next person
      const code = await waitForCode(sms.codes, person.mobile, seen);
      const verified = await post<{ verifyRegistration: { session: { accessToken: string } } }>(
        server.url,
        gql('mutation($input: VerifyCodeInput!) { verifyRegistration(input: $input) { session { accessToken } } }', { input: { challengeId: reg.register.challenge.id, code } }),
      );
      tokens.push(verified.verifyRegistration.session.accessToken);
    }

    const auth = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });
    const S2 = gql('{ services { code category nameAr nameEn feeDescription } }');
    const S4 = gql('{ myRequests(first: 20) { edges { node { reference status submittedAt service { code nameEn } bill { number amount { halalas formatted } } beneficiary { fullNameEn } } } } }');
    const scenarios = [
      { name: 'S1 { __typename }', body: gql('{ __typename }') },
      { name: 'S2 services (anonymous)', body: S2 },
      { name: 'S3 me { username person { fullNameEn } }', body: gql('{ me { username person { fullNameEn } } }'), headers: auth(tokens[0]) },
      { name: 'S4 myRequests(first: 20) + service, bill, beneficiary', body: S4, headers: auth(citizen) },
    ];
    // Log-ins in S6 each need an image code: solve a pool of them beforehand.
    const solved: { captchaId: string; captchaCode: string }[] = [];
    for (let i = 0; i < 4000; i++) {
      const { newCaptcha } = await post<{ newCaptcha: { id: string } }>(server.url, gql('mutation { newCaptcha { id } }'));
      solved.push({ captchaId: newCaptcha.id, captchaCode: await solver.solve(newCaptcha.id) });
    }
    // S6, a mixed day: 70% reads of documents and requests, 20% catalogue, 5% submissions, 5% log-ins.
    const mix: { weight: number; body: string; headers: Record<string, string> }[] = [
      { weight: 35, body: gql('{ myDocuments { type number expiresOn daysToExpiry } }'), headers: auth(citizen) },
      { weight: 35, body: S4, headers: auth(citizen) },
      { weight: 20, body: S2, headers: { 'content-type': 'application/json' } },
      // After the first, these are refused as duplicates: still a full submission's checks.
      { weight: 5, body: RENEW_PASSPORT, headers: auth(citizen) },
      { weight: 5, body: 'LOGIN', headers: { 'content-type': 'application/json' } },
    ];
    const loginBody = () =>
      gql('mutation($input: LoginInput!) { login(input: $input) { challenge { id } errors { code } } }', {
        input: { identifier: `bench${solved.length % ACCOUNTS}`, password, ...(solved.pop() ?? { captchaId: 'exhausted', captchaCode: '0000' }) },
      });

    const measure = async (people: number, only?: string[]) => {
      for (const s of scenarios.filter((x) => !only || only.some((o) => x.name.startsWith(o)))) {
        const r = await cannon(`${server.url}/graphql`, { body: s.body, headers: s.headers ?? { 'content-type': 'application/json' } });
        rows.push({ name: s.name, people, ...r, rssMb: server.peakRss(), note: r.errors ? `${r.errors} errors` : undefined });
        process.stderr.write(`${s.name} (${people}): ${r.rps.toFixed(0)} req/s p99 ${r.p99} ms\n`);
      }
    };
    await measure(SMALL);

    {
      const total = mix.reduce((sum, m) => sum + m.weight, 0);
      let pick = 0;
      const r = await cannon(`${server.url}/graphql`, {
        requests: [
          {
            method: 'POST',
            setupRequest: (request: autocannon.Request) => {
              // A fixed, evenly spread sequence rather than random draws: the same mix every run.
              let slot = pick++ % total;
              const m = mix.find((x) => (slot -= x.weight) < 0)!;
              return { ...request, body: m.body === 'LOGIN' ? loginBody() : m.body, headers: m.headers };
            },
          },
        ],
      });
      rows.push({ name: 'S6 mixed day (70/20/5/5)', people: SMALL, ...r, rssMb: server.peakRss(), note: 'log-ins here are the password step (one argon2id each)' });
    }

    // S5: complete log-ins (password + SMS code) per second, against argon2's bound.
    {
      const until = Date.now() + DURATION * 1000;
      let done = 0;
      const latencies: number[] = [];
      await Promise.all(
        Array.from({ length: 8 }, async (_, worker) => {
          // Each worker logs in as its own account, so every SMS code it reads is its own.
          const account = worker;
          const mobile = synthetic(account * 4).mobile;
          while (Date.now() < until) {
            const started = Date.now();
            const seen = sms.codes.get(mobile)?.length ?? 0;
            const captcha = await post<{ newCaptcha: { id: string } }>(server.url, gql('mutation { newCaptcha { id } }'));
            const login = await post<{ login: { challenge: { id: string } } }>(
              server.url,
              gql('mutation($input: LoginInput!) { login(input: $input) { challenge { id } errors { code } } }', {
                input: { identifier: `bench${account}`, password, captchaId: captcha.newCaptcha.id, captchaCode: await solver.solve(captcha.newCaptcha.id) },
              }),
            );
            const code = await waitForCode(sms.codes, mobile, seen);
            await post(server.url, gql('mutation($input: VerifyCodeInput!) { verifyLogin(input: $input) { session { accessToken } } }', { input: { challengeId: login.login.challenge.id, code } }));
            latencies.push(Date.now() - started);
            done++;
          }
        }),
      );
      latencies.sort((a, b) => a - b);
      const rps = done / DURATION;
      rows.push({ name: 'S5 log-in (password + code)', people: SMALL, rps, p50: latencies[Math.floor(latencies.length / 2)], p99: latencies[Math.floor(latencies.length * 0.99)], rssMb: server.peakRss(), note: `${((rps / hashesPerSecond) * 100).toFixed(0)}% of argon2 bound (${hashesPerSecond.toFixed(1)}/s)` });
    }

    await server.stop();
    if (LARGE > SMALL) {
      notes.push(`registry:generate --count ${LARGE}: ${generate(LARGE).toFixed(1)} s`);
      server = await start(path.join(DIST, 'main.js'), env);
      await measure(LARGE, ['S3', 'S4']);
      await server.stop();
    }
    solver.close();
    sms.server.close();
    writeReport(rows, notes, hashesPerSecond);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function writeReport(rows: Row[], notes: string[], hashesPerSecond: number) {
  const b = rows.find((r) => r.name.startsWith('B'))!.rps;
  const line = (r: Row) =>
    `| ${r.name} | ${r.people?.toLocaleString('en') ?? '—'} | ${r.rps.toFixed(0)} | ${(r.rps / b).toFixed(2)} | ${r.p50} | ${r.p99} | ${r.rssMb.toFixed(0)} | ${r.note ?? ''} |`;
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const text = `# Benchmarks

Produced by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.
autocannon, ${CONNECTIONS} connections, ${WARMUP} s warm-up then ${DURATION} s per scenario; the server runs with
\`NODE_ENV=production\` on the embedded SQLite database, in its own process; ratios are to **B** of the same run.

| scenario | people | req/s | × B | p50 ms | p99 ms | peak RSS MB | note |
|---|---:|---:|---:|---:|---:|---:|---|
${rows.map(line).join('\n')}

argon2id (m=19 MiB, t=2, p=1) hashes per second on this machine, all cores: ${hashesPerSecond.toFixed(1)}.

${notes.map((n) => `- ${n}`).join('\n')}
`;
  // The analysis below the table is written by people; a new run replaces only the numbers.
  const file = path.join(REPO_ROOT, 'BENCHMARKS.md');
  let analysis = '';
  try {
    const previous = readFileSync(file, 'utf8');
    const at = previous.indexOf('\n## Analysis');
    if (at >= 0) analysis = previous.slice(at);
  } catch {
    /* first run */
  }
  writeFileSync(file, text + analysis);
  process.stdout.write(text);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
