import { describe, expect, it } from 'vitest';
import { DocumentType } from '../../registry/holdings.entity';
import { PersonKind, RelationKind } from '../../registry/person.entity';
import {
  cancelExitReentryVisaRules,
  exitReentryVisaRules,
  extendExitReentryVisaRules,
  finalExitVisaRules,
  issuedExitReentryVisa,
  renewedIqama,
  renewIqamaRules,
  renewPassportRules,
} from './passports.rules';
import { codes, doc, facts, person, TODAY, vehicle, violation } from './test-facts';
import { total } from './fees';
import { DocumentStatus, type RecordedDocumentStatus } from '../../registry/document-status';

const head = person();
const child = person({ nationalId: '1000000016', dateOfBirth: '2016-01-01', headOfFamilyId: head.nationalId });
const resident = person({ nationalId: '2000000006', kind: PersonKind.RESIDENT, headOfFamilyId: head.nationalId });
const iqama = (expiresOn: string) => doc(DocumentType.IQAMA, expiresOn, '2000000006');
const passport = (expiresOn: string) => doc(DocumentType.PASSPORT, expiresOn, 'P123');

describe('passport rules', () => {
  it('passes for self and for a dependent inside the Kingdom', () => {
    expect(renewPassportRules(facts(), { years: 10 }).errors).toEqual([]);
    expect(renewPassportRules(facts({ applicant: head, beneficiary: child }), { years: 5 }).errors).toEqual([]);
  });
  it('refuses a travel ban', () => {
    expect(codes(renewPassportRules(facts({ applicant: person({ travelBan: true }) }), { years: 5 }))).toEqual(['TRAVEL_BAN']);
  });
  it('refuses a dependent under 15 outside the Kingdom', () => {
    expect(codes(renewPassportRules(facts({ applicant: head, beneficiary: { ...child, insideKingdom: false } }), { years: 5 }))).toEqual(['OUTSIDE_KINGDOM']);
  });
  it('offers only 5 or 10 years, and 5 only under 21', () => {
    expect(codes(renewPassportRules(facts(), { years: 7 }))).toEqual(['INVALID_PERIOD']);
    expect(codes(renewPassportRules(facts({ applicant: head, beneficiary: child }), { years: 10 }))).toEqual(['INVALID_PERIOD']);
  });
  it('refuses residents and a passport with more than 180 days left', () => {
    expect(codes(renewPassportRules(facts({ applicant: head, beneficiary: resident }), { years: 5 }))).toEqual(['NOT_ELIGIBLE']);
    expect(codes(renewPassportRules(facts({ documents: [passport('2027-06-15')] }), { years: 5 }))).toEqual(['TOO_EARLY_TO_RENEW']);
  });
});

