import { describe, expect, it } from 'vitest';
import { DocumentType } from '../../registry/holdings.entity';
import { PersonKind } from '../../registry/person.entity';
import { renewedNationalId, renewNationalIdRules, replaceDocumentRules } from './civil-affairs.rules';
import { DocumentStatus } from '../../registry/document-status';
import { codes, doc, facts, person, TODAY } from './test-facts';

const card = (expiresOn: string) => [doc(DocumentType.NATIONAL_ID, expiresOn)];

describe('renew national ID rules', () => {
  it('passes within 180 days of expiry, free while valid', () => {
    const v = renewNationalIdRules(facts({ documents: card('2026-12-01') }));
    expect(v.errors).toEqual([]);
    expect(v.fee).toEqual([]);
  });
  it('charges the SAR 100 late fine once expired', () => {
    expect(renewNationalIdRules(facts({ documents: card('2026-01-01') })).fee.map((i) => i.halalas)).toEqual([10_000]);
  });
  it('refuses more than 180 days before expiry, saying from when', () => {
    const v = renewNationalIdRules(facts({ documents: card('2027-06-15') }));
    expect(codes(v)).toEqual(['TOO_EARLY_TO_RENEW']);
    expect(v.errors[0].params).toEqual({ renewFrom: '2026-12-17' });
  });
  it('refuses residents', () => {
    expect(codes(renewNationalIdRules(facts({ applicant: person({ kind: PersonKind.RESIDENT }), documents: card('2026-12-01') })))).toContain('NOT_ELIGIBLE');
  });
  it('needs a photo taken within 6 months', () => {
    expect(codes(renewNationalIdRules(facts({ applicant: person({ photoTakenOn: '2025-12-14' }), documents: card('2026-12-01') })))).toEqual(['PHOTO_OUTDATED']);
    expect(codes(renewNationalIdRules(facts({ applicant: person({ photoTakenOn: null }), documents: card('2026-12-01') })))).toEqual(['PHOTO_OUTDATED']);
  });
  it('needs a national address in the delivery area', () => {
    expect(codes(renewNationalIdRules(facts({ applicant: person({ city: 'Sharurah' }), documents: card('2026-12-01') })))).toEqual(['ADDRESS_NOT_DELIVERABLE']);
    expect(codes(renewNationalIdRules(facts({ applicant: person({ postalCode: null }), documents: card('2026-12-01') })))).toEqual(['ADDRESS_NOT_DELIVERABLE']);
  });
  it('refuses when services are suspended, or no card is on file', () => {
    expect(codes(renewNationalIdRules(facts({ applicant: person({ servicesSuspended: true }), documents: card('2026-12-01') })))).toEqual(['SERVICES_SUSPENDED']);
    expect(codes(renewNationalIdRules(facts()))).toEqual(['DOCUMENT_MISSING']);
  });
  it('issues a card valid 10 years from today', () => {
    expect(renewedNationalId('2026-06-15')).toEqual({ issuedOn: '2026-06-15', expiresOn: '2036-06-15' });
  });
});

describe('replacing a lost or damaged card', () => {
  const lost = (type: DocumentType, expiresOn = '2030-01-01') => ({ ...doc(type, expiresOn), status: DocumentStatus.LOST as const });
  const citizen = facts({ documents: [lost(DocumentType.NATIONAL_ID)] });
  const resident = person({ nationalId: '2000000006', kind: PersonKind.RESIDENT });
  const fee = (verdict: { fee: { halalas: number }[] }) => verdict.fee.reduce((n, i) => n + i.halalas, 0);
  const replace = (f: typeof citizen, documentType: string, cause: string, earlier = 0) => replaceDocumentRules(f, { documentType, cause, earlier });

  it('a lost national ID: SAR 100 the first time, 300 the second, 1,000 from the third', () => {
    expect(replace(citizen, 'NATIONAL_ID', 'LOST').errors).toEqual([]);
    expect([0, 1, 2, 3, 9].map((earlier) => fee(replace(citizen, 'NATIONAL_ID', 'LOST', earlier)))).toEqual([100_00, 300_00, 1000_00, 1000_00, 1000_00]);
  });

  it('a damaged national ID: free the first time, SAR 100 after', () => {
    const damaged = facts({ documents: [doc(DocumentType.NATIONAL_ID, '2030-01-01')] });
    expect(replace(damaged, 'NATIONAL_ID', 'DAMAGED').errors).toEqual([]);
    expect(replace(damaged, 'NATIONAL_ID', 'DAMAGED').fee).toEqual([]);
    expect([1, 5].map((earlier) => fee(replace(damaged, 'NATIONAL_ID', 'DAMAGED', earlier)))).toEqual([100_00, 100_00]);
  });

  it('an iqama: lost SAR 500 then 1,000, damaged SAR 500; a licence SAR 100 either way', () => {
    const worker = facts({ applicant: resident, documents: [lost(DocumentType.IQAMA), doc(DocumentType.DRIVING_LICENCE, '2030-01-01')] });
    expect([0, 1, 4].map((earlier) => fee(replace(worker, 'IQAMA', 'LOST', earlier)))).toEqual([500_00, 1000_00, 1000_00]);
    expect(fee(replace(facts({ applicant: resident, documents: [doc(DocumentType.IQAMA, '2030-01-01')] }), 'IQAMA', 'DAMAGED'))).toBe(500_00);
    expect(fee(replace(worker, 'DRIVING_LICENCE', 'DAMAGED'))).toBe(100_00);
  });

  it('lost must be reported first; damaged must be in force (up to its last day), else renewed; a lost one is not replaced as damaged', () => {
    const valid = facts({ documents: [doc(DocumentType.NATIONAL_ID, '2030-01-01')] });
    expect(replace(valid, 'NATIONAL_ID', 'LOST').errors).toEqual([{ field: 'cause', code: 'NOT_REPORTED_LOST', params: undefined }]);
    expect(replace(facts({ documents: [doc(DocumentType.NATIONAL_ID, TODAY)] }), 'NATIONAL_ID', 'DAMAGED').errors).toEqual([]);
    expect(codes(replace(facts({ documents: [doc(DocumentType.NATIONAL_ID, '2026-06-14')] }), 'NATIONAL_ID', 'DAMAGED'))).toEqual(['EXPIRED_RENEW_INSTEAD']);
    expect(replace(citizen, 'NATIONAL_ID', 'DAMAGED').errors).toEqual([{ field: 'cause', code: 'INVALID_CHOICE', params: { allowed: 'LOST' } }]);
  });

  it('only the cards it replaces, for whom they are issued; a card the registry does not hold is missing', () => {
    expect(codes(replace(citizen, 'PASSPORT', 'LOST'))).toEqual(['INVALID_CHOICE']);
    expect(codes(replace(citizen, 'NATIONAL_ID', 'BURNT'))).toEqual(['INVALID_CHOICE']);
    expect(codes(replace(citizen, 'IQAMA', 'LOST'))).toEqual(['NOT_ELIGIBLE']);
    expect(codes(replace(facts({ applicant: resident }), 'NATIONAL_ID', 'LOST'))).toEqual(['NOT_ELIGIBLE']);
    expect(codes(replace(citizen, 'DRIVING_LICENCE', 'LOST'))).toEqual(['DOCUMENT_MISSING']);
  });

  it('a card reported lost is not renewed: it is replaced', () => {
    expect(codes(renewNationalIdRules(facts({ documents: [lost(DocumentType.NATIONAL_ID, '2026-08-01')] })))).toEqual(['REPLACE_LOST_INSTEAD']);
  });
});
