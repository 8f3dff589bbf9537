import { describe, expect, it } from 'vitest';
import { DisputeStatus, DocumentType } from '../../registry/holdings.entity';
import {
  DISMISSED_DISPUTES_PER_HIJRI_YEAR,
  DISPUTE_WINDOW_DAYS,
  authorizeDriverRules,
  disputeViolationRules,
  dismissedInHijriYear,
  payViolationsRules,
  renewDrivingLicenceRules,
  renewedFrom,
  renewVehicleRegistrationRules,
} from './traffic.rules';
import { codes, doc, facts, person, self, TODAY, vehicle, violation } from './test-facts';

const licence = (expiresOn: string) => doc(DocumentType.DRIVING_LICENCE, expiresOn);

describe('driving licence renewal rules', () => {
  const ok = facts({ documents: [licence('2026-09-01')] });
  it('passes under 180 days before expiry', () => {
    const v = renewDrivingLicenceRules(ok, { years: 5 });
    expect(v.errors).toEqual([]);
    expect(v.fee.map((i) => i.halalas)).toEqual([20_000]);
  });
  it('refuses each obstacle with its code', () => {
    expect(codes(renewDrivingLicenceRules({ ...ok, documents: [licence('2027-01-01')] }, { years: 5 }))).toEqual(['TOO_EARLY_TO_RENEW']);
    expect(codes(renewDrivingLicenceRules({ ...ok, violations: [violation()] }, { years: 5 }))).toEqual(['UNPAID_VIOLATIONS']);
    expect(codes(renewDrivingLicenceRules({ ...ok, ...self(person({ medicalCheckValidUntil: '2026-06-14' })) }, { years: 5 }))).toEqual(['MEDICAL_CHECK_MISSING']);
    expect(codes(renewDrivingLicenceRules({ ...ok, ...self(person({ servicesSuspended: true })) }, { years: 5 }))).toEqual(['SERVICES_SUSPENDED']);
    expect(codes(renewDrivingLicenceRules(ok, { years: 3 }))).toEqual(['INVALID_PERIOD']);
    expect(codes(renewDrivingLicenceRules(facts(), { years: 2 }))).toEqual(['DOCUMENT_MISSING']);
  });
  it('lists every obstacle at once', () => {
    expect(codes(renewDrivingLicenceRules({ ...ok, violations: [violation()], ...self(person({ medicalCheckValidUntil: null })) }, { years: 3 }))).toEqual([
      'INVALID_PERIOD',
      'MEDICAL_CHECK_MISSING',
      'UNPAID_VIOLATIONS',
    ]);
  });
  it('paid and dispute-upheld violations do not block', () => {
    expect(renewDrivingLicenceRules({ ...ok, violations: [violation({ paid: true }), violation({ number: 'V2', disputeStatus: DisputeStatus.UPHELD })] }, { years: 2 }).errors).toEqual([]);
  });
  it('runs on from the old expiry, or from today once expired', () => {
    expect(renewedFrom('2026-09-01', '2026-06-15', 5)).toBe('2031-09-01');
    expect(renewedFrom('2025-09-01', '2026-06-15', 2)).toBe('2028-06-15');
  });
});

