import { describe, expect, it } from 'vitest';
import {
  checkDocumentHeader,
  checkExactHeader,
  checkVehicleHeader,
  OPTIONAL_VEHICLE_COLUMNS,
  VEHICLE_COLUMNS,
  checkViolationHeader,
  DOCUMENT_COLUMNS,
  parseDocumentRow,
  parseVehicleRow,
  parseViolationRow,
  VIOLATION_COLUMNS,
} from './holding-rows';

describe('holding rows', () => {
  it('checks headers exactly', () => {
    expect(checkExactHeader(DOCUMENT_COLUMNS, [...DOCUMENT_COLUMNS])).toBeNull();
    expect(checkExactHeader(DOCUMENT_COLUMNS, ['national_id', 'kind'])).toBe('column 2 must be "type" (found "kind")');
    expect(checkExactHeader(DOCUMENT_COLUMNS, [...DOCUMENT_COLUMNS, 'x'])).toBe('unknown column(s): x');
  });
  it('parses documents, normalising digits and case', () => {
    const parsed = parseDocumentRow({ national_id: '١٠٠٠٠٠٠٠٠٨', type: 'passport', number: 'w123', issued_on: '2020-01-01', expires_on: '2030-01-01' });
    expect(parsed).toMatchObject({ row: { nationalId: '1000000008', type: 'PASSPORT', number: 'W123' } });
    expect(parseDocumentRow({ national_id: '1000000008', type: 'PASSPORT', number: 'W1', issued_on: '2020-02-30', expires_on: '2030-01-01' })).toEqual({
      error: 'issued_on "2020-02-30" must be a date in YYYY-MM-DD',
    });
  });
  it('takes a recorded status (empty is VALID), refuses one that follows from the dates, and leaves it out of files without the column', () => {
    const row = { national_id: '1000000008', type: 'NATIONAL_ID', number: '1000000008', issued_on: '2020-01-01', expires_on: '2030-01-01' };
    expect(parseDocumentRow({ ...row, status: 'lost' })).toMatchObject({ row: { status: 'LOST' } });
    expect(parseDocumentRow({ ...row, status: '' })).toMatchObject({ row: { status: 'VALID' } });
    expect(parseDocumentRow({ ...row, status: 'EXPIRING' })).toEqual({ error: 'status "EXPIRING" must be one of VALID, LOST, REPLACED, CANCELLED or empty (expired follows from expires_on)' });
    const before = parseDocumentRow(row);
    expect('row' in before && 'status' in before.row).toBe(false);
    expect(checkDocumentHeader(DOCUMENT_COLUMNS.slice(0, 5))).toBeNull();
    expect(checkDocumentHeader([...DOCUMENT_COLUMNS])).toBeNull();
    expect(checkDocumentHeader([...DOCUMENT_COLUMNS.slice(0, 5), 'state'])).toBe('column 6 must be "status" (found "state")');
  });
  it("parses the registration's number and issue date when the file has them, and leaves them alone when it has not", () => {
    const base = { plate: 'ABC1234', owner_id: '1000000008', make: 'Kia', model: 'Rio', year: '2019', registration_expires_on: '2027-01-01', insurance_expires_on: '', inspection_expires_on: '' };
    expect(parseVehicleRow(base)).not.toHaveProperty('row.registrationNumber');
    expect(parseVehicleRow({ ...base, registration_number: '٧٣٠١٠٤٥٢١', registration_issued_on: '2026-01-01' })).toMatchObject({
      row: { registrationNumber: '730104521', registrationIssuedOn: '2026-01-01' },
    });
    expect(parseVehicleRow({ ...base, registration_number: '', registration_issued_on: '' })).toMatchObject({ row: { registrationNumber: null, registrationIssuedOn: null } });
    // Issued on its expiry day is the boundary: the day after is refused.
    expect(parseVehicleRow({ ...base, registration_number: '1', registration_issued_on: '2027-01-01' })).toHaveProperty('row');
    expect(parseVehicleRow({ ...base, registration_number: '1', registration_issued_on: '2027-01-02' })).toEqual({ error: 'registration_issued_on is after registration_expires_on' });
    expect(parseVehicleRow({ ...base, registration_number: '73#01', registration_issued_on: '' })).toEqual({ error: 'registration_number "73#01" must be 1 to 20 letters or digits, or empty' });
    expect(parseVehicleRow({ ...base, registration_number: '1'.repeat(21), registration_issued_on: '' })).toHaveProperty('error');
    expect(parseVehicleRow({ ...base, registration_number: '1', registration_issued_on: '2026-02-30' })).toEqual({
      error: 'registration_issued_on "2026-02-30" must be a date in YYYY-MM-DD or empty',
    });
    expect(checkVehicleHeader([...VEHICLE_COLUMNS])).toBeNull();
    expect(checkVehicleHeader([...VEHICLE_COLUMNS, ...OPTIONAL_VEHICLE_COLUMNS])).toBeNull();
    expect(checkVehicleHeader([...VEHICLE_COLUMNS, 'registration_number'])).toBe('column 11 must be "registration_issued_on" (found "")');
    // With or without the status column (an older file), with or without the registration's columns.
    const withoutStatus = VEHICLE_COLUMNS.filter((c) => c !== 'status');
    expect(checkVehicleHeader(withoutStatus)).toBeNull();
    expect(checkVehicleHeader([...withoutStatus, ...OPTIONAL_VEHICLE_COLUMNS])).toBeNull();
    expect(checkVehicleHeader([...withoutStatus, 'registration_number'])).toBe('column 10 must be "registration_issued_on" (found "")');
    expect(checkVehicleHeader([...withoutStatus, 'registration_issued_on', 'registration_number'])).toBe('column 9 must be "status" (found "registration_issued_on")');
  });

  it('parses vehicles with optional insurance and inspection', () => {
    expect(
      parseVehicleRow({
        plate: 'abc ١٢٣٤',
        owner_id: '1000000008',
        make: 'Kia',
        model: 'Rio',
        year: '2019',
        registration_expires_on: '2027-01-01',
        insurance_expires_on: '',
        inspection_expires_on: '',
      }),
    ).toMatchObject({
      row: { plate: 'ABC1234', year: 2019, insuranceExpiresOn: null, inspectionExpiresOn: null },
    });
    expect(parseVehicleRow({ plate: 'ABC1234', owner_id: '1000000008', make: 'Kia', model: 'Rio', year: '19', registration_expires_on: '2027-01-01' })).toEqual({
      error: 'year "19" must be a 4-digit year',
    });
  });
  it('parses violation amounts in SAR to halalas exactly, refusing future dates and negative amounts', () => {
    const base = { number: 'V1', national_id: '1000000008', plate: '', issued_on: '2026-01-01', paid: 'false' };
    expect(parseViolationRow({ ...base, amount_sar: '150.5' }, '2026-06-01')).toMatchObject({ row: { amountHalalas: 15_050, plate: null } });
    expect(parseViolationRow({ ...base, amount_sar: '0.29' }, '2026-06-01')).toMatchObject({ row: { amountHalalas: 29 } });
    expect('error' in parseViolationRow({ ...base, amount_sar: '-3' }, '2026-06-01')).toBe(true);
    expect('error' in parseViolationRow({ ...base, amount_sar: '0' }, '2026-06-01')).toBe(true);
    expect('error' in parseViolationRow({ ...base, amount_sar: '1.234' }, '2026-06-01')).toBe(true);
    expect(parseViolationRow({ ...base, amount_sar: '10', issued_on: '2026-07-01' }, '2026-06-01')).toEqual({ error: 'issued_on "2026-07-01" must be a past date in YYYY-MM-DD' });
  });
  it("reads a violation's type and its place in both languages, and files without those columns leave them alone", () => {
    const base = { number: 'V1', national_id: '1000000008', plate: 'KSA2024', issued_on: '2026-01-01', amount_sar: '300', paid: 'false' };
    const full = { ...base, type: 'speeding', place_ar: 'طريق الملك فهد، الرياض', place_en: 'King Fahd Road, Riyadh' };
    expect(parseViolationRow(full, '2026-06-01')).toMatchObject({ row: { type: 'SPEEDING', placeAr: 'طريق الملك فهد، الرياض', placeEn: 'King Fahd Road, Riyadh' } });
    expect(parseViolationRow({ ...base, type: '', place_ar: '', place_en: '' }, '2026-06-01')).toMatchObject({ row: { type: null, placeAr: null, placeEn: null } });
    // An older six-column file: nothing about type or place, so an import does not overwrite them.
    const old = parseViolationRow(base, '2026-06-01');
    expect('row' in old && ['type', 'placeAr', 'placeEn'].filter((k) => k in old.row)).toEqual([]);
    expect(parseViolationRow({ ...full, type: 'JAYWALKING' }, '2026-06-01')).toEqual({
      error: 'type "JAYWALKING" must be one of SPEEDING, RED_LIGHT, MOBILE_PHONE, NO_SEATBELT, PARKING, EXPIRED_REGISTRATION, OTHER or empty',
    });
    expect(parseViolationRow({ ...full, place_en: '' }, '2026-06-01')).toEqual({ error: 'place_ar and place_en must both be given or both be empty' });
    expect(parseViolationRow({ ...full, place_ar: 'ش'.repeat(121) }, '2026-06-01')).toEqual({ error: 'place_ar and place_en must be at most 120 characters' });
  });
  it('takes a violations header with type and place, or the one before them, and nothing in between', () => {
    expect(checkViolationHeader([...VIOLATION_COLUMNS])).toBeNull();
    expect(checkViolationHeader(VIOLATION_COLUMNS.slice(0, 6))).toBeNull();
    expect(checkViolationHeader(VIOLATION_COLUMNS.slice(0, 7))).toBe('column 8 must be "place_ar" (found "")');
  });
});
