import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteReaders } from './read-connections';

describe('the read models’ SQLite connection', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'absher-reader-'));
  const file = path.join(dir, 'reader.sqlite');
  beforeAll(async () => {
    const sqlite3 = (await import('sqlite3')).default;
    const db = new sqlite3.Database(file);
    await new Promise<void>((resolve, reject) =>
      db.exec(
        "PRAGMA journal_mode = WAL; CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT, born INTEGER, active INTEGER); INSERT INTO person (name, born, active) VALUES ('Sara', 0, 1), ('Ali', 86400000, 0);",
        (error) => (error ? reject(error) : resolve()),
      ),
    );
    await new Promise<void>((resolve) => db.close(() => resolve()));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers many runs of one statement at once, each with its own parameters as the ORM writes them', async () => {
    const reader = sqliteReaders(file);
    const seen: string[] = [];
    reader.observe((sql) => seen.push(sql));
    const sql = 'SELECT name FROM person WHERE active = ? AND born >= ? ORDER BY id';
    const answers = await Promise.all([
      reader.all(sql, [true, new Date(0)]),
      reader.all(sql, [false, new Date(0)]),
      reader.all(sql, [true, new Date(86400000)]),
      reader.all('SELECT count(*) AS n FROM person WHERE name IS ?', [undefined]),
    ]);
    expect(answers).toEqual([[{ name: 'Sara' }], [{ name: 'Ali' }], [], [{ n: 0 }]]);
    expect(seen).toHaveLength(4);
    await reader.close();
  });

  it('a statement that does not prepare is refused with SQLite’s reason, every caller told, and the reader goes on', async () => {
    const reader = sqliteReaders(file);
    const bad = 'SELECT nme FROM person';
    const refusals = await Promise.allSettled([reader.all(bad, []), reader.all(bad, [])]);
    expect(refusals.map((r) => r.status === 'rejected' && String(r.reason))).toEqual([expect.stringContaining('no such column: nme'), expect.stringContaining('no such column: nme')]);
    await expect(reader.all(bad, [])).rejects.toThrow('no such column: nme');
    expect(await reader.all('SELECT name FROM person WHERE id = ?', [2])).toEqual([{ name: 'Ali' }]);
    await reader.close();
  });

  it('closes with its statements still running: they answer first', async () => {
    const reader = sqliteReaders(file);
    const running = reader.all('SELECT count(*) AS n FROM person', []);
    const closed = reader.close();
    expect(await running).toEqual([{ n: 2 }]);
    await closed;
  });
});
