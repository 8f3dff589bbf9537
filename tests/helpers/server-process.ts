import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { randomBytes } from 'node:crypto';

const ROOT = path.resolve(__dirname, '..', '..');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: string[];
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/** Keys and secrets shared by several instances, as an operator would configure them. */
export async function sharedSecrets(): Promise<Record<string, string>> {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return {
    JWT_PRIVATE_KEYS: JSON.stringify([{ ...(await exportJWK(privateKey)), alg: 'EdDSA', kid: 'test-key-1' }]),
    APP_SECRETS: randomBytes(32).toString('base64url'),
  };
}

/**
 * Redis for suites that run several workers, which refuse to start without it: from
 * REDIS_URL_FOR_TESTS (as CI sets it), or undefined, and those suites are reported as skipped. Each
 * suite names its own logical database, so that the counters of suites running side by side never mix.
 */
export function redisForWorkers(database: number): string | undefined {
  const base = process.env.REDIS_URL_FOR_TESTS;
  if (!base) return undefined;
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * The newest message in the development outbox for `to`. A message leaves only after its action's
 * transaction has committed, which may be just after the answer went out: wait for it to arrive.
 */
export async function awaitOutboxMessage(serverUrl: string, to: string, timeoutMs = 10_000): Promise<{ body: string }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const messages = (await (await fetch(`${serverUrl}/dev/outbox?to=${encodeURIComponent(to)}`)).json()) as { body: string }[];
    if (messages[0]) return messages[0];
    if (Date.now() > deadline) throw new Error(`no message reached ${to} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts `server/main.ts` as its own process and waits until it says where it serves. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'server/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output.join('')}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output.push(String(chunk));
      const match = /"url":"(http:\/\/[^"]+)\/graphql"[^\n]*Absher is serving/.exec(output.join(''));
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before serving:\n${output.join('')}`));
    });
  });
  return { url: url.replace('0.0.0.0', '127.0.0.1'), child, output, exited };
}
