import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { EntityManager, EntityName } from '@mikro-orm/core';
import { parse } from 'csv-parse';
import { Person } from './person.entity';
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

/**
 * Streams a persons.csv into the registry: upsert by national ID, in batches of one transaction
 * each. A bad row is reported with its line and reason and imports nothing of itself; the others
 * go in. A million rows stream through constant memory.
 */
export async function importPersons(em: EntityManager, source: string | Readable, today: string, progress: ImportProgress = {}): Promise<ImportReport> {
  const input = typeof source === 'string' ? createReadStream(source) : source;
  let bytesRead = 0;
  input.on('data', (chunk: Buffer | string) => {
    bytesRead += chunk.length;
  });
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, trim: false, info: true }));
  const report: ImportReport = { imported: 0, rejected: [] };
  let header: string[] | null = null;
  // Keyed by ID: a later row for the same ID wins, as it would in separate imports.
  let batch = new Map<string, PersonData>();
  const flush = async () => {
    if (!batch.size) return;
    const rows = [...batch.values()];
    batch = new Map();
    await em.transactional((tx) => upsertRows(tx, Person, rows));
    report.imported += rows.length;
    progress.onProgress?.(bytesRead, report.imported);
  };
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (!header) {
      header = record.map((c) => c.trim());
      const problem = checkPersonHeader(header);
      if (problem) {
        parser.destroy();
        input.destroy();
        throw new Error(`line 1: ${problem}`);
      }
      continue;
    }
    if (record.length > header.length) {
      report.rejected.push({ line: info.lines, reason: `${record.length} columns, the header has ${header.length}` });
      continue;
    }
    const parsed = parsePersonRow(Object.fromEntries(header.map((name, i) => [name, record[i]])), today);
    if ('error' in parsed) report.rejected.push({ line: info.lines, reason: parsed.error });
    else {
      batch.delete(parsed.person.nationalId);
      batch.set(parsed.person.nationalId, parsed.person);
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
export async function upsertRows<T extends object>(em: EntityManager, entity: EntityName<T>, rows: Record<string, unknown>[]): Promise<void> {
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
  const keys = meta.primaryKeys.map((k) => quote(meta.properties[k as keyof typeof meta.properties].fieldNames[0]));
  const updates = columns.filter((c) => !keys.includes(c)).map((c) => `${c} = excluded.${c}`);
  await em.getConnection().execute(`insert into ${quote(meta.tableName)} (${columns.join(', ')}) values ${tuples.join(', ')} on conflict (${keys.join(', ')}) do update set ${updates.join(', ')}`,
    params,
    'run',
    em.getTransactionContext(),
  );
}
