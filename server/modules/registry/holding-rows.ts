import { randomUUID } from 'node:crypto';
import { normalizeDigits, parseNationalId } from '../../shared/normalize';
import { DocumentStatus, RECORDED_DOCUMENT_STATUSES, type RecordedDocumentStatus } from './document-status';
import { IMPORTABLE_DOCUMENT_TYPES, DocumentType, VehicleStatus, ViolationType } from './holdings.entity';

/** The CSV contracts of the registry's holdings (README): these columns, in this order. */
export const DOCUMENT_COLUMNS = ['national_id', 'type', 'number', 'issued_on', 'expires_on', 'status'] as const;
/** The columns documents.csv had before its status: such files still import, and leave recorded statuses as they are. */
const DOCUMENT_COLUMNS_BEFORE_STATUS = DOCUMENT_COLUMNS.slice(0, 5);
export const VEHICLE_COLUMNS = ['plate', 'owner_id', 'make', 'model', 'year', 'registration_expires_on', 'insurance_expires_on', 'inspection_expires_on', 'status'] as const;
/** The columns vehicles.csv had before its status: such files still import, and leave recorded statuses as they are. */
const VEHICLE_COLUMNS_BEFORE_STATUS = VEHICLE_COLUMNS.slice(0, 8);
/** The registration (istimara) as a document of its own (issue 16): optional, last; a file without them leaves them as they were. */
export const OPTIONAL_VEHICLE_COLUMNS = ['registration_number', 'registration_issued_on'] as const;
/** Every header vehicles.csv may have: with or without the status, with or without the registration's number and issue date. */
const VEHICLE_HEADERS: readonly (readonly string[])[] = [
  VEHICLE_COLUMNS,
  VEHICLE_COLUMNS_BEFORE_STATUS,
  [...VEHICLE_COLUMNS, ...OPTIONAL_VEHICLE_COLUMNS],
  [...VEHICLE_COLUMNS_BEFORE_STATUS, ...OPTIONAL_VEHICLE_COLUMNS],
];
export const VIOLATION_COLUMNS = ['number', 'national_id', 'plate', 'issued_on', 'amount_sar', 'paid', 'type', 'place_ar', 'place_en'] as const;
/** The columns violations.csv had before its type and place: such files still import (without them). */
const VIOLATION_COLUMNS_BEFORE_TYPE = VIOLATION_COLUMNS.slice(0, 6);

/** Why a documents.csv header is neither the full one nor the one before status, or null. */
export function checkDocumentHeader(header: string[]): string | null {
  return checkExactHeader(header.length === DOCUMENT_COLUMNS_BEFORE_STATUS.length ? DOCUMENT_COLUMNS_BEFORE_STATUS : DOCUMENT_COLUMNS, header);
}

/** Why a vehicles.csv header is none of the accepted ones (with or without status, with or without the registration's columns), or null. */
export function checkVehicleHeader(header: string[]): string | null {
  const same = VEHICLE_HEADERS.find((columns) => columns.length === header.length && columns.every((c, i) => c === header[i]));
  if (same) return null;
  // Said against the shape the file seems to follow: with its status column or without.
  return checkExactHeader(header[8] === 'registration_number' ? VEHICLE_HEADERS[3] : VEHICLE_HEADERS[2], header);
}

/** Why a violations.csv header is neither the full one nor the one before type and place, or null. */
export function checkViolationHeader(header: string[]): string | null {
  return checkExactHeader(header.length === VIOLATION_COLUMNS_BEFORE_TYPE.length ? VIOLATION_COLUMNS_BEFORE_TYPE : VIOLATION_COLUMNS, header);
}

export type CsvRecord = Record<string, string | undefined>;
export type Parsed<T> = { row: T } | { error: string };

export function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

/** Why a header is not exactly `columns`, or null when it is. */
export function checkExactHeader(columns: readonly string[], header: string[]): string | null {
  for (let i = 0; i < columns.length; i++) if (header[i] !== columns[i]) return `column ${i + 1} must be "${columns[i]}" (found "${header[i] ?? ''}")`;
  return header.length > columns.length ? `unknown column(s): ${header.slice(columns.length).join(', ')}` : null;
}

