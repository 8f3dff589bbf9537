import { describe, expect, it } from 'vitest';
import { CATALOGUE, ServiceCode } from '../../catalogue/catalogue';
import { PersonKind } from '../../registry/person.entity';
import { audienceReasons } from './facts';
import { facts, person } from './test-facts';

const entry = (code: ServiceCode) => CATALOGUE.find((s) => s.code === code)!;
const head = person();
const resident = person({ nationalId: '2000000006', kind: PersonKind.RESIDENT, headOfFamilyId: head.nationalId });
const child = person({ nationalId: '1000000016', dateOfBirth: '2016-01-01', headOfFamilyId: head.nationalId });

describe("the catalogue's who-may-use-it, checked for every service", () => {
  it('kind of beneficiary', () => {
    expect(audienceReasons(entry(ServiceCode.EXIT_REENTRY_VISA), facts({ applicant: head, beneficiary: resident }), 'beneficiaryNationalId')).toEqual([]);
    expect(audienceReasons(entry(ServiceCode.EXIT_REENTRY_VISA), facts({ applicant: head, beneficiary: child }), 'beneficiaryNationalId')).toEqual([{ field: 'beneficiaryNationalId', code: 'NOT_ELIGIBLE' }]);
  });
  it('minimum age', () => {
    expect(audienceReasons(entry(ServiceCode.RENEW_NATIONAL_ID), facts({ applicant: head, beneficiary: child }), 'beneficiaryNationalId')).toHaveLength(1);
    expect(audienceReasons(entry(ServiceCode.RENEW_PASSPORT), facts({ applicant: head, beneficiary: child }), 'beneficiaryNationalId')).toEqual([]);
  });
  it('for self or for a dependent', () => {
    expect(audienceReasons(entry(ServiceCode.RENEW_IQAMA), facts({ applicant: resident }), 'beneficiaryNationalId')).toHaveLength(1);
    expect(audienceReasons(entry(ServiceCode.RENEW_IQAMA), facts({ applicant: head, beneficiary: resident }), 'beneficiaryNationalId')).toEqual([]);
  });
});
