import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../catalogue/catalogue';
import {
  exitReentryVisaFee,
  feeFrom,
  finalExitVisaFee,
  payViolationsFee,
  renewDrivingLicenceFee,
  renewIqamaFee,
  renewNationalIdFee,
  renewPassportFee,
  renewVehicleRegistrationFee,
  total,
} from './fees';

describe('the fee table (halalas, SPEC §4)', () => {
  it.each([
    ['national ID, valid', renewNationalIdFee('2026-07-01', '2026-06-15'), 0],
    ['national ID, expired: SAR 100 fine', renewNationalIdFee('2026-06-14', '2026-06-15'), 10_000],
    ['passport 5 years', renewPassportFee(5), 30_000],
    ['passport 10 years', renewPassportFee(10), 60_000],
    ['exit re-entry single 2 months', exitReentryVisaFee('SINGLE', 2), 20_000],
    ['exit re-entry single 5 months', exitReentryVisaFee('SINGLE', 5), 50_000],
    ['exit re-entry multiple 2 months', exitReentryVisaFee('MULTIPLE', 2), 20_000],
    ['exit re-entry multiple 5 months', exitReentryVisaFee('MULTIPLE', 5), 80_000],
    ['final exit', finalExitVisaFee(), 0],
    ['iqama 1 year', renewIqamaFee(1, '2026-07-01', '2026-06-15'), 65_000],
    ['iqama 2 years, expired', renewIqamaFee(2, '2026-06-01', '2026-06-15'), 180_000],
    ['licence 10 years', renewDrivingLicenceFee(10, '2026-07-01', '2026-06-15'), 40_000],
    ['licence 2 years, 60 days late: no late fee', renewDrivingLicenceFee(2, '2026-04-16', '2026-06-15'), 8_000],
    ['licence 2 years, 61 days late: SAR 100', renewDrivingLicenceFee(2, '2026-04-15', '2026-06-15'), 18_000],
    ['licence 5 years, 400 days late: 2 years late', renewDrivingLicenceFee(5, '2025-05-11', '2026-06-15'), 40_000],
    ['registration 3 years', renewVehicleRegistrationFee(3, '2026-07-01', '2026-06-15'), 30_000],
    ['registration 1 year, 1 day late: within the grace, no late fee', renewVehicleRegistrationFee(1, '2026-06-14', '2026-06-15'), 10_000],
    ['registration 1 year, 60 days late: no late fee', renewVehicleRegistrationFee(1, '2026-04-16', '2026-06-15'), 10_000],
    ['registration 1 year, 61 days late: SAR 100', renewVehicleRegistrationFee(1, '2026-04-15', '2026-06-15'), 20_000],
    ['registration 2 years, 366 days late: 2 started years late', renewVehicleRegistrationFee(2, '2025-06-14', '2026-06-15'), 40_000],
    [
      'violations',
      payViolationsFee([
        { number: 'A', amountHalalas: 15_000 },
        { number: 'B', amountHalalas: 50_050 },
      ]),
      65_050,
    ],
  ])('%s', (_name, items, halalas) => {
    expect(total(items)).toBe(halalas);
    for (const item of items) {
      expect(Number.isInteger(item.halalas)).toBe(true);
      expect(item.labelAr).not.toBe('');
      expect(item.labelEn).not.toBe('');
    }
  });

  it('itemises late fees on their own line', () => {
    expect(renewDrivingLicenceFee(2, '2026-01-01', '2026-06-15').map((i) => i.code)).toEqual(['LICENCE_FEE', 'LATE_FEE']);
    expect(renewIqamaFee(1, '2026-06-01', '2026-06-15').map((i) => i.code)).toEqual(['IQAMA_FEE', 'LATE_FINE']);
  });
});

describe("the lowest published fee of each service (the catalogue's feeFrom)", () => {
  it('is the shortest period with nothing overdue, 0 when free, null for violations, for every service', () => {
    expect(Object.fromEntries(CATALOGUE.map((s) => [s.code, feeFrom(s.code)]))).toEqual({
      RENEW_NATIONAL_ID: 0,
      RENEW_PASSPORT: 300_00,
      EXIT_REENTRY_VISA: 200_00,
      EXTEND_EXIT_REENTRY_VISA: 100_00,
      FINAL_EXIT_VISA: 0,
      RENEW_IQAMA: 650_00,
      RENEW_DRIVING_LICENCE: 80_00,
      RENEW_VEHICLE_REGISTRATION: 100_00,
      PAY_VIOLATIONS: null,
      DISPUTE_VIOLATION: 0,
      AUTHORIZE_DRIVER: 0,
    });
  });
});
