import { describe, expect, it } from 'vitest';
import { DocumentType } from '../../registry/holdings.entity';
import { PersonKind } from '../../registry/person.entity';
import { renewedNationalId, renewNationalIdRules } from './civil-affairs.rules';
import { codes, doc, facts, person } from './test-facts';

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
