import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { EntityManager, EntityName } from '@mikro-orm/core';
import { parse } from 'csv-parse';
import { Person } from './person.entity';
import { checkDocumentHeader, checkVehicleHeader, checkViolationHeader, DocumentRow, parseDocumentRow, parseVehicleRow, parseViolationRow, VehicleRow, ViolationRow } from './holding-rows';
import { PersonDocument, Vehicle, Violation } from './holdings.entity';
import { checkPersonHeader, parsePersonRow, PersonData } from './person-row';

export interface ImportReport {
  imported: number;
  rejected: { line: number; reason: string }[];
}

export interface ImportProgress {
  /** Called now and then with the bytes read so far (for a progress bar). */
  onProgress?(bytesRead: number, imported: number): void;
}

const BATCH = 1000;

/** One kind of registry file: its header, how a row becomes a record, and what identifies a record. */
export interface RowKind<T extends object> {
  name: string;
  entity: EntityName<T>;
  checkHeader(header: string[]): string | null;
  parse(record: Record<string, string | undefined>, today: string): { row: T } | { error: string };
  /** What makes two rows the same record (a later one wins within a batch). */
  key(row: T): string;
  /** The unique columns an existing record is found by (default: the primary key). */
  conflict?: string[];
}

const PERSONS: RowKind<PersonData> = {
  name: 'persons',
  entity: Person,
  checkHeader: checkPersonHeader,
  parse: (record, today) => {
    const parsed = parsePersonRow(record, today);
    return 'error' in parsed ? parsed : { row: parsed.person };
  },
  key: (p) => p.nationalId,
};

const DOCUMENTS: RowKind<DocumentRow> = {
  name: 'documents',
  entity: PersonDocument,
  checkHeader: checkDocumentHeader,
  parse: (record) => parseDocumentRow(record),
  key: (d) => `${d.type}|${d.number}`,
  conflict: ['type', 'number'],
};

const VEHICLES: RowKind<VehicleRow> = {
  name: 'vehicles',
  entity: Vehicle,
  checkHeader: checkVehicleHeader,
  parse: (record) => parseVehicleRow(record),
  key: (v) => v.plate,
};

const VIOLATIONS: RowKind<ViolationRow> = {
  name: 'violations',
  entity: Violation,
  checkHeader: checkViolationHeader,
  parse: (record, today) => parseViolationRow(record, today),
  key: (v) => v.number,
};

/**
 * Streams a persons.csv into the registry: upsert by national ID, in batches of one transaction
 * each. A bad row is reported with its line and reason and imports nothing of itself; the others
 * go in. A million rows stream through constant memory.
 */
export function importPersons(em: EntityManager, source: string | Readable, today: string, progress: ImportProgress = {}): Promise<ImportReport> {
  return importRows(em, PERSONS, source, today, progress);
}

/** documents.csv: upsert by (type, number); a renewal in the source updates the dates. */
export function importDocuments(em: EntityManager, source: string | Readable, today: string, progress: ImportProgress = {}): Promise<ImportReport> {
  return importRows(em, DOCUMENTS, source, today, progress);
}

/** vehicles.csv: upsert by plate (an authorised driver set through the portal is kept). */
export function importVehicles(em: EntityManager, source: string | Readable, today: string, progress: ImportProgress = {}): Promise<ImportReport> {
  return importRows(em, VEHICLES, source, today, progress);
}

/** violations.csv: upsert by number (a dispute opened through the portal is kept). */
export function importViolations(em: EntityManager, source: string | Readable, today: string, progress: ImportProgress = {}): Promise<ImportReport> {
  return importRows(em, VIOLATIONS, source, today, progress);
}

/** The one streaming import path every registry file goes through. */
export async function importRows<T extends object>(em: EntityManager, kind: RowKind<T>, source: string | Readable, today: string, progress: ImportProgress = {}): Promise<ImportReport> {
  const input = typeof source === 'string' ? createReadStream(source) : source;
  let bytesRead = 0;
  input.on('data', (chunk: Buffer | string) => {
    bytesRead += chunk.length;
  });
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, trim: false, info: true }));
  const report: ImportReport = { imported: 0, rejected: [] };
  let header: string[] | null = null;
  // Keyed by identity: a later row for the same record wins, as it would in separate imports.
  let batch = new Map<string, T>();
  const flush = async () => {
    if (!batch.size) return;
    const rows = [...batch.values()];
    batch = new Map();
    await em.transactional((tx) => upsertRows(tx, kind.entity, rows as Record<string, unknown>[], kind.conflict));
    report.imported += rows.length;
    progress.onProgress?.(bytesRead, report.imported);
  };
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (!header) {
      header = record.map((c) => c.trim());
      const problem = kind.checkHeader(header);
      if (problem) {
        parser.destroy();
        input.destroy();
        throw new Error(`${kind.name}, line 1: ${problem}`);
      }
      continue;
    }
    if (record.length > header.length) {
      report.rejected.push({ line: info.lines, reason: `${record.length} columns, the header has ${header.length}` });
      continue;
    }
    const parsed = kind.parse(Object.fromEntries(header.map((name, i) => [name, record[i]])), today);
    if ('error' in parsed) report.rejected.push({ line: info.lines, reason: parsed.error });
    else {
      const key = kind.key(parsed.row);
      batch.delete(key);
      batch.set(key, parsed.row);
      if (batch.size >= BATCH) await flush();
    }
  }
  await flush();
  return report;
}

export function fileSize(file: string): number {
  return statSync(file).size;
}

/**
 * `INSERT … VALUES (…), (…) ON CONFLICT (pk) DO UPDATE`, which SQLite (3.24+) and PostgreSQL both
 * speak: a million rows in minutes, where the ORM's upsert (hydrating every entity) takes far
 * longer. Column names and value conversions come from the entity's metadata.
 */
export async function upsertRows<T extends object>(em: EntityManager, entity: EntityName<T>, rows: Record<string, unknown>[], conflict?: string[]): Promise<void> {
  const meta = em.getMetadata().get(entity);
  const platform = em.getPlatform();
  const props = meta.props.filter((p) => p.fieldNames?.length === 1 && p.persist !== false && rows[0][p.name] !== undefined);
  const quote = (name: string) => platform.quoteIdentifier(name);
  const columns = props.map((p) => quote(p.fieldNames[0]));
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    for (const p of props) {
      const value = row[p.name];
      params.push(value === null || value === undefined ? null : p.customType ? p.customType.convertToDatabaseValue(value, platform, { mode: 'query' }) : value);
    }
    return `(${props.map(() => '?').join(', ')})`;
  });
  const column = (k: string) => quote(meta.properties[k as keyof typeof meta.properties].fieldNames[0]);
  const primary = meta.primaryKeys.map(column);
  // Rows are found by their natural key when it is not the primary key (documents: type + number);
  // the primary key of an existing row is never overwritten.
  const keys = (conflict ?? meta.primaryKeys).map(column);
  const updates = columns.filter((c) => !keys.includes(c) && !primary.includes(c)).map((c) => `${c} = excluded.${c}`);
  await em
    .getConnection()
    .execute(
      `insert into ${quote(meta.tableName)} (${columns.join(', ')}) values ${tuples.join(', ')} on conflict (${keys.join(', ')}) do update set ${updates.join(', ')}`,
      params,
      'run',
      em.getTransactionContext(),
    );
}