describe('exit re-entry visa rules', () => {
  const ok = facts({ applicant: head, beneficiary: resident, documents: [iqama('2026-12-01')] });
  it('passes with a valid iqama inside the Kingdom', () => {
    expect(exitReentryVisaRules(ok, { entryType: 'SINGLE', months: 3 }).errors).toEqual([]);
  });
  it('refuses an expired iqama, outside the Kingdom, a travel ban, citizens', () => {
    expect(codes(exitReentryVisaRules({ ...ok, documents: [iqama('2026-06-14')] }, { entryType: 'SINGLE', months: 2 }))).toEqual(['IQAMA_EXPIRED']);
    expect(codes(exitReentryVisaRules({ ...ok, beneficiary: { ...resident, insideKingdom: false } }, { entryType: 'SINGLE', months: 2 }))).toEqual(['OUTSIDE_KINGDOM']);
    expect(codes(exitReentryVisaRules({ ...ok, beneficiary: { ...resident, travelBan: true } }, { entryType: 'SINGLE', months: 2 }))).toEqual(['TRAVEL_BAN']);
    expect(codes(exitReentryVisaRules(facts(), { entryType: 'SINGLE', months: 2 }))).toEqual(['NOT_ELIGIBLE']);
  });
  it('refuses a period outside 2–12 months and a second valid visa', () => {
    expect(codes(exitReentryVisaRules(ok, { entryType: 'MULTIPLE', months: 13 }))).toEqual(['INVALID_PERIOD']);
    expect(codes(exitReentryVisaRules({ ...ok, documents: [iqama('2026-12-01'), doc(DocumentType.EXIT_REENTRY_VISA, '2026-07-01')] }, { entryType: 'SINGLE', months: 2 }))).toEqual([
      'VISA_ALREADY_VALID',
    ]);
  });
  it('issues a visa for the months asked', () => {
    expect(issuedExitReentryVisa('2026-01-31', 1)).toEqual({ issuedOn: '2026-01-31', expiresOn: '2026-02-28' });
  });
  it('refuses an iqama reported lost as lost, not as expired; a cancelled visa does not stand in the way of a new one', () => {
    expect(codes(exitReentryVisaRules({ ...ok, documents: [{ ...iqama('2026-12-01'), status: DocumentStatus.LOST }] }, { entryType: 'SINGLE', months: 2 }))).toEqual(['IQAMA_REPORTED_LOST']);
    const cancelled = { ...doc(DocumentType.EXIT_REENTRY_VISA, '2026-07-01'), status: DocumentStatus.CANCELLED as const };
    expect(exitReentryVisaRules({ ...ok, documents: [iqama('2026-12-01'), cancelled] }, { entryType: 'SINGLE', months: 2 }).errors).toEqual([]);
  });
});

describe('cancelling an exit re-entry visa before use', () => {
  const visa = (expiresOn: string, status: RecordedDocumentStatus = DocumentStatus.VALID) => ({ ...doc(DocumentType.EXIT_REENTRY_VISA, expiresOn), status });
  it('is allowed while the visa is in force, up to its expiry day, with its holder inside the Kingdom', () => {
    expect(cancelExitReentryVisaRules(visa(TODAY), resident, TODAY)).toEqual([]);
    expect(cancelExitReentryVisaRules(visa('2026-09-15'), resident, TODAY)).toEqual([]);
  });
  it('is refused the day after expiry, once cancelled, and while the holder is outside the Kingdom on it', () => {
    expect(cancelExitReentryVisaRules(visa('2026-06-14'), resident, TODAY).map((e) => e.code)).toEqual(['VISA_NOT_CANCELLABLE']);
    expect(cancelExitReentryVisaRules(visa('2026-09-15', DocumentStatus.CANCELLED), resident, TODAY).map((e) => e.code)).toEqual(['VISA_NOT_CANCELLABLE']);
    expect(cancelExitReentryVisaRules(visa('2026-09-15'), { ...resident, insideKingdom: false }, TODAY).map((e) => [e.field, e.code])).toEqual([['documentId', 'VISA_IN_USE']]);
  });
});

describe('final exit visa rules', () => {
  const ok = facts({ applicant: head, beneficiary: resident, documents: [iqama('2026-12-01'), passport('2028-01-01')] });
  it('passes with valid passport and iqama, nothing owed, no vehicle', () => {
    expect(finalExitVisaRules(ok).errors).toEqual([]);
  });
  it('is issued by the sponsor: a sponsored resident cannot issue his own; one with no sponsor on record can', () => {
    const own = { ...ok, applicant: resident, beneficiary: resident };
    expect(finalExitVisaRules(own).errors).toEqual([{ field: 'beneficiaryNationalId', code: 'SPONSOR_ISSUES_FINAL_EXIT', params: undefined }]);
    const unsponsored = { ...resident, headOfFamilyId: null };
    expect(finalExitVisaRules({ ...ok, applicant: unsponsored, beneficiary: unsponsored }).errors).toEqual([]);
  });
  it('refuses each obstacle with its code', () => {
    expect(codes(finalExitVisaRules({ ...ok, documents: [iqama('2026-12-01'), passport('2026-01-01')] }))).toEqual(['PASSPORT_EXPIRED']);
    expect(codes(finalExitVisaRules({ ...ok, documents: [iqama('2026-01-01'), passport('2028-01-01')] }))).toEqual(['IQAMA_EXPIRED']);
    expect(codes(finalExitVisaRules({ ...ok, violations: [violation({ nationalId: resident.nationalId })] }))).toEqual(['UNPAID_VIOLATIONS']);
    expect(codes(finalExitVisaRules({ ...ok, vehicles: [vehicle({ ownerId: resident.nationalId })] }))).toEqual(['VEHICLE_REGISTERED']);
  });
});