/** Plates as stored: Arabic-Indic digits normalised, spaces removed, upper case. */
export function normalizePlateText(raw: string): string {
  return normalizeDigits(raw).replace(/\s+/g, '').toUpperCase();
}

const cell = (row: CsvRecord, name: string) => (row[name] ?? '').trim();

export interface DocumentRow {
  id: string;
  nationalId: string;
  type: DocumentType;
  number: string;
  issuedOn: string;
  expiresOn: string;
  /** Left out (undefined) when the file has no such column, so a re-import keeps what was recorded (a loss reported in the portal). */
  status?: RecordedDocumentStatus;
}

export function parseDocumentRow(row: CsvRecord): Parsed<DocumentRow> {
  const v = (n: string) => cell(row, n);
  const nationalId = parseNationalId(v('national_id'));
  if (!nationalId) return { error: `national_id "${v('national_id')}" is not a valid ID` };
  const type = v('type').toUpperCase() as DocumentType;
  if (!(IMPORTABLE_DOCUMENT_TYPES as readonly string[]).includes(type)) return { error: `type "${v('type')}" must be one of ${IMPORTABLE_DOCUMENT_TYPES.join(', ')}` };
  const number = normalizeDigits(v('number')).toUpperCase();
  if (!/^[A-Z0-9]{1,20}$/.test(number)) return { error: `number "${v('number')}" must be 1 to 20 letters or digits` };
  for (const name of ['issued_on', 'expires_on']) if (!isDate(v(name))) return { error: `${name} "${v(name)}" must be a date in YYYY-MM-DD` };
  if (v('expires_on') < v('issued_on')) return { error: 'expires_on is before issued_on' };
  const parsed: DocumentRow = { id: randomUUID(), nationalId, type, number, issuedOn: v('issued_on'), expiresOn: v('expires_on') };
  if (!('status' in row)) return { row: parsed };
  // Empty means VALID; EXPIRING and EXPIRED follow from the dates and are not recorded.
  const status = (v('status').toUpperCase() || DocumentStatus.VALID) as RecordedDocumentStatus;
  if (!RECORDED_DOCUMENT_STATUSES.includes(status)) return { error: `status "${v('status')}" must be one of ${RECORDED_DOCUMENT_STATUSES.join(', ')} or empty (expired follows from expires_on)` };
  return { row: { ...parsed, status } };
}

export interface VehicleRow {
  plate: string;
  ownerId: string;
  make: string;
  model: string;
  year: number;
  registrationExpiresOn: string;
  insuranceExpiresOn: string | null;
  inspectionExpiresOn: string | null;
  /** Left out (undefined) when the file has no such columns, so a re-import keeps what the registry said before. */
  registrationNumber?: string | null;
  registrationIssuedOn?: string | null;
  /** Left out (undefined) when the file has no such column, so a re-import keeps what was recorded. */
  status?: VehicleStatus;
}

export function parseVehicleRow(row: CsvRecord): Parsed<VehicleRow> {
  const v = (n: string) => cell(row, n);
  const plate = normalizePlateText(v('plate'));
  if (!/^[A-Z0-9]{2,12}$/.test(plate)) return { error: `plate "${v('plate')}" must be 2 to 12 letters or digits` };
  const ownerId = parseNationalId(v('owner_id'));
  if (!ownerId) return { error: `owner_id "${v('owner_id')}" is not a valid ID` };
  for (const name of ['make', 'model']) if (!v(name) || v(name).length > 40) return { error: `${name} must be 1 to 40 characters` };
  const year = Number(v('year'));
  if (!/^\d{4}$/.test(v('year')) || year < 1900 || year > 2100) return { error: `year "${v('year')}" must be a 4-digit year` };
  if (!isDate(v('registration_expires_on'))) return { error: `registration_expires_on "${v('registration_expires_on')}" must be a date in YYYY-MM-DD` };
  for (const name of ['insurance_expires_on', 'inspection_expires_on', 'registration_issued_on'])
    if (v(name) && !isDate(v(name))) return { error: `${name} "${v(name)}" must be a date in YYYY-MM-DD or empty` };
  if (v('registration_issued_on') && v('registration_issued_on') > v('registration_expires_on')) return { error: 'registration_issued_on is after registration_expires_on' };
  const registrationNumber = normalizeDigits(v('registration_number')).toUpperCase();
  if (registrationNumber && !/^[A-Z0-9]{1,20}$/.test(registrationNumber)) return { error: `registration_number "${v('registration_number')}" must be 1 to 20 letters or digits, or empty` };
  const registration = 'registration_number' in row ? { registrationNumber: registrationNumber || null, registrationIssuedOn: v('registration_issued_on') || null } : {};
  // Empty means ACTIVE; REPORTED is a vehicle reported stolen or wanted.
  const status = (v('status').toUpperCase() || VehicleStatus.ACTIVE) as VehicleStatus;
  const hasStatus = row.status !== undefined;
  if (hasStatus && !Object.values(VehicleStatus).includes(status)) return { error: `status "${v('status')}" must be one of ${Object.values(VehicleStatus).join(', ')} or empty` };
  return {
    row: {
      ...registration,
      ...(hasStatus ? { status } : {}),
      plate,
      ownerId,
      make: v('make'),
      model: v('model'),
      year,
      registrationExpiresOn: v('registration_expires_on'),
      insuranceExpiresOn: v('insurance_expires_on') || null,
      inspectionExpiresOn: v('inspection_expires_on') || null,
    },
  };
}