describe('vehicle registration renewal rules', () => {
  const ok = facts({ vehicles: [vehicle()] });
  it('passes with insurance and inspection valid', () => {
    expect(renewVehicleRegistrationRules(ok, { plate: 'ABC1234', years: 2 }).errors).toEqual([]);
  });
  it('refuses each obstacle with its code', () => {
    expect(codes(renewVehicleRegistrationRules({ ...ok, vehicles: [vehicle({ insuranceExpiresOn: '2026-06-01' })] }, { plate: 'ABC1234', years: 1 }))).toEqual(['INSURANCE_EXPIRED']);
    expect(codes(renewVehicleRegistrationRules({ ...ok, vehicles: [vehicle({ inspectionExpiresOn: null })] }, { plate: 'ABC1234', years: 1 }))).toEqual(['INSPECTION_EXPIRED']);
    expect(codes(renewVehicleRegistrationRules({ ...ok, violations: [violation({ nationalId: '1000000040', plate: 'ABC1234' })] }, { plate: 'ABC1234', years: 1 }))).toEqual(['UNPAID_VIOLATIONS']);
    expect(codes(renewVehicleRegistrationRules({ ...ok, vehicles: [vehicle({ registrationExpiresOn: '2027-01-01' })] }, { plate: 'ABC1234', years: 1 }))).toEqual(['TOO_EARLY_TO_RENEW']);
    expect(codes(renewVehicleRegistrationRules(ok, { plate: 'ABC1234', years: 4 }))).toEqual(['INVALID_PERIOD']);
    expect(codes(renewVehicleRegistrationRules(ok, { plate: 'XYZ9999', years: 1 }))).toEqual(['NOT_YOUR_VEHICLE']);
  });
  it('a violation of the owner on another vehicle does not block this one', () => {
    expect(renewVehicleRegistrationRules({ ...ok, violations: [violation({ plate: 'OTHER1' })] }, { plate: 'ABC1234', years: 1 }).errors).toEqual([]);
  });
});

describe('paying violations', () => {
  const ok = facts({ violations: [violation(), violation({ number: 'V200', amountHalalas: 50_000 })] });
  it('bills the chosen violations', () => {
    const v = payViolationsRules(ok, { violationNumbers: ['V100', 'V200', 'V100'] });
    expect(v.errors).toEqual([]);
    expect(v.fee.map((i) => i.halalas)).toEqual([30_000, 50_000]);
  });
  it('refuses unknown, paid, disputed and already billed ones', () => {
    expect(codes(payViolationsRules(ok, { violationNumbers: ['NOPE'] }))).toEqual(['VIOLATION_NOT_FOUND']);
    expect(codes(payViolationsRules({ ...ok, violations: [violation({ paid: true })] }, { violationNumbers: ['V100'] }))).toEqual(['VIOLATION_ALREADY_PAID']);
    expect(codes(payViolationsRules({ ...ok, violations: [violation({ disputeStatus: DisputeStatus.OPEN })] }, { violationNumbers: ['V100'] }))).toEqual(['DISPUTE_OPEN']);
    expect(codes(payViolationsRules({ ...ok, violations: [violation({ pendingRequestId: 'r1' })] }, { violationNumbers: ['V100'] }))).toEqual(['DUPLICATE_REQUEST']);
    expect(payViolationsRules({ ...ok, ownRequestId: 'r1', violations: [violation({ pendingRequestId: 'r1' })] }, { violationNumbers: ['V100'] }).errors).toEqual([]);
    expect(codes(payViolationsRules(ok, { violationNumbers: [] }))).toEqual(['VIOLATION_NOT_FOUND']);
  });
});