describe('iqama renewal rules', () => {
  const ok = facts({ applicant: head, beneficiary: resident, documents: [iqama('2026-07-01')] });
  it('passes for a resident dependent', () => {
    expect(renewIqamaRules(ok, { years: 1 }).errors).toEqual([]);
  });
  it('refuses unpaid violations, a resident renewing their own, a period outside 1–2 years', () => {
    expect(codes(renewIqamaRules({ ...ok, violations: [violation({ nationalId: resident.nationalId })] }, { years: 1 }))).toEqual(['UNPAID_VIOLATIONS']);
    expect(codes(renewIqamaRules({ ...ok, applicant: resident }, { years: 1 }))).toEqual(['NOT_ELIGIBLE']);
    expect(codes(renewIqamaRules(ok, { years: 3 }))).toEqual(['INVALID_PERIOD']);
  });
  it("charges what follows from the beneficiary's relation to the applicant", () => {
    const fee = (beneficiary: typeof resident, applicant = head) => renewIqamaRules({ ...ok, applicant, beneficiary }, { years: 1 }).fee.map((i) => [i.code, i.halalas]);
    expect(fee({ ...resident, relationToHead: RelationKind.DOMESTIC_WORKER })).toEqual([['IQAMA_FEE', 650_00]]);
    expect(fee({ ...resident, relationToHead: RelationKind.SPONSORED_WORKER })).toEqual([
      ['IQAMA_FEE', 650_00],
      ['WORK_PERMIT_FEE', 100_00],
      ['EXPAT_LEVY', 9_600_00],
    ]);
    const residentHead = person({ nationalId: '2000000022', kind: PersonKind.RESIDENT, nationality: 'EGY' });
    const wife = { ...resident, nationalId: '2000000030', nationality: 'EGY', headOfFamilyId: residentHead.nationalId, relationToHead: RelationKind.SPOUSE };
    expect(fee(wife, residentHead)).toEqual([
      ['IQAMA_FEE', 650_00],
      ['DEPENDANTS_LEVY', 4_800_00],
    ]);
    // Two years: twice each.
    expect(total(renewIqamaRules({ ...ok, applicant: residentHead, beneficiary: wife }, { years: 2 }).fee)).toBe(2 * (650_00 + 4_800_00));
  });
  it('a resident sponsored by an establishment is sponsored: he does not issue his own final exit', () => {
    const employed = person({ nationalId: '2000000311', kind: PersonKind.RESIDENT, sponsorEstablishmentId: '7001234567' });
    expect(codes(finalExitVisaRules({ ...ok, applicant: employed, beneficiary: employed }))).toContain('SPONSOR_ISSUES_FINAL_EXIT');
  });
  it('runs on from the old expiry, or from today once expired', () => {
    expect(renewedIqama('2026-07-01', '2026-06-15', 1)).toEqual({ expiresOn: '2027-07-01' });
    expect(renewedIqama('2026-01-01', '2026-06-15', 2)).toEqual({ expiresOn: '2028-06-15' });
  });
});

