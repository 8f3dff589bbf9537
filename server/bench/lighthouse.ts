import { ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { REPO_ROOT } from '../shared/paths';

/**
 * `npm run bench:lighthouse`: Lighthouse (mobile, its default simulated throttling) on the pages a
 * first visit lands on, against the server in production mode serving the built client. Prints a
 * Markdown table. `lighthouseTable(await runLighthouse(url))` is the part another bench can call
 * with a server it started itself.
 */

export const LIGHTHOUSE_PAGES = ['/', '/register', '/services'] as const;

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Milliseconds, as Lighthouse's simulation estimates them. */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Bytes over the network for the whole page load (total-byte-weight), and of it the JavaScript. */
  transferBytes: number;
  scriptBytes: number;
  /** Lighthouse's own measure of this host's CPU speed at the time (higher is faster). */
  benchmarkIndex: number;
  /** How long the run waited for the machine to be quiet first, in milliseconds. */
  waitedMs: number;
}

export interface LighthouseRow {
  page: string;
  /** The run with the median performance score (ties: the median first contentful paint). */
  median: LighthouseRun;
  /** Every run's performance score, in the order they ran. */
  performanceRuns: number[];
}

export interface LighthouseOptions {
  pages?: readonly string[];
  /** Runs per page (LIGHTHOUSE_RUNS, default 3): a score must hold, not happen once. */
  runs?: number;
  chromePath?: string;
  /** Keeps each run's full JSON report here (LIGHTHOUSE_REPORT_DIR), to read what to fix. */
  reportDir?: string;
}

/** The parts of Lighthouse's result (LHR) read here. */
interface Lhr {
  environment?: { benchmarkIndex?: number };
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  categories: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number }[] } }>;
}

