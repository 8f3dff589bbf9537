import { describe, expect, it } from 'vitest';
import { CATALOGUE, ServiceCode } from '../../catalogue/catalogue';
import { PersonKind } from '../../registry/person.entity';
import { RelationKind, relationKindTo, relationTo, RelationToYou } from '../../registry/person.entity';
import { audienceReasons, offeredFor } from './facts';
import { facts, person } from './test-facts';

const entry = (code: ServiceCode) => CATALOGUE.find((s) => s.code === code)!;
const head = person();
const resident = person({ nationalId: '2000000006', kind: PersonKind.RESIDENT, headOfFamilyId: head.nationalId });
const child = person({ nationalId: '1000000016', dateOfBirth: '2016-01-01', headOfFamilyId: head.nationalId });

describe("the catalogue's who-may-use-it, checked for every service", () => {
  it('kind of beneficiary', () => {
    expect(audienceReasons(entry(ServiceCode.EXIT_REENTRY_VISA), facts({ applicant: head, beneficiary: resident }), 'beneficiaryNationalId')).toEqual([]);
    expect(audienceReasons(entry(ServiceCode.EXIT_REENTRY_VISA), facts({ applicant: head, beneficiary: child }), 'beneficiaryNationalId')).toEqual([
      { field: 'beneficiaryNationalId', code: 'NOT_ELIGIBLE' },
    ]);
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

describe('whom a form offers a service for', () => {
  const today = '2026-12-04';
  const turning = (dateOfBirth: string) => person({ nationalId: '1000000099', dateOfBirth, headOfFamilyId: head.nationalId });
  it('the minimum age on its boundary day', () => {
    expect(offeredFor(entry(ServiceCode.RENEW_NATIONAL_ID), head, turning('2011-12-04'), today)).toBe(true);
    expect(offeredFor(entry(ServiceCode.RENEW_NATIONAL_ID), head, turning('2011-12-05'), today)).toBe(false);
  });
  it('a Saudi passport never for a resident; an exit re-entry visa never for a citizen', () => {
    expect(offeredFor(entry(ServiceCode.RENEW_PASSPORT), head, resident, today)).toBe(false);
    expect(offeredFor(entry(ServiceCode.RENEW_PASSPORT), head, child, today)).toBe(true);
    expect(offeredFor(entry(ServiceCode.EXIT_REENTRY_VISA), head, head, today)).toBe(false);
    expect(offeredFor(entry(ServiceCode.EXIT_REENTRY_VISA), head, child, today)).toBe(false);
    expect(offeredFor(entry(ServiceCode.EXIT_REENTRY_VISA), head, resident, today)).toBe(true);
  });
  it("a sponsored resident's own final exit is not offered; an unsponsored one's is", () => {
    expect(offeredFor(entry(ServiceCode.FINAL_EXIT_VISA), resident, resident, today)).toBe(false);
    const alone = { ...resident, headOfFamilyId: null };
    expect(offeredFor(entry(ServiceCode.FINAL_EXIT_VISA), alone, alone, today)).toBe(true);
    // A sponsor may be an establishment rather than a person.
    const employed = { ...alone, sponsorEstablishmentId: '7001234567' };
    expect(offeredFor(entry(ServiceCode.FINAL_EXIT_VISA), employed, employed, today)).toBe(false);
  });
});

describe('family or worker, from nationality and sponsor', () => {
  const you = { nationalId: '1000000008', nationality: 'SAU' };
  it('self, family of the same nationality, a worker of another, nobody otherwise', () => {
    expect(relationTo(you, you)).toBe(RelationToYou.SELF);
    expect(relationTo(you, { nationalId: '1000000016', nationality: 'SAU', headOfFamilyId: you.nationalId })).toBe(RelationToYou.FAMILY);
    expect(relationTo(you, { nationalId: '2000000006', nationality: 'IND', headOfFamilyId: you.nationalId })).toBe(RelationToYou.WORKER);
    expect(relationTo(you, { nationalId: '2000000022', nationality: 'EGY', headOfFamilyId: '1000000032' })).toBeNull();
  });
});

describe('the relation the registry records', () => {
  const you = { nationalId: '1000000008', nationality: 'SAU' };
  it('names how your dependant stands to you, and nobody else', () => {
    const wife = { nationalId: '1000000305', nationality: 'SAU', headOfFamilyId: you.nationalId, relationToHead: RelationKind.SPOUSE };
    expect(relationKindTo(you.nationalId, wife)).toBe(RelationKind.SPOUSE);
    expect(relationKindTo(you.nationalId, { ...wife, relationToHead: null })).toBeNull();
    expect(relationKindTo('1000000032', wife)).toBeNull();
    expect(relationKindTo(you.nationalId, { nationalId: you.nationalId, headOfFamilyId: null })).toBeNull();
  });
  it('decides family or worker over the nationality guess', () => {
    // A worker of the sponsor's own nationality, and family of another nationality.
    expect(relationTo(you, { nationalId: '2000000006', nationality: 'SAU', headOfFamilyId: you.nationalId, relationToHead: RelationKind.SPONSORED_WORKER })).toBe(RelationToYou.WORKER);
    expect(relationTo(you, { nationalId: '2000000030', nationality: 'JOR', headOfFamilyId: you.nationalId, relationToHead: RelationKind.SPOUSE })).toBe(RelationToYou.FAMILY);
    expect(relationTo(you, { nationalId: '2000000006', nationality: 'IND', headOfFamilyId: '1000000032', relationToHead: RelationKind.DOMESTIC_WORKER })).toBeNull();
  });
});
