import { describe, expect, it } from 'vitest';
import { checkExactHeader, DOCUMENT_COLUMNS, parseDocumentRow, parseVehicleRow, parseViolationRow } from './holding-rows';

describe('holding rows', () => {
  it('checks headers exactly', () => {
    expect(checkExactHeader(DOCUMENT_COLUMNS, [...DOCUMENT_COLUMNS])).toBeNull();
    expect(checkExactHeader(DOCUMENT_COLUMNS, ['national_id', 'kind'])).toBe('column 2 must be "type" (found "kind")');
    expect(checkExactHeader(DOCUMENT_COLUMNS, [...DOCUMENT_COLUMNS, 'x'])).toBe('unknown column(s): x');
  });
  it('parses documents, normalising digits and case', () => {
    const parsed = parseDocumentRow({ national_id: '١٠٠٠٠٠٠٠٠٨', type: 'passport', number: 'w123', issued_on: '2020-01-01', expires_on: '2030-01-01' });
    expect(parsed).toMatchObject({ row: { nationalId: '1000000008', type: 'PASSPORT', number: 'W123' } });
    expect(parseDocumentRow({ national_id: '1000000008', type: 'PASSPORT', number: 'W1', issued_on: '2020-02-30', expires_on: '2030-01-01' })).toEqual({ error: 'issued_on "2020-02-30" must be a date in YYYY-MM-DD' });
  });
  it('parses vehicles with optional insurance and inspection', () => {
    expect(parseVehicleRow({ plate: 'abc ١٢٣٤', owner_id: '1000000008', make: 'Kia', model: 'Rio', year: '2019', registration_expires_on: '2027-01-01', insurance_expires_on: '', inspection_expires_on: '' })).toMatchObject({
      row: { plate: 'ABC1234', year: 2019, insuranceExpiresOn: null, inspectionExpiresOn: null },
    });
    expect(parseVehicleRow({ plate: 'ABC1234', owner_id: '1000000008', make: 'Kia', model: 'Rio', year: '19', registration_expires_on: '2027-01-01' })).toEqual({ error: 'year "19" must be a 4-digit year' });
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
});
