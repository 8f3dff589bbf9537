import { describe, expect, it } from 'vitest';
import { KeyedHasher } from '../../shared/crypto';
import { digitalIdClaims, nationalIdMatches, readClaims } from './digital-id-claims';

const hasher = new KeyedHasher(['test-secret-one']);

const HOLDER = {
  nationalId: '1000000008',
  nameAr: 'محمد عبدالله سعد القحطاني',
  nameEn: 'Mohammed Abdullah Saad Alqahtani',
  kind: 'CITIZEN' as const,
  nationality: 'SAU',
  dateOfBirth: '1985-03-12',
  gender: 'MALE' as const,
  document: { type: 'NATIONAL_ID', issuedOn: '2020-01-01', expiresOn: '2030-01-01' },
};

describe('digital ID claims', () => {
  it('carry the masked ID and a salted keyed hash, never the number itself', () => {
    const claims = digitalIdClaims(HOLDER, 'jti-1', hasher);
    expect(claims.id_masked).toBe('1•••••••08');
    expect(JSON.stringify(claims)).not.toContain('1000000008');
    expect(claims.id_hash).not.toBe(digitalIdClaims(HOLDER, 'jti-2', hasher).id_hash);
    expect(claims).toMatchObject({ doc_type: 'NATIONAL_ID', doc_expires_on: '2030-01-01', birthdate: '1985-03-12' });
  });

  it('confirm a typed number only when it is the holder\'s, Arabic-Indic digits and spaces included', () => {
    const claims = digitalIdClaims(HOLDER, 'jti-1', hasher);
    expect(nationalIdMatches(claims, '1000000008', hasher)).toBe(true);
    expect(nationalIdMatches(claims, '١٠٠٠ ٠٠٠ ٠٠٨', hasher)).toBe(true);
    expect(nationalIdMatches(claims, '1000000016', hasher)).toBe(false);
    expect(nationalIdMatches({ ...claims, id_salt: 'jti-2' }, '1000000008', hasher)).toBe(false);
    // Without the server's secret the hash confirms nothing (no offline guessing).
    expect(nationalIdMatches(claims, '1000000008', new KeyedHasher(['another-secret']))).toBe(false);
    // After a rotation the old secret still verifies.
    expect(nationalIdMatches(claims, '1000000008', new KeyedHasher(['new-secret', 'test-secret-one']))).toBe(true);
  });

  it('read back only well-formed claims', () => {
    const claims = digitalIdClaims({ ...HOLDER, document: null }, 'j', hasher);
    expect(readClaims({ ...claims, iss: 'x' })).toEqual(claims);
    expect(readClaims({ ...claims, kind: 'ALIEN' })).toBeNull();
    expect(readClaims({ ...claims, name_en: 5 })).toBeNull();
    const { doc_type: _omitted, ...missing } = claims;
    expect(readClaims(missing)).toBeNull();
  });
});
