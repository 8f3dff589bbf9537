import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { EntityManager } from '@mikro-orm/core';
import { parse } from 'csv-parse';
import { Office } from './appointment.entity';
import { checkOfficeHeader, OfficeColumn, OfficeData, parseOfficeRow } from './office-row';

export interface OfficeImportReport {
  /** Offices written: added plus updated (0 whenever a row was refused). */
  imported: number;
  added: number;
  updated: number;
  /** Every refused row, each problem with its line in the file and its column (null: the row as a whole). */
  rejected: { line: number; field: OfficeColumn | null; reason: string }[];
}

/** The most offices one file may hold: the whole file is checked in memory before anything is written. */
export const MAX_OFFICES_PER_FILE = 10_000;

/**
 * Loads an offices.csv (README, "Offices") into the `offices` table: every row is checked first, and
 * only a file without a single bad row is written, in one transaction, upserting by office id
 * (added or updated; an office the file does not name is kept, as appointments point at it). A bad
 * file writes nothing and reports every problem with its line and column. Offices need nothing
 * else: their calendars are their weekly schedules (schedule.ts), so an office's slots exist from
 * the moment it is imported and roll forward with the clock, 60 days ahead.
 *
 * The demo offices go through this same function (demo-offices.ts). A header that is not the
 * contract is an error (thrown), like the registry import's.
 */
export async function importOffices(em: EntityManager, source: string | Readable): Promise<OfficeImportReport> {
  const input = typeof source === 'string' ? createReadStream(source) : source;
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, trim: false, info: true }));
  const report: OfficeImportReport = { imported: 0, added: 0, updated: 0, rejected: [] };
  const offices = new Map<string, { line: number; office: OfficeData }>();
  let header: string[] | null = null;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const line = info.lines;
    if (!header) {
      header = record.map((c) => c.trim());
      const problem = checkOfficeHeader(header);
      if (problem) {
        parser.destroy();
        input.destroy();
        throw new Error(`offices, line 1: ${problem}`);
      }
      continue;
    }
    if (offices.size + report.rejected.length >= MAX_OFFICES_PER_FILE) {
      parser.destroy();
      input.destroy();
      throw new Error(`offices, line ${line}: more than ${MAX_OFFICES_PER_FILE} offices in one file; split it`);
    }
    if (record.length > header.length) {
      report.rejected.push({ line, field: null, reason: `${record.length} columns, the header has ${header.length}` });
      continue;
    }
    const parsed = parseOfficeRow(Object.fromEntries(header.map((name, i) => [name, record[i]])));
    if ('problems' in parsed) {
      report.rejected.push(...parsed.problems.map((p) => ({ line, ...p })));
      continue;
    }
    const earlier = offices.get(parsed.office.id);
    if (earlier) {
      report.rejected.push({ line, field: 'office_id', reason: `office_id "${parsed.office.id}" is already on line ${earlier.line}` });
      continue;
    }
    offices.set(parsed.office.id, { line, office: parsed.office });
  }
  if (!header) throw new Error('offices, line 1: the file is empty (no header)');
  if (report.rejected.length || !offices.size) return report;

  await em.transactional(async (tx) => {
    const rows = [...offices.values()].map((o) => o.office);
    const existing = new Map((await tx.find(Office, { id: { $in: rows.map((o) => o.id) } })).map((o) => [o.id, o]));
    for (const data of rows) {
      const office = existing.get(data.id);
      if (office) tx.assign(office, data);
      else tx.persist(Object.assign(new Office(), data));
    }
    report.added = rows.length - existing.size;
    report.updated = existing.size;
  });
  report.imported = offices.size;
  return report;
}
