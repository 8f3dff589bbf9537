import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Office } from '../server/modules/appointments';
import { OFFICE_COLUMNS } from '../server/modules/appointments/office-row';
import { REPO_ROOT } from '../server/shared/paths';
import { AppointmentSlotsDocument, OfficeSchedulesDocument } from './gql/graphql';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const HEADER = OFFICE_COLUMNS.join(',');
type Cells = Partial<Record<(typeof OFFICE_COLUMNS)[number], string>>;
const row = (id: string, cells: Cells = {}) =>
  OFFICE_COLUMNS.map(
    (c) =>
      ({
        office_id: id,
        kind: 'PASSPORTS',
        city_en: 'Abha',
        city_ar: 'أبها',
        name_ar: `إدارة الجوازات — أبها ${id}`,
        name_en: `Passports Office — Abha ${id}`,
        address_ar: 'حي المنسك، أبها',
        address_en: '"Al Mansak, Abha"',
        opens_at: '08:00',
        closes_at: '12:00',
        slot_minutes: '20',
        slot_capacity: '2',
        working_days: 'sun;mon;tue;wed;thu',
        ...cells,
      })[c],
  ).join(',');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `offices-import` as its own process, exactly as an operator runs it, against `databaseUrl`. */
function runImport(databaseUrl: string, args: string[], dataDir: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', 'server/cli/offices-import.ts', ...args],
      { cwd: REPO_ROOT, env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

describe.each(databases)('offices:import command ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let dir: string;
  let databaseUrl: string;
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const offices = async () => (await t.api.ok(OfficeSchedulesDocument, {})).offices.nodes;
  const officeRows = () => t.app.services.orm.em.fork().find(Office, {}, { orderBy: { id: 'asc' } });

  beforeAll(async () => {
    if (!enabled) return;
    dir = mkdtempSync(path.join(tmpdir(), 'absher-offices-'));
    // A start without demo data: no office at all until the command brings them.
    t = await startTestApp({ database: kind, env: { DEMO_DATA: 'false' } });
    const db = t.app.services.config.database;
    databaseUrl = db.kind === 'sqlite' ? `sqlite:${db.path}` : db.url;
  });
  afterAll(async () => {
    await t?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!enabled)('refuses a file with bad rows as a whole: every problem with its line and column, nothing written, exit 1', async () => {
    expect(await offices()).toEqual([]);
    const csv = [
      HEADER, // line 1
      row('AHB-PASSPORTS-1'), // 2: good, but the file is refused, so not written either
      row('AHB-POLICE-1', { kind: 'POLICE', slot_capacity: '0' }), // 3: two problems
      '', // 4: blank lines are skipped
      row('AHB-TRAFFIC-1', { kind: 'TRAFFIC', opens_at: '14:00' }), // 5: closes before it opens
      row('AHB-PASSPORTS-1', { name_en: 'Again' }), // 6: the same office twice
      `${row('AHB-CIVIL-1', { kind: 'CIVIL_AFFAIRS' })},extra`, // 7: a cell too many
      row('AHB-CIVIL-2', { kind: 'CIVIL_AFFAIRS', working_days: 'sunday;monday' }), // 8
      '',
    ].join('\n');
    const run = await runImport(databaseUrl, [file('bad.csv', csv)], dir);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([
      'line 3, kind: kind "POLICE" must be one of PASSPORTS, CIVIL_AFFAIRS, TRAFFIC',
      'line 3, slot_capacity: slot_capacity "0" must be a whole number of people from 1 to 500',
      'line 5, closes_at: closes_at 12:00 must be after opens_at 14:00',
      'line 6, office_id: office_id "AHB-PASSPORTS-1" is already on line 2',
      'line 7: 14 columns, the header has 13',
      'line 8, working_days: working_days "sunday;monday" must list weekdays separated by ";": 0–6 (0 = Sunday) or sun, mon, tue, wed, thu, fri, sat',
      'nothing imported: 6 problem(s) in 5 row(s); fix them and import the file again',
    ]);
    expect(await officeRows()).toEqual([]);
  });

  it.skipIf(!enabled)('refuses a file whose header is not the contract, before reading any row', async () => {
    const run = await runImport(databaseUrl, [file('header.csv', ['office_id,city_en', 'AHB-1,Abha', ''].join('\n'))], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('offices:import failed: offices, line 1: column 2 must be "kind" (found "city_en")');
    expect(await officeRows()).toEqual([]);
  });

  it.skipIf(!enabled)('imports a good file, and the running server offers its offices and their slots at once', async () => {
    const csv = [HEADER, row('AHB-PASSPORTS-1'), row('AHB-TRAFFIC-1', { kind: 'traffic', working_days: '0;1;2;3;4;6', slot_capacity: '5' }), ''].join('\n');
    const run = await runImport(databaseUrl, [file('good.csv', csv)], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^2 offices imported \(2 added, 0 updated\) in [\d.]+ s\n$/);
    expect(await offices()).toEqual([
      {
        code: 'AHB-PASSPORTS-1',
        category: 'PASSPORTS',
        city: 'Abha',
        cityAr: 'أبها',
        nameAr: 'إدارة الجوازات — أبها AHB-PASSPORTS-1',
        nameEn: 'Passports Office — Abha AHB-PASSPORTS-1',
        addressAr: 'حي المنسك، أبها',
        addressEn: 'Al Mansak, Abha',
        opensAt: '08:00',
        closesAt: '12:00',
        slotMinutes: 20,
        slotCapacity: 2,
        workingDays: [0, 1, 2, 3, 4],
      },
      expect.objectContaining({ code: 'AHB-TRAFFIC-1', category: 'TRAFFIC', slotCapacity: 5, workingDays: [0, 1, 2, 3, 4, 6] }),
    ]);
    // Its calendar: 12 slots of 20 minutes a working day, each with the file's capacity.
    const { appointmentSlots } = await t.api.ok(AppointmentSlotsDocument, { officeId: 'AHB-PASSPORTS-1', serviceCode: 'PASSPORT_ISSUANCE' });
    expect(appointmentSlots.nodes.length).toBeGreaterThanOrEqual(12 * 8);
    expect(appointmentSlots.nodes.every((s) => s.capacity === 2 && s.remaining === 2)).toBe(true);
  });

  it.skipIf(!enabled)('re-imports idempotently: the same file changes nothing, a changed row updates its office, none is duplicated', async () => {
    const same = [HEADER, row('AHB-PASSPORTS-1'), row('AHB-TRAFFIC-1', { kind: 'traffic', working_days: '0;1;2;3;4;6', slot_capacity: '5' }), ''].join('\n');
    const before = await officeRows();
    const again = await runImport(databaseUrl, [file('same.csv', same)], dir);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^2 offices imported \(0 added, 2 updated\)/);
    expect(await officeRows()).toEqual(before);

    const changed = [HEADER, row('AHB-TRAFFIC-1', { kind: 'TRAFFIC', name_en: 'Traffic Department — Abha', closes_at: '13:00' }), ''].join('\n');
    const run = await runImport(databaseUrl, [file('changed.csv', changed)], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^1 offices imported \(0 added, 1 updated\)/);
    const after = await offices();
    // An office the file does not name stays as it was.
    expect(after.map((o) => o.code)).toEqual(['AHB-PASSPORTS-1', 'AHB-TRAFFIC-1']);
    expect(after[0]).toMatchObject({ nameEn: 'Passports Office — Abha AHB-PASSPORTS-1', closesAt: '12:00' });
    expect(after[1]).toMatchObject({ nameEn: 'Traffic Department — Abha', closesAt: '13:00', slotCapacity: 2, workingDays: [0, 1, 2, 3, 4] });
  });
});
