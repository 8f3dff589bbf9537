import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Person } from '../server/modules/registry/person.entity';
import { PERSON_COLUMNS } from '../server/modules/registry/person-row';
import { REPO_ROOT } from '../server/shared/paths';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const HEADER = PERSON_COLUMNS.join(',');
const row = (id: string, firstEn: string, extra: Partial<Record<'dob' | 'mobiles' | 'head' | 'gender', string>> = {}) =>
  [
    id,
    'أحمد',
    'علي',
    'حسن',
    'الزهراني',
    firstEn,
    'Ali',
    'Hassan',
    'Alzahrani',
    extra.dob ?? '1980-01-15',
    extra.gender ?? 'M',
    'SAU',
    extra.mobiles ?? '0501234567',
    'false',
    'Jeddah',
    'Al Safa',
    '23451',
    extra.head ?? '',
  ].join(',');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `registry-import` as its own process, exactly as an operator runs it, against `databaseUrl`. */
function runImport(databaseUrl: string, args: string[], dataDir: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', 'server/cli/registry-import.ts', ...args],
      { cwd: REPO_ROOT, env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

describe.each(databases)('registry:import command ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let dir: string;
  let databaseUrl: string;
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const persons = () => t.app.services.orm.em.fork().find(Person, {}, { orderBy: { nationalId: 'asc' } });

  beforeAll(async () => {
    if (!enabled) return;
    dir = mkdtempSync(path.join(tmpdir(), 'absher-import-'));
    // The app migrates an empty database (no demo registry); the command then writes to the same one.
    t = await startTestApp({ database: kind, env: { DEMO_DATA: 'false' } });
    const db = t.app.services.config.database;
    databaseUrl = db.kind === 'sqlite' ? `sqlite:${db.path}` : db.url;
  });
  afterAll(async () => {
    await t?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!enabled)('imports the good rows, reports each bad one with its line and reason, and exits 1', async () => {
    expect(await persons()).toEqual([]);
    const csv = [
      HEADER, // line 1
      row('1000000107', 'Ahmed', { mobiles: '0501234567;+966551234567' }), // 2
      row('1000000108', 'Broken'), // 3: Luhn
      row('2000000105', 'Ravi', { mobiles: '٠٥٠٩٨٧٦٥٤٣', head: '1000000107' }), // 4
      row('1000000115', 'Late', { dob: '1980-02-30' }), // 5
      '', // 6: blank lines are skipped
      row('1000000123', 'Phone', { mobiles: '0412345678' }), // 7
      `${row('1000000131', 'Wide')},extra`, // 8
      row('1000000149', 'Fatimah', { gender: 'F' }), // 9
      '',
    ].join('\n');
    const run = await runImport(databaseUrl, ['--persons', file('mixed.csv', csv)], dir);
    expect(run.code, run.stderr).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^line 3: national_id "1000000108" is not a valid ID/),
      expect.stringMatching(/^line 5: date_of_birth "1980-02-30"/),
      'line 7: mobile "0412345678" is not a Saudi mobile number',
      'line 8: 19 columns, the header has 18',
      expect.stringMatching(/^3 imported, 4 rejected in [\d.]+ s$/),
    ]);
    // Reports hold no full ID of a good row's person: only the refused values.
    expect(run.stdout).not.toContain('1000000107');

    const imported = await persons();
    expect(imported.map((p) => p.nationalId)).toEqual(['1000000107', '1000000149', '2000000105']);
    expect(imported[0]).toMatchObject({ firstNameEn: 'Ahmed', kind: 'CITIZEN', mobiles: ['+966501234567', '+966551234567'], dateOfBirth: '1980-01-15', deceased: false });
    expect(imported[2]).toMatchObject({ firstNameEn: 'Ravi', kind: 'RESIDENT', mobiles: ['+966509876543'], headOfFamilyId: '1000000107' });
  });

  it.skipIf(!enabled)('upserts on re-import: a changed name is updated, nobody is duplicated, and a clean file exits 0', async () => {
    // The same ID twice in one file: the later row wins, as it would in two imports.
    const csv = [HEADER, row('1000000107', 'Ahmad', { mobiles: '0501234567' }), row('1000000156', 'Khalid'), row('1000000156', 'Khaled'), ''].join('\n');
    const run = await runImport(databaseUrl, ['--persons', file('again.csv', csv)], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^\d+ imported, 0 rejected/m);
    const after = await persons();
    expect(after.map((p) => p.nationalId)).toEqual(['1000000107', '1000000149', '1000000156', '2000000105']);
    expect(after[0]).toMatchObject({ firstNameEn: 'Ahmad', mobiles: ['+966501234567'] });
    expect(after[2]).toMatchObject({ firstNameEn: 'Khaled' });
  });

  it.skipIf(!enabled)('reads a spreadsheet export: UTF-8 byte order mark, Windows line endings, quoted fields', async () => {
    const quoted = row('1000000172', 'Quoted').replace('Jeddah', '"Jeddah, Old Town"');
    const csv = `\ufeff${[HEADER, quoted, row('2000000113', 'Windows'), ''].join('\r\n')}`;
    const run = await runImport(databaseUrl, ['--persons', file('excel.csv', csv)], dir);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const imported = (await persons()).filter((p) => ['1000000172', '2000000113'].includes(p.nationalId));
    expect(imported.map((p) => [p.firstNameEn, p.city, p.postalCode])).toEqual([
      ['Quoted', 'Jeddah, Old Town', '23451'],
      ['Windows', 'Jeddah', '23451'],
    ]);
  });

  it.skipIf(!enabled)("imports each dependant's relation to their head of family and an establishment sponsor, refusing a relation that cannot be", async () => {
    const header = `${HEADER},relation_to_head,sponsor_establishment_id`;
    const csv = [
      header,
      `${row('1000000180', 'Wife', { gender: 'F', head: '1000000107' })},spouse,`, // 2
      `${row('1000000198', 'Second', { gender: 'F', head: '1000000107' })},SPOUSE,`, // 3: a second wife
      `${row('2000000121', 'Worker', { head: '1000000107' })},DOMESTIC_WORKER,`, // 4
      `${row('2000000139', 'Employee')},,7001234567`, // 5
      `${row('1000000206', 'Wrong', { head: '1000000107' })},DAUGHTER,`, // 6: a man as a daughter
      '',
    ].join('\n');
    const run = await runImport(databaseUrl, ['--persons', file('relations.csv', csv)], dir);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout.trim().split('\n')[0]).toBe('line 6: relation_to_head DAUGHTER does not match gender M');
    const imported = Object.fromEntries((await persons()).map((p) => [p.nationalId, [p.headOfFamilyId ?? null, p.relationToHead ?? null, p.sponsorEstablishmentId ?? null]]));
    expect(imported).toMatchObject({
      '1000000180': ['1000000107', 'SPOUSE', null],
      '1000000198': ['1000000107', 'SPOUSE', null],
      '2000000121': ['1000000107', 'DOMESTIC_WORKER', null],
      '2000000139': [null, null, '7001234567'],
    });
    expect(imported['1000000206']).toBeUndefined();
  });

  it.skipIf(!enabled)('refuses a file whose header is not the contract, importing nothing', async () => {
    const swapped = HEADER.replace('first_name_ar,father_name_ar', 'father_name_ar,first_name_ar');
    const run = await runImport(databaseUrl, ['--persons', file('header.csv', [swapped, row('1000000164', 'Nobody'), ''].join('\n'))], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/line 1: column 2 must be "first_name_ar"/);
    expect((await persons()).map((p) => p.nationalId)).not.toContain('1000000164');
  });

  it.skipIf(!enabled)('explains its usage without --persons and fails on a missing file, without a stack trace', async () => {
    const usage = await runImport(databaseUrl, [], dir);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage: npm run registry:import -- --persons FILE\.csv/);
    const missing = await runImport(databaseUrl, ['--persons', path.join(dir, 'nope.csv')], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/registry:import failed: .*nope\.csv/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('registry:import on a database that was never migrated', () => {
  const fresh = async (env: Record<string, string>) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'absher-import-'));
    try {
      writeFileSync(path.join(dir, 'p.csv'), [HEADER, row('1000000107', 'Ahmed'), ''].join('\n'));
      return await runImport(`sqlite:${path.join(dir, 'empty.sqlite')}`, ['--persons', path.join(dir, 'p.csv')], dir, env);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('migrates it first, as the server does at start, then imports', async () => {
    const run = await fresh({});
    expect(run.stderr).not.toMatch(/failed/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\b1 imported/);
  });

  it('refuses and says how to migrate where migrations are not applied automatically (DB_AUTO_MIGRATE=false, production)', async () => {
    const run = await fresh({ DB_AUTO_MIGRATE: 'false' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/pending migration\(s\); run `npm run db:migrate` first/);
  });
});