describe('disputing a violation', () => {
  const reason = 'I was not driving the car that day.';
  const ok = facts({ violations: [violation()] });
  it('passes within 30 days with a reason', () => {
    expect(disputeViolationRules(ok, { violationNumber: 'V100', reason }).errors).toEqual([]);
  });
  it('refuses after 30 days, a second open dispute, a paid one, a short reason', () => {
    expect(codes(disputeViolationRules({ ...ok, violations: [violation({ issuedOn: '2026-05-15' })] }, { violationNumber: 'V100', reason }))).toEqual(['DISPUTE_WINDOW_CLOSED']);
    expect(codes(disputeViolationRules({ ...ok, violations: [violation(), violation({ number: 'V9', disputeStatus: DisputeStatus.OPEN })] }, { violationNumber: 'V100', reason }))).toEqual([
      'DISPUTE_OPEN',
    ]);
    expect(codes(disputeViolationRules({ ...ok, violations: [violation({ paid: true })] }, { violationNumber: 'V100', reason }))).toEqual(['VIOLATION_ALREADY_PAID']);
    expect(codes(disputeViolationRules(ok, { violationNumber: 'V100', reason: 'no' }))).toEqual(['REASON_INVALID']);
    expect(codes(disputeViolationRules(ok, { violationNumber: 'V404', reason }))).toEqual(['VIOLATION_NOT_FOUND']);
  });

  it('the published limits are the constants the rules use', () => {
    expect([DISPUTE_WINDOW_DAYS, DISMISSED_DISPUTES_PER_HIJRI_YEAR]).toEqual([30, 5]);
  });

  it('accepts a dispute on day 30 of the violation and refuses it on day 31', () => {
    // TODAY is 2026-06-15: day 30 is a violation of 2026-05-16, day 31 one of 2026-05-15.
    expect(disputeViolationRules({ ...ok, violations: [violation({ issuedOn: '2026-05-16' })] }, { violationNumber: 'V100', reason }).errors).toEqual([]);
    expect(codes(disputeViolationRules({ ...ok, violations: [violation({ issuedOn: '2026-05-15' })] }, { violationNumber: 'V100', reason }))).toEqual(['DISPUTE_WINDOW_CLOSED']);
  });

  it('one open dispute at a time: none open passes, one open (this violation or another) refuses', () => {
    expect(codes(disputeViolationRules({ ...ok, violations: [violation({ disputeStatus: DisputeStatus.OPEN })] }, { violationNumber: 'V100', reason }))).toEqual(['DISPUTE_OPEN']);
    const decided = violation({ number: 'V9', disputeStatus: DisputeStatus.DISMISSED, disputeDecidedAt: new Date('2026-06-10T09:00:00Z') });
    expect(disputeViolationRules({ ...ok, violations: [violation(), decided] }, { violationNumber: 'V100', reason }).errors).toEqual([]);
  });

  it('never a second dispute of the same violation: a dismissed one is ALREADY_DISPUTED, an upheld one is cancelled', () => {
    const at = new Date('2026-06-10T09:00:00Z');
    expect(codes(disputeViolationRules({ ...ok, violations: [violation({ disputeStatus: DisputeStatus.DISMISSED, disputeDecidedAt: at })] }, { violationNumber: 'V100', reason }))).toEqual([
      'ALREADY_DISPUTED',
    ]);
    expect(codes(disputeViolationRules({ ...ok, violations: [violation({ disputeStatus: DisputeStatus.UPHELD, disputeDecidedAt: at })] }, { violationNumber: 'V100', reason }))).toEqual([
      'VIOLATION_ALREADY_PAID',
    ]);
  });

  describe('at most 5 dismissed per Hijri year', () => {
    // 1448 AH begins on 2026-06-16 (Umm al-Qura); TODAY, 2026-06-15, is the last day of 1447.
    const dismissed = (n: number, decidedAt: string) =>
      Array.from({ length: n }, (_, i) => violation({ number: `D${i}`, issuedOn: '2026-05-01', disputeStatus: DisputeStatus.DISMISSED, disputeDecidedAt: new Date(decidedAt) }));
    const dispute = (today: string, others: ReturnType<typeof dismissed>) =>
      disputeViolationRules({ ...ok, today, violations: [violation({ issuedOn: '2026-06-10' }), ...others] }, { violationNumber: 'V100', reason });

    it('4 dismissed this year: a fifth dispute passes; 5 dismissed: refused, saying when it opens again', () => {
      expect(dispute(TODAY, dismissed(4, '2026-06-01T10:00:00Z')).errors).toEqual([]);
      expect(dispute(TODAY, dismissed(5, '2026-06-01T10:00:00Z')).errors).toEqual([{ field: '', code: 'DISPUTES_LIMIT_REACHED', params: { count: 5, nextYear: 1448 } }]);
    });

    it('counts by the Hijri year of the decision in the Kingdom: the new year starts afresh', () => {
      // Decided on 1447-12-29 (2026-06-15), the last day of 1447, at 23:30 Riyadh time (20:30 UTC).
      const lastNightOf1447 = dismissed(5, '2026-06-15T20:30:00Z');
      expect(dismissedInHijriYear(lastNightOf1447, '2026-06-15')).toBe(5);
      expect(codes(dispute('2026-06-15', lastNightOf1447))).toEqual(['DISPUTES_LIMIT_REACHED']);
      expect(dismissedInHijriYear(lastNightOf1447, '2026-06-16')).toBe(0);
      expect(dispute('2026-06-16', lastNightOf1447).errors).toEqual([]);
      // 21:30 UTC on 2026-06-15 is already 2026-06-16 in Riyadh: 1448.
      expect(dismissedInHijriYear(dismissed(5, '2026-06-15T21:30:00Z'), '2026-06-16')).toBe(5);
    });

    it('upheld and open disputes do not count toward the limit', () => {
      const upheld = dismissed(5, '2026-06-01T10:00:00Z').map((v) => ({ ...v, disputeStatus: DisputeStatus.UPHELD }));
      expect(dispute(TODAY, upheld).errors).toEqual([]);
    });
  });
});

