import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');

/**
 * The read models' own connection and the ORM's connections must use one copy of SQLite. Two copies
 * in one process (Node 24's built-in `node:sqlite` beside `sqlite3`, as the reader once was) cannot
 * see each other's POSIX locks: each new `node:sqlite` connection took itself for the first user of
 * the WAL index, truncated the `-shm` file that `sqlite3`'s connections had mapped, and a writer
 * touching it then died of SIGBUS — a whole test worker once vanished from CI this way.
 */
describe('SQLite in one process', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'absher-one-copy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the read connection opens and closes again and again while the ORM writes on four connections, and the process lives', async () => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'tests/helpers/sqlite-reads-while-writing.ts', path.join(dir, 'absher.sqlite'), '4'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += String(chunk)));
    child.stderr.on('data', (chunk: Buffer) => (output += String(chunk)));
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('exit', (c, s) => resolve([c, s])));
    expect({ code, signal, output: code === 0 ? '' : output }).toEqual({ code: 0, signal: null, output: '' });
    const { writes, reads } = JSON.parse(output) as { writes: number; reads: number };
    expect(writes).toBeGreaterThan(100);
    expect(reads).toBeGreaterThan(20);
  });
});
