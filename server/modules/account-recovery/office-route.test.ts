import { describe, expect, it } from 'vitest';
import { parseOfficeNotice } from './office-route';

const valid = { callbackId: 'RUH-CA-2026-000123', nationalId: '1000000032', officeId: 'RUH-CIVIL_AFFAIRS-1', officer: 'EMP-20417' };

describe('the office callback body', () => {
  it('takes the documented fields, the appointment optional', () => {
    expect(parseOfficeNotice(valid)).toEqual({ ...valid, appointmentId: null });
    const appointmentId = '0f8b6c2e-4b1a-4c7d-9e2f-1a2b3c4d5e6f';
    expect(parseOfficeNotice({ ...valid, appointmentId })).toEqual({ ...valid, appointmentId });
  });

  it('refuses a national ID that fails the ID rule or is not plain digits', () => {
    for (const nationalId of ['1000000000', '100000003', '١٠٠٠٠٠٠٠٣٢', ' 1000000032', 1000000032]) expect(parseOfficeNotice({ ...valid, nationalId })).toBeNull();
  });

  it('refuses missing or odd identifiers, and an appointment that is not a key', () => {
    expect(parseOfficeNotice({ ...valid, callbackId: 'short' })).toBeNull();
    expect(parseOfficeNotice({ ...valid, callbackId: 'x'.repeat(65) })).toBeNull();
    expect(parseOfficeNotice({ ...valid, officeId: '' })).toBeNull();
    expect(parseOfficeNotice({ ...valid, officer: 'an officer' })).toBeNull();
    expect(parseOfficeNotice({ ...valid, appointmentId: 'tomorrow' })).toBeNull();
    const { officer: _officer, ...withoutOfficer } = valid;
    expect(parseOfficeNotice(withoutOfficer)).toBeNull();
  });
});
