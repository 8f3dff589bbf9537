import { DisputeStatus, DocumentType } from '../../registry/holdings.entity';
import { PersonKind } from '../../registry/person.entity';
import type { DocumentFacts, Facts, PersonFacts, VehicleFacts, ViolationFacts } from './facts';

/** Builders for rule tests: a world where everything passes, to be spoilt one fact at a time. */
export const TODAY = '2026-06-15';

export function person(overrides: Partial<PersonFacts> = {}): PersonFacts {
  return {
    nationalId: '1000000008',
    kind: PersonKind.CITIZEN,
    dateOfBirth: '1985-03-12',
    headOfFamilyId: null,
    city: 'Riyadh',
    postalCode: '12211',
    insideKingdom: true,
    travelBan: false,
    servicesSuspended: false,
    photoTakenOn: '2026-03-01',
    medicalCheckValidUntil: '2027-01-01',
    ...overrides,
  };
}

export function doc(type: DocumentType, expiresOn: string, number = '1234'): DocumentFacts {
  return { type, number, issuedOn: '2016-01-01', expiresOn };
}

export function vehicle(overrides: Partial<VehicleFacts> = {}): VehicleFacts {
  return { plate: 'ABC1234', ownerId: '1000000008', registrationExpiresOn: '2026-08-01', insuranceExpiresOn: '2027-01-01', inspectionExpiresOn: '2027-01-01', ...overrides };
}

export function violation(overrides: Partial<ViolationFacts> = {}): ViolationFacts {
  return { number: 'V100', nationalId: '1000000008', plate: null, issuedOn: '2026-06-01', amountHalalas: 30000, paid: false, disputeStatus: DisputeStatus.NONE, ...overrides };
}

export function facts(overrides: Partial<Facts> = {}): Facts {
  const applicant = overrides.applicant ?? person();
  return { today: TODAY, applicant, beneficiary: applicant, documents: [], vehicles: [], violations: [], ...overrides };
}

export const codes = (verdict: { errors: { code: string }[] }) => verdict.errors.map((e) => e.code).sort();

/** Facts where `p` acts for themself. */
export const self = (p: PersonFacts) => ({ applicant: p, beneficiary: p });
