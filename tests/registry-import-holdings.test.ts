import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DisputeStatus, DocumentType, PersonDocument, Vehicle, Violation } from '../server/modules/registry/holdings.entity';
import { DocumentStatus } from '../server/modules/registry/document-status';
import { DOCUMENT_COLUMNS, VEHICLE_COLUMNS, VIOLATION_COLUMNS } from '../server/modules/registry/holding-rows';
import { PERSON_COLUMNS } from '../server/modules/registry/person-row';
import { REPO_ROOT } from '../server/shared/paths';
import { databases, startTestApp, TestApp } from './helpers/test-app';

function runImport(databaseUrl: string, args: string[], dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', 'server/cli/registry-import.ts', ...args],
      { cwd: REPO_ROOT, env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

describe.each(databases)('registry:import of documents, vehicles and violations ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let dir: string;
  let databaseUrl: string;
  const file = (name: string, lines: string[]) => {
    const p = path.join(dir, name);
    writeFileSync(p, lines.join('\n') + '\n');
    return p;
  };
  const em = () => t.app.services.orm.em.fork();

  beforeAll(async () => {
    if (!enabled) return;
    dir = mkdtempSync(path.join(tmpdir(), 'absher-import-holdings-'));
    t = await startTestApp({ database: kind, env: { DEMO_DATA: 'false' } });
    const db = t.app.services.config.database;
    databaseUrl = db.kind === 'sqlite' ? `sqlite:${db.path}` : db.url;
  });
  afterAll(async () => {
    await t?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!enabled)('imports persons and holdings together, reports each bad row with its file, line and reason, and upserts', async () => {
    const persons = file('p.csv', [PERSON_COLUMNS.join(','), '1000000107,أحمد,علي,حسن,الزهراني,Ahmed,Ali,Hassan,Alzahrani,1980-01-15,M,SAU,0501234567,false,Jeddah,Al Safa,23451,']);
    const documents = file('d.csv', [
      DOCUMENT_COLUMNS.join(','),
      '1000000107,DRIVING_LICENCE,1000000107,2020-01-01,2030-01-01,',
      '1000000107,PASSPORT,W55,2020-01-01,2025-01-01,valid',
      '1000000107,VISA,1,2020-01-01,2030-01-01,', // line 4: unknown type
      '1000000100,PASSPORT,W66,2020-01-01,2030-01-01,', // line 5: bad ID
      '1000000107,PASSPORT,W77,2020-01-01,2019-01-01,', // line 6: expiry before issue
      '1000000107,PASSPORT,W88,2010-01-01,2020-01-01,EXPIRED', // line 7: expired follows from the dates
      '1000000107,NATIONAL_ID,1000000107,2015-01-01,2030-01-01,LOST',
    ]);
    const vehicles = file('v.csv', [VEHICLE_COLUMNS.join(','), 'abc 1234,1000000107,Toyota,Camry,2020,2027-01-01,2026-12-01,', 'X,1000000107,Kia,Rio,20,2027-01-01,,']);
    const violations = file('x.csv', [
      VIOLATION_COLUMNS.join(','),
      '9000000001,1000000107,ABC1234,2026-01-05,150.50,false,speeding,طريق الملك فهد، الرياض,"King Fahd Road, Riyadh"',
      '9000000002,1000000107,,2026-01-05,-3,false,,,',
      '9000000003,1000000107,,2026-01-05,100,maybe,,,',
      '9000000004,1000000107,,2026-01-05,100,false,JAYWALKING,شارع,Street',
    ]);
    const run = await runImport(databaseUrl, ['--persons', persons, '--documents', documents, '--vehicles', vehicles, '--violations', violations], dir);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^persons 1 imported, 0 rejected/),
      'documents line 4: type "VISA" must be one of NATIONAL_ID, IQAMA, PASSPORT, DRIVING_LICENCE',
      'documents line 5: national_id "1000000100" is not a valid ID',
      'documents line 6: expires_on is before issued_on',
      'documents line 7: status "EXPIRED" must be one of VALID, LOST, REPLACED, CANCELLED or empty (expired follows from expires_on)',
      expect.stringMatching(/^documents 3 imported, 4 rejected/),
      'vehicles line 3: plate "X" must be 2 to 12 letters or digits',
      expect.stringMatching(/^vehicles 1 imported, 1 rejected/),
      'violations line 3: amount_sar "-3" must be a positive amount in SAR (e.g. 300 or 150.50)',
      'violations line 4: paid "maybe" must be true or false',
      'violations line 5: type "JAYWALKING" must be one of SPEEDING, RED_LIGHT, MOBILE_PHONE, NO_SEATBELT, PARKING, EXPIRED_REGISTRATION, OTHER or empty',
      expect.stringMatching(/^violations 1 imported, 3 rejected/),
    ]);
    expect(await em().find(Vehicle, {})).toMatchObject([{ plate: 'ABC1234', ownerId: '1000000107', inspectionExpiresOn: null }]);
    expect(await em().find(Violation, {})).toMatchObject([
      { number: '9000000001', amountHalalas: 15_050, paid: false, disputeStatus: 'NONE', type: 'SPEEDING', placeAr: 'طريق الملك فهد، الرياض', placeEn: 'King Fahd Road, Riyadh' },
    ]);

    expect(await em().findOneOrFail(PersonDocument, { type: DocumentType.NATIONAL_ID, number: '1000000107' })).toMatchObject({ status: 'LOST' });
    expect(await em().findOneOrFail(PersonDocument, { type: DocumentType.DRIVING_LICENCE, number: '1000000107' })).toMatchObject({ status: 'VALID' });

    // Re-importing updates in place: dates change, nothing is duplicated, what the portal set is kept.
    await em().nativeUpdate(Violation, { number: '9000000001' }, { disputeStatus: DisputeStatus.OPEN });
    await em().nativeUpdate(PersonDocument, { type: DocumentType.PASSPORT, number: 'W55' }, { status: DocumentStatus.LOST });
    await em().nativeUpdate(Vehicle, { plate: 'ABC1234' }, { authorizedDriverId: '1000000008', authorizedUntil: '2026-12-01' });
    const again = await runImport(
      databaseUrl,
      [
        '--documents',
        // A file from before status: it imports, and leaves the loss reported in the portal as it is.
        file('d2.csv', [DOCUMENT_COLUMNS.slice(0, 5).join(','), '1000000107,PASSPORT,W55,2024-01-01,2034-01-01']),
        '--vehicles',
        file('v2.csv', [VEHICLE_COLUMNS.join(','), 'ABC1234,1000000107,Toyota,Camry,2020,2028-01-01,2027-12-01,2027-06-01']),
        '--violations',
        // A file from before type and place: it imports, and leaves them as they were.
        file('x2.csv', [VIOLATION_COLUMNS.slice(0, 6).join(','), '9000000001,1000000107,ABC1234,2026-01-05,150.50,true']),
      ],
      dir,
    );
    expect(again.code).toBe(0);
    const passports = await em().find(PersonDocument, { type: DocumentType.PASSPORT });
    expect(passports).toHaveLength(1);
    expect(passports[0]).toMatchObject({ number: 'W55', expiresOn: '2034-01-01', status: 'LOST' });
    expect(await em().findOneOrFail(Vehicle, 'ABC1234')).toMatchObject({ registrationExpiresOn: '2028-01-01', authorizedDriverId: '1000000008' });
    expect(await em().findOneOrFail(Violation, '9000000001')).toMatchObject({ paid: true, disputeStatus: 'OPEN', type: 'SPEEDING', placeEn: 'King Fahd Road, Riyadh' });
  });
});