export interface ViolationRow {
  number: string;
  nationalId: string;
  plate: string | null;
  issuedOn: string;
  amountHalalas: number;
  paid: boolean;
  /** Left out (undefined) when the file has no such column, so a re-import keeps what the registry said before. */
  type?: ViolationType | null;
  placeAr?: string | null;
  placeEn?: string | null;
}

const VIOLATION_TYPES = Object.values(ViolationType) as string[];
const PLACE_MAX = 120;

export function parseViolationRow(row: CsvRecord, today: string): Parsed<ViolationRow> {
  const v = (n: string) => cell(row, n);
  const number = normalizeDigits(v('number'));
  if (!/^[A-Za-z0-9-]{1,20}$/.test(number)) return { error: `number "${v('number')}" must be 1 to 20 letters, digits or dashes` };
  const nationalId = parseNationalId(v('national_id'));
  if (!nationalId) return { error: `national_id "${v('national_id')}" is not a valid ID` };
  const plate = v('plate') ? normalizePlateText(v('plate')) : null;
  if (plate !== null && !/^[A-Z0-9]{2,12}$/.test(plate)) return { error: `plate "${v('plate')}" must be 2 to 12 letters or digits or empty` };
  if (!isDate(v('issued_on')) || v('issued_on') > today) return { error: `issued_on "${v('issued_on')}" must be a past date in YYYY-MM-DD` };
  // normalizeDigits drops dashes, so a negative amount is caught before it.
  const amount = v('amount_sar').includes('-') ? '' : normalizeDigits(v('amount_sar'));
  // SAR with at most two decimals, converted to halalas without floating point.
  const m = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(amount);
  if (!m || (Number(m[1]) === 0 && !Number(m[2] ?? 0))) return { error: `amount_sar "${v('amount_sar')}" must be a positive amount in SAR (e.g. 300 or 150.50)` };
  const amountHalalas = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  const paid = v('paid').toLowerCase();
  if (paid !== 'true' && paid !== 'false') return { error: `paid "${v('paid')}" must be true or false` };
  const parsed: ViolationRow = { number, nationalId, plate, issuedOn: v('issued_on'), amountHalalas, paid: paid === 'true' };
  if (!('type' in row)) return { row: parsed };
  const type = v('type').toUpperCase();
  if (type && !VIOLATION_TYPES.includes(type)) return { error: `type "${v('type')}" must be one of ${VIOLATION_TYPES.join(', ')} or empty` };
  const [placeAr, placeEn] = [v('place_ar'), v('place_en')];
  if (!placeAr !== !placeEn) return { error: 'place_ar and place_en must both be given or both be empty' };
  if (placeAr.length > PLACE_MAX || placeEn.length > PLACE_MAX) return { error: `place_ar and place_en must be at most ${PLACE_MAX} characters` };
  return { row: { ...parsed, type: (type as ViolationType) || null, placeAr: placeAr || null, placeEn: placeEn || null } };
}