const LIGHTHOUSE_CLI = path.join(REPO_ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');

/** One Lighthouse run of one address, in its own process (its own Chromium, its own profile). */
async function lighthouseOnce(url: string, chromePath: string, keepAs?: string): Promise<LighthouseRun> {
  const waitedMs = await quietMachine();
  const dir = mkdtempSync(path.join(tmpdir(), 'absher-lighthouse-'));
  const report = path.join(dir, 'report.json');
  try {
    await new Promise<void>((resolve, reject) =>
      execFile(
        process.execPath,
        [
          LIGHTHOUSE_CLI,
          url,
          '--output=json',
          `--output-path=${report}`,
          '--quiet',
          // Lighthouse's defaults are the measurement: mobile form factor, simulated slow 4G and a
          // 4× slower CPU. Only the browser's flags are ours (Debian's Chromium, as root, no GPU).
          '--chrome-flags=--headless --no-sandbox --disable-gpu',
        ],
        { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 16 * 1024 * 1024 },
        (error, _stdout, stderr) => (error ? reject(new Error(`lighthouse ${url} failed: ${stderr || error.message}`)) : resolve()),
      ),
    );
    if (keepAs) copyFileSync(report, keepAs);
    const lhr = JSON.parse(readFileSync(report, 'utf8')) as Lhr;
    if (lhr.runtimeError) throw new Error(`lighthouse ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (key: keyof Lhr['categories']) => Math.round((lhr.categories[key].score ?? 0) * 100);
    const value = (audit: string) => lhr.audits[audit]?.numericValue ?? Number.NaN;
    const requests = lhr.audits['network-requests']?.details?.items ?? [];
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      transferBytes: value('total-byte-weight'),
      scriptBytes: requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? Number.NaN,
      waitedMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The machine's CPU time so far, busy and in all, in clock ticks (/proc/stat's first line). */
function cpuTicks(): { busy: number; total: number } | null {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/);
    const ticks = fields.map(Number);
    const idle = ticks[3] + (ticks[4] ?? 0); // idle + iowait
    const total = ticks.reduce((sum, t) => sum + t, 0);
    return { busy: total - idle, total };
  } catch {
    return null; // not Linux: no wait
  }
}

/**
 * Waits until the machine has been quiet (under 10 % of all cores busy) for one whole second, at most
 * 60 s; resolves to the time waited. Lighthouse's simulation multiplies the main-thread time it
 * observes by 4, so work still draining from a load just measured (a server's last requests and
 * garbage collection, a database checkpoint, a finished load generator's exit) would be counted as
 * the page's blocking time. The wait measures the page, not what ran before it.
 */
export async function quietMachine(limitMs = 60_000): Promise<number> {
  const started = Date.now();
  let last = cpuTicks();
  if (!last) return 0;
  while (Date.now() - started < limitMs) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = cpuTicks()!;
    const busy = (now.busy - last.busy) / Math.max(1, now.total - last.total);
    last = now;
    if (busy < 0.1) break;
  }
  return Date.now() - started;
}

/**
 * Lighthouse sometimes loses its trace on a busy machine (NO_NAVSTART, NO_FCP): such a run measured
 * nothing, so it is run again, at most twice.
 */
async function withRetries(run: () => Promise<LighthouseRun>): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt === 3) throw error;
      process.stderr.write(`${error instanceof Error ? error.message.trim() : String(error)}; running it again\n`);
    }
  }
}

/** Lighthouse on each page of `baseUrl`, `runs` times each, one run at a time (they share 2 cores). */
export async function runLighthouse(baseUrl: string, options: LighthouseOptions = {}): Promise<LighthouseRow[]> {
  const pages = options.pages ?? LIGHTHOUSE_PAGES;
  const runs = options.runs ?? Number(process.env.LIGHTHOUSE_RUNS ?? 3);
  const chromePath = options.chromePath ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const reportDir = options.reportDir ?? process.env.LIGHTHOUSE_REPORT_DIR;
  if (reportDir) mkdirSync(reportDir, { recursive: true });
  const rows: LighthouseRow[] = [];
  for (const page of pages) {
    const results: LighthouseRun[] = [];
    for (let i = 0; i < runs; i++) {
      const keepAs = reportDir ? path.join(reportDir, `${page.replace(/\W+/g, '_') || '_'}-${i + 1}.json`) : undefined;
      const run = await withRetries(() => lighthouseOnce(new URL(page, baseUrl).toString(), chromePath, keepAs));
      process.stderr.write(
        `lighthouse ${page} run ${i + 1}/${runs}: performance ${run.performance}, FCP ${Math.round(run.fcp)} ms, LCP ${Math.round(run.lcp)} ms, ` +
          `TBT ${Math.round(run.tbt)} ms, host benchmark ${Math.round(run.benchmarkIndex)} (waited ${(run.waitedMs / 1000).toFixed(0)} s for a quiet machine)\n`,
      );
      results.push(run);
    }
    const sorted = [...results].sort((a, b) => a.performance - b.performance || a.fcp - b.fcp);
    rows.push({ page, median: sorted[Math.floor((sorted.length - 1) / 2)], performanceRuns: results.map((r) => r.performance) });
  }
  return rows;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;

/** The Markdown table of a Lighthouse bench (median run per page). */
export function lighthouseTable(rows: LighthouseRow[]): string {
  const head =
    '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | transferred (JS) | performance, every run | host benchmark index |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|';
  const lines = rows.map(({ page, median: m, performanceRuns }) =>
    [
      page,
      m.performance,
      m.accessibility,
      m.bestPractices,
      m.seo,
      seconds(m.fcp),
      seconds(m.lcp),
      `${Math.round(m.tbt)} ms`,
      m.cls.toFixed(3),
      `${kib(m.transferBytes)} (${kib(m.scriptBytes)})`,
      performanceRuns.join(', '),
      Math.round(m.benchmarkIndex),
    ].join(' | '),
  );
  return `${head}\n${lines.map((l) => `| ${l} |`).join('\n')}\n`;
}

/**
 * The built server (dist/server/main.js) in production mode on a fresh SQLite database, with
 * throwaway keys and secrets; resolves once it says where it serves.
 */
export async function startProductionServer(): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'absher-lighthouse-server-'));
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const env = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'info',
    DATA_DIR: dir,
    DATABASE_URL: `sqlite:${path.join(dir, 'absher.sqlite')}`,
    DB_AUTO_MIGRATE: 'true',
    JWT_PRIVATE_KEYS: JSON.stringify([{ ...(await exportJWK(privateKey)), alg: 'EdDSA', kid: 'lighthouse' }]),
    APP_SECRETS: randomBytes(32).toString('base64url'),
    PAYMENT_CALLBACK_SECRET: randomBytes(32).toString('base64url'),
  };
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', 'server', 'main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      const serving = /"url":"(http:\/\/[^"]+)\/graphql"/.exec(output);
      if (serving) {
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        child.removeListener('exit', onExit);
        resolve(serving[1]);
      }
    };
    const onExit = (code: number | null) => reject(new Error(`the server exited (${code}) before serving:\n${output.slice(-2000)}`));
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += String(c)));
    child.once('exit', onExit);
  });
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((done) => {
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          done();
        });
        child.kill('SIGTERM');
      }),
  };
}

async function main() {
  // The server serves the client only when client/dist exists at start.
  if (!existsSync(path.join(REPO_ROOT, 'client', 'dist', 'index.html'))) throw new Error('client/dist/index.html is missing: run npm run build:client');
  const server = await startProductionServer();
  try {
    // Lighthouse's simulation multiplies the CPU time it observes by 4, so a machine busy with other
    // work lengthens the blocking time it reports: the load goes with the numbers.
    const loadBefore = loadavg()[0];
    const rows = await runLighthouse(server.url);
    process.stdout.write(
      `Lighthouse 12 (mobile, default simulated throttling), median of ${rows[0]?.performanceRuns.length ?? 0} runs per page, Chromium headless, production server; ` +
        `load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after, on ${cpus().length} cores:\n\n${lighthouseTable(rows)}`,
    );
  } finally {
    await server.stop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`lighthouse bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