describe('extending an exit re-entry visa', () => {
  // A single visa to 2026-08-15 and an iqama to 2026-12-01 (TODAY is 2026-06-15).
  const visa = (expiresOn = '2026-08-15', entryType = 'SINGLE') => ({ ...doc(DocumentType.EXIT_REENTRY_VISA, expiresOn, '4000000001'), details: { entryType, months: 2 } });
  const worker = facts({ applicant: head, beneficiary: resident, documents: [iqama('2026-12-01'), visa()] });
  const fee = (verdict: { fee: { halalas: number }[] }) => verdict.fee.reduce((n, i) => n + i.halalas, 0);

  it('adds 1 to 6 months at SAR 100 a month single, SAR 200 multiple; twice that from abroad, by the sponsor', () => {
    expect(extendExitReentryVisaRules(worker, { months: 1 }).errors).toEqual([]);
    expect(fee(extendExitReentryVisaRules(worker, { months: 3 }))).toBe(30_000);
    expect(fee(extendExitReentryVisaRules({ ...worker, documents: [iqama('2026-12-01'), visa('2026-08-15', 'MULTIPLE')] }, { months: 3 }))).toBe(60_000);
    const abroad = extendExitReentryVisaRules({ ...worker, beneficiary: { ...resident, insideKingdom: false } }, { months: 2 });
    expect(abroad.errors).toEqual([]);
    expect(abroad.fee.map((i) => [i.code, i.halalas])).toEqual([['VISA_EXTENSION_ABROAD', 40_000]]);
    for (const months of [0, 7, 1.5]) expect(codes(extendExitReentryVisaRules(worker, { months }))).toEqual(['INVALID_PERIOD']);
  });

  it('never past the iqama: up to its last day, not a day beyond', () => {
    // 2026-08-15 + 3 months = 2026-11-15; + 4 months = 2026-12-15.
    expect(extendExitReentryVisaRules({ ...worker, documents: [iqama('2026-11-15'), visa()] }, { months: 3 }).errors).toEqual([]);
    const late = extendExitReentryVisaRules({ ...worker, documents: [iqama('2026-11-14'), visa()] }, { months: 3 });
    expect(late.errors).toEqual([{ field: 'months', code: 'IQAMA_TOO_SHORT', params: { iqamaExpiresOn: '2026-11-14' } }]);
    expect(codes(extendExitReentryVisaRules({ ...worker, documents: [{ ...iqama('2026-12-01'), status: DocumentStatus.LOST as const }, visa()] }, { months: 1 }))).toEqual(['IQAMA_REPORTED_LOST']);
  });

  it('needs a visa in force: none, expired yesterday, or cancelled is refused; its last day is fine', () => {
    expect(codes(extendExitReentryVisaRules({ ...worker, documents: [iqama('2026-12-01')] }, { months: 1 }))).toEqual(['NO_VISA_TO_EXTEND']);
    expect(codes(extendExitReentryVisaRules({ ...worker, documents: [iqama('2026-12-01'), visa('2026-06-14')] }, { months: 1 }))).toEqual(['NO_VISA_TO_EXTEND']);
    expect(codes(extendExitReentryVisaRules({ ...worker, documents: [iqama('2026-12-01'), { ...visa(), status: DocumentStatus.CANCELLED as const }] }, { months: 1 }))).toEqual(['NO_VISA_TO_EXTEND']);
    expect(extendExitReentryVisaRules({ ...worker, documents: [iqama('2026-12-01'), visa(TODAY)] }, { months: 1 }).errors).toEqual([]);
  });

  it('from abroad, not by the resident himself; and only for residents', () => {
    const self = { ...resident, insideKingdom: false };
    expect(codes(extendExitReentryVisaRules({ ...worker, applicant: self, beneficiary: self }, { months: 1 }))).toEqual(['SPONSOR_EXTENDS_ABROAD']);
    expect(extendExitReentryVisaRules({ ...worker, applicant: resident, beneficiary: resident }, { months: 1 }).errors).toEqual([]);
    expect(codes(extendExitReentryVisaRules({ ...worker, beneficiary: head }, { months: 1 }))).toContain('NOT_ELIGIBLE');
  });
});