describe('authorising a driver', () => {
  const driver = person({ nationalId: '1000000040' });
  const input = { plate: 'ABC1234', driverNationalId: driver.nationalId, until: '2026-07-31', driver, driverLicence: licence('2030-01-01') };
  const ok = facts({ vehicles: [vehicle()] });
  it('passes for a licensed driver until a date within the registration', () => {
    expect(authorizeDriverRules(ok, input).errors).toEqual([]);
  });
  it('refuses each obstacle with its code', () => {
    expect(codes(authorizeDriverRules({ ...ok, vehicles: [vehicle({ registrationExpiresOn: '2026-06-01' })] }, { ...input, until: '2026-05-31' }))).toEqual(['INVALID_PERIOD', 'REGISTRATION_EXPIRED']);
    expect(codes(authorizeDriverRules({ ...ok, vehicles: [vehicle({ insuranceExpiresOn: '2026-06-01' })] }, input))).toEqual(['INSURANCE_EXPIRED']);
    expect(codes(authorizeDriverRules(ok, { ...input, driverLicence: null }))).toEqual(['DRIVER_NOT_LICENSED']);
    expect(codes(authorizeDriverRules(ok, { ...input, driver: null }))).toEqual(['DRIVER_NOT_LICENSED']);
    expect(codes(authorizeDriverRules(ok, { ...input, until: '2026-09-01' }))).toEqual(['INVALID_PERIOD']);
    expect(codes(authorizeDriverRules({ ...ok, vehicles: [vehicle({ authorizedDriverId: '1000000032', authorizedUntil: '2026-07-01' })] }, input))).toEqual(['DRIVER_ALREADY_AUTHORIZED']);
    expect(codes(authorizeDriverRules(ok, { ...input, plate: 'XYZ' }))).toEqual(['NOT_YOUR_VEHICLE']);
    expect(codes(authorizeDriverRules(ok, { ...input, driverNationalId: '1000000008' }))).toEqual(['NOT_ELIGIBLE']);
  });
  it('refuses a reported vehicle (stolen or wanted), and only that: an active one, or one with no status recorded, passes', () => {
    expect(authorizeDriverRules({ ...ok, vehicles: [vehicle({ status: 'REPORTED' })] }, input).errors).toEqual([{ field: 'plate', code: 'VEHICLE_REPORTED', params: undefined }]);
    expect(authorizeDriverRules({ ...ok, vehicles: [vehicle({ status: 'ACTIVE' })] }, input).errors).toEqual([]);
    expect(authorizeDriverRules({ ...ok, vehicles: [vehicle({ status: undefined })] }, input).errors).toEqual([]);
  });
});
